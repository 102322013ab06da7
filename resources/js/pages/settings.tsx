import { Form, router, usePage } from '@inertiajs/react'
import { useEffect, useState, type FormEvent, type ReactNode } from 'react'
import type { Data } from '@generated/data'
import type { InertiaProps } from '~/types'
import { Seo } from '~/components/seo'
import { CsrfField } from '~/components/csrf_field'
import { Checkbox, PasswordField, TextField } from '~/components/form_controls'
import { useI18n } from '~/lib/i18n'

type Account = Data.User & {
  voiceInput: boolean
  voiceOutput: boolean
  notifyProductEmail: boolean
  notifyStreakEmail: boolean
  notifyWeeklyEmail: boolean
  notifyInApp: boolean
  profilePublic: boolean
  showOnLeaderboards: boolean
  joinLeagues: boolean
}

type PageProps = InertiaProps<{
  account: Account
  tokens: Data.AccessToken[]
  linkedProviders: string[]
  availableProviders: string[]
  newToken: string | null
}>

const SECTIONS = ['profile', 'preferences', 'email', 'password', 'sessions', 'connected', 'tokens'] as const

function Section({ id, title, children }: { id: string; title: string; children: ReactNode }) {
  return (
    <section id={id} className="card settings-section" aria-labelledby={`${id}-title`}>
      <h2 id={`${id}-title`}>{title}</h2>
      {children}
    </section>
  )
}

/**
 * Everything about the account on one page, one form per concern.
 */
export default function Settings({ account, tokens, linkedProviders, availableProviders, newToken }: PageProps) {
  const { t, formatDate } = useI18n()
  const { props } = usePage()
  const errors = props.errors as Record<string, string>
  const [timeZones, setTimeZones] = useState<string[]>([account.timeZone])
  const [timeZone, setTimeZone] = useState(account.timeZone)

  useEffect(() => {
    const zones = (Intl as any).supportedValuesOf?.('timeZone') as string[] | undefined
    if (zones) setTimeZones(zones.includes(account.timeZone) ? zones : [account.timeZone, ...zones])
  }, [account.timeZone])

  function revoke(event: FormEvent<HTMLFormElement>, id: string) {
    event.preventDefault()
    router.delete(`/settings/tokens/${id}`, { preserveScroll: true })
  }

  const providerName = (provider: string) => t(`auth.oauth.providers.${provider}`)

  return (
    <>
      <Seo title={t('settings.title')} description={t('settings.meta')} noindex />
      <div className="container settings-layout">
        <nav className="settings-nav" aria-label={t('settings.title')}>
          <h1>{t('settings.title')}</h1>
          <ul>
            {SECTIONS.map((section) => (
              <li key={section}>
                <a href={`#${section}`}>{t(`settings.sections.${section}`)}</a>
              </li>
            ))}
          </ul>
        </nav>

        <div>
          <Section id="profile" title={t('settings.sections.profile')}>
            <div className="avatar-row">
              {account.avatarUrl ? (
                <img className="avatar avatar-large" src={account.avatarUrl} alt="" width={72} height={72} />
              ) : (
                <span className="avatar avatar-large" aria-hidden="true">
                  {account.initials}
                </span>
              )}
              <div>
                <Form
                  action="/settings/avatar"
                  method="post"
                  encType="multipart/form-data"
                  options={{ preserveScroll: true }}
                  resetOnSuccess
                >
                  {({ processing }) => (
                    <>
                      <CsrfField />
                      <div className="field">
                        <label htmlFor="settings-avatar">{t('settings.profile.avatar')}</label>
                        <input
                          id="settings-avatar"
                          name="avatar"
                          type="file"
                          accept="image/jpeg,image/png,image/webp,image/gif"
                          required
                          aria-describedby="settings-avatar-hint"
                          aria-invalid={errors.avatar ? true : undefined}
                        />
                        <p id="settings-avatar-hint" className="field-hint">
                          {t('settings.profile.avatar_hint')}
                        </p>
                        {errors.avatar ? <p className="field-error">{errors.avatar}</p> : null}
                      </div>
                      <div className="hero-actions">
                        <button type="submit" className="button" disabled={processing}>
                          {t('settings.profile.avatar_upload')}
                        </button>
                        {account.hasUploadedAvatar ? (
                          <button
                            type="button"
                            className="button button-danger"
                            onClick={() => router.delete('/settings/avatar', { preserveScroll: true })}
                          >
                            {t('settings.profile.avatar_remove')}
                          </button>
                        ) : null}
                      </div>
                    </>
                  )}
                </Form>
              </div>
            </div>

            <Form action="/settings/profile" method="put" options={{ preserveScroll: true }}>
              {({ processing }) => (
                <>
                  <TextField
                    label={t('auth.fields.display_name')}
                    name="displayName"
                    defaultValue={account.displayName}
                    required
                    maxLength={60}
                    error={errors.displayName}
                  />
                  <button type="submit" className="button button-primary" disabled={processing}>
                    {t('ui.actions.save')}
                  </button>
                </>
              )}
            </Form>
          </Section>

          <Section id="preferences" title={t('settings.sections.preferences')}>
            <Form
              action="/settings/preferences"
              method="put"
              options={{ preserveScroll: true }}
              transform={(data) => ({
                ...data,
                // Unchecked boxes are absent from form data: send them as false.
                voiceInput: data.voiceInput === 'true',
                voiceOutput: data.voiceOutput === 'true',
                notifyProductEmail: data.notifyProductEmail === 'true',
                notifyStreakEmail: data.notifyStreakEmail === 'true',
                notifyWeeklyEmail: data.notifyWeeklyEmail === 'true',
                notifyInApp: data.notifyInApp === 'true',
                profilePublic: data.profilePublic === 'true',
                showOnLeaderboards: data.showOnLeaderboards === 'true',
                joinLeagues: data.joinLeagues === 'true',
              })}
            >
              {({ processing }) => (
                <>
                  <div className="grid grid-2">
                    <div className="field">
                      <label htmlFor="settings-locale">{t('settings.preferences.locale')}</label>
                      <select id="settings-locale" name="locale" defaultValue={account.locale}>
                        <option value="en" lang="en">
                          English
                        </option>
                        <option value="ru" lang="ru">
                          Русский
                        </option>
                      </select>
                    </div>
                    <div className="field">
                      <label htmlFor="settings-time-zone">{t('settings.preferences.time_zone')}</label>
                      <select
                        id="settings-time-zone"
                        name="timeZone"
                        value={timeZone}
                        onChange={(event) => setTimeZone(event.target.value)}
                        aria-describedby="settings-time-zone-hint"
                        aria-invalid={errors.timeZone ? true : undefined}
                      >
                        {timeZones.map((zone) => (
                          <option key={zone} value={zone}>
                            {zone.replace(/_/g, ' ')}
                          </option>
                        ))}
                      </select>
                      <p id="settings-time-zone-hint" className="field-hint">
                        {t('settings.preferences.time_zone_hint')}{' '}
                        <button
                          type="button"
                          className="button button-small button-ghost"
                          onClick={() => setTimeZone(Intl.DateTimeFormat().resolvedOptions().timeZone)}
                        >
                          {t('settings.preferences.detect')}
                        </button>
                      </p>
                      {errors.timeZone ? <p className="field-error">{errors.timeZone}</p> : null}
                    </div>
                  </div>

                  <h3>{t('settings.sections.voice')}</h3>
                  <div className="toggle-list">
                    <Checkbox name="voiceInput" label={t('settings.voice.input')} defaultChecked={account.voiceInput} />
                    <Checkbox name="voiceOutput" label={t('settings.voice.output')} defaultChecked={account.voiceOutput} />
                  </div>

                  <h3>{t('settings.sections.notifications')}</h3>
                  <div className="toggle-list">
                    <Checkbox name="notifyInApp" label={t('settings.notifications.in_app')} defaultChecked={account.notifyInApp} />
                    <Checkbox
                      name="notifyStreakEmail"
                      label={t('settings.notifications.streak_email')}
                      defaultChecked={account.notifyStreakEmail}
                    />
                    <Checkbox
                      name="notifyWeeklyEmail"
                      label={t('settings.notifications.weekly_email')}
                      defaultChecked={account.notifyWeeklyEmail}
                    />
                    <Checkbox
                      name="notifyProductEmail"
                      label={t('settings.notifications.product_email')}
                      defaultChecked={account.notifyProductEmail}
                    />
                  </div>

                  <h3>{t('settings.sections.privacy')}</h3>
                  <div className="toggle-list">
                    <Checkbox
                      name="profilePublic"
                      label={t('settings.privacy.profile_public')}
                      defaultChecked={account.profilePublic}
                    />
                    <Checkbox
                      name="showOnLeaderboards"
                      label={t('settings.privacy.show_on_leaderboards')}
                      defaultChecked={account.showOnLeaderboards}
                    />
                    <Checkbox name="joinLeagues" label={t('settings.privacy.join_leagues')} defaultChecked={account.joinLeagues} />
                  </div>

                  <button type="submit" className="button button-primary" disabled={processing}>
                    {t('ui.actions.save')}
                  </button>
                </>
              )}
            </Form>
          </Section>

          <Section id="email" title={t('settings.sections.email')}>
            <p>
              {t('settings.email.current', { email: account.email })}{' '}
              <span className={account.emailVerified ? 'status-pill' : 'status-pill warn'}>
                {account.emailVerified ? t('settings.email.verified') : t('settings.email.unverified')}
              </span>
            </p>
            {account.pendingEmail ? (
              <p className="muted">{t('settings.email.pending_notice', { email: account.pendingEmail })}</p>
            ) : null}
            <Form action="/settings/email" method="put" options={{ preserveScroll: true }} resetOnSuccess resetOnError={['currentPassword']}>
              {({ processing }) => (
                <>
                  <TextField label={t('settings.email.new')} name="email" type="email" autoComplete="email" required error={errors.email} />
                  {account.hasPassword ? (
                    <PasswordField
                      label={t('settings.password.current')}
                      name="currentPassword"
                      autoComplete="current-password"
                      required
                      error={errors.currentPassword}
                    />
                  ) : null}
                  <button type="submit" className="button" disabled={processing}>
                    {t('settings.email.submit')}
                  </button>
                </>
              )}
            </Form>
          </Section>

          <Section id="password" title={t('settings.sections.password')}>
            {account.hasPassword ? null : <p className="muted">{t('settings.password.no_password')}</p>}
            <Form action="/settings/password" method="put" options={{ preserveScroll: true }} resetOnSuccess resetOnError>
              {({ processing }) => (
                <>
                  {account.hasPassword ? (
                    <PasswordField
                      label={t('settings.password.current')}
                      name="currentPassword"
                      autoComplete="current-password"
                      required
                      error={errors.currentPassword}
                    />
                  ) : null}
                  <PasswordField
                    label={t('auth.fields.new_password')}
                    name="password"
                    autoComplete="new-password"
                    required
                    minLength={8}
                    hint={t('auth.fields.password_hint')}
                    error={errors.password}
                  />
                  <PasswordField
                    label={t('auth.fields.password_confirmation')}
                    name="passwordConfirmation"
                    autoComplete="new-password"
                    required
                    error={errors.passwordConfirmation}
                  />
                  <button type="submit" className="button" disabled={processing}>
                    {t('settings.password.submit')}
                  </button>
                </>
              )}
            </Form>
          </Section>

          <Section id="sessions" title={t('settings.sections.sessions')}>
            <p>{t('settings.sessions.lead')}</p>
            <Form action="/logout/others" method="post" options={{ preserveScroll: true }}>
              {({ processing }) => (
                <>
                  <CsrfField />
                  <button type="submit" className="button button-danger" disabled={processing}>
                    {t('settings.sessions.submit')}
                  </button>
                </>
              )}
            </Form>
          </Section>

          <Section id="connected" title={t('settings.sections.connected')}>
            {availableProviders.length === 0 ? <p className="muted">{t('settings.connected.none')}</p> : null}
            <ul className="token-list">
              {availableProviders.map((provider) => (
                <li key={provider}>
                  <span>{providerName(provider)}</span>
                  {linkedProviders.includes(provider) ? (
                    <span className="status-pill">{t('settings.connected.linked')}</span>
                  ) : (
                    <a className="button button-small" href={`/auth/${provider}/redirect`}>
                      {t('settings.connected.link', { provider: providerName(provider) })}
                    </a>
                  )}
                </li>
              ))}
            </ul>
          </Section>

          <Section id="tokens" title={t('settings.sections.tokens')}>
            <p>{t('settings.tokens.lead')}</p>
            {newToken ? (
              <>
                <p>
                  <strong>{t('settings.tokens.copy_now')}</strong>
                </p>
                <p className="secret-box" data-testid="new-token">
                  {newToken}
                </p>
              </>
            ) : null}
            {tokens.length === 0 ? <p className="muted">{t('settings.tokens.empty')}</p> : null}
            <ul className="token-list">
              {tokens.map((token) => (
                <li key={token.id}>
                  <div>
                    <strong>{token.name}</strong>
                    <br />
                    <span className="small muted">
                      {t('settings.tokens.created_at', { date: formatDate(token.createdAt, { dateStyle: 'medium' }) })} ·{' '}
                      {token.lastUsedAt
                        ? t('settings.tokens.last_used', { date: formatDate(token.lastUsedAt, { dateStyle: 'medium' }) })
                        : t('settings.tokens.never_used')}
                      {token.expiresAt
                        ? ` · ${t('settings.tokens.expires', { date: formatDate(token.expiresAt, { dateStyle: 'medium' }) })}`
                        : ''}
                    </span>
                  </div>
                  <form method="post" action={`/settings/tokens/${token.id}`} onSubmit={(event) => revoke(event, token.id)}>
                    <button
                      type="submit"
                      className="button button-small button-danger"
                      aria-label={t('settings.tokens.revoke_label', { name: token.name })}
                    >
                      {t('settings.tokens.revoke')}
                    </button>
                  </form>
                </li>
              ))}
            </ul>
            <Form action="/settings/tokens" method="post" options={{ preserveScroll: true }} resetOnSuccess>
              {({ processing }) => (
                <>
                  <TextField label={t('settings.tokens.name')} name="name" required maxLength={60} error={errors.name} />
                  <button type="submit" className="button" disabled={processing}>
                    {t('settings.tokens.create')}
                  </button>
                </>
              )}
            </Form>
          </Section>
        </div>
      </div>
    </>
  )
}
