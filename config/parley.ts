/*
|--------------------------------------------------------------------------
| Product settings
|--------------------------------------------------------------------------
|
| Numbers the product team tunes, in one place.
|
*/

export const parleyConfig = {
  /**
   * Bump a version when the text changes: sign-up records the version the
   * user agreed to, so re-consent can be asked later.
   */
  legal: {
    termsVersion: '2026-11-01',
    privacyVersion: '2026-11-01',
  },

  auth: {
    emailVerificationExpiresIn: '24 hours',
    passwordResetExpiresIn: '1 hour',
    apiTokenExpiresIn: '90 days',
  },

  /**
   * Requests allowed per window, per IP (and per email where one is given).
   */
  rateLimits: {
    login: { requests: 10, window: '1 minute' },
    signup: { requests: 5, window: '1 minute' },
    passwordReset: { requests: 5, window: '1 minute' },
    apiTokens: { requests: 10, window: '1 minute' },
    contact: { requests: 3, window: '1 minute' },
    credentialsPerIp: { requests: 60, window: '10 minutes' },
    verificationMail: { requests: 3, window: '10 minutes' },
    /** Co-op rooms opened, quick matches and tickets, per player. */
    coop: { requests: 30, window: '1 minute' },
  },

  /**
   * XP and streak rules (PRODUCT.md, "Progress rules"). Amounts scale with a
   * level's difficulty (1–10); each award is given once per its key.
   */
  progress: {
    /** Per goal of a level, the first time it is met. */
    goalXpPerDifficulty: 10,
    /** When a goal is met on the first attempt at the level. */
    firstTryXpPerDifficulty: 5,
    /** Per goal met without opening a hint. */
    noHintXpPerDifficulty: 2,
    /** Completing a level, once: base plus per difficulty. */
    levelCompleteXp: 20,
    levelCompleteXpPerDifficulty: 5,
    /** A passed attempt that meets no new goal (replays, free play). */
    practiceXp: 1,
    /** XP a day must reach to count for the streak (players may change theirs). */
    defaultDailyGoalXp: 20,
    /** Player level L starts at levelXpStep × L × (L − 1) / 2 XP: 0, 50, 150, 300, 500… */
    levelXpStep: 50,
    /**
     * Co-op, per player and match (a player who got no phrase right gets
     * nothing): taking part, each order the game carried out (up to a cap),
     * and winning. The first win of a co-op level also gives its level bonus.
     */
    coop: {
      playXp: 5,
      xpPerAcceptedOrder: 2,
      maxOrderXp: 40,
      winXpPerDifficulty: 10,
    },
  },

  /**
   * Co-op quick match pairs players whose player level is in the same band:
   * up to the first number, up to the second, above it.
   */
  quickMatchBands: [3, 8],

  /**
   * Solo attempts allowed per player and minute (typing fast is fine; a
   * script is not).
   */
  attemptsPerMinute: 120,

  /**
   * Leaderboards: how many players the top of a board lists, and how often
   * it is recomputed.
   */
  leaderboards: {
    topSize: 100,
    /** How often the top of every board is recomputed (a duration: '30s', '1m', '5m'). */
    refreshEvery: '1m',
  },

  /**
   * Weekly leagues. A player's first XP of a week puts them in a cohort of
   * their tier and time-zone bucket; when the cohort's week ends, the top
   * move up a tier and the bottom down. Zones are for a full cohort and
   * shrink in proportion for smaller ones.
   */
  leagues: {
    /** Lowest first: a tier's number is its place in this list (1–10). */
    tiers: [
      { key: 'bronze', name: { en: 'Bronze', ru: 'Бронзовая' } },
      { key: 'silver', name: { en: 'Silver', ru: 'Серебряная' } },
      { key: 'gold', name: { en: 'Gold', ru: 'Золотая' } },
      { key: 'sapphire', name: { en: 'Sapphire', ru: 'Сапфировая' } },
      { key: 'ruby', name: { en: 'Ruby', ru: 'Рубиновая' } },
      { key: 'emerald', name: { en: 'Emerald', ru: 'Изумрудная' } },
      { key: 'amethyst', name: { en: 'Amethyst', ru: 'Аметистовая' } },
      { key: 'pearl', name: { en: 'Pearl', ru: 'Жемчужная' } },
      { key: 'obsidian', name: { en: 'Obsidian', ru: 'Обсидиановая' } },
      { key: 'diamond', name: { en: 'Diamond', ru: 'Бриллиантовая' } },
    ],
    cohortSize: 30,
    /** Ranks 1 to promoteTop of a full cohort move up a tier. */
    promoteTop: 7,
    /** Ranks from demoteFromRank down of a full cohort move down a tier (26: the last five). */
    demoteFromRank: 26,
    /**
     * Players are grouped by their UTC offset rounded to this many hours, so
     * that a cohort's week ends near midnight for all its members (3: within
     * an hour and a half).
     */
    timeZoneBucketHours: 3,
    /** How often ended cohorts are looked for and settled. */
    settleEvery: '5m',
  },

  /**
   * Accounts the seeders create outside production, for trying the app.
   * Printed by `node ace setup` and listed in the README.
   */
  demoAccounts: [
    { email: 'admin@parley.local', password: 'parley-admin-2026', displayName: 'Ada Admin', role: 'admin' },
    { email: 'player@parley.local', password: 'parley-player-2026', displayName: 'Pat Player', role: 'player' },
  ],

  /**
   * Plans shown on the pricing page. Payments arrive in a later release;
   * limits are what each plan will unlock.
   */
  plans: [
    { key: 'free', monthlyPrice: 0, yearlyPrice: 0, trialDays: 0, highlighted: false },
    { key: 'plus', monthlyPrice: 7, yearlyPrice: 60, trialDays: 14, highlighted: true },
    { key: 'team', monthlyPrice: 5, yearlyPrice: 48, trialDays: 14, highlighted: false },
  ],
} as const
