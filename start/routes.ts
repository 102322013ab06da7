/*
|--------------------------------------------------------------------------
| Routes
|--------------------------------------------------------------------------
|
| Pages first (public, account, settings), then /api, then operations
| (health, dev tools). Route names come from controller + method.
|
*/

import router from '@adonisjs/core/services/router'
import app from '@adonisjs/core/services/app'
import transmit from '@adonisjs/transmit/services/main'

/**
 * A row id: 1 to 999,999,999, so any id that matches fits the integer
 * columns (larger ones never match and answer 404 instead of reaching the
 * database, which PostgreSQL would refuse).
 */
const rowId = { match: /^[1-9][0-9]{0,8}$/, cast: (value: string) => Number(value) }
/** A co-op invite code, as typed or linked (any case). */
const roomCode = { match: /^[A-Za-z0-9]{6}$/, cast: (value: string) => value.toUpperCase() }
import { controllers } from '#generated/controllers'
import { middleware } from '#start/kernel'
import { playParams } from '#validators/attempt'
import {
  apiTokensThrottle,
  attemptsThrottle,
  contactThrottle,
  coopThrottle,
  credentialsPerIpThrottle,
  loginThrottle,
  passwordResetThrottle,
  signupThrottle,
  verificationMailThrottle,
} from '#start/limiter'

/*
| Public pages
*/
router.get('/', [controllers.Pages, 'home'])
router.get('/about', [controllers.Pages, 'about'])
router.get('/faq', [controllers.Pages, 'faq'])
router.get('/pricing', [controllers.Pages, 'pricing'])
router.get('/terms', [controllers.Pages, 'terms'])
router.get('/privacy', [controllers.Pages, 'privacy'])
router.get('/games', [controllers.Catalog, 'index'])
router.get('/blog', [controllers.Blog, 'index'])
router.get('/blog/:slug', [controllers.Blog, 'show']).where('slug', /^[a-z0-9-]{1,120}$/)
router.get('/contact', [controllers.Contact, 'create'])
router.post('/contact', [controllers.Contact, 'store']).use(contactThrottle)
router.post('/locale', [controllers.Locale, 'update'])
router.get('/sitemap.xml', [controllers.Seo, 'sitemap'])
router.get('/robots.txt', [controllers.Seo, 'robots'])

/*
| Accounts: sign up, log in, password reset (signed-out visitors)
*/
router
  .group(() => {
    router.get('/signup', [controllers.SignUp, 'create'])
    router.post('/signup', [controllers.SignUp, 'store']).use(signupThrottle)
    router.get('/login', [controllers.Session, 'create'])
    router.post('/login', [controllers.Session, 'store']).use([credentialsPerIpThrottle, loginThrottle])
    router.get('/forgot-password', [controllers.PasswordReset, 'create'])
    router.post('/forgot-password', [controllers.PasswordReset, 'store']).use(passwordResetThrottle)
    router.get('/reset-password/:token', [controllers.PasswordReset, 'edit'])
    router.post('/reset-password', [controllers.PasswordReset, 'update']).use(passwordResetThrottle)
  })
  .use(middleware.guest())

/*
| OAuth: sign in, sign up or link (also when signed in)
*/
router
  .get('/auth/:provider/redirect', [controllers.Oauth, 'redirect'])
  .where('provider', /^(github|google)$/)
router
  .get('/auth/:provider/callback', [controllers.Oauth, 'callback'])
  .where('provider', /^(github|google)$/)

/*
| Email links are signed URLs: they work in any browser, signed in or not.
*/
router.get('/email/verify/:id', [controllers.EmailVerification, 'verify']).where('id', rowId).as('email.verify')
router
  .get('/email/confirm-change/:id', [controllers.EmailVerification, 'confirmChange'])
  .where('id', rowId)
  .as('email.confirm_change')

/*
| Signed-in users
*/
router
  .group(() => {
    router.post('/logout', [controllers.Session, 'destroy'])
    router.post('/logout/others', [controllers.Session, 'destroyOthers'])
    router.post('/email/verification', [controllers.EmailVerification, 'resend']).use(verificationMailThrottle)

    router.get('/profile', [controllers.Profile, 'show'])
    router.get('/play/:game/:level', [controllers.Play, 'show']).where('game', playParams.game).where('level', playParams.level)

    router.get('/leaderboards', [controllers.Leaderboards, 'show'])
    router.get('/league', [controllers.Leagues, 'show'])
    router.get('/coop', [controllers.CoopLobby, 'index'])
    router.get('/coop/:code', [controllers.CoopLobby, 'show']).where('code', roomCode)
    router.get('/settings', [controllers.Settings, 'show'])
    router.put('/settings/profile', [controllers.Settings, 'updateProfile'])
    router.post('/settings/avatar', [controllers.Settings, 'updateAvatar'])
    router.delete('/settings/avatar', [controllers.Settings, 'destroyAvatar'])
    router.put('/settings/preferences', [controllers.Settings, 'updatePreferences'])
    router.put('/settings/email', [controllers.Settings, 'updateEmail'])
    router.put('/settings/password', [controllers.Settings, 'updatePassword'])
    router.post('/settings/tokens', [controllers.AccessTokens, 'store'])
    router.delete('/settings/tokens/:id', [controllers.AccessTokens, 'destroy']).where('id', rowId)
  })
  .use(middleware.auth())

/*
| JSON API (bearer tokens or the session)
*/
router
  .group(() => {
    router.post('/auth/tokens', [controllers.ApiTokens, 'store']).use([credentialsPerIpThrottle, apiTokensThrottle])
    router
      .group(() => {
        router.delete('/auth/tokens/current', [controllers.ApiTokens, 'destroyCurrent'])
        router.get('/me', [controllers.Me, 'show'])
        router.post('/content/check', [controllers.ContentChecks, 'store'])
        router.get('/leaderboards', [controllers.Leaderboards, 'index'])
        router.get('/league', [controllers.Leagues, 'index'])

        router
          .group(() => {
            router.post('/rooms', [controllers.CoopRooms, 'store'])
            router.post('/quick-match', [controllers.CoopRooms, 'quickMatch'])
            router.post('/tickets', [controllers.CoopTickets, 'store'])
            // Limited with the rest: unlimited lookups would let anyone walk the invite codes.
            router.get('/rooms/:code', [controllers.CoopRooms, 'show']).where('code', roomCode)
          })
          .prefix('/coop')
          .use(coopThrottle)

        router
          .group(() => {
            router.get('/', [controllers.LevelSessions, 'show'])
            router.post('/restart', [controllers.LevelSessions, 'restart'])
            router.post('/attempts', [controllers.Attempts, 'store']).use(attemptsThrottle)
          })
          .prefix('/games/:game/levels/:level')
          .where('game', playParams.game)
          .where('level', playParams.level)
      })
      .use(middleware.auth({ guards: ['api', 'web'] }))
    // An external co-op hub's results: signed with the shared secret, no user session.
    router.post('/coop/match-results', [controllers.CoopMatchResults, 'store'])
  })
  .prefix('/api')

/*
| Live pushes (Server-Sent Events): /__transmit/events, subscribe, unsubscribe
*/
transmit.registerRoutes()

/*
| Operations
*/
router.get('/health/live', [controllers.HealthChecks, 'live'])
router.get('/health/ready', [controllers.HealthChecks, 'ready'])

if (!app.inProduction) {
  router.get('/dev/mailbox', [controllers.DevMailbox, 'index'])
  router.get('/dev/mailbox/:id', [controllers.DevMailbox, 'show']).where('id', rowId)
  router.delete('/dev/mailbox', [controllers.DevMailbox, 'clear'])
}
