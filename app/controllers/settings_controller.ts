import type { HttpContext } from '@adonisjs/core/http'
import User from '#models/user'
import UserTransformer from '#transformers/user_transformer'
import AccessTokenTransformer from '#transformers/access_token_transformer'
import {
  updateAvatarValidator,
  updateEmailValidator,
  updatePasswordValidator,
  updatePreferencesValidator,
  updateProfileValidator,
} from '#validators/user'
import { confirmsCurrentPassword, fieldError } from '#services/credentials'
import { recordAuthEvent } from '#services/auth_events'
import { rememberLocale, useLocale } from '#services/locale'
import { requestEmailChange } from '#actions/account/change_email'
import { removeAvatar, updateAvatar } from '#actions/account/update_avatar'
import { updatePreferences } from '#actions/account/update_preferences'
import { signOutOtherSessions } from '#actions/account/sign_out_other_sessions'
import { AUTH_EPOCH_KEY } from '#services/auth_session'
import { enabledOAuthProviders } from '#config/ally'

export default class SettingsController {
  async show({ inertia, auth, session }: HttpContext) {
    const user = auth.getUserOrFail()
    await user.load((loader) => loader.load('oauthIdentities'))
    const tokens = await User.accessTokens.all(user)

    return inertia.render('settings', {
      account: UserTransformer.transform(user).useVariant('forSettings'),
      tokens: AccessTokenTransformer.transform(tokens),
      linkedProviders: user.oauthIdentities.map((identity) => identity.provider),
      availableProviders: [...enabledOAuthProviders],
      newToken: (session.flashMessages.get('newToken') as string | undefined) ?? null,
    })
  }

  async updateProfile({ request, response, auth, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(updateProfileValidator)
    user.displayName = payload.displayName
    await user.save()
    session.flash('success', i18n.t('settings.saved'))
    return response.redirect().back()
  }

  async updateAvatar({ request, response, auth, session, i18n }: HttpContext) {
    const user = auth.getUserOrFail()
    const { avatar } = await request.validateUsing(updateAvatarValidator)
    await updateAvatar(user, avatar)
    session.flash('success', i18n.t('settings.profile.avatar_saved'))
    return response.redirect().back()
  }

  async destroyAvatar({ response, auth, session, i18n }: HttpContext) {
    await removeAvatar(auth.getUserOrFail())
    session.flash('success', i18n.t('settings.profile.avatar_removed'))
    return response.redirect().back()
  }

  /**
   * Language, time zone, voice, notifications and privacy in one form.
   */
  async updatePreferences(ctx: HttpContext) {
    const { request, response, auth, session } = ctx
    const user = auth.getUserOrFail()
    const payload = await request.validateUsing(updatePreferencesValidator)
    await updatePreferences(user, payload)

    useLocale(ctx, payload.locale)
    rememberLocale(ctx, payload.locale)
    session.flash('success', ctx.i18n.t('settings.saved'))
    return response.redirect().back()
  }

  /**
   * Needs the current password; the new address must be confirmed first.
   */
  async updateEmail(ctx: HttpContext) {
    const { request, response, auth, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const { email, currentPassword } = await request.validateUsing(updateEmailValidator)

    if (!(await confirmsCurrentPassword(user, currentPassword))) {
      fieldError('currentPassword', i18n.t('settings.errors.current_password'))
    }
    if (email === user.email) {
      fieldError('email', i18n.t('settings.errors.same_email'), 'different')
    }
    const owner = await User.findByEmail(email)
    if (owner) {
      fieldError('email', i18n.t('settings.errors.email_taken'), 'unique')
    }

    await requestEmailChange(user, email)
    await recordAuthEvent(ctx, 'email_change_requested', user)
    session.flash('success', i18n.t('settings.email.pending', { email }))
    return response.redirect().back()
  }

  /**
   * A new password signs out every other session and remembered device.
   */
  async updatePassword(ctx: HttpContext) {
    const { request, response, auth, session, i18n } = ctx
    const user = auth.getUserOrFail()
    const { currentPassword, password } = await request.validateUsing(updatePasswordValidator)

    if (!(await confirmsCurrentPassword(user, currentPassword))) {
      fieldError('currentPassword', i18n.t('settings.errors.current_password'))
    }

    user.password = password
    await user.save()
    const epoch = await signOutOtherSessions(user)
    session.put(AUTH_EPOCH_KEY, epoch)
    await recordAuthEvent(ctx, 'password_changed', user)
    session.flash('success', i18n.t('settings.password.changed'))
    return response.redirect().back()
  }
}
