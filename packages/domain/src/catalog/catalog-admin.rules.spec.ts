import {
  isPriceDue,
  validateOptionDraft,
  validateOptionUpdate,
  validatePlanDraft,
  validatePlanUpdate,
  validatePriceSchedule,
} from './catalog-admin.rules.js';

const codes = (errors: readonly { code: string; field: string | null }[]) =>
  errors.map((e) => `${e.field}:${e.code}`);

const plan = {
  code: 'STANDARD',
  nameJa: 'スタンダード',
  nameEn: 'Standard',
  monthlyFeeYen: 9800,
  slaTargetPercent: 99.95,
  sortOrder: 1,
  limits: { devices: 2, quality: 'HD' },
};

describe('validatePlanDraft', () => {
  it.each([
    [{}, []],
    [{ code: 'standard' }, ['code:INVALID_CODE']],
    [{ code: '1PLAN' }, ['code:INVALID_CODE']],
    [{ code: 'NONE' }, ['code:DUPLICATE']],
    [{ code: 'A'.repeat(51) }, ['code:INVALID_CODE']],
    [{ nameJa: '' }, ['nameJa:REQUIRED']],
    [{ nameEn: 'x'.repeat(101) }, ['nameEn:TOO_LONG']],
    [{ nameEn: 'x'.repeat(100) }, []],
    [{ monthlyFeeYen: -1 }, ['monthlyFeeYen:OUT_OF_RANGE']],
    [{ monthlyFeeYen: 0.5 }, ['monthlyFeeYen:OUT_OF_RANGE']],
    [{ monthlyFeeYen: 10_000_000 }, []],
    [{ monthlyFeeYen: 10_000_001 }, ['monthlyFeeYen:OUT_OF_RANGE']],
    [{ slaTargetPercent: 89.999 }, ['slaTargetPercent:OUT_OF_RANGE']],
    [{ slaTargetPercent: 90 }, []],
    [{ slaTargetPercent: 100 }, []],
    [{ slaTargetPercent: 100.001 }, ['slaTargetPercent:OUT_OF_RANGE']],
    [{ slaTargetPercent: 99.9999 }, ['slaTargetPercent:OUT_OF_RANGE']],
    [{ sortOrder: -1 }, ['sortOrder:OUT_OF_RANGE']],
    [{ limits: { 'bad key': 1 } }, ['limits:OUT_OF_RANGE']],
    [{ limits: { devices: { nested: true } } }, ['limits:OUT_OF_RANGE']],
  ])('%j → %j', (override, expected) =>
    expect(codes(validatePlanDraft({ ...plan, ...override }))).toEqual(expected),
  );
});

describe('validatePlanUpdate', () => {
  it.each([
    [{}, []],
    [{ nameJa: ' ' }, ['nameJa:REQUIRED']],
    [{ slaTargetPercent: 50 }, ['slaTargetPercent:OUT_OF_RANGE']],
    [{ sortOrder: 2.5 }, ['sortOrder:OUT_OF_RANGE']],
  ])('%j → %j', (update, expected) => expect(codes(validatePlanUpdate(update))).toEqual(expected));
});

describe('validateOptionDraft', () => {
  const option = {
    code: 'MFA_TOTP',
    nameJa: '認証アプリ',
    nameEn: 'Authenticator app',
    monthlyFeeYen: 300,
  };
  it.each([
    [{ kind: 'MFA', factorCategory: 'POSSESSION' }, []],
    [{ kind: 'MFA', factorCategory: null }, ['factorCategory:OUT_OF_RANGE']],
    [{ kind: 'STORAGE', factorCategory: 'KNOWLEDGE' }, ['factorCategory:OUT_OF_RANGE']],
    [{ kind: 'STORAGE', optionGroup: 'STORAGE' }, []],
    [{ kind: 'STORAGE', optionGroup: 'storage' }, ['optionGroup:INVALID_CODE']],
    [{ kind: 'MFA', factorCategory: 'TELEPATHY' }, ['factorCategory:OUT_OF_RANGE']],
    [{ kind: 'OTHER' }, ['kind:OUT_OF_RANGE', 'factorCategory:OUT_OF_RANGE']],
  ])('%j → %j', (override, expected) =>
    expect(codes(validateOptionDraft({ ...option, ...override }))).toEqual(expected),
  );
});

describe('validateOptionUpdate', () => {
  it.each([
    [{ optionGroup: '' }, []],
    [{ optionGroup: 'STORAGE' }, []],
    [{ optionGroup: 'x-y' }, ['optionGroup:INVALID_CODE']],
  ])('%j → %j', (update, expected) =>
    expect(codes(validateOptionUpdate(update))).toEqual(expected),
  );
});

describe('validatePriceSchedule and isPriceDue (Asia/Tokyo dates)', () => {
  // 2027-03-31 23:30 JST
  const now = new Date('2027-03-31T14:30:00Z');
  it.each([
    ['2027-03-31', 1000, []],
    ['2027-04-01', 1000, []],
    ['2027-03-30', 1000, ['validFrom:DATE_IN_PAST']],
    ['2027-02-30', 1000, ['validFrom:INVALID_DATE']],
    ['2027-04-01', -5, ['monthlyFeeYen:OUT_OF_RANGE']],
  ])('%s at %d → %j', (validFrom, fee, expected) => {
    const r = validatePriceSchedule({ monthlyFeeYen: fee, validFrom }, now);
    expect(r.ok ? [] : codes(r.error)).toEqual(expected);
  });

  it.each([
    ['2027-03-31', true],
    ['2027-04-01', false],
    ['2027-03-01', true],
  ])('%s due at 23:30 JST on 2027-03-31: %s', (validFrom, due) =>
    expect(isPriceDue(validFrom, now)).toBe(due),
  );
});
