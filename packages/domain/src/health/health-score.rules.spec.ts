import { healthScore, type HealthSignals } from './health-score.rules.js';
import { DEFAULT_HEALTH_SETTINGS } from './health-settings.rules.js';

const complete: HealthSignals = {
  usage: { dauRecent: 12, dauPrevious: 15, stickiness: 0.25 },
  surveys: { nps: -20, csatShare: 0.8, cesShare: null },
  sla: { credits: 1, incidents: 1 },
  options: { held: 4, used: 3 },
  openIssues: 1,
  daysToRenewal: 45,
};

const byKey = (s: ReturnType<typeof healthScore>) =>
  Object.fromEntries(s.components.map((c) => [c.key, [c.value, c.contribution]]));

describe('healthScore (default weights 30/25/10/10/10/15, GOOD ≥ 70, WATCH ≥ 40)', () => {
  it('weighs every known signal and adds the contributions up to the score', () => {
    const s = healthScore(complete, DEFAULT_HEALTH_SETTINGS);
    // usage: −20 % → 0, stickiness 0.25 → 50, mean 25; surveys: (−20+100)/2 = 40 and 80 → 60;
    // SLA 100−40−15 = 45; options 3/4 = 75; one open near-miss 75; 45 of 90 days 50.
    expect(byKey(s)).toEqual({
      USAGE: [25, 7.5],
      SURVEYS: [60, 15],
      SLA: [45, 4.5],
      OPTION_ADOPTION: [75, 7.5],
      OPEN_ISSUES: [75, 7.5],
      RENEWAL: [50, 7.5],
    });
    expect(s.score).toBe(49.5);
    expect(s.band).toBe('WATCH');
    expect(s.components.every((c) => !c.missing)).toBe(true);
    expect(s.components[0]!.explanation.ja).toBe(
      '直近30日の平均DAU 12.0、前の30日比 −20 %、DAU/MAU 0.25',
    );
  });

  it('redistributes a missing signal’s weight to the known ones, and says so', () => {
    const s = healthScore({ ...complete, usage: null, options: null }, DEFAULT_HEALTH_SETTINGS);
    // known weights 25 + 10 + 10 + 15 = 60: 60×25/60 + 45×10/60 + 75×10/60 + 50×15/60
    expect(byKey(s)).toEqual({
      USAGE: [null, 0],
      SURVEYS: [60, 25],
      SLA: [45, 7.5],
      OPTION_ADOPTION: [null, 0],
      OPEN_ISSUES: [75, 12.5],
      RENEWAL: [50, 12.5],
    });
    expect(s.score).toBe(57.5);
    const usage = s.components.find((c) => c.key === 'USAGE')!;
    expect(usage.missing).toBe(true);
    expect(usage.explanation.ja).toBe('利用データがありません。重み 30 は他の要素に配分しました');
    expect(usage.explanation.en).toMatch(/weight 30 is shared among the other signals/);
    const surveys = s.components.find((c) => c.key === 'SURVEYS')!;
    expect(surveys.effectiveWeight).toBeCloseTo(25 / 60, 10);
    expect(surveys.explanation.ja).toMatch(/重み 41.7 %/);
  });

  it('reports options held without usage data as missing, saying how many are held', () => {
    const s = healthScore(
      { ...complete, options: { held: 3, used: null } },
      DEFAULT_HEALTH_SETTINGS,
    );
    const options = s.components.find((c) => c.key === 'OPTION_ADOPTION')!;
    expect(options).toMatchObject({ value: null, missing: true, contribution: 0 });
    expect(options.explanation).toEqual({
      ja: '契約 3件。オプション利用のデータがありません。重み 10 は他の要素に配分しました',
      en: '3 option(s) held. No option usage data; its weight 10 is shared among the other signals',
    });
    // The other five share the 10: 90 known → 7.5×100/90 + 15×100/90 + … = 42×100/90
    expect(s.score).toBe(46.7);
  });

  it('is GOOD when everything is healthy (rounding kept in the parts, not hidden in the sum)', () => {
    const s = healthScore(
      {
        usage: { dauRecent: 20, dauPrevious: 16, stickiness: 0.6 },
        surveys: { nps: 50, csatShare: 0.9, cesShare: 0.9 },
        sla: { credits: 0, incidents: 0 },
        options: { held: 2, used: 2 },
        openIssues: 0,
        daysToRenewal: 200,
      },
      DEFAULT_HEALTH_SETTINGS,
    );
    // surveys (75 + 90 + 90) / 3 = 85 → 0.25 × 85 = 21.25 → 21.3
    expect(byKey(s).SURVEYS).toEqual([85, 21.3]);
    expect(s.score).toBe(96.3);
    expect(s.band).toBe('GOOD');
  });

  it('has no score, and says why, when nothing is known', () => {
    const s = healthScore(
      {
        usage: null,
        surveys: null,
        sla: null,
        options: null,
        openIssues: null,
        daysToRenewal: null,
      },
      DEFAULT_HEALTH_SETTINGS,
    );
    expect(s.score).toBeNull();
    expect(s.band).toBeNull();
    expect(s.components.map((c) => c.missing)).toEqual([true, true, true, true, true, true]);
  });

  it('ignores a signal weighted 0 (neither counted nor redistributed)', () => {
    const weights = { ...DEFAULT_HEALTH_SETTINGS.weights, RENEWAL: 0 };
    const s = healthScore(complete, { ...DEFAULT_HEALTH_SETTINGS, weights });
    // (7.5 + 15 + 4.5 + 7.5 + 7.5) / 0.85 → each contribution scaled by 100/85
    expect(s.components.find((c) => c.key === 'RENEWAL')!.contribution).toBe(0);
    // 8.82 + 17.65 + 5.29 + 8.82 + 8.82 = 49.41: the parts are rounded to add up to 49.4
    expect(s.score).toBe(49.4);
    const parts = s.components.map((c) => c.contribution);
    expect(parts).toEqual([8.8, 17.7, 5.3, 8.8, 8.8, 0]);
  });

  it.each([
    ['a fall of 20 % or more', { dauRecent: 8, dauPrevious: 10, stickiness: null }, 0],
    ['flat', { dauRecent: 10, dauPrevious: 10, stickiness: null }, 50],
    ['a rise of 10 %', { dauRecent: 11, dauPrevious: 10, stickiness: null }, 75],
    [
      'no earlier month: stickiness alone',
      { dauRecent: 5, dauPrevious: null, stickiness: 0.1 },
      20,
    ],
    ['no users at all last month', { dauRecent: 5, dauPrevious: 0, stickiness: null }, null],
  ])('usage: %s → %s', (_case, usage, expected) => {
    const s = healthScore({ ...complete, usage }, DEFAULT_HEALTH_SETTINGS);
    expect(s.components.find((c) => c.key === 'USAGE')!.value).toBe(expected);
  });

  it.each([
    [{ credits: 0, incidents: 0 }, 100],
    [{ credits: 2, incidents: 2 }, 0],
    [{ credits: 0, incidents: 2 }, 70],
  ])('SLA %o → %s', (sla, expected) => {
    const s = healthScore({ ...complete, sla }, DEFAULT_HEALTH_SETTINGS);
    expect(s.components.find((c) => c.key === 'SLA')!.value).toBe(expected);
  });

  it.each([
    [0, 0],
    [30, 33.3],
    [90, 100],
  ])('renewal in %s days → %s', (days, expected) => {
    const s = healthScore({ ...complete, daysToRenewal: days }, DEFAULT_HEALTH_SETTINGS);
    expect(s.components.find((c) => c.key === 'RENEWAL')!.value).toBe(expected);
  });
});
