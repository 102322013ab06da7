import './css/app.css'
import type { ReactElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { createInertiaApp } from '@inertiajs/react'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import type { Data } from '@generated/data'
import { client } from '~/client'
import Layout from '~/layouts/default'

createInertiaApp({
  title: (title) => (title ? `${title} · Parley` : 'Parley'),
  resolve: (name) =>
    resolvePageComponent(
      `./pages/${name}.tsx`,
      import.meta.glob('./pages/**/*.tsx'),
      (page: ReactElement<Data.SharedProps>) => <Layout children={page} />
    ),
  setup({ el, App, props }) {
    // Pages arrive server-rendered: hydrate instead of rendering again.
    hydrateRoot(
      el,
      <TuyauProvider client={client}>
        <App {...props} />
      </TuyauProvider>
    )
  },
  progress: {
    color: '#e9a23b',
  },
})
