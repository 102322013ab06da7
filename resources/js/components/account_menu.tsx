import { Link, router, usePage } from '@inertiajs/react'
import type { FormEvent } from 'react'
import { CsrfField } from '~/components/csrf_field'
import { useI18n } from '~/lib/i18n'
import { useDismissible } from '~/lib/use_dismissible'

/**
 * Log in / sign up links for visitors; a menu with settings and log out for
 * users. A <details> element, so it opens without JavaScript too.
 */
export function AccountMenu() {
  const { t } = useI18n()
  const { props } = usePage()
  const user = props.user
  const menu = useDismissible()

  if (!user) {
    return (
      <div className="account-links">
        <Link href="/login" className="button button-ghost">
          {t('ui.nav.login')}
        </Link>
        <Link href="/signup" className="button button-primary">
          {t('ui.nav.signup')}
        </Link>
      </div>
    )
  }

  function logout(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    router.post('/logout')
  }

  return (
    <details className="account-menu" ref={menu}>
      <summary aria-label={t('ui.account.menu', { name: user.displayName })}>
        {user.avatarUrl ? (
          <img className="avatar" src={user.avatarUrl} alt="" width={32} height={32} />
        ) : (
          <span className="avatar" aria-hidden="true">
            {user.initials}
          </span>
        )}
        <span className="account-name">{user.displayName}</span>
      </summary>
      <div className="menu-panel">
        <p className="menu-email small muted">{user.email}</p>
        <ul>
          <li>
            <Link href="/profile">{t('ui.nav.profile')}</Link>
          </li>
          <li>
            <Link href="/settings">{t('ui.nav.settings')}</Link>
          </li>
          {props.site.devMailbox ? (
            <li>
              <Link href="/dev/mailbox">{t('ui.nav.mailbox')}</Link>
            </li>
          ) : null}
        </ul>
        <form method="post" action="/logout" onSubmit={logout}>
          <CsrfField />
          <button type="submit" className="menu-button">
            {t('ui.nav.logout')}
          </button>
        </form>
      </div>
    </details>
  )
}
