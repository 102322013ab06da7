import { useId, useState, type InputHTMLAttributes, type ReactNode } from 'react'
import { useI18n } from '~/lib/i18n'

type FieldProps = {
  label: ReactNode
  name: string
  error?: string
  hint?: ReactNode
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name'>

/**
 * A labelled input with its hint and error, wired for screen readers
 * (aria-describedby, aria-invalid).
 */
export function TextField({ label, name, error, hint, id, type = 'text', ...input }: FieldProps) {
  const generated = useId()
  const inputId = id ?? `${name}-${generated}`
  const hintId = hint ? `${inputId}-hint` : undefined
  const errorId = error ? `${inputId}-error` : undefined

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <input
        id={inputId}
        name={name}
        type={type}
        aria-invalid={error ? true : undefined}
        aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
        {...input}
      />
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

/**
 * A password input with a show/hide toggle.
 */
export function PasswordField(props: Omit<FieldProps, 'type'>) {
  const { t } = useI18n()
  const [visible, setVisible] = useState(false)
  const generated = useId()
  const { label, name, error, hint, id, ...input } = props
  const inputId = id ?? `${name}-${generated}`
  const hintId = hint ? `${inputId}-hint` : undefined
  const errorId = error ? `${inputId}-error` : undefined

  return (
    <div className="field">
      <label htmlFor={inputId}>{label}</label>
      <div className="password-row">
        <input
          id={inputId}
          name={name}
          type={visible ? 'text' : 'password'}
          aria-invalid={error ? true : undefined}
          aria-describedby={[hintId, errorId].filter(Boolean).join(' ') || undefined}
          {...input}
        />
        <button
          type="button"
          className="button button-small"
          aria-pressed={visible}
          aria-controls={inputId}
          onClick={() => setVisible((value) => !value)}
        >
          {visible ? t('ui.form.hide_password') : t('ui.form.show_password')}
        </button>
      </div>
      {hint ? (
        <p id={hintId} className="field-hint">
          {hint}
        </p>
      ) : null}
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </div>
  )
}

type CheckboxProps = {
  label: ReactNode
  name: string
  error?: string
} & Omit<InputHTMLAttributes<HTMLInputElement>, 'name' | 'type'>

export function Checkbox({ label, name, error, id, ...input }: CheckboxProps) {
  const generated = useId()
  const inputId = id ?? `${name}-${generated}`
  const errorId = error ? `${inputId}-error` : undefined
  return (
    <>
      <div className="check">
        <input
          id={inputId}
          name={name}
          type="checkbox"
          value="true"
          aria-invalid={error ? true : undefined}
          aria-describedby={errorId}
          {...input}
        />
        <label htmlFor={inputId}>{label}</label>
      </div>
      {error ? (
        <p id={errorId} className="field-error">
          {error}
        </p>
      ) : null}
    </>
  )
}

/**
 * Announces how many fields need attention after a failed submit.
 */
export function ErrorSummary({ errors }: { errors: Record<string, string | undefined> }) {
  const { t } = useI18n()
  const count = Object.values(errors).filter(Boolean).length
  if (count === 0) return null
  return (
    <p className="error-summary" role="alert">
      {t('ui.form.error_summary', { count })}
    </p>
  )
}
