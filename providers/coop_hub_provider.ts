import type { ApplicationService } from '@adonisjs/core/types'

/**
 * Runs the co-op hub inside the web process, on its own HTTP server (no
 * second server to deploy). Started in `ready`, when the server exists;
 * stopped first on shutdown, so players are told and matches are stored
 * while the database is still there.
 */
export default class CoopHubProvider {
  constructor(protected app: ApplicationService) {}

  async ready() {
    const server = await this.app.container.make('server')
    const nodeServer = server.getNodeServer()
    if (!nodeServer) return
    const { startCoopHub } = await import('#realtime/main')
    startCoopHub(nodeServer as import('node:http').Server)
  }

  async shutdown() {
    const { stopCoopHub } = await import('#realtime/main')
    await stopCoopHub()
  }
}
