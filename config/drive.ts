import { join } from 'node:path'
import env from '#start/env'
import { defineConfig, services } from '@adonisjs/drive'
import { dataDir } from '#config/app'

/**
 * Uploaded files (avatars now, recordings and game assets later). Local
 * disk in the data folder, served by the app under /uploads; a cloud disk
 * joins here when one is configured.
 */
const driveConfig = defineConfig({
  default: env.get('DRIVE_DISK'),
  services: {
    fs: services.fs({
      location: join(dataDir, 'uploads'),
      serveFiles: true,
      routeBasePath: '/uploads',
      visibility: 'public',
    }),
  },
})

export default driveConfig

declare module '@adonisjs/drive/types' {
  export interface DriveDisks extends InferDriveDisks<typeof driveConfig> {}
}
