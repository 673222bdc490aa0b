import {
  customerListLinkState,
  customerListReturnPath,
  customerListSearchParams,
  customerListVariables,
  hasCustomerFilters,
  parseCustomerListParams,
  showsRenewal,
  type CustomerListParams,
} from './customer-list-params';

const defaults: CustomerListParams = {
  search: '',
  stage: null,
  planCode: null,
  trialEndingWithinDays: null,
  trialExpiredWithinDays: null,
  hasScheduledChange: false,
  erasureDue: null,
  renewingWithinDays: null,
  sort: 'newest',
};

describe('customer list URL parameters', () => {
  it.each<[string, Partial<CustomerListParams>]>([
    ['', {}],
    ['q=%E3%82%B5%E3%83%B3%E3%83%97%E3%83%AB', { search: 'サンプル' }],
    ['stage=TRIAL&trialEnding=7', { stage: 'TRIAL', trialEndingWithinDays: 7 }],
    [
      'stage=TRIAL&trialEnding=7&sort=trialEnd',
      { stage: 'TRIAL', trialEndingWithinDays: 7, sort: 'trialEnd' },
    ],
    ['plan=PREMIUM&sort=name', { planCode: 'PREMIUM', sort: 'name' }],
    ['stage=NOPE&trialEnding=-3&sort=random', {}],
    ['trialExpired=7', { trialExpiredWithinDays: 7 }],
    ['scheduled=1', { hasScheduledChange: true }],
    ['scheduled=yes&trialExpired=0&trialEnding=1.5', {}],
    ['erasure=OVERDUE', { erasureDue: 'OVERDUE' }],
    ['stage=CHURNED&erasure=DUE_THIS_WEEK', { stage: 'CHURNED', erasureDue: 'DUE_THIS_WEEK' }],
    ['erasure=overdue', {}],
    ['renewing=30&sort=renewal', { renewingWithinDays: 30, sort: 'renewal' }],
    ['renewing=0', {}],
  ])('?%s is read as %j', (query, expected) => {
    expect(parseCustomerListParams(new URLSearchParams(query))).toEqual({
      ...defaults,
      ...expected,
    });
  });

  it('round-trips through the URL, leaving defaults out', () => {
    const params: CustomerListParams = {
      search: '山田',
      stage: 'ACTIVE',
      planCode: 'BASIC',
      trialEndingWithinDays: 14,
      trialExpiredWithinDays: 7,
      hasScheduledChange: true,
      erasureDue: 'OVERDUE',
      renewingWithinDays: 60,
      sort: 'oldest',
    };
    expect(parseCustomerListParams(customerListSearchParams(params))).toEqual(params);
    expect(customerListSearchParams(defaults).toString()).toBe('');
  });

  it('turns filters into query variables, omitting empty ones', () => {
    expect(customerListVariables(defaults)).toEqual({
      filter: {},
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(
      customerListVariables({ ...defaults, search: '1234', stage: 'TRIAL', sort: 'name' }),
    ).toEqual({
      filter: { search: '1234', stage: 'TRIAL' },
      orderBy: { field: 'NAME', direction: 'ASC' },
    });
    expect(
      customerListVariables({ ...defaults, trialExpiredWithinDays: 7, hasScheduledChange: true }),
    ).toEqual({
      filter: { trialExpiredWithinDays: 7, hasScheduledChange: true },
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(customerListVariables({ ...defaults, erasureDue: 'DUE_THIS_WEEK' })).toEqual({
      filter: { erasureDue: 'DUE_THIS_WEEK' },
      orderBy: { field: 'CREATED_AT', direction: 'DESC' },
    });
    expect(customerListVariables({ ...defaults, stage: 'TRIAL', sort: 'trialEnd' })).toEqual({
      filter: { stage: 'TRIAL' },
      orderBy: { field: 'TRIAL_ENDS_AT', direction: 'ASC' },
    });
    expect(customerListVariables({ ...defaults, renewingWithinDays: 90, sort: 'renewal' })).toEqual(
      {
        filter: { renewingWithinDays: 90 },
        orderBy: { field: 'RENEWS_AT', direction: 'ASC' },
      },
    );
  });
});

describe('showsRenewal', () => {
  it.each<[Partial<CustomerListParams>, boolean]>([
    [{}, false],
    [{ stage: 'ACTIVE' }, false],
    [{ renewingWithinDays: 30 }, true],
    [{ sort: 'renewal' }, true],
  ])('%j → %s', (params, expected) => {
    expect(showsRenewal({ ...defaults, ...params })).toBe(expected);
  });
});

describe('hasCustomerFilters', () => {
  it.each<[Partial<CustomerListParams>, boolean]>([
    [{}, false],
    [{ sort: 'name' }, false],
    [{ hasScheduledChange: true }, true],
    [{ trialExpiredWithinDays: 7 }, true],
    [{ erasureDue: 'OVERDUE' }, true],
    [{ search: '山田' }, true],
    [{ renewingWithinDays: 30 }, true],
  ])('%j → %s', (params, expected) => {
    expect(hasCustomerFilters({ ...defaults, ...params })).toBe(expected);
  });
});

describe('一覧へ戻る from a customer', () => {
  it('returns to the list as it was opened from: same filters, same page', () => {
    const search = '?stage=TRIAL&after=c1&after=c2&afterFor=abc';
    expect(customerListReturnPath(customerListLinkState(search))).toBe(`/customers${search}`);
  });

  it.each([null, undefined, {}, { customerList: 42 }, { customerList: '//evil.example' }])(
    'returns to the whole list when opened another way (%j)',
    (state) => {
      expect(customerListReturnPath(state)).toBe('/customers');
    },
  );
});
