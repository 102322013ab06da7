import { existsSync, readdirSync } from 'node:fs'
import app from '@adonisjs/core/services/app'
import { defineConfig, formatters, loaders } from '@adonisjs/i18n'

export const supportedLocales = ['en', 'ru'] as const
export type SupportedLocale = (typeof supportedLocales)[number]

function gameLanguageFolders() {
  const games = app.makePath('games')
  if (!existsSync(games)) return []
  return readdirSync(games, { withFileTypes: true })
    .filter((entry) => entry.isDirectory())
    .map((entry) => app.makePath('games', entry.name, 'lang'))
    .filter((folder) => existsSync(folder))
}

const i18nConfig = defineConfig({
  defaultLocale: 'en',
  supportedLocales: [...supportedLocales],
  formatter: formatters.icu(),
  loaders: [
    loaders.fs({
      location: app.languageFilesPath(),
    }),
    // Each game keeps its own messages in games/<slug>/lang/<locale>/<slug>.json.
    ...gameLanguageFolders().map((location) => loaders.fs({ location })),
  ],
})

export default i18nConfig
