import { defineConfig } from 'vite'
import react from '@vitejs/plugin-react'
import adonisjs from '@adonisjs/vite/client'

export default defineConfig({
  plugins: [
    react(),
    adonisjs({
      entryPoints: ['resources/js/app.tsx'],
      serverEntryPoints: ['resources/js/ssr.tsx'],
      reload: ['resources/views/**/*.edge'],
    }),
  ],

  /**
   * Pre-bundled up front so the dev server never reloads a page to add a
   * dependency it discovered late (that reload breaks browser tests).
   */
  server: {
    // Runtime data and build output are not sources: never reload pages for them.
    watch: { ignored: ['**/tmp/**', '**/storage/**', '**/build/**', '**/bench/**'] },
  },

  optimizeDeps: {
    include: [
      'react',
      'react/jsx-runtime',
      'react/jsx-dev-runtime',
      'react-dom/client',
      '@inertiajs/react',
      '@adonisjs/inertia/react',
      '@adonisjs/inertia/helpers',
      '@tuyau/core/client',
      'intl-messageformat',
    ],
  },

  resolve: {
    alias: {
      '~/': `${import.meta.dirname}/resources/js/`,
      '@generated': `${import.meta.dirname}/.adonisjs/client/`,
    },
  },
})
