import {
  nearMissFilter,
  nearMissListSearchParams,
  parseNearMissListParams,
} from './near-miss-list-params';

describe('near-miss list params', () => {
  it('reads the filters from the URL and sends them as the API names them', () => {
    const params = parseNearMissListParams(
      new URLSearchParams(
        'kind=NEAR_MISS&status=OPEN&cause=INPUT_ERROR&from=2026/4/1&to=2026-04-30',
      ),
    );
    expect(params).toEqual({
      kind: 'NEAR_MISS',
      status: 'OPEN',
      cause: 'INPUT_ERROR',
      from: '2026-04-01',
      to: '2026-04-30',
    });
    expect(nearMissFilter(params)).toEqual({
      kind: 'NEAR_MISS',
      status: 'OPEN',
      causeCategory: 'INPUT_ERROR',
      from: '2026-04-01',
      to: '2026-04-30',
    });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseNearMissListParams(
      new URLSearchParams('kind=ACCIDENT&status=&cause=x&from=2026-02-30&to=yesterday'),
    );
    expect(params).toEqual({ kind: null, status: null, cause: null, from: null, to: null });
    expect(nearMissFilter(params)).toEqual({});
    expect(nearMissListSearchParams(params).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const params = parseNearMissListParams(new URLSearchParams('status=CLOSED&from=2026-04-01'));
    expect(nearMissListSearchParams(params).toString()).toBe('status=CLOSED&from=2026-04-01');
  });
});
