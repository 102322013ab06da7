import { usePage } from '@inertiajs/react'
import { useEffect, useState } from 'react'
import { useI18n } from '~/lib/i18n'

/**
 * One-time notices from the server (page.flash), announced to screen readers.
 */
export function FlashMessages() {
  const page = usePage()
  const { t } = useI18n()
  const flash = page.flash ?? {}
  const [dismissed, setDismissed] = useState(false)

  useEffect(() => setDismissed(false), [page.url, flash.success, flash.error])

  if (dismissed || (!flash.success && !flash.error)) {
    return <div className="flash-region" role="status" aria-live="polite" />
  }

  return (
    <div className="flash-region" role="status" aria-live="polite">
      {flash.success ? <p className="flash flash-success">{flash.success}</p> : null}
      {flash.error ? <p className="flash flash-error" role="alert">{flash.error}</p> : null}
      <button type="button" className="flash-close" onClick={() => setDismissed(true)} aria-label={t('ui.actions.dismiss')}>
        ×
      </button>
    </div>
  )
}
