import { test } from '@japa/runner'
import { spawn, type ChildProcess } from 'node:child_process'
import { createServer } from 'node:net'
import { WebSocket } from 'ws'
import { appKey, dataDir } from '#config/app'
import { sqlitePath } from '#config/database'
import CoopMatch from '#models/coop_match'
import { CLOSE } from '#realtime/protocol'
import { coopPlayer, CoopTestClient, eventually, withHubRooms } from '#tests/helpers/coop'

const NODE_ID = 'stopping-node'

function freePort() {
  return new Promise<number>((resolve, reject) => {
    const probe = createServer()
    probe.once('error', reject)
    probe.listen(0, '127.0.0.1', () => {
      const { port } = probe.address() as { port: number }
      probe.close(() => resolve(port))
    })
  })
}

/**
 * The web process as it runs in production (`bin/server.ts`, the `web`
 * environment, its own hub), on this suite's database. It works no queue:
 * the test runner's worker does.
 */
async function webProcess() {
  const port = await freePort()
  const baseUrl = `http://127.0.0.1:${port}`
  const child = spawn(process.execPath, ['--import=@poppinss/ts-exec', 'bin/server.ts'], {
    env: {
      ...process.env,
      NODE_ENV: 'production',
      HOST: '127.0.0.1',
      PORT: String(port),
      APP_URL: baseUrl,
      APP_KEY: appKey.release(),
      DATA_DIR: dataDir,
      DB_FILE: sqlitePath,
      LOG_LEVEL: 'warn',
      COOP_NODE_ID: NODE_ID,
      COOP_DIRECTORY: 'memory',
      QUEUE_WORKER_IN_WEB: 'false',
    },
    stdio: ['ignore', 'pipe', 'pipe'],
  })
  let output = ''
  child.stdout!.on('data', (chunk) => (output += chunk))
  child.stderr!.on('data', (chunk) => (output += chunk))
  const exited = new Promise<number | null>((resolve) => child.once('exit', (code) => resolve(code)))
  await eventually(
    async () => {
      if (child.exitCode !== null) throw new Error(`the web process exited (${child.exitCode}):\n${output}`)
      return fetch(`${baseUrl}/health/live`).then((response) => response.ok).catch(() => false)
    },
    60_000,
    'the web process listening'
  )
  return { child, baseUrl, exited, output: () => output }
}

async function api(web: { baseUrl: string; output(): string }, token: string, path: string, body: object) {
  const response = await fetch(`${web.baseUrl}${path}`, {
    method: 'POST',
    headers: { 'Authorization': `Bearer ${token}`, 'Content-Type': 'application/json', 'Accept': 'application/json' },
    body: JSON.stringify(body),
  })
  const answer = await response.json()
  if (!response.ok) throw new Error(`${path}: ${response.status} ${JSON.stringify(answer)}\n${web.output()}`)
  return answer as { ticket: string; url: string; room: { code: string } }
}

/**
 * SIGTERM, as an orchestrator stops a container: the hub has to go before
 * the HTTP server waits for its sockets, or nobody is told and nothing of the
 * match is kept.
 */
test.group('Co-op hub · the web process stopping', (group) => {
  group.setup(withHubRooms)

  let running: ChildProcess | null = null
  group.each.teardown(() => {
    if (running && running.exitCode === null) running.kill('SIGKILL')
    running = null
  })

  test('on SIGTERM with a match on, players are told and closed with 1012, the match is stored as interrupted, the process exits', async ({ assert }) => {
    const web = await webProcess()
    running = web.child
    const [host, guest] = [await coopPlayer(), await coopPlayer()]
    const opened = await api(web, host.token, '/api/coop/rooms', { game: 'strategy', level: 11 })
    const joined = await api(web, guest.token, '/api/coop/tickets', { room: opened.room.code })
    const players = [opened, joined].map(({ url, ticket }) => new CoopTestClient(new WebSocket(`${url}?v=1&ticket=${encodeURIComponent(ticket)}`)))
    await Promise.all(players.map((player) => player.next('welcome')))
    for (const player of players) player.send({ type: 'ready', ready: true })
    // The production countdown: 3 s.
    await Promise.all(players.map((player) => player.next('snapshot', () => true, 10_000)))
    players[0].send({ type: 'command', seq: 1, utterance: 'Attack the wolves with the archers.' })
    await players[1].find('patch', (frame) => Boolean(frame.fb?.length))

    web.child.kill('SIGTERM')
    for (const player of players) {
      assert.match((await player.next('shutdown', () => true, 10_000)).message, /restarting/)
      assert.equal((await player.closed).code, CLOSE.restarting)
    }
    const code = await Promise.race([web.exited, new Promise((resolve) => setTimeout(() => resolve('still running'), 15_000))])
    assert.equal(code, 0, web.output())

    const match = await eventually(() => CoopMatch.query().where('room_code', opened.room.code).preload('players').first(), 5000, 'the interrupted match stored')
    assert.equal(match.outcome, 'interrupted')
    assert.equal(match.node, NODE_ID)
    assert.lengthOf(match.players, 2)
    assert.equal(match.players.find((player) => player.userId === host.user.id)!.accepted, 1)
  }).timeout(90_000)
})
