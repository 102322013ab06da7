import { router, usePage } from '@inertiajs/react'
import type { FormEvent } from 'react'
import { CsrfField } from '~/components/csrf_field'
import { useI18n } from '~/lib/i18n'

const LANGUAGES = [
  { code: 'en', label: 'English', short: 'EN' },
  { code: 'ru', label: 'Русский', short: 'RU' },
] as const

/**
 * Two buttons posting the chosen language; works without JavaScript too.
 */
export function LanguageSwitch() {
  const { t, locale } = useI18n()
  const { props } = usePage()

  function submit(event: FormEvent<HTMLFormElement>) {
    event.preventDefault()
    const submitter = (event.nativeEvent as SubmitEvent).submitter as HTMLButtonElement | null
    if (!submitter) return
    router.post('/locale', { locale: submitter.value, redirect: props.site.path }, { preserveScroll: true })
  }

  return (
    <form method="post" action="/locale" className="language-switch" onSubmit={submit} aria-label={t('ui.language.label')}>
      <CsrfField />
      <input type="hidden" name="redirect" value={props.site.path} />
      {LANGUAGES.map((language) => (
        <button
          key={language.code}
          type="submit"
          name="locale"
          value={language.code}
          lang={language.code}
          aria-pressed={locale === language.code}
          aria-label={language.label}
          title={language.label}
        >
          {language.short}
        </button>
      ))}
    </form>
  )
}
