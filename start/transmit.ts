/*
|--------------------------------------------------------------------------
| Live channels
|--------------------------------------------------------------------------
|
| Who may subscribe to what. `users/:id` carries a player's progress and
| notifications: only that player may listen.
|
*/

import type { HttpContext } from '@adonisjs/core/http'
import transmit from '@adonisjs/transmit/services/main'

transmit.authorize<{ id: string }>('users/:id', (ctx: HttpContext, { id }) => ctx.auth.user?.id === Number(id))
