/*
|--------------------------------------------------------------------------
| Ace entrypoint (plain JavaScript)
|--------------------------------------------------------------------------
|
| Node cannot run the TypeScript sources directly, so this file registers
| the @poppinss/ts-exec (SWC) loader first and then hands over to
| bin/console.ts. `node ace build` replaces this file in the build output.
|
*/

import '@poppinss/ts-exec'

await import('./bin/console.js')
