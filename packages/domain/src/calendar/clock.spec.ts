import { ManualClock, systemClock } from './clock.js';

describe('clocks', () => {
  it('a manual clock stands still until set or advanced', () => {
    const clock = new ManualClock('2027-01-02T23:59:59+09:00');
    expect(clock.now().toISOString()).toBe('2027-01-02T14:59:59.000Z');
    expect(clock.now().toISOString()).toBe('2027-01-02T14:59:59.000Z');
    clock.advance(1000);
    expect(clock.now().toISOString()).toBe('2027-01-02T15:00:00.000Z');
    clock.set('2027-02-01T00:00:00+09:00');
    expect(clock.now().toISOString()).toBe('2027-01-31T15:00:00.000Z');
  });

  it('hands out copies, so callers cannot move it', () => {
    const clock = new ManualClock('2027-01-01T00:00:00Z');
    clock.now().setTime(0);
    expect(clock.now().toISOString()).toBe('2027-01-01T00:00:00.000Z');
  });

  it('the system clock is the machine time', () => {
    const before = Date.now();
    const now = systemClock.now().getTime();
    expect(now).toBeGreaterThanOrEqual(before);
    expect(now).toBeLessThanOrEqual(Date.now());
  });
});
