import type { ReactElement } from 'react'
import { Link, usePage } from '@inertiajs/react'
import type { Data } from '@generated/data'
import { LanguageSwitch } from '~/components/language_switch'
import { FlashMessages } from '~/components/flash_messages'
import { AccountMenu } from '~/components/account_menu'
import { VerifyEmailBanner } from '~/components/verify_email_banner'
import { Logo } from '~/components/logo'
import { useI18n } from '~/lib/i18n'
import { useDismissible } from '~/lib/use_dismissible'
import { useProgressChannel } from '~/lib/live_progress'
import { ProgressChip } from '~/components/progress_chip'
import { ProgressToasts } from '~/components/progress_toasts'

const NAV = [
  { href: '/games', key: 'ui.nav.games' },
  { href: '/coop', key: 'ui.nav.coop', signedIn: true },
  { href: '/leaderboards', key: 'ui.nav.leaderboards', signedIn: true },
  { href: '/league', key: 'ui.nav.league', signedIn: true },
  // What a visitor needs to decide; a player finds these in the footer.
  { href: '/about', key: 'ui.nav.about', guest: true },
  { href: '/pricing', key: 'ui.nav.pricing', guest: true },
  { href: '/blog', key: 'ui.nav.blog' },
  { href: '/faq', key: 'ui.nav.faq', guest: true },
]

const FOOTER = [
  { href: '/about', key: 'ui.nav.about' },
  { href: '/faq', key: 'ui.nav.faq' },
  { href: '/pricing', key: 'ui.nav.pricing' },
  { href: '/blog', key: 'ui.nav.blog' },
  { href: '/contact', key: 'ui.nav.contact' },
  { href: '/terms', key: 'ui.nav.terms' },
  { href: '/privacy', key: 'ui.nav.privacy' },
]

function isCurrent(path: string, href: string) {
  const pathname = path.split('?')[0]
  return pathname === href || pathname.startsWith(`${href}/`)
}

/**
 * The frame of every page: header (navigation, language, account), notices,
 * the page itself and the footer.
 */
export default function Layout({ children }: { children: ReactElement<Data.SharedProps> }) {
  const { t } = useI18n()
  const { props } = usePage()
  const path = props.site.path
  const nav = NAV.filter((item) => ('signedIn' in item ? Boolean(props.user) : 'guest' in item ? !props.user : true))
  const mobileNav = useDismissible()
  useProgressChannel()

  return (
    <>
      <a className="skip-link" href="#main">
        {t('ui.a11y.skip_to_content')}
      </a>
      <header className="site-header">
        <div className="container header-row">
          <Link href="/" className="brand" aria-label={t('ui.nav.home')}>
            <Logo />
            <span>Parley</span>
          </Link>

          <nav className="main-nav" aria-label={t('ui.nav.main')}>
            <ul>
              {nav.map((item) => (
                <li key={item.href}>
                  <Link href={item.href} aria-current={isCurrent(path, item.href) ? 'page' : undefined}>
                    {t(item.key)}
                  </Link>
                </li>
              ))}
            </ul>
          </nav>

          <div className="header-tools">
            <LanguageSwitch />
            <ProgressChip />
            <AccountMenu />
            <details className="mobile-nav" ref={mobileNav}>
              <summary aria-label={t('ui.nav.menu')}>
                <span aria-hidden="true" className="burger" />
              </summary>
              <ul>
                {nav.map((item) => (
                  <li key={item.href}>
                    <Link href={item.href}>{t(item.key)}</Link>
                  </li>
                ))}
                <li>
                  <Link href="/contact">{t('ui.nav.contact')}</Link>
                </li>
              </ul>
            </details>
          </div>
        </div>
      </header>

      <VerifyEmailBanner />
      <FlashMessages />
      <ProgressToasts />

      <main id="main" tabIndex={-1}>
        {children}
      </main>

      <footer className="site-footer">
        <div className="container footer-grid">
          <div>
            <p className="brand brand-footer">
              <Logo />
              <span>Parley</span>
            </p>
            <p className="muted">{t('ui.footer.tagline')}</p>
          </div>
          <nav aria-label={t('ui.nav.footer')}>
            <ul className="footer-links">
              {FOOTER.map((item) => (
                <li key={item.href}>
                  <Link href={item.href}>{t(item.key)}</Link>
                </li>
              ))}
            </ul>
          </nav>
        </div>
        <div className="container">
          <p className="muted small">{t('ui.footer.copyright', { year: 2026 })}</p>
        </div>
      </footer>
    </>
  )
}
