/*
|--------------------------------------------------------------------------
| Schedules
|--------------------------------------------------------------------------
|
| Jobs the queue runs on a clock. A schedule is stored with the queue
| (upserted by id at every start, so restarts and several processes keep
| one); a queue worker dispatches it when due. Web environment only.
|
*/

import logger from '@adonisjs/core/services/logger'
import RefreshLeaderboards from '#jobs/refresh_leaderboards'
import SettleLeagues from '#jobs/settle_leagues'
import { parleyConfig } from '#config/parley'

await RefreshLeaderboards.schedule({})
  .id('refresh_leaderboards')
  .every(parleyConfig.leaderboards.refreshEvery)
  .run()
  .catch((error) => logger.error({ err: error }, 'could not register the leaderboard schedule'))

await SettleLeagues.schedule({})
  .id('settle_leagues')
  .every(parleyConfig.leagues.settleEvery)
  .run()
  .catch((error) => logger.error({ err: error }, 'could not register the league schedule'))
