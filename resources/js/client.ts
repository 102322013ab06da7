import { registry } from '@generated/registry'
import { createTuyau } from '@tuyau/core/client'

/**
 * Typed route helpers generated from start/routes.ts (used by Link and Form).
 */
export const client = createTuyau({
  baseUrl: '/',
  registry,
})

export const urlFor = client.urlFor
