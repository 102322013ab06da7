import type { HubSettings } from '#realtime/hub'

/** The test server's hub: windows of seconds instead of half minutes, so drops and idles are tested quickly. */
export const TEST_HUB_SETTINGS: Partial<HubSettings> = {
  reconnectSeconds: 1.5,
  soloOfferSeconds: 0.6,
  countdownSeconds: 0.2,
  heartbeatSeconds: 1,
  endedRoomSeconds: 3,
  emptyLobbySeconds: 10,
}
