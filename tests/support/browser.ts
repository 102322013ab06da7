import type { Page } from 'playwright'

/**
 * Waits until React has hydrated the server-rendered page, so clicks are
 * handled by the app (client-side navigation) rather than lost.
 */
export async function hydrated<T extends Page>(page: T): Promise<T> {
  await page.waitForSelector('html[data-hydrated="true"]')
  return page
}

/**
 * Polls until `condition` holds (mails and jobs finish after the response).
 */
export async function eventually(condition: () => Promise<boolean>, timeoutMs = 5000) {
  const deadline = Date.now() + timeoutMs
  while (!(await condition())) {
    if (Date.now() > deadline) throw new Error('Condition not met in time')
    await new Promise((resolve) => setTimeout(resolve, 50))
  }
}
