/**
 * Policies by name, for ctx.bouncer.with(...). None yet: the abilities in
 * app/abilities/main.ts cover today's checks.
 */
export const policies = {}
