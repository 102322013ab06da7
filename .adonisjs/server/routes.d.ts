import '@adonisjs/core/types/http'

type ParamValue = string | number | bigint | boolean

export type ScannedRoutes = {
  ALL: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'pages.home': { paramsTuple?: []; params?: {} }
    'pages.about': { paramsTuple?: []; params?: {} }
    'pages.faq': { paramsTuple?: []; params?: {} }
    'pages.pricing': { paramsTuple?: []; params?: {} }
    'pages.terms': { paramsTuple?: []; params?: {} }
    'pages.privacy': { paramsTuple?: []; params?: {} }
    'catalog.index': { paramsTuple?: []; params?: {} }
    'blog.index': { paramsTuple?: []; params?: {} }
    'blog.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'contact.create': { paramsTuple?: []; params?: {} }
    'contact.store': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'seo.sitemap': { paramsTuple?: []; params?: {} }
    'seo.robots': { paramsTuple?: []; params?: {} }
    'sign_up.create': { paramsTuple?: []; params?: {} }
    'sign_up.store': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'password_reset.update': { paramsTuple?: []; params?: {} }
    'oauth.redirect': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'oauth.callback': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'email.confirm_change': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'session.destroy_others': { paramsTuple?: []; params?: {} }
    'email_verification.resend': { paramsTuple?: []; params?: {} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'play.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'leaderboards.show': { paramsTuple?: []; params?: {} }
    'leagues.show': { paramsTuple?: []; params?: {} }
    'coop_lobby.index': { paramsTuple?: []; params?: {} }
    'coop_lobby.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'settings.update_profile': { paramsTuple?: []; params?: {} }
    'settings.update_avatar': { paramsTuple?: []; params?: {} }
    'settings.destroy_avatar': { paramsTuple?: []; params?: {} }
    'settings.update_preferences': { paramsTuple?: []; params?: {} }
    'settings.update_email': { paramsTuple?: []; params?: {} }
    'settings.update_password': { paramsTuple?: []; params?: {} }
    'access_tokens.store': { paramsTuple?: []; params?: {} }
    'access_tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api_tokens.store': { paramsTuple?: []; params?: {} }
    'api_tokens.destroy_current': { paramsTuple?: []; params?: {} }
    'me.show': { paramsTuple?: []; params?: {} }
    'content_checks.store': { paramsTuple?: []; params?: {} }
    'leaderboards.index': { paramsTuple?: []; params?: {} }
    'leagues.index': { paramsTuple?: []; params?: {} }
    'coop_rooms.store': { paramsTuple?: []; params?: {} }
    'coop_rooms.quick_match': { paramsTuple?: []; params?: {} }
    'coop_tickets.store': { paramsTuple?: []; params?: {} }
    'coop_rooms.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'level_sessions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'level_sessions.restart': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'attempts.store': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'coop_match_results.store': { paramsTuple?: []; params?: {} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
    'health_checks.live': { paramsTuple?: []; params?: {} }
    'health_checks.ready': { paramsTuple?: []; params?: {} }
    'dev_mailbox.index': { paramsTuple?: []; params?: {} }
    'dev_mailbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'dev_mailbox.clear': { paramsTuple?: []; params?: {} }
  }
  GET: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'pages.home': { paramsTuple?: []; params?: {} }
    'pages.about': { paramsTuple?: []; params?: {} }
    'pages.faq': { paramsTuple?: []; params?: {} }
    'pages.pricing': { paramsTuple?: []; params?: {} }
    'pages.terms': { paramsTuple?: []; params?: {} }
    'pages.privacy': { paramsTuple?: []; params?: {} }
    'catalog.index': { paramsTuple?: []; params?: {} }
    'blog.index': { paramsTuple?: []; params?: {} }
    'blog.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'contact.create': { paramsTuple?: []; params?: {} }
    'seo.sitemap': { paramsTuple?: []; params?: {} }
    'seo.robots': { paramsTuple?: []; params?: {} }
    'sign_up.create': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'oauth.redirect': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'oauth.callback': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'email.confirm_change': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'play.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'leaderboards.show': { paramsTuple?: []; params?: {} }
    'leagues.show': { paramsTuple?: []; params?: {} }
    'coop_lobby.index': { paramsTuple?: []; params?: {} }
    'coop_lobby.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'me.show': { paramsTuple?: []; params?: {} }
    'leaderboards.index': { paramsTuple?: []; params?: {} }
    'leagues.index': { paramsTuple?: []; params?: {} }
    'coop_rooms.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'level_sessions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'health_checks.live': { paramsTuple?: []; params?: {} }
    'health_checks.ready': { paramsTuple?: []; params?: {} }
    'dev_mailbox.index': { paramsTuple?: []; params?: {} }
    'dev_mailbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  HEAD: {
    'drive.fs.serve': { paramsTuple: [...ParamValue[]]; params: {'*': ParamValue[]} }
    'pages.home': { paramsTuple?: []; params?: {} }
    'pages.about': { paramsTuple?: []; params?: {} }
    'pages.faq': { paramsTuple?: []; params?: {} }
    'pages.pricing': { paramsTuple?: []; params?: {} }
    'pages.terms': { paramsTuple?: []; params?: {} }
    'pages.privacy': { paramsTuple?: []; params?: {} }
    'catalog.index': { paramsTuple?: []; params?: {} }
    'blog.index': { paramsTuple?: []; params?: {} }
    'blog.show': { paramsTuple: [ParamValue]; params: {'slug': ParamValue} }
    'contact.create': { paramsTuple?: []; params?: {} }
    'seo.sitemap': { paramsTuple?: []; params?: {} }
    'seo.robots': { paramsTuple?: []; params?: {} }
    'sign_up.create': { paramsTuple?: []; params?: {} }
    'session.create': { paramsTuple?: []; params?: {} }
    'password_reset.create': { paramsTuple?: []; params?: {} }
    'password_reset.edit': { paramsTuple: [ParamValue]; params: {'token': ParamValue} }
    'oauth.redirect': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'oauth.callback': { paramsTuple: [ParamValue]; params: {'provider': ParamValue} }
    'email.verify': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'email.confirm_change': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'profile.show': { paramsTuple?: []; params?: {} }
    'play.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'leaderboards.show': { paramsTuple?: []; params?: {} }
    'leagues.show': { paramsTuple?: []; params?: {} }
    'coop_lobby.index': { paramsTuple?: []; params?: {} }
    'coop_lobby.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'settings.show': { paramsTuple?: []; params?: {} }
    'me.show': { paramsTuple?: []; params?: {} }
    'leaderboards.index': { paramsTuple?: []; params?: {} }
    'leagues.index': { paramsTuple?: []; params?: {} }
    'coop_rooms.show': { paramsTuple: [ParamValue]; params: {'code': ParamValue} }
    'level_sessions.show': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'event_stream': { paramsTuple?: []; params?: {} }
    'health_checks.live': { paramsTuple?: []; params?: {} }
    'health_checks.ready': { paramsTuple?: []; params?: {} }
    'dev_mailbox.index': { paramsTuple?: []; params?: {} }
    'dev_mailbox.show': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
  }
  POST: {
    'contact.store': { paramsTuple?: []; params?: {} }
    'locale.update': { paramsTuple?: []; params?: {} }
    'sign_up.store': { paramsTuple?: []; params?: {} }
    'session.store': { paramsTuple?: []; params?: {} }
    'password_reset.store': { paramsTuple?: []; params?: {} }
    'password_reset.update': { paramsTuple?: []; params?: {} }
    'session.destroy': { paramsTuple?: []; params?: {} }
    'session.destroy_others': { paramsTuple?: []; params?: {} }
    'email_verification.resend': { paramsTuple?: []; params?: {} }
    'settings.update_avatar': { paramsTuple?: []; params?: {} }
    'access_tokens.store': { paramsTuple?: []; params?: {} }
    'api_tokens.store': { paramsTuple?: []; params?: {} }
    'content_checks.store': { paramsTuple?: []; params?: {} }
    'coop_rooms.store': { paramsTuple?: []; params?: {} }
    'coop_rooms.quick_match': { paramsTuple?: []; params?: {} }
    'coop_tickets.store': { paramsTuple?: []; params?: {} }
    'level_sessions.restart': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'attempts.store': { paramsTuple: [ParamValue,ParamValue]; params: {'game': ParamValue,'level': ParamValue} }
    'coop_match_results.store': { paramsTuple?: []; params?: {} }
    'subscribe': { paramsTuple?: []; params?: {} }
    'unsubscribe': { paramsTuple?: []; params?: {} }
  }
  PUT: {
    'settings.update_profile': { paramsTuple?: []; params?: {} }
    'settings.update_preferences': { paramsTuple?: []; params?: {} }
    'settings.update_email': { paramsTuple?: []; params?: {} }
    'settings.update_password': { paramsTuple?: []; params?: {} }
  }
  DELETE: {
    'settings.destroy_avatar': { paramsTuple?: []; params?: {} }
    'access_tokens.destroy': { paramsTuple: [ParamValue]; params: {'id': ParamValue} }
    'api_tokens.destroy_current': { paramsTuple?: []; params?: {} }
    'dev_mailbox.clear': { paramsTuple?: []; params?: {} }
  }
}
declare module '@adonisjs/core/types/http' {
  export interface RoutesList extends ScannedRoutes {}
}