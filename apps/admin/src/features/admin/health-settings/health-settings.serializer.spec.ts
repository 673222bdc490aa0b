import { DEFAULT_HEALTH_SETTINGS } from '@kizuna/domain';
import {
  checkHealthSettings,
  DEFAULT_VALUES,
  healthSettingsValues,
  serializeHealthSettings,
  type HealthSettingsValues,
} from './health-settings.serializer';

const codes = (values: HealthSettingsValues) =>
  checkHealthSettings(values).map((e) => `${e.code} ${e.field}`);

describe('checkHealthSettings', () => {
  it('accepts the defaults', () => {
    expect(codes(DEFAULT_VALUES)).toEqual([]);
  });
  it.each<[string, Partial<HealthSettingsValues>, string[]]>([
    [
      'an empty weight',
      { weights: { ...DEFAULT_VALUES.weights, SLA: null } },
      ['REQUIRED weights.SLA'],
    ],
    [
      'a weight over 100',
      { weights: { ...DEFAULT_VALUES.weights, USAGE: 101 } },
      ['OUT_OF_RANGE weights.USAGE'],
    ],
    [
      'every weight 0',
      { weights: { USAGE: 0, SURVEYS: 0, SLA: 0, OPTION_ADOPTION: 0, OPEN_ISSUES: 0, RENEWAL: 0 } },
      ['OUT_OF_RANGE weights'],
    ],
    [
      'watch at or above good',
      { goodAtLeast: 50, watchAtLeast: 50 },
      ['OUT_OF_RANGE watchAtLeast'],
    ],
    [
      'tech above engaged',
      { touchModel: { ...DEFAULT_VALUES.touchModel, techTouchRevenueBelowYen: 500_000_000 } },
      ['OUT_OF_RANGE touchModel.techTouchRevenueBelowYen'],
    ],
    [
      'a ratio with three decimals',
      { touchModel: { ...DEFAULT_VALUES.touchModel, techTouchCurrentRatioBelow: 1.005 } },
      ['OUT_OF_RANGE touchModel.techTouchCurrentRatioBelow'],
    ],
  ])('refuses %s', (_what, change, expected) => {
    expect(codes({ ...DEFAULT_VALUES, ...change })).toEqual(expected);
  });
});

describe('serializeHealthSettings', () => {
  it('names the weights as the input does and keeps the version', () => {
    expect(serializeHealthSettings(DEFAULT_VALUES, 3)).toEqual({
      version: 3,
      weights: { usage: 30, surveys: 25, sla: 10, optionAdoption: 10, openIssues: 10, renewal: 15 },
      goodAtLeast: 70,
      watchAtLeast: 40,
      touchModel: {
        highTouchRevenueYen: 1_000_000_000,
        engagedHighTouchRevenueYen: 300_000_000,
        techTouchRevenueBelowYen: 100_000_000,
        techTouchCurrentRatioBelow: 1,
      },
    });
  });
  it('round-trips the settings as read', () => {
    const read = {
      version: 2,
      updatedAt: null,
      goodAtLeast: 75,
      watchAtLeast: 45,
      weights: Object.entries(DEFAULT_HEALTH_SETTINGS.weights).map(([signal, weight]) => ({
        signal: signal as 'USAGE',
        label: signal,
        weight: weight + 1,
      })),
      touchModel: {
        highTouchRevenueYen: 2_000_000_000,
        engagedHighTouchRevenueYen: 500_000_000,
        techTouchRevenueBelowYen: 50_000_000,
        techTouchCurrentRatioBelow: 0.8,
      },
    };
    const input = serializeHealthSettings(healthSettingsValues(read), read.version);
    expect(input.weights.usage).toBe(31);
    expect(input.weights.renewal).toBe(16);
    expect(input).toMatchObject({
      version: 2,
      goodAtLeast: 75,
      watchAtLeast: 45,
      touchModel: read.touchModel,
    });
  });
});
