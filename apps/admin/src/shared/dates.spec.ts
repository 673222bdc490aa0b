import { formatDateTime, jstDateTimeInputToIso, toJstDateTimeInput } from './dates';

describe('Tokyo wall-clock date-times (date-time pickers)', () => {
  it.each([
    ['2026-04-01T01:30:00.000Z', '2026-04-01T10:30'],
    // Late evening in UTC is already the next day in Tokyo.
    ['2026-03-31T15:05:59.000Z', '2026-04-01T00:05'],
    ['2025-12-31T14:59:00.000Z', '2025-12-31T23:59'],
  ])('%s is %s in Tokyo', (iso, wallClock) => {
    expect(toJstDateTimeInput(new Date(iso))).toBe(wallClock);
  });

  it('sends a wall-clock time back as the same instant, with the +09:00 offset', () => {
    const iso = jstDateTimeInputToIso('2026-04-01T00:05');
    expect(iso).toBe('2026-04-01T00:05:00+09:00');
    expect(new Date(iso).toISOString()).toBe('2026-03-31T15:05:00.000Z');
    expect(formatDateTime(iso)).toBe('2026/04/01 00:05');
  });
});
