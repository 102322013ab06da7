import { Bouncer } from '@adonisjs/bouncer'
import type User from '#models/user'

/**
 * Editors and admins work on content (the checker preview, later the CMS).
 */
export const editContent = Bouncer.ability((user: User) => user.role === 'editor' || user.role === 'admin')
