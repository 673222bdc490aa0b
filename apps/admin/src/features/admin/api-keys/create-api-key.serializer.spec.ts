import { checkCreateApiKey, serializeCreateApiKey } from './create-api-key.serializer';

// 2026-04-01 00:30 in Tokyo (still 31 March in UTC).
const NOW = new Date('2026-03-31T15:30:00Z');

describe('checkCreateApiKey', () => {
  it.each([
    [null, []],
    ['2026-04-02', []],
    ['2026-04-01', [['DATE_IN_PAST', 'expiresAt']]], // today in Tokyo: dead on arrival
    ['2026-03-31', [['DATE_IN_PAST', 'expiresAt']]],
    ['2026-02-30', [['INVALID_DATE', 'expiresAt']]],
  ])('expiry %s → %j', (expiresAt, expected) => {
    const errors = checkCreateApiKey({ name: 'x', scopes: ['audit:read'], expiresAt }, NOW);
    expect(errors.map((e) => [e.code, e.field])).toEqual(expected);
  });

  it.each([
    [{ name: ' ', scopes: ['audit:read'] }, [['REQUIRED', 'name']]],
    [{ name: 'x', scopes: [] }, [['REQUIRED', 'scopes']]],
    [{ name: 'x', scopes: ['audit:write'] }, [['OUT_OF_RANGE', 'scopes']]],
  ])('%j → %j', (values, expected) => {
    expect(checkCreateApiKey(values, NOW).map((e) => [e.code, e.field])).toEqual(expected);
  });
});

describe('serializeCreateApiKey', () => {
  it('trims the name, orders the scopes, expires at 00:00 JST of the date', () => {
    expect(
      serializeCreateApiKey({
        name: ' 請求 ',
        scopes: ['audit:read', 'customers:read'],
        expiresAt: '2026-05-01',
      }),
    ).toEqual({
      name: '請求',
      scopes: ['customers:read', 'audit:read'],
      expiresAt: '2026-05-01T00:00:00+09:00',
    });
  });
});
