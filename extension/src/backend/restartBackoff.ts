// How long to wait before restarting a crashed backend: a backend that dies on start-up (a broken runtime,
// a hostile spec it re-reads at once) would otherwise be restarted in a tight loop until the budget is spent.

export const FIRST_RESTART_DELAY_MS = 500;
export const MAX_RESTART_DELAY_MS = 8_000;

/** The delay before the restart after the `crashes`-th crash in the window: 0.5 s, 1 s, 2 s, 4 s, then 8 s at most. */
export function restartDelayMs(crashes: number): number {
  const doublings = Math.max(0, Math.floor(crashes) - 1);
  return Math.min(MAX_RESTART_DELAY_MS, FIRST_RESTART_DELAY_MS * 2 ** Math.min(doublings, 16));
}
