import { usePage } from '@inertiajs/react'

/**
 * Hidden CSRF field so a form also works as a plain HTML post (no JavaScript).
 */
export function CsrfField() {
  const { props } = usePage()
  return <input type="hidden" name="_csrf" value={props.csrfToken} />
}
