/**
 * The settings page's preferences form as it submits it (every box sent,
 * checked or not), with the fields a test changes.
 */
export function preferencesForm(changes: Record<string, unknown> = {}) {
  return {
    locale: 'en',
    timeZone: 'UTC',
    voiceInput: true,
    voiceOutput: true,
    showOnLeaderboards: true,
    joinLeagues: true,
    profilePublic: false,
    notifyInApp: true,
    notifyStreakEmail: true,
    notifyWeeklyEmail: false,
    notifyProductEmail: false,
    ...changes,
  }
}
