import './css/app.css'
import type { ReactElement } from 'react'
import { hydrateRoot } from 'react-dom/client'
import { createInertiaApp } from '@inertiajs/react'
import { TuyauProvider } from '@adonisjs/inertia/react'
import { resolvePageComponent } from '@adonisjs/inertia/helpers'
import type { Data } from '@generated/data'
import { client } from '~/client'
import Layout from '~/layouts/default'
import { Hydrated } from '~/components/hydrated'

createInertiaApp({
  nonce: document.querySelector<HTMLMetaElement>('meta[property="csp-nonce"]')?.nonce || undefined,
  title: (title) => (title ? `${title} · Parley` : 'Parley'),
  resolve: (name) =>
    resolvePageComponent<any>(
      `./pages/${name}.tsx`,
      import.meta.glob('./pages/**/*.tsx'),
      (page: ReactElement<Data.SharedProps>) => <Layout children={page} />
    ),
  setup({ el, App, props }) {
    // Pages arrive server-rendered: hydrate instead of rendering again.
    hydrateRoot(
      el,
      <TuyauProvider client={client}>
        <Hydrated>
          <App {...props} />
        </Hydrated>
      </TuyauProvider>
    )
  },
  progress: {
    color: '#e9a23b',
  },
})
