import { validateDailyUsage, USAGE_MAX_ACTIVE_USERS, USAGE_MAX_STORAGE_GB } from './usage.rules.js';

// 2026-03-31 23:30 JST: the Tokyo day is already the 31st while UTC is still the 31st 14:30.
const now = new Date('2026-03-31T14:30:00Z');
const valid = { date: '2026-03-31', activeUsers: 12, storageGb: 1.2345 };

describe('validateDailyUsage', () => {
  it('accepts today (Asia/Tokyo) and rounds storage to 3 decimals', () => {
    expect(validateDailyUsage(valid, now)).toEqual({
      ok: true,
      value: { date: '2026-03-31', activeUsers: 12, storageGb: 1.235 },
    });
  });

  it('reads YYYY/M/D as the same day', () => {
    const r = validateDailyUsage({ ...valid, date: '2026/3/1' }, now);
    expect(r.ok && r.value.date).toBe('2026-03-01');
  });

  it.each([
    ['tomorrow in Tokyo', { date: '2026-04-01' }, 'DATE_IN_FUTURE', 'date'],
    ['an impossible date', { date: '2026-02-30' }, 'INVALID_DATE', 'date'],
    ['no date', { date: ' ' }, 'REQUIRED', 'date'],
    ['a date before 2000', { date: '1999-12-31' }, 'OUT_OF_RANGE', 'date'],
    ['negative users', { activeUsers: -1 }, 'OUT_OF_RANGE', 'activeUsers'],
    ['fractional users', { activeUsers: 1.5 }, 'OUT_OF_RANGE', 'activeUsers'],
    ['too many users', { activeUsers: USAGE_MAX_ACTIVE_USERS + 1 }, 'OUT_OF_RANGE', 'activeUsers'],
    ['negative storage', { storageGb: -0.001 }, 'OUT_OF_RANGE', 'storageGb'],
    ['too much storage', { storageGb: USAGE_MAX_STORAGE_GB + 1 }, 'OUT_OF_RANGE', 'storageGb'],
    ['storage not a number', { storageGb: Number.NaN }, 'OUT_OF_RANGE', 'storageGb'],
  ])('refuses %s', (_name, change, code, field) => {
    const r = validateDailyUsage({ ...valid, ...change }, now);
    expect(r.ok).toBe(false);
    if (!r.ok) expect(r.error.map((e) => [e.code, e.field])).toEqual([[code, field]]);
  });

  it('reports every bad field at once, in ja and en', () => {
    const r = validateDailyUsage({ date: '2026-04-01', activeUsers: -1, storageGb: -1 }, now);
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.error.map((e) => e.field)).toEqual(['date', 'activeUsers', 'storageGb']);
    expect(r.error[0]!.message.ja).toMatch(/未来/);
    expect(r.error[0]!.message.en).toMatch(/future/);
  });
});
