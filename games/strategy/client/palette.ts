import type { Side } from '../rules/state.js'

/** A terrain's colours: the tile, a lighter checker for every other tile, and its drawn details. */
export type TerrainColours = { base: number; alt: number; detail: number; accent: number }

/** Colours by terrain character (see `TERRAIN`), picked to stay apart for colour-blind players too. */
export const TERRAIN_COLOURS: Record<string, TerrainColours> = {
  '.': { base: 0x9ccb72, alt: 0xa4d27a, detail: 0x7fb35a, accent: 0xc4e39a },
  ',': { base: 0xe3cb72, alt: 0xe8d17c, detail: 0xc7a94e, accent: 0xf3e3a6 },
  f: { base: 0x6aa457, alt: 0x70aa5c, detail: 0x2f6b3a, accent: 0x45884a },
  h: { base: 0xbcb57a, alt: 0xc2bb80, detail: 0x979052, accent: 0xd9d39c },
  '^': { base: 0x9a948c, alt: 0x9f9990, detail: 0x6d6760, accent: 0xf4f2ee },
  '~': { base: 0x4b8fcb, alt: 0x4f94cf, detail: 0x86bdea, accent: 0x3574ad },
  '=': { base: 0x4b8fcb, alt: 0x4f94cf, detail: 0x9a6a3c, accent: 0x6e4826 },
  s: { base: 0x7d9a6e, alt: 0x82a073, detail: 0x52705f, accent: 0x3f5a3a },
}

/** A side's colours: the body of its pieces, their outline, and a light rim. */
export const SIDE_COLOURS: Record<Side, { fill: number; dark: number; light: number }> = {
  player: { fill: 0x2f6fd0, dark: 0x163a72, light: 0xa8c8f5 },
  enemy: { fill: 0xc63c30, dark: 0x641510, light: 0xf5b0a8 },
}

/** The four co-op seats, distinct from each other and readable under white text. */
export const SEAT_COLOURS = [0x1d5fa8, 0xb35c00, 0x7a3fb8, 0x0d7a5a]

/** Resources, for the "+6 wood" that floats up when workers bring something in. */
export const RESOURCE_COLOURS: Record<string, number> = {
  wood: 0x7a4a1c,
  stone: 0x545a61,
  food: 0x9a6700,
  water: 0x1d64a8,
  gold: 0x8f6a00,
  iron: 0x46525e,
  coal: 0x2a2a2a,
}

export const INK = 0x1d2521
export const PAPER = 0xfbf8f1
export const BOARD = 0x34453a
export const STONE = 0xd8d1c1
export const STONE_DARK = 0x6c665a
export const WOOD = 0x9a6a3c
export const WOOD_DARK = 0x5e3d1f
export const ROOF = 0xb5523b
export const DAMAGE = 0xd7301f

export const FONT = 'system-ui, -apple-system, "Segoe UI", Roboto, "Noto Sans", sans-serif'

/** Green while healthy, amber when hurt, red when nearly gone. */
export function healthColour(fraction: number) {
  if (fraction > 0.6) return 0x38b25a
  if (fraction > 0.3) return 0xf0b429
  return 0xe5484d
}
