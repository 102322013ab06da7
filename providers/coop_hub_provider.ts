import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Runs the co-op hub inside the web process, on its own HTTP server (no
 * second server to deploy). Started in `ready`, when the server exists;
 * stopped first on shutdown, so players are told and matches are stored
 * while the database is still there.
 *
 * "First" means a terminating hook, not `shutdown()`: the HTTP server's own
 * terminating hook waits for every socket to close, players' sockets stay
 * open until the hub closes them, and provider shutdowns only run after the
 * hooks. Hooks run last-registered first, and the server registered its hook
 * before the providers were ready.
 */
export default class CoopHubProvider {
  constructor(protected app: ApplicationService) {}

  async ready() {
    const server = await this.app.container.make('server')
    const nodeServer = server.getNodeServer()
    if (!nodeServer) return
    const { startCoopHub, stopCoopHub } = await import('#realtime/main')
    startCoopHub(nodeServer as import('node:http').Server)
    this.app.terminating(() => stopCoopHub())
  }

  /** Stopped already by the terminating hook; here for an app terminated before it was ready. */
  async shutdown() {
    const { stopCoopHub } = await import('#realtime/main')
    await stopCoopHub()
  }
}
