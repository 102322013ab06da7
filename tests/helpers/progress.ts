import Attempt from '#models/attempt'

/**
 * Waits until the queue worker awarded an attempt (the award job runs in
 * this process, off the request).
 */
export async function awarded(attemptId: number, timeoutMs = 10_000) {
  const deadline = Date.now() + timeoutMs
  while (Date.now() < deadline) {
    const attempt = await Attempt.find(attemptId)
    if (attempt?.awardedAt) return attempt
    await new Promise((resolve) => setTimeout(resolve, 25))
  }
  throw new Error(`attempt ${attemptId} was not awarded within ${timeoutMs} ms`)
}

/**
 * A Server-Sent Events stream read as messages, like a browser's
 * EventSource (Node has none without a flag).
 */
export async function openEventStream(baseUrl: string, uid: string) {
  const controller = new AbortController()
  const response = await fetch(`${baseUrl}/__transmit/events?uid=${uid}`, { signal: controller.signal })
  if (!response.ok || !response.body) throw new Error(`SSE stream refused: ${response.status}`)
  const reader = response.body.pipeThrough(new TextDecoderStream()).getReader()
  let buffer = ''
  const messages: unknown[] = []

  const pump = (async () => {
    try {
      for (;;) {
        const { value, done } = await reader.read()
        if (done) return
        buffer += value
        let end: number
        while ((end = buffer.indexOf('\n\n')) >= 0) {
          const event = buffer.slice(0, end)
          buffer = buffer.slice(end + 2)
          const data = event
            .split('\n')
            .filter((line) => line.startsWith('data:'))
            .map((line) => line.slice(5).trim())
            .join('\n')
          if (data) messages.push(JSON.parse(data))
        }
      }
    } catch {
      // aborted
    }
  })()

  return {
    messages,
    /** The first message that matches, waiting for it to arrive. */
    async next(matches: (message: any) => boolean, timeoutMs = 10_000) {
      const deadline = Date.now() + timeoutMs
      while (Date.now() < deadline) {
        const found = messages.find(matches)
        if (found) return found as any
        await new Promise((resolve) => setTimeout(resolve, 20))
      }
      throw new Error(`no matching SSE message within ${timeoutMs} ms; got ${JSON.stringify(messages)}`)
    },
    async close() {
      controller.abort()
      await pump
    },
  }
}
