import {
  DEFAULT_HEALTH_SETTINGS,
  healthBand,
  validateHealthSettings,
} from './health-settings.rules.js';

const fields = (r: ReturnType<typeof validateHealthSettings>) =>
  r.ok ? [] : r.error.map((e) => `${e.field}:${e.code}`);

describe('validateHealthSettings', () => {
  const w = DEFAULT_HEALTH_SETTINGS.weights;
  it.each([
    ['the defaults', {}, []],
    ['a negative weight', { weights: { ...w, SLA: -1 } }, ['weights.SLA:OUT_OF_RANGE']],
    ['a fractional weight', { weights: { ...w, USAGE: 2.5 } }, ['weights.USAGE:OUT_OF_RANGE']],
    [
      'every weight 0',
      {
        weights: { USAGE: 0, SURVEYS: 0, SLA: 0, OPTION_ADOPTION: 0, OPEN_ISSUES: 0, RENEWAL: 0 },
      },
      ['weights:OUT_OF_RANGE'],
    ],
    ['good above 100', { goodAtLeast: 101 }, ['goodAtLeast:OUT_OF_RANGE']],
    ['watch not below good', { goodAtLeast: 50, watchAtLeast: 50 }, ['watchAtLeast:OUT_OF_RANGE']],
  ])('%s', (_case, change, expected) => {
    expect(fields(validateHealthSettings({ ...DEFAULT_HEALTH_SETTINGS, ...change }))).toEqual(
      expected,
    );
  });
});

describe('healthBand', () => {
  it.each([
    [100, 'GOOD'],
    [70, 'GOOD'],
    [69.9, 'WATCH'],
    [40, 'WATCH'],
    [39.9, 'AT_RISK'],
    [0, 'AT_RISK'],
  ])('%s → %s', (score, band) => {
    expect(healthBand(score, DEFAULT_HEALTH_SETTINGS)).toBe(band);
  });
});
