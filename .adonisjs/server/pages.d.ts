import '@adonisjs/inertia/types'

import type React from 'react'
import type { Prettify } from '@adonisjs/core/types/common'

type ExtractProps<T> =
  T extends React.FC<infer Props>
    ? Prettify<Omit<Props, 'children'>>
    : T extends React.Component<infer Props>
      ? Prettify<Omit<Props, 'children'>>
      : never

declare module '@adonisjs/inertia/types' {
  export interface InertiaPages {
    'about': ExtractProps<(typeof import('../../resources/js/pages/about.tsx'))['default']>
    'auth/forgot_password': ExtractProps<(typeof import('../../resources/js/pages/auth/forgot_password.tsx'))['default']>
    'auth/login': ExtractProps<(typeof import('../../resources/js/pages/auth/login.tsx'))['default']>
    'auth/reset_password': ExtractProps<(typeof import('../../resources/js/pages/auth/reset_password.tsx'))['default']>
    'auth/signup': ExtractProps<(typeof import('../../resources/js/pages/auth/signup.tsx'))['default']>
    'auth/verify_result': ExtractProps<(typeof import('../../resources/js/pages/auth/verify_result.tsx'))['default']>
    'blog/index': ExtractProps<(typeof import('../../resources/js/pages/blog/index.tsx'))['default']>
    'blog/show': ExtractProps<(typeof import('../../resources/js/pages/blog/show.tsx'))['default']>
    'contact': ExtractProps<(typeof import('../../resources/js/pages/contact.tsx'))['default']>
    'coop/lobby': ExtractProps<(typeof import('../../resources/js/pages/coop/lobby.tsx'))['default']>
    'coop/room': ExtractProps<(typeof import('../../resources/js/pages/coop/room.tsx'))['default']>
    'dev/mail': ExtractProps<(typeof import('../../resources/js/pages/dev/mail.tsx'))['default']>
    'dev/mailbox': ExtractProps<(typeof import('../../resources/js/pages/dev/mailbox.tsx'))['default']>
    'errors/show': ExtractProps<(typeof import('../../resources/js/pages/errors/show.tsx'))['default']>
    'faq': ExtractProps<(typeof import('../../resources/js/pages/faq.tsx'))['default']>
    'games/index': ExtractProps<(typeof import('../../resources/js/pages/games/index.tsx'))['default']>
    'games/play': ExtractProps<(typeof import('../../resources/js/pages/games/play.tsx'))['default']>
    'home': ExtractProps<(typeof import('../../resources/js/pages/home.tsx'))['default']>
    'leaderboards': ExtractProps<(typeof import('../../resources/js/pages/leaderboards.tsx'))['default']>
    'league': ExtractProps<(typeof import('../../resources/js/pages/league.tsx'))['default']>
    'legal': ExtractProps<(typeof import('../../resources/js/pages/legal.tsx'))['default']>
    'pricing': ExtractProps<(typeof import('../../resources/js/pages/pricing.tsx'))['default']>
    'profile': ExtractProps<(typeof import('../../resources/js/pages/profile.tsx'))['default']>
    'settings': ExtractProps<(typeof import('../../resources/js/pages/settings.tsx'))['default']>
  }
}
