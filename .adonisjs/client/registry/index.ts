/* eslint-disable prettier/prettier */
import type { AdonisEndpoint } from '@tuyau/core/types'
import type { Registry } from './schema.d.ts'
import type { ApiDefinition } from './tree.d.ts'

const placeholder: any = {}

const routes = {
  'drive.fs.serve': {
    methods: ["GET","HEAD"],
    pattern: '/uploads/*',
    tokens: [{"old":"/uploads/*","type":0,"val":"uploads","end":""},{"old":"/uploads/*","type":2,"val":"*","end":""}],
    types: placeholder as Registry['drive.fs.serve']['types'],
  },
  'pages.home': {
    methods: ["GET","HEAD"],
    pattern: '/',
    tokens: [{"old":"/","type":0,"val":"/","end":""}],
    types: placeholder as Registry['pages.home']['types'],
  },
  'pages.about': {
    methods: ["GET","HEAD"],
    pattern: '/about',
    tokens: [{"old":"/about","type":0,"val":"about","end":""}],
    types: placeholder as Registry['pages.about']['types'],
  },
  'pages.faq': {
    methods: ["GET","HEAD"],
    pattern: '/faq',
    tokens: [{"old":"/faq","type":0,"val":"faq","end":""}],
    types: placeholder as Registry['pages.faq']['types'],
  },
  'pages.pricing': {
    methods: ["GET","HEAD"],
    pattern: '/pricing',
    tokens: [{"old":"/pricing","type":0,"val":"pricing","end":""}],
    types: placeholder as Registry['pages.pricing']['types'],
  },
  'pages.terms': {
    methods: ["GET","HEAD"],
    pattern: '/terms',
    tokens: [{"old":"/terms","type":0,"val":"terms","end":""}],
    types: placeholder as Registry['pages.terms']['types'],
  },
  'pages.privacy': {
    methods: ["GET","HEAD"],
    pattern: '/privacy',
    tokens: [{"old":"/privacy","type":0,"val":"privacy","end":""}],
    types: placeholder as Registry['pages.privacy']['types'],
  },
  'catalog.index': {
    methods: ["GET","HEAD"],
    pattern: '/games',
    tokens: [{"old":"/games","type":0,"val":"games","end":""}],
    types: placeholder as Registry['catalog.index']['types'],
  },
  'blog.index': {
    methods: ["GET","HEAD"],
    pattern: '/blog',
    tokens: [{"old":"/blog","type":0,"val":"blog","end":""}],
    types: placeholder as Registry['blog.index']['types'],
  },
  'blog.show': {
    methods: ["GET","HEAD"],
    pattern: '/blog/:slug',
    tokens: [{"old":"/blog/:slug","type":0,"val":"blog","end":""},{"old":"/blog/:slug","type":1,"val":"slug","end":""}],
    types: placeholder as Registry['blog.show']['types'],
  },
  'contact.create': {
    methods: ["GET","HEAD"],
    pattern: '/contact',
    tokens: [{"old":"/contact","type":0,"val":"contact","end":""}],
    types: placeholder as Registry['contact.create']['types'],
  },
  'contact.store': {
    methods: ["POST"],
    pattern: '/contact',
    tokens: [{"old":"/contact","type":0,"val":"contact","end":""}],
    types: placeholder as Registry['contact.store']['types'],
  },
  'locale.update': {
    methods: ["POST"],
    pattern: '/locale',
    tokens: [{"old":"/locale","type":0,"val":"locale","end":""}],
    types: placeholder as Registry['locale.update']['types'],
  },
  'seo.sitemap': {
    methods: ["GET","HEAD"],
    pattern: '/sitemap.xml',
    tokens: [{"old":"/sitemap.xml","type":0,"val":"sitemap.xml","end":""}],
    types: placeholder as Registry['seo.sitemap']['types'],
  },
  'seo.robots': {
    methods: ["GET","HEAD"],
    pattern: '/robots.txt',
    tokens: [{"old":"/robots.txt","type":0,"val":"robots.txt","end":""}],
    types: placeholder as Registry['seo.robots']['types'],
  },
  'sign_up.create': {
    methods: ["GET","HEAD"],
    pattern: '/signup',
    tokens: [{"old":"/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['sign_up.create']['types'],
  },
  'sign_up.store': {
    methods: ["POST"],
    pattern: '/signup',
    tokens: [{"old":"/signup","type":0,"val":"signup","end":""}],
    types: placeholder as Registry['sign_up.store']['types'],
  },
  'session.create': {
    methods: ["GET","HEAD"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.create']['types'],
  },
  'session.store': {
    methods: ["POST"],
    pattern: '/login',
    tokens: [{"old":"/login","type":0,"val":"login","end":""}],
    types: placeholder as Registry['session.store']['types'],
  },
  'password_reset.create': {
    methods: ["GET","HEAD"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset.create']['types'],
  },
  'password_reset.store': {
    methods: ["POST"],
    pattern: '/forgot-password',
    tokens: [{"old":"/forgot-password","type":0,"val":"forgot-password","end":""}],
    types: placeholder as Registry['password_reset.store']['types'],
  },
  'password_reset.edit': {
    methods: ["GET","HEAD"],
    pattern: '/reset-password/:token',
    tokens: [{"old":"/reset-password/:token","type":0,"val":"reset-password","end":""},{"old":"/reset-password/:token","type":1,"val":"token","end":""}],
    types: placeholder as Registry['password_reset.edit']['types'],
  },
  'password_reset.update': {
    methods: ["POST"],
    pattern: '/reset-password',
    tokens: [{"old":"/reset-password","type":0,"val":"reset-password","end":""}],
    types: placeholder as Registry['password_reset.update']['types'],
  },
  'oauth.redirect': {
    methods: ["GET","HEAD"],
    pattern: '/auth/:provider/redirect',
    tokens: [{"old":"/auth/:provider/redirect","type":0,"val":"auth","end":""},{"old":"/auth/:provider/redirect","type":1,"val":"provider","end":""},{"old":"/auth/:provider/redirect","type":0,"val":"redirect","end":""}],
    types: placeholder as Registry['oauth.redirect']['types'],
  },
  'oauth.callback': {
    methods: ["GET","HEAD"],
    pattern: '/auth/:provider/callback',
    tokens: [{"old":"/auth/:provider/callback","type":0,"val":"auth","end":""},{"old":"/auth/:provider/callback","type":1,"val":"provider","end":""},{"old":"/auth/:provider/callback","type":0,"val":"callback","end":""}],
    types: placeholder as Registry['oauth.callback']['types'],
  },
  'email.verify': {
    methods: ["GET","HEAD"],
    pattern: '/email/verify/:id',
    tokens: [{"old":"/email/verify/:id","type":0,"val":"email","end":""},{"old":"/email/verify/:id","type":0,"val":"verify","end":""},{"old":"/email/verify/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['email.verify']['types'],
  },
  'email.confirm_change': {
    methods: ["GET","HEAD"],
    pattern: '/email/confirm-change/:id',
    tokens: [{"old":"/email/confirm-change/:id","type":0,"val":"email","end":""},{"old":"/email/confirm-change/:id","type":0,"val":"confirm-change","end":""},{"old":"/email/confirm-change/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['email.confirm_change']['types'],
  },
  'session.destroy': {
    methods: ["POST"],
    pattern: '/logout',
    tokens: [{"old":"/logout","type":0,"val":"logout","end":""}],
    types: placeholder as Registry['session.destroy']['types'],
  },
  'session.destroy_others': {
    methods: ["POST"],
    pattern: '/logout/others',
    tokens: [{"old":"/logout/others","type":0,"val":"logout","end":""},{"old":"/logout/others","type":0,"val":"others","end":""}],
    types: placeholder as Registry['session.destroy_others']['types'],
  },
  'email_verification.resend': {
    methods: ["POST"],
    pattern: '/email/verification',
    tokens: [{"old":"/email/verification","type":0,"val":"email","end":""},{"old":"/email/verification","type":0,"val":"verification","end":""}],
    types: placeholder as Registry['email_verification.resend']['types'],
  },
  'profile.show': {
    methods: ["GET","HEAD"],
    pattern: '/profile',
    tokens: [{"old":"/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['profile.show']['types'],
  },
  'play.show': {
    methods: ["GET","HEAD"],
    pattern: '/play/:game/:level',
    tokens: [{"old":"/play/:game/:level","type":0,"val":"play","end":""},{"old":"/play/:game/:level","type":1,"val":"game","end":""},{"old":"/play/:game/:level","type":1,"val":"level","end":""}],
    types: placeholder as Registry['play.show']['types'],
  },
  'leaderboards.show': {
    methods: ["GET","HEAD"],
    pattern: '/leaderboards',
    tokens: [{"old":"/leaderboards","type":0,"val":"leaderboards","end":""}],
    types: placeholder as Registry['leaderboards.show']['types'],
  },
  'leagues.show': {
    methods: ["GET","HEAD"],
    pattern: '/league',
    tokens: [{"old":"/league","type":0,"val":"league","end":""}],
    types: placeholder as Registry['leagues.show']['types'],
  },
  'coop_lobby.index': {
    methods: ["GET","HEAD"],
    pattern: '/coop',
    tokens: [{"old":"/coop","type":0,"val":"coop","end":""}],
    types: placeholder as Registry['coop_lobby.index']['types'],
  },
  'coop_lobby.show': {
    methods: ["GET","HEAD"],
    pattern: '/coop/:code',
    tokens: [{"old":"/coop/:code","type":0,"val":"coop","end":""},{"old":"/coop/:code","type":1,"val":"code","end":""}],
    types: placeholder as Registry['coop_lobby.show']['types'],
  },
  'settings.show': {
    methods: ["GET","HEAD"],
    pattern: '/settings',
    tokens: [{"old":"/settings","type":0,"val":"settings","end":""}],
    types: placeholder as Registry['settings.show']['types'],
  },
  'settings.update_profile': {
    methods: ["PUT"],
    pattern: '/settings/profile',
    tokens: [{"old":"/settings/profile","type":0,"val":"settings","end":""},{"old":"/settings/profile","type":0,"val":"profile","end":""}],
    types: placeholder as Registry['settings.update_profile']['types'],
  },
  'settings.update_avatar': {
    methods: ["POST"],
    pattern: '/settings/avatar',
    tokens: [{"old":"/settings/avatar","type":0,"val":"settings","end":""},{"old":"/settings/avatar","type":0,"val":"avatar","end":""}],
    types: placeholder as Registry['settings.update_avatar']['types'],
  },
  'settings.destroy_avatar': {
    methods: ["DELETE"],
    pattern: '/settings/avatar',
    tokens: [{"old":"/settings/avatar","type":0,"val":"settings","end":""},{"old":"/settings/avatar","type":0,"val":"avatar","end":""}],
    types: placeholder as Registry['settings.destroy_avatar']['types'],
  },
  'settings.update_preferences': {
    methods: ["PUT"],
    pattern: '/settings/preferences',
    tokens: [{"old":"/settings/preferences","type":0,"val":"settings","end":""},{"old":"/settings/preferences","type":0,"val":"preferences","end":""}],
    types: placeholder as Registry['settings.update_preferences']['types'],
  },
  'settings.update_email': {
    methods: ["PUT"],
    pattern: '/settings/email',
    tokens: [{"old":"/settings/email","type":0,"val":"settings","end":""},{"old":"/settings/email","type":0,"val":"email","end":""}],
    types: placeholder as Registry['settings.update_email']['types'],
  },
  'settings.update_password': {
    methods: ["PUT"],
    pattern: '/settings/password',
    tokens: [{"old":"/settings/password","type":0,"val":"settings","end":""},{"old":"/settings/password","type":0,"val":"password","end":""}],
    types: placeholder as Registry['settings.update_password']['types'],
  },
  'access_tokens.store': {
    methods: ["POST"],
    pattern: '/settings/tokens',
    tokens: [{"old":"/settings/tokens","type":0,"val":"settings","end":""},{"old":"/settings/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['access_tokens.store']['types'],
  },
  'access_tokens.destroy': {
    methods: ["DELETE"],
    pattern: '/settings/tokens/:id',
    tokens: [{"old":"/settings/tokens/:id","type":0,"val":"settings","end":""},{"old":"/settings/tokens/:id","type":0,"val":"tokens","end":""},{"old":"/settings/tokens/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['access_tokens.destroy']['types'],
  },
  'api_tokens.store': {
    methods: ["POST"],
    pattern: '/api/auth/tokens',
    tokens: [{"old":"/api/auth/tokens","type":0,"val":"api","end":""},{"old":"/api/auth/tokens","type":0,"val":"auth","end":""},{"old":"/api/auth/tokens","type":0,"val":"tokens","end":""}],
    types: placeholder as Registry['api_tokens.store']['types'],
  },
  'api_tokens.destroy_current': {
    methods: ["DELETE"],
    pattern: '/api/auth/tokens/current',
    tokens: [{"old":"/api/auth/tokens/current","type":0,"val":"api","end":""},{"old":"/api/auth/tokens/current","type":0,"val":"auth","end":""},{"old":"/api/auth/tokens/current","type":0,"val":"tokens","end":""},{"old":"/api/auth/tokens/current","type":0,"val":"current","end":""}],
    types: placeholder as Registry['api_tokens.destroy_current']['types'],
  },
  'me.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/me',
    tokens: [{"old":"/api/me","type":0,"val":"api","end":""},{"old":"/api/me","type":0,"val":"me","end":""}],
    types: placeholder as Registry['me.show']['types'],
  },
  'content_checks.store': {
    methods: ["POST"],
    pattern: '/api/content/check',
    tokens: [{"old":"/api/content/check","type":0,"val":"api","end":""},{"old":"/api/content/check","type":0,"val":"content","end":""},{"old":"/api/content/check","type":0,"val":"check","end":""}],
    types: placeholder as Registry['content_checks.store']['types'],
  },
  'leaderboards.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/leaderboards',
    tokens: [{"old":"/api/leaderboards","type":0,"val":"api","end":""},{"old":"/api/leaderboards","type":0,"val":"leaderboards","end":""}],
    types: placeholder as Registry['leaderboards.index']['types'],
  },
  'leagues.index': {
    methods: ["GET","HEAD"],
    pattern: '/api/league',
    tokens: [{"old":"/api/league","type":0,"val":"api","end":""},{"old":"/api/league","type":0,"val":"league","end":""}],
    types: placeholder as Registry['leagues.index']['types'],
  },
  'coop_rooms.store': {
    methods: ["POST"],
    pattern: '/api/coop/rooms',
    tokens: [{"old":"/api/coop/rooms","type":0,"val":"api","end":""},{"old":"/api/coop/rooms","type":0,"val":"coop","end":""},{"old":"/api/coop/rooms","type":0,"val":"rooms","end":""}],
    types: placeholder as Registry['coop_rooms.store']['types'],
  },
  'coop_rooms.quick_match': {
    methods: ["POST"],
    pattern: '/api/coop/quick-match',
    tokens: [{"old":"/api/coop/quick-match","type":0,"val":"api","end":""},{"old":"/api/coop/quick-match","type":0,"val":"coop","end":""},{"old":"/api/coop/quick-match","type":0,"val":"quick-match","end":""}],
    types: placeholder as Registry['coop_rooms.quick_match']['types'],
  },
  'coop_tickets.store': {
    methods: ["POST"],
    pattern: '/api/coop/tickets',
    tokens: [{"old":"/api/coop/tickets","type":0,"val":"api","end":""},{"old":"/api/coop/tickets","type":0,"val":"coop","end":""},{"old":"/api/coop/tickets","type":0,"val":"tickets","end":""}],
    types: placeholder as Registry['coop_tickets.store']['types'],
  },
  'coop_rooms.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/coop/rooms/:code',
    tokens: [{"old":"/api/coop/rooms/:code","type":0,"val":"api","end":""},{"old":"/api/coop/rooms/:code","type":0,"val":"coop","end":""},{"old":"/api/coop/rooms/:code","type":0,"val":"rooms","end":""},{"old":"/api/coop/rooms/:code","type":1,"val":"code","end":""}],
    types: placeholder as Registry['coop_rooms.show']['types'],
  },
  'level_sessions.show': {
    methods: ["GET","HEAD"],
    pattern: '/api/games/:game/levels/:level',
    tokens: [{"old":"/api/games/:game/levels/:level","type":0,"val":"api","end":""},{"old":"/api/games/:game/levels/:level","type":0,"val":"games","end":""},{"old":"/api/games/:game/levels/:level","type":1,"val":"game","end":""},{"old":"/api/games/:game/levels/:level","type":0,"val":"levels","end":""},{"old":"/api/games/:game/levels/:level","type":1,"val":"level","end":""}],
    types: placeholder as Registry['level_sessions.show']['types'],
  },
  'level_sessions.restart': {
    methods: ["POST"],
    pattern: '/api/games/:game/levels/:level/restart',
    tokens: [{"old":"/api/games/:game/levels/:level/restart","type":0,"val":"api","end":""},{"old":"/api/games/:game/levels/:level/restart","type":0,"val":"games","end":""},{"old":"/api/games/:game/levels/:level/restart","type":1,"val":"game","end":""},{"old":"/api/games/:game/levels/:level/restart","type":0,"val":"levels","end":""},{"old":"/api/games/:game/levels/:level/restart","type":1,"val":"level","end":""},{"old":"/api/games/:game/levels/:level/restart","type":0,"val":"restart","end":""}],
    types: placeholder as Registry['level_sessions.restart']['types'],
  },
  'attempts.store': {
    methods: ["POST"],
    pattern: '/api/games/:game/levels/:level/attempts',
    tokens: [{"old":"/api/games/:game/levels/:level/attempts","type":0,"val":"api","end":""},{"old":"/api/games/:game/levels/:level/attempts","type":0,"val":"games","end":""},{"old":"/api/games/:game/levels/:level/attempts","type":1,"val":"game","end":""},{"old":"/api/games/:game/levels/:level/attempts","type":0,"val":"levels","end":""},{"old":"/api/games/:game/levels/:level/attempts","type":1,"val":"level","end":""},{"old":"/api/games/:game/levels/:level/attempts","type":0,"val":"attempts","end":""}],
    types: placeholder as Registry['attempts.store']['types'],
  },
  'coop_match_results.store': {
    methods: ["POST"],
    pattern: '/api/coop/match-results',
    tokens: [{"old":"/api/coop/match-results","type":0,"val":"api","end":""},{"old":"/api/coop/match-results","type":0,"val":"coop","end":""},{"old":"/api/coop/match-results","type":0,"val":"match-results","end":""}],
    types: placeholder as Registry['coop_match_results.store']['types'],
  },
  'event_stream': {
    methods: ["GET","HEAD"],
    pattern: '/__transmit/events',
    tokens: [{"old":"/__transmit/events","type":0,"val":"__transmit","end":""},{"old":"/__transmit/events","type":0,"val":"events","end":""}],
    types: placeholder as Registry['event_stream']['types'],
  },
  'subscribe': {
    methods: ["POST"],
    pattern: '/__transmit/subscribe',
    tokens: [{"old":"/__transmit/subscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/subscribe","type":0,"val":"subscribe","end":""}],
    types: placeholder as Registry['subscribe']['types'],
  },
  'unsubscribe': {
    methods: ["POST"],
    pattern: '/__transmit/unsubscribe',
    tokens: [{"old":"/__transmit/unsubscribe","type":0,"val":"__transmit","end":""},{"old":"/__transmit/unsubscribe","type":0,"val":"unsubscribe","end":""}],
    types: placeholder as Registry['unsubscribe']['types'],
  },
  'health_checks.live': {
    methods: ["GET","HEAD"],
    pattern: '/health/live',
    tokens: [{"old":"/health/live","type":0,"val":"health","end":""},{"old":"/health/live","type":0,"val":"live","end":""}],
    types: placeholder as Registry['health_checks.live']['types'],
  },
  'health_checks.ready': {
    methods: ["GET","HEAD"],
    pattern: '/health/ready',
    tokens: [{"old":"/health/ready","type":0,"val":"health","end":""},{"old":"/health/ready","type":0,"val":"ready","end":""}],
    types: placeholder as Registry['health_checks.ready']['types'],
  },
  'dev_mailbox.index': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mailbox',
    tokens: [{"old":"/dev/mailbox","type":0,"val":"dev","end":""},{"old":"/dev/mailbox","type":0,"val":"mailbox","end":""}],
    types: placeholder as Registry['dev_mailbox.index']['types'],
  },
  'dev_mailbox.show': {
    methods: ["GET","HEAD"],
    pattern: '/dev/mailbox/:id',
    tokens: [{"old":"/dev/mailbox/:id","type":0,"val":"dev","end":""},{"old":"/dev/mailbox/:id","type":0,"val":"mailbox","end":""},{"old":"/dev/mailbox/:id","type":1,"val":"id","end":""}],
    types: placeholder as Registry['dev_mailbox.show']['types'],
  },
  'dev_mailbox.clear': {
    methods: ["DELETE"],
    pattern: '/dev/mailbox',
    tokens: [{"old":"/dev/mailbox","type":0,"val":"dev","end":""},{"old":"/dev/mailbox","type":0,"val":"mailbox","end":""}],
    types: placeholder as Registry['dev_mailbox.clear']['types'],
  },
} as const satisfies Record<string, AdonisEndpoint>

export { routes }

export const registry = {
  routes,
  $tree: {} as ApiDefinition,
}

declare module '@tuyau/core/types' {
  export interface UserRegistry {
    routes: typeof routes
    $tree: ApiDefinition
  }
}
