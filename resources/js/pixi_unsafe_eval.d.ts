/**
 * pixi.js exports `./unsafe-eval` without a "types" condition; the module only
 * installs eval-free shader code paths (needed under our CSP) and exports nothing we use.
 */
declare module 'pixi.js/unsafe-eval'
