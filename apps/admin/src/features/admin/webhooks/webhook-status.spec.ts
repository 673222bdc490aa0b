import {
  autoDisabledEndpoints,
  deliveryDisplayStatus,
  deliveryDueSoon,
  endpointState,
  lastResponse,
  stopKey,
  testOutcome,
} from './webhook-status';

describe('endpointState', () => {
  it.each([
    [
      { status: 'ENABLED', disabledReason: null, disabledAt: null, failingSince: null },
      { kind: 'ENABLED', failingSince: null },
    ],
    [
      {
        status: 'ENABLED',
        disabledReason: null,
        disabledAt: null,
        failingSince: '2027-01-02T00:00:00Z',
      },
      { kind: 'ENABLED', failingSince: '2027-01-02T00:00:00Z' },
    ],
    [
      {
        status: 'DISABLED',
        disabledReason: 'GONE',
        disabledAt: '2027-01-03T00:00:00Z',
        failingSince: null,
      },
      { kind: 'DISABLED', reason: 'GONE', disabledAt: '2027-01-03T00:00:00Z' },
    ],
    [
      { status: 'DISABLED', disabledReason: null, disabledAt: null, failingSince: null },
      { kind: 'DISABLED', reason: 'MANUAL', disabledAt: null },
    ],
  ] as const)('%j → %j', (endpoint, expected) => {
    expect(endpointState(endpoint)).toEqual(expected);
  });
});

describe('autoDisabledEndpoints', () => {
  const endpoint = (
    id: string,
    status: 'ENABLED' | 'DISABLED',
    disabledReason: 'GONE' | 'FAILING' | 'MANUAL' | null,
    disabledAt: string | null = '2027-01-03T00:00:00Z',
  ) => ({ id, url: `https://${id}.example/`, status, disabledReason, disabledAt });

  const endpoints = [
    endpoint('a', 'DISABLED', 'GONE'),
    endpoint('b', 'DISABLED', 'FAILING'),
    endpoint('c', 'DISABLED', 'MANUAL'),
    endpoint('d', 'ENABLED', null, null),
  ];

  it('keeps the endpoints the system stopped, not those stopped by staff nor running ones', () => {
    expect(autoDisabledEndpoints(endpoints, new Set()).map((e) => e.id)).toEqual(['a', 'b']);
  });

  it('leaves out a dismissed stop, but not a later stop of the same endpoint', () => {
    const dismissed = new Set([stopKey(endpoints[0]!)]);
    expect(autoDisabledEndpoints(endpoints, dismissed).map((e) => e.id)).toEqual(['b']);
    const stoppedAgain = [endpoint('a', 'DISABLED', 'GONE', '2027-02-01T00:00:00Z')];
    expect(autoDisabledEndpoints(stoppedAgain, dismissed).map((e) => e.id)).toEqual(['a']);
  });
});

describe('deliveryDisplayStatus', () => {
  it.each([
    ['PENDING', 0, 'PENDING'],
    ['PENDING', 2, 'RETRYING'],
    ['SUCCEEDED', 1, 'SUCCEEDED'],
    ['FAILED', 8, 'FAILED'],
    ['CANCELLED', 1, 'CANCELLED'],
  ] as const)('%s after %d attempts → %s', (status, attempts, expected) => {
    expect(deliveryDisplayStatus({ status, attempts })).toBe(expected);
  });
});

describe('lastResponse', () => {
  it.each([
    [200, null, '200'],
    [500, 'HTTP 500', '500'],
    [502, 'refused: private address', '502 · refused: private address'],
    [null, 'timeout after 10 s', 'timeout after 10 s'],
    [null, null, null],
  ])('%s / %s → %s', (lastStatusCode, lastError, expected) => {
    expect(lastResponse({ lastStatusCode, lastError })).toBe(expected);
  });
});

describe('testOutcome', () => {
  const delivery = { lastStatusCode: null, lastError: null } as const;
  it.each([
    [{ ...delivery, status: 'PENDING', attempts: 0 }, { kind: 'waiting' }],
    [
      { ...delivery, status: 'SUCCEEDED', attempts: 1, lastStatusCode: 204 },
      { kind: 'received', code: 204 },
    ],
    [
      { ...delivery, status: 'PENDING', attempts: 1, lastStatusCode: 500, lastError: 'HTTP 500' },
      { kind: 'refused', reason: '500' },
    ],
    [
      { ...delivery, status: 'FAILED', attempts: 1, lastStatusCode: 410 },
      { kind: 'refused', reason: '410' },
    ],
    [
      { ...delivery, status: 'CANCELLED', attempts: 0 },
      { kind: 'refused', reason: 'CANCELLED' },
    ],
  ] as const)('%j → %j', (d, expected) => {
    expect(testOutcome(d)).toEqual(expected);
  });
});

describe('deliveryDueSoon', () => {
  const now = new Date('2027-01-01T00:00:00Z');
  it.each([
    ['PENDING', null, true],
    ['PENDING', '2027-01-01T00:00:05Z', true],
    ['PENDING', '2026-12-31T23:59:00Z', true],
    ['PENDING', '2027-01-01T00:05:00Z', false],
    ['SUCCEEDED', null, false],
  ] as const)('%s next at %s → %s', (status, nextAttemptAt, expected) => {
    expect(deliveryDueSoon({ status, nextAttemptAt }, now)).toBe(expected);
  });
});
