import type { WebSocket } from 'ws'
import type { ErrorCode, ServerFrame } from '#realtime/protocol'

/** Counters every connection adds to, for the hub's figures (bytes both ways, frames). */
export type TrafficCounters = { bytesIn: number; bytesOut: number; framesIn: number; framesOut: number }

export type ConnectionLimits = { framesPerSecond: number; frameBurst: number; floodWarnings: number }

/**
 * One player's socket: sends frames, keeps the per-connection rate limit (a
 * token bucket: `framesPerSecond` on average, bursts of `frameBurst`) and
 * the heartbeat flag the hub's ping round reads.
 */
export class Connection {
  #tokens: number
  #refilledAt: number
  #warnings = 0
  /** Set by a pong; the hub's next ping round drops the socket when it is still false. */
  alive = true
  closed = false
  /** Frames are validated asynchronously; chaining them keeps the player's order. */
  inbox: Promise<void> = Promise.resolve()

  constructor(
    readonly socket: WebSocket,
    readonly user: { userId: number; name: string; locale: 'en' | 'ru' },
    private limits: ConnectionLimits,
    private traffic: TrafficCounters
  ) {
    this.#tokens = limits.frameBurst
    this.#refilledAt = performance.now()
    socket.on('pong', () => (this.alive = true))
    socket.on('close', () => (this.closed = true))
  }

  /**
   * Whether the frame just received is within the rate: 'ok', 'warn' (over
   * it: the frame is dropped with a warning) or 'close' (over it again
   * after the warnings).
   */
  admit(): 'ok' | 'warn' | 'close' {
    const now = performance.now()
    this.#tokens = Math.min(this.limits.frameBurst, this.#tokens + ((now - this.#refilledAt) / 1000) * this.limits.framesPerSecond)
    this.#refilledAt = now
    if (this.#tokens >= 1) {
      this.#tokens -= 1
      return 'ok'
    }
    this.#warnings += 1
    return this.#warnings > this.limits.floodWarnings ? 'close' : 'warn'
  }

  send(frame: ServerFrame) {
    this.sendText(JSON.stringify(frame))
  }

  /** A frame serialised once for many connections (a room's broadcast). */
  sendText(text: string) {
    if (this.closed || this.socket.readyState !== this.socket.OPEN) return
    this.traffic.framesOut += 1
    this.traffic.bytesOut += Buffer.byteLength(text)
    this.socket.send(text)
  }

  error(code: ErrorCode, message: string, seq?: number) {
    this.send({ type: 'error', code, message, ...(seq === undefined ? {} : { seq }) })
  }

  close(code: number, reason = '') {
    if (this.closed) return
    this.closed = true
    // A close reason may hold 123 bytes at most.
    this.socket.close(code, Buffer.from(reason).subarray(0, 123).toString())
  }
}
