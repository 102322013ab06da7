/**
 * JSON calls from pages to /api with the session cookie: Shield wants the
 * XSRF token (from its cookie) on every POST.
 */
function xsrfToken() {
  const match = document.cookie.match(/(?:^|;\s*)XSRF-TOKEN=([^;]+)/)
  return match ? decodeURIComponent(match[1]) : ''
}

export type ApiResult<T> = { ok: true; data: T } | { ok: false; status: number; errors: Array<{ message: string; field?: string }> }

export async function postJson<T>(url: string, body: unknown = {}): Promise<ApiResult<T>> {
  let response: Response
  try {
    response = await fetch(url, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'Content-Type': 'application/json', 'Accept': 'application/json', 'X-XSRF-TOKEN': xsrfToken() },
      body: JSON.stringify(body),
    })
  } catch {
    return { ok: false, status: 0, errors: [] }
  }
  const data = await response.json().catch(() => null)
  if (response.ok) return { ok: true, data: data as T }
  return { ok: false, status: response.status, errors: Array.isArray(data?.errors) ? data.errors : [] }
}
