import { defineConfig } from '@adonisjs/static'

const staticServerConfig = defineConfig({
  enabled: true,
  etag: true,
  lastModified: true,
  dotFiles: 'ignore',
  /**
   * Vite output under /assets carries content hashes: cache it for a year.
   */
  headers: (path) => {
    if (path.includes('/assets/')) {
      return { 'Cache-Control': 'public, max-age=31536000, immutable' }
    }
    return { 'Cache-Control': 'public, max-age=3600' }
  },
})

export default staticServerConfig
