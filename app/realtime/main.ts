import type { Server } from 'node:http'
import i18nManager from '@adonisjs/i18n/services/main'
import logger from '@adonisjs/core/services/logger'
import { coopConfig } from '#config/coop'
import contentLibrary from '#services/content_library'
import onceKeys from '#services/once_keys'
import { storeMatchResults } from '#actions/coop/store_match_results'
import { CoopHub, type HubServices, type HubSettings } from '#realtime/hub'
import { MemoryRoomDirectory, type RoomDirectory } from '#realtime/room_directory'
import { RedisRoomDirectory } from '#realtime/redis_room_directory'

/** Rooms, seats and hub processes: in memory on one process, in Redis when there are several. */
export const roomDirectory: RoomDirectory = coopConfig.directory === 'redis' ? new RedisRoomDirectory() : new MemoryRoomDirectory()

let hub: CoopHub | null = null
let stopping = false

/** The hub of this process, once the web server (or a test's) started it. */
export function coopHub() {
  return hub
}

export function hubSettings(overrides: Partial<HubSettings> = {}): HubSettings {
  const { tickRate, ...config } = coopConfig
  return { ...config, fixedTickRate: tickRate, ...overrides }
}

/**
 * Starts the co-op hub on the app's HTTP server: upgrades to /coop become
 * players' sockets. Called by the hub provider when the web process is
 * ready, and by the test runner once its HTTP server listens.
 */
export function startCoopHub(server: Server, overrides: Partial<HubSettings> = {}) {
  if (hub) return hub
  stopping = false
  hub = new CoopHub(hubSettings(overrides), hubServices())
  hub.attach(server)
  return hub
}

/** The app's side of a hub: content, languages, the directory, the results service. */
export function hubServices(): HubServices {
  return {
    directory: roomDirectory,
    onceKeys,
    level: (game, level) => contentLibrary.level(game, level),
    dictionary: () => contentLibrary.dictionary(),
    i18n: (locale) => i18nManager.locale(locale),
    storeResults: async (record) => {
      // Our own match keeps the players who still have an account.
      await storeMatchResults(record, { skipUnknownPlayers: true })
    },
    logger,
  }
}

/** What players read when the process stops. */
export function shutdownMessage() {
  return { en: i18nManager.locale('en').t('coop.shutdown'), ru: i18nManager.locale('ru').t('coop.shutdown') }
}

/** Whether this process has begun to stop: the lobby opens no room on it and hands out no ticket to it. */
export function coopStopping() {
  return stopping
}

/** Players are told, matches so far are stored; then the hub is gone. */
export async function stopCoopHub() {
  const running = hub
  hub = null
  if (running) stopping = true
  if (!running) return
  await running.close(shutdownMessage())
}
