/*
|--------------------------------------------------------------------------
| Co-op hub
|--------------------------------------------------------------------------
|
| The WebSocket rooms at /coop run inside every web process (providers/
| coop_hub_provider.ts). One process is the embedded default; scaled out,
| a room lives in the process that created it and the room directory in
| Redis says which one (see app/realtime/PROTOCOL.md, "Several processes").
|
*/

import { hostname } from 'node:os'
import env from '#start/env'
import { appUrl } from '#config/app'
import { redisEnabled } from '#config/redis'

export const coopConfig = {
  /** Room ticks per second; unset, each game's own rate (10 for the strategy game). 1–60. */
  tickRate: env.get('COOP_TICK_RATE') ?? null,
  /** Rooms one process runs at most: past it, new rooms are refused with a clear message. */
  maxRooms: env.get('COOP_MAX_ROOMS', 500),
  /** This process's name in the room directory, and in the tickets that send players here. */
  nodeId: env.get('COOP_NODE_ID') ?? `${hostname()}-${process.pid}`,
  /** Where clients reach this process (ws:// or wss://…/coop); unset, the address the page came from. */
  publicUrl: env.get('COOP_PUBLIC_URL') ?? null,
  /**
   * Page origins allowed to open a socket besides the host the request was
   * made to: APP_URL's (behind a proxy that rewrites Host) and any listed.
   */
  allowedOrigins: [
    new URL(appUrl).origin,
    ...(env.get('COOP_ALLOWED_ORIGINS') ?? '')
      .split(',')
      .map((origin) => origin.trim())
      .filter(Boolean),
  ],
  /** Secret shared with an external hub that posts match results; the endpoint is off without it. */
  webhookSecret: env.get('COOP_WEBHOOK_SECRET') ?? null,
  /** Rooms, seats and processes listed in this process (one process) or in Redis (several). */
  directory: env.get('COOP_DIRECTORY') ?? (redisEnabled ? 'redis' : 'memory'),

  /** A ticket opens one socket, for one player and one room, within this many seconds. */
  ticketSeconds: 60,
  /** A player who drops keeps the seat this long; reconnecting within it resumes the match. */
  reconnectSeconds: 30,
  /** Quick match offers to start alone after this long without a teammate. */
  soloOfferSeconds: 20,
  /** Everybody ready: the match starts after this countdown (anyone may still back out). */
  countdownSeconds: 3,
  /** An ended room answers late reconnections with its results for this long, then goes. */
  endedRoomSeconds: 60,
  /** A lobby nobody is in is closed after this long. */
  emptyLobbySeconds: 120,
  /** Frames larger than this get an error frame; larger than the hard limit close the socket. */
  maxFrameBytes: 4096,
  hardFrameBytes: 64 * 1024,
  /** Frames per second per connection (token bucket): over it a warning, then the socket closes. */
  framesPerSecond: 10,
  frameBurst: 20,
  /** Warnings before a flooding socket is closed. */
  floodWarnings: 3,
  /** The server pings this often; a socket that missed a pong by the next ping is dropped. */
  heartbeatSeconds: 15,
  /** A timestamped, signed webhook is accepted this long after it was signed (and never twice). */
  webhookWindowSeconds: 300,
}

export type CoopConfig = typeof coopConfig
