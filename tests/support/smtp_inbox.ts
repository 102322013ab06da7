import { SMTPServer } from 'smtp-server'
import { simpleParser, type ParsedMail } from 'mailparser'

/**
 * A real SMTP server on loopback that keeps what it receives, parsed.
 */
export class SmtpInbox {
  messages: ParsedMail[] = []
  #waiters: Array<() => void> = []
  #server = new SMTPServer({
    authOptional: true,
    disabledCommands: ['STARTTLS', 'AUTH'],
    logger: false,
    onData: (stream, _session, callback) => {
      simpleParser(stream)
        .then((parsed) => {
          this.messages.push(parsed)
          this.#waiters.splice(0).forEach((resolve) => resolve())
          callback()
        })
        .catch(callback)
    },
  })

  start(port: number) {
    return new Promise<this>((resolve, reject) => {
      this.#server.once('error', reject)
      this.#server.listen(port, '127.0.0.1', () => resolve(this))
    })
  }

  /**
   * Resolves with the first message matching `predicate`, waiting for it.
   */
  async waitFor(predicate: (message: ParsedMail) => boolean, timeoutMs = 5000) {
    const deadline = Date.now() + timeoutMs
    for (;;) {
      const found = this.messages.find(predicate)
      if (found) return found
      const remaining = deadline - Date.now()
      if (remaining <= 0) throw new Error('No matching mail reached the SMTP server in time')
      await new Promise<void>((resolve) => {
        const timer = setTimeout(resolve, remaining)
        this.#waiters.push(() => {
          clearTimeout(timer)
          resolve()
        })
      })
    }
  }

  stop() {
    return new Promise<void>((resolve) => this.#server.close(() => resolve()))
  }
}
