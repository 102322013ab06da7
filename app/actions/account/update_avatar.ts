import string from '@adonisjs/core/helpers/string'
import drive from '@adonisjs/drive/services/main'
import type { MultipartFile } from '@adonisjs/core/bodyparser'
import type User from '#models/user'

/**
 * Stores an uploaded picture (already checked: type by content, size) under
 * a random name and makes it the user's avatar; the previous upload goes.
 */
export async function updateAvatar(user: User, file: MultipartFile) {
  const key = `avatars/${user.id}-${string.random(16)}.${file.extname}`
  await file.moveToDisk(key)
  const previous = user.avatarKey
  user.avatarKey = key
  await user.save()
  if (previous) await deleteQuietly(previous)
}

/**
 * Back to the provider's picture, or the initials.
 */
export async function removeAvatar(user: User) {
  const previous = user.avatarKey
  user.avatarKey = null
  await user.save()
  if (previous) await deleteQuietly(previous)
}

/**
 * A file already gone is not an error: the row is what counts.
 */
async function deleteQuietly(key: string) {
  await drive
    .use()
    .delete(key)
    .catch(() => {})
}

/**
 * What to show: the uploaded picture, else the provider's, else nothing.
 */
export async function avatarUrlOf(user: Pick<User, 'avatarKey' | 'avatarUrl'>) {
  if (user.avatarKey) return drive.use().getUrl(user.avatarKey)
  return user.avatarUrl
}
