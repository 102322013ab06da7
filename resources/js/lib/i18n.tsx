import { Fragment, type ReactNode } from 'react'
import { usePage } from '@inertiajs/react'
import IntlMessageFormat from 'intl-messageformat'

type Values = Record<string, string | number | boolean | Date | null | undefined>

const compiled = new Map<string, IntlMessageFormat>()

/**
 * Formats an ICU message from resources/lang (the same files the server
 * uses). A missing key shows the key itself, which tests catch.
 */
export function translate(messages: Record<string, string> | undefined, locale: string, key: string, values?: Values) {
  const message = messages?.[key]
  if (message === undefined) return key
  const cacheKey = `${locale}\u0000${message}`
  let formatter = compiled.get(cacheKey)
  if (!formatter) {
    formatter = new IntlMessageFormat(message, locale)
    compiled.set(cacheKey, formatter)
  }
  return String(formatter.format(values as any))
}

/**
 * `const { t, locale } = useI18n()` inside any page or component.
 */
export function useI18n() {
  const { props } = usePage()
  const locale = props.locale ?? 'en'
  const messages = props.messages as Record<string, string> | undefined
  return {
    locale,
    t: (key: string, values?: Values) => translate(messages, locale, key, values),
    formatDate: (value: string | Date, options: Intl.DateTimeFormatOptions = { dateStyle: 'long' }) =>
      new Intl.DateTimeFormat(locale, options).format(new Date(value)),
  }
}

/**
 * Like `t`, for messages with tags (`<terms>Terms</terms>`): each tag maps
 * to a function that wraps its text in an element.
 */
export function useRichText() {
  const { props } = usePage()
  const locale = props.locale ?? 'en'
  const messages = props.messages as Record<string, string> | undefined
  return (key: string, tags: Record<string, (chunks: ReactNode) => ReactNode>) => {
    const message = messages?.[key]
    if (message === undefined) return key
    const formatter = new IntlMessageFormat(message, locale)
    const parts = formatter.format<ReactNode>(tags as any)
    return Array.isArray(parts) ? parts.map((part, index) => <Fragment key={index}>{part}</Fragment>) : parts
  }
}
