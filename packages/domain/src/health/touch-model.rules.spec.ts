import {
  DEFAULT_TOUCH_MODEL_THRESHOLDS,
  deriveTouchModel,
  validateTouchModelOverride,
  validateTouchModelThresholds,
  type TouchModelProfile,
} from './touch-model.rules.js';

const OKU = 100_000_000; // 1億円
const profile = (p: Partial<TouchModelProfile>): TouchModelProfile => ({
  annualRevenueYen: null,
  currentRatio: null,
  engagement: null,
  ...p,
});

describe('deriveTouchModel (defaults: ≥ 10億 high; < 1億 or ratio < 1.0 tech; ≥ 3億 + HIGH high)', () => {
  it.each([
    [
      '10億, weak ratio, low engagement',
      { annualRevenueYen: 10 * OKU, currentRatio: 0.5, engagement: 'LOW' },
      'HIGH_TOUCH',
    ],
    [
      'just under 10億, medium engagement',
      { annualRevenueYen: 10 * OKU - 1, currentRatio: 1.2, engagement: 'MEDIUM' },
      'LOW_TOUCH',
    ],
    [
      '3億 and HIGH engagement',
      { annualRevenueYen: 3 * OKU, currentRatio: 1.5, engagement: 'HIGH' },
      'HIGH_TOUCH',
    ],
    [
      '3億, HIGH engagement, ratio unknown',
      { annualRevenueYen: 3 * OKU, engagement: 'HIGH' },
      'HIGH_TOUCH',
    ],
    [
      '3億, HIGH engagement but ratio 0.99',
      { annualRevenueYen: 3 * OKU, currentRatio: 0.99, engagement: 'HIGH' },
      'TECH_TOUCH',
    ],
    [
      'just under 3億 and HIGH engagement',
      { annualRevenueYen: 3 * OKU - 1, currentRatio: 2, engagement: 'HIGH' },
      'LOW_TOUCH',
    ],
    ['1億 exactly', { annualRevenueYen: OKU, currentRatio: 1, engagement: 'LOW' }, 'LOW_TOUCH'],
    [
      'under 1億, HIGH engagement',
      { annualRevenueYen: OKU - 1, currentRatio: 3, engagement: 'HIGH' },
      'TECH_TOUCH',
    ],
    ['revenue unknown, ratio 0.8', { currentRatio: 0.8 }, 'TECH_TOUCH'],
    ['revenue unknown, HIGH engagement', { currentRatio: 1.4, engagement: 'HIGH' }, 'LOW_TOUCH'],
    ['nothing known', {}, 'LOW_TOUCH'],
  ] as const)('%s → %s', (_case, p, expected) => {
    expect(deriveTouchModel(profile(p), DEFAULT_TOUCH_MODEL_THRESHOLDS).touchModel).toBe(expected);
  });

  it('says which rule decided, and what was not known', () => {
    const a = deriveTouchModel(
      profile({ annualRevenueYen: 3 * OKU, engagement: 'HIGH' }),
      DEFAULT_TOUCH_MODEL_THRESHOLDS,
    );
    expect(a.unknownFields).toEqual(['currentRatio']);
    expect(a.reason).toEqual({
      ja: '年商 ￥300,000,000（￥300,000,000 以上）でエンゲージメントが高い。不明：流動比率',
      en: 'annual revenue ￥300,000,000 (￥300,000,000 or more) and high engagement; not known: current ratio',
    });
    const none = deriveTouchModel(profile({}), DEFAULT_TOUCH_MODEL_THRESHOLDS);
    expect(none.unknownFields).toEqual(['annualRevenueYen', 'currentRatio', 'engagement']);
    expect(none.reason.ja).toBe(
      '年商が不明のため、標準のロータッチ。不明：年商・流動比率・エンゲージメント',
    );
  });

  it('follows thresholds given as data', () => {
    const t = { ...DEFAULT_TOUCH_MODEL_THRESHOLDS, techTouchCurrentRatioBelow: 0.5 };
    const p = profile({ annualRevenueYen: 2 * OKU, currentRatio: 0.8 });
    expect(deriveTouchModel(p, DEFAULT_TOUCH_MODEL_THRESHOLDS).touchModel).toBe('TECH_TOUCH');
    expect(deriveTouchModel(p, t).touchModel).toBe('LOW_TOUCH');
  });
});

describe('validateTouchModelThresholds', () => {
  const d = DEFAULT_TOUCH_MODEL_THRESHOLDS;
  it.each([
    ['the defaults', {}, []],
    [
      'a negative revenue',
      { techTouchRevenueBelowYen: -1 },
      ['touchModel.techTouchRevenueBelowYen'],
    ],
    ['a fractional revenue', { highTouchRevenueYen: 1.5 }, ['touchModel.highTouchRevenueYen']],
    [
      'a ratio with three decimals',
      { techTouchCurrentRatioBelow: 1.005 },
      ['touchModel.techTouchCurrentRatioBelow'],
    ],
    [
      'engaged above high',
      { engagedHighTouchRevenueYen: 2 * d.highTouchRevenueYen },
      ['touchModel.engagedHighTouchRevenueYen'],
    ],
    [
      'tech above engaged',
      { techTouchRevenueBelowYen: d.engagedHighTouchRevenueYen + 1 },
      ['touchModel.techTouchRevenueBelowYen'],
    ],
  ])('%s', (_case, change, expected) => {
    expect(validateTouchModelThresholds({ ...d, ...change }).map((e) => e.field)).toEqual(expected);
  });
});

describe('validateTouchModelOverride', () => {
  const outcome = (reason: string) => {
    const r = validateTouchModelOverride({ touchModel: 'HIGH_TOUCH', reason });
    return r.ok ? r.value : r.error.map((e) => e.code);
  };
  it.each([
    [
      'spaces collapsed',
      '  全社導入の\n準備中  ',
      { touchModel: 'HIGH_TOUCH', reason: '全社導入の 準備中' },
    ],
    ['blank', '   ', ['REQUIRED']],
    ['501 characters', 'あ'.repeat(501), ['TOO_LONG']],
  ])('%s', (_case, reason, expected) => {
    expect(outcome(reason)).toEqual(expected);
  });
});
