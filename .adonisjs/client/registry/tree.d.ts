/* eslint-disable prettier/prettier */
import type { routes } from './index.ts'

export interface ApiDefinition {
  drive: {
    fs: {
      serve: typeof routes['drive.fs.serve']
    }
  }
  pages: {
    home: typeof routes['pages.home']
    about: typeof routes['pages.about']
    faq: typeof routes['pages.faq']
    pricing: typeof routes['pages.pricing']
    terms: typeof routes['pages.terms']
    privacy: typeof routes['pages.privacy']
  }
  catalog: {
    index: typeof routes['catalog.index']
  }
  blog: {
    index: typeof routes['blog.index']
    show: typeof routes['blog.show']
  }
  contact: {
    create: typeof routes['contact.create']
    store: typeof routes['contact.store']
  }
  locale: {
    update: typeof routes['locale.update']
  }
  seo: {
    sitemap: typeof routes['seo.sitemap']
    robots: typeof routes['seo.robots']
  }
  signUp: {
    create: typeof routes['sign_up.create']
    store: typeof routes['sign_up.store']
  }
  session: {
    create: typeof routes['session.create']
    store: typeof routes['session.store']
    destroy: typeof routes['session.destroy']
    destroyOthers: typeof routes['session.destroy_others']
  }
  passwordReset: {
    create: typeof routes['password_reset.create']
    store: typeof routes['password_reset.store']
    edit: typeof routes['password_reset.edit']
    update: typeof routes['password_reset.update']
  }
  oauth: {
    redirect: typeof routes['oauth.redirect']
    callback: typeof routes['oauth.callback']
  }
  email: {
    verify: typeof routes['email.verify']
    confirmChange: typeof routes['email.confirm_change']
  }
  emailVerification: {
    resend: typeof routes['email_verification.resend']
  }
  profile: {
    show: typeof routes['profile.show']
  }
  play: {
    show: typeof routes['play.show']
  }
  leaderboards: {
    show: typeof routes['leaderboards.show']
    index: typeof routes['leaderboards.index']
  }
  leagues: {
    show: typeof routes['leagues.show']
    index: typeof routes['leagues.index']
  }
  coopLobby: {
    index: typeof routes['coop_lobby.index']
    show: typeof routes['coop_lobby.show']
  }
  settings: {
    show: typeof routes['settings.show']
    updateProfile: typeof routes['settings.update_profile']
    updateAvatar: typeof routes['settings.update_avatar']
    destroyAvatar: typeof routes['settings.destroy_avatar']
    updatePreferences: typeof routes['settings.update_preferences']
    updateEmail: typeof routes['settings.update_email']
    updatePassword: typeof routes['settings.update_password']
  }
  accessTokens: {
    store: typeof routes['access_tokens.store']
    destroy: typeof routes['access_tokens.destroy']
  }
  apiTokens: {
    store: typeof routes['api_tokens.store']
    destroyCurrent: typeof routes['api_tokens.destroy_current']
  }
  me: {
    show: typeof routes['me.show']
  }
  contentChecks: {
    store: typeof routes['content_checks.store']
  }
  coopRooms: {
    store: typeof routes['coop_rooms.store']
    quickMatch: typeof routes['coop_rooms.quick_match']
    show: typeof routes['coop_rooms.show']
  }
  coopTickets: {
    store: typeof routes['coop_tickets.store']
  }
  levelSessions: {
    show: typeof routes['level_sessions.show']
    restart: typeof routes['level_sessions.restart']
  }
  attempts: {
    store: typeof routes['attempts.store']
  }
  coopMatchResults: {
    store: typeof routes['coop_match_results.store']
  }
  eventStream: typeof routes['event_stream']
  subscribe: typeof routes['subscribe']
  unsubscribe: typeof routes['unsubscribe']
  healthChecks: {
    live: typeof routes['health_checks.live']
    ready: typeof routes['health_checks.ready']
  }
  devMailbox: {
    index: typeof routes['dev_mailbox.index']
    show: typeof routes['dev_mailbox.show']
    clear: typeof routes['dev_mailbox.clear']
  }
}
