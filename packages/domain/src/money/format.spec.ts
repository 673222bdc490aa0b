import { formatDateJp, formatDateTimeJp, formatYen } from './format.js';

describe('formatYen', () => {
  it.each([
    [0, '￥0'],
    [990, '￥990'],
    [1490, '￥1,490'],
    [100000, '￥100,000'],
    [1234567, '￥1,234,567'],
    [-1490, '-￥1,490'],
    [-0, '￥0'],
  ])('formatYen(%i) = %s', (yen, text) => expect(formatYen(yen)).toBe(text));
});

describe('formatDateJp', () => {
  it.each([
    ['2026-03-31T14:59:59Z', '2026/03/31'],
    ['2026-03-31T15:00:00Z', '2026/04/01'],
    ['2026-12-31T23:00:00Z', '2027/01/01'],
    ['2026-06-05T00:00:00Z', '2026/06/05'],
  ])('%s is %s in Tokyo', (iso, text) => {
    expect(formatDateJp(new Date(iso))).toBe(text);
  });
});

describe('formatDateTimeJp', () => {
  it.each([
    ['2026-03-31T14:59:59Z', '2026/03/31 23:59'],
    ['2026-03-31T15:00:00Z', '2026/04/01 00:00'],
    ['2026-10-02T01:05:30.999Z', '2026/10/02 10:05'],
  ])('%s is %s in Tokyo', (iso, text) => {
    expect(formatDateTimeJp(new Date(iso))).toBe(text);
  });
});
