import {
  nearMissFilter,
  nearMissListSearchParams,
  NO_NEAR_MISS_FILTER,
  parseNearMissListParams,
} from './near-miss-list-params';

describe('near-miss list params', () => {
  it('reads the filters from the URL and sends them as the API names them', () => {
    const params = parseNearMissListParams(
      new URLSearchParams(
        'kind=NEAR_MISS&status=OPEN&cause=INPUT_ERROR&from=2026/4/1&to=2026-04-30&customer=Q3VzdG9tZXI6MQ==',
      ),
    );
    expect(params).toEqual({
      kind: 'NEAR_MISS',
      status: 'OPEN',
      cause: 'INPUT_ERROR',
      from: '2026-04-01',
      to: '2026-04-30',
      customer: 'Q3VzdG9tZXI6MQ==',
    });
    expect(nearMissFilter(params)).toEqual({
      kind: 'NEAR_MISS',
      status: 'OPEN',
      causeCategory: 'INPUT_ERROR',
      from: '2026-04-01',
      to: '2026-04-30',
      customerId: 'Q3VzdG9tZXI6MQ==',
    });
  });

  it('drops unknown values and malformed dates instead of sending them', () => {
    const params = parseNearMissListParams(
      new URLSearchParams(
        'kind=ACCIDENT&status=&cause=x&from=2026-02-30&to=yesterday&customer=%27%20OR%201=1',
      ),
    );
    expect(params).toEqual(NO_NEAR_MISS_FILTER);
    expect(nearMissFilter(params)).toEqual({});
    expect(nearMissListSearchParams(params).toString()).toBe('');
  });

  it('round-trips through the URL', () => {
    const search = 'status=CLOSED&from=2026-04-01&customer=Q3VzdG9tZXI6MQ%3D%3D';
    const params = parseNearMissListParams(new URLSearchParams(search));
    expect(nearMissListSearchParams(params).toString()).toBe(search);
  });
});
