/** Where "now" comes from. Every rule and worker that depends on the time takes one. */
export interface Clock {
  now(): Date;
}

/** The machine's clock. */
export const systemClock: Clock = { now: () => new Date() };

/** A clock that stands still until moved: tests and simulations set it, never sleep. */
export class ManualClock implements Clock {
  private current: number;

  constructor(start: Date | string) {
    this.current = new Date(start).getTime();
  }

  now(): Date {
    return new Date(this.current);
  }

  /** Move to an instant (ISO 8601 with offset, e.g. 2027-01-03T00:00:00+09:00). */
  set(instant: Date | string): void {
    this.current = new Date(instant).getTime();
  }

  /** Move forward by milliseconds (negative moves back). */
  advance(ms: number): void {
    this.current += ms;
  }
}
