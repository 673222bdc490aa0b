/** How long something has waited, in whole days, hours and minutes (what the queue shows). */
export interface WaitingTime {
  days: number;
  hours: number;
  minutes: number;
}

const MINUTE_MS = 60_000;

/** The time from `since` (an API DateTime) to `now`, truncated to the minute; never negative. */
export function waitingTime(since: string, now: Date): WaitingTime {
  const minutes = Math.max(0, Math.floor((now.getTime() - new Date(since).getTime()) / MINUTE_MS));
  return {
    days: Math.floor(minutes / (24 * 60)),
    hours: Math.floor(minutes / 60) % 24,
    minutes: minutes % 60,
  };
}
