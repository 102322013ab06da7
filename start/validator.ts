/*
|--------------------------------------------------------------------------
| VineJS setup
|--------------------------------------------------------------------------
|
| Validation messages come from resources/lang/<locale>/validator.json
| (see DetectUserLocaleMiddleware); here only the shared rules.
|
*/

import vine, { SimpleMessagesProvider } from '@vinejs/vine'

// Used when validating outside a request (commands, jobs).
vine.messagesProvider = new SimpleMessagesProvider({})
