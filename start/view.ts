/*
|--------------------------------------------------------------------------
| Edge
|--------------------------------------------------------------------------
|
| edge.js 6.5 lists the components folder (readdir + exists) for every new
| renderer, even with the template cache on: its components plugin decides
| once, at construction, that it recurs, before the cache is configured.
| Every page and every e-mail creates a renderer. In production the
| folder cannot change, so the list is read once.
|
*/

import app from '@adonisjs/core/services/app'
import edge from 'edge.js'

if (app.inProduction) {
  const listComponents = edge.loader.listComponents.bind(edge.loader)
  let components: ReturnType<typeof listComponents> | undefined
  edge.loader.listComponents = () => (components ??= listComponents())
}
