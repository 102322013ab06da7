import type { Squad, Wave } from '../rules/state.js'

type Edge = Wave['from']

const EN = {
  report: 'Battle report',
  turn: 'Turn',
  castle: 'Castle',
  resources: 'Resources',
  none: 'none',
  nextWave: 'Next wave',
  noWaves: 'No more waves',
  noWavesInline: 'none to come',
  army: 'Your army',
  enemies: 'Enemies',
  noEnemies: 'none in sight',
  fallen: 'all fallen',
  stance: { ready: 'ready', defending: 'defending', retreating: 'falling back' } satisfies Record<Squad['stance'], string>,
  from: { north: 'from the north', south: 'from the south', east: 'from the east', west: 'from the west' } satisfies Record<Edge, string>,
  onTurn: (turn: number) => `on turn ${turn}`,
  waveTurn: (turn: number) => `turn ${turn}`,
  turnChip: (turn: number) => `Turn ${turn}`,
  banner: {
    won: { title: 'Victory!', subtitle: 'The valley is safe.' },
    lost: { title: 'Defeat', subtitle: 'The castle has fallen.' },
  },
  outcome: { won: 'Victory', lost: 'Defeat' },
  scene: (parts: { columns: number; rows: number; turn: number; health: number; maxHealth: number; army: string; enemies: string; wave: string }) =>
    `The battlefield, turn ${parts.turn}: a ${parts.columns} by ${parts.rows} map. The castle has ${parts.health} of ${parts.maxHealth} health. ` +
    `Your army: ${parts.army}. Enemies: ${parts.enemies}. Next wave: ${parts.wave}.`,
}

export type StrategyTexts = typeof EN

const RU: StrategyTexts = {
  report: 'Сводка боя',
  turn: 'Ход',
  castle: 'Замок',
  resources: 'Ресурсы',
  none: 'пусто',
  nextWave: 'Следующая волна',
  noWaves: 'Волн больше не будет',
  noWavesInline: 'больше не будет',
  army: 'Ваша армия',
  enemies: 'Враги',
  noEnemies: 'не видно',
  fallen: 'все пали',
  stance: { ready: 'наготове', defending: 'в обороне', retreating: 'отступает' },
  from: { north: 'с севера', south: 'с юга', east: 'с востока', west: 'с запада' },
  onTurn: (turn) => `на ходу ${turn}`,
  waveTurn: (turn) => `ход ${turn}`,
  turnChip: (turn) => `Ход ${turn}`,
  banner: {
    won: { title: 'Победа!', subtitle: 'Долина в безопасности.' },
    lost: { title: 'Поражение', subtitle: 'Замок пал.' },
  },
  outcome: { won: 'Победа', lost: 'Поражение' },
  scene: (parts) =>
    `Поле боя, ход ${parts.turn}: карта ${parts.columns} на ${parts.rows}. Замок: ${parts.health} из ${parts.maxHealth}. ` +
    `Ваша армия: ${parts.army}. Враги: ${parts.enemies}. Следующая волна: ${parts.wave}.`,
}

/** The scene's and the HUD's words in the player's language; unit, building and resource names stay English. */
export function textsFor(locale: string): StrategyTexts {
  return locale === 'ru' ? RU : EN
}
