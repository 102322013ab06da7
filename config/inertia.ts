import { defineConfig } from '@adonisjs/inertia'

const inertiaConfig = defineConfig({
  rootView: 'inertia_layout',

  /**
   * Every page is rendered on the server: public pages must be readable
   * without JavaScript and indexable.
   */
  ssr: {
    enabled: true,
    entrypoint: 'resources/js/ssr.tsx',
  },
})

export default inertiaConfig
