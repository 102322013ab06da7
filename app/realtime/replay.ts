import { createHash } from 'node:crypto'
import { createRng } from '#game_kit/rng'
import type { CoopSeat, GameManifest, GameStateBase } from '#game_kit/types'
import type { MatchOutcome } from '#realtime/protocol'

/** One phrase the language engine passed, as the rules received it: [tick, seat, intent, slots, counts for a goal]. */
export type ReplayCommand = [tick: number, seat: number, intent: string, slots: Record<string, string | number>, countsForGoal: boolean]

/**
 * Everything needed to play a match again: the seed, the seats, and every
 * order the rules were given, with its tick. The rules are pure and seeded,
 * so the same log always ends in the same state (`digest`).
 */
export type MatchReplay = {
  version: 1
  game: string
  level: number
  seed: number
  tickRate: number
  seats: CoopSeat[]
  commands: ReplayCommand[]
  endTick: number
  outcome: MatchOutcome
  digest: string
}

/** A short fingerprint of a match state: equal states, equal digests. */
export function stateDigest(state: unknown) {
  return createHash('sha256').update(JSON.stringify(state)).digest('hex').slice(0, 32)
}

export type ReplayReport = {
  matches: boolean
  /** The outcome the rules reach again (a timeout or an abandoned match ends where the log ends). */
  outcome: MatchOutcome
  digest: string
  endTick: number
  accepted: number
  refused: number
  /** Accepted orders per seat, as the replay counts them. */
  acceptedBySeat: Record<number, number>
}

/**
 * Plays a match's log again through the game's co-op rules, tick by tick,
 * exactly as the room did: each tick's orders in order, then the world.
 */
export function replayMatch(game: GameManifest, replay: MatchReplay): ReplayReport {
  const coop = game.coop
  const level = game.levels.find((candidate) => candidate.number === replay.level)
  if (!coop || !level) throw new Error(`${replay.game} has no co-op level ${replay.level}`)
  const rng = createRng(replay.seed)
  let state: GameStateBase = coop.rules.initialState(level, replay.seats, rng)
  const byTick = new Map<number, ReplayCommand[]>()
  for (const command of replay.commands) {
    const list = byTick.get(command[0])
    if (list) list.push(command)
    else byTick.set(command[0], [command])
  }
  let accepted = 0
  let refused = 0
  const acceptedBySeat: Record<number, number> = {}
  let outcome: MatchOutcome = replay.outcome
  for (let tick = 1; tick <= replay.endTick; tick++) {
    const clock = { tick, tickRate: replay.tickRate }
    for (const [, seat, name, slots, countsForGoal] of byTick.get(tick) ?? []) {
      const result = coop.rules.command(state, { seat, intent: { name, slots, countsForGoal } }, clock, rng)
      if (result.accepted) {
        accepted += 1
        acceptedBySeat[seat] = (acceptedBySeat[seat] ?? 0) + 1
        state = result.state
      } else {
        refused += 1
      }
    }
    state = coop.rules.tick(state, clock, rng)
    const reached = coop.rules.outcome(state)
    if (reached !== 'playing') {
      outcome = reached
      if (tick !== replay.endTick) return { matches: false, outcome, digest: stateDigest(state), endTick: tick, accepted, refused, acceptedBySeat }
    }
  }
  const digest = stateDigest(state)
  return { matches: digest === replay.digest && outcome === replay.outcome, outcome, digest, endTick: replay.endTick, accepted, refused, acceptedBySeat }
}
