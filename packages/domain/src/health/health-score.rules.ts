import {
  HEALTH_SIGNAL_LABELS,
  HEALTH_SIGNALS,
  healthBand,
  type HealthBand,
  type HealthSettings,
  type HealthSignal,
} from './health-settings.rules.js';

type Text = { ja: string; en: string };

/** What is known about a customer, each signal null when there is no data for it. */
export interface HealthSignals {
  /** Mean daily active users of the last 30 days and of the 30 before, and DAU ÷ MAU (0–1). */
  usage: { dauRecent: number; dauPrevious: number | null; stickiness: number | null } | null;
  /** The company's NPS (−100…100) and CSAT / CES top-box shares (0–1), each null without answers. */
  surveys: { nps: number | null; csatShare: number | null; cesShare: number | null } | null;
  /** Service credits granted and months below the SLA target in the last 90 days. */
  sla: { credits: number; incidents: number } | null;
  /**
   * Options held, and how many of them are in use (null: use is not measured — the signal is then
   * missing, and says how many are held).
   */
  options: { held: number; used: number | null } | null;
  /** Near-misses (or incidents) about the customer still open. */
  openIssues: number | null;
  /** Days until the contract renews; null without an active contract. */
  daysToRenewal: number | null;
}

export interface HealthComponent {
  key: HealthSignal;
  label: Text;
  /** The signal on a 0–100 scale (100 = healthy); null when missing. */
  value: number | null;
  /** The configured weight. */
  weight: number;
  /** The share of the score the signal carries after missing ones are redistributed (0–1). */
  effectiveWeight: number;
  /**
   * value × effectiveWeight, one decimal, rounded so that the components' contributions add up
   * to the score exactly.
   */
  contribution: number;
  missing: boolean;
  explanation: Text;
}

export interface HealthScore {
  /** 0–100, one decimal; null when every weighted signal is missing. */
  score: number | null;
  band: HealthBand | null;
  components: HealthComponent[];
}

const clamp = (v: number) => Math.min(100, Math.max(0, v));
const round1 = (v: number) => Math.round(v * 10) / 10;
const mean = (values: readonly (number | null)[]): number | null => {
  const known = values.filter((v): v is number => v !== null);
  return known.length === 0 ? null : known.reduce((a, b) => a + b, 0) / known.length;
};
const pct = (v: number) => `${v >= 0 ? '+' : '−'}${Math.abs(Math.round(v * 100))} %`;

interface Reading {
  value: number | null;
  explanation: Text;
}

const NO_DATA: Text = { ja: 'データがありません', en: 'No data' };
const NO_OPTION_USAGE: Text = {
  ja: 'オプション利用のデータがありません',
  en: 'No option usage data',
};

/**
 * Usage: DAU this month against last month (−20 % → 0, flat → 50, +20 % → 100) and stickiness
 * (DAU/MAU 0.5 or more → 100), averaged over what is known.
 */
function readUsage(u: HealthSignals['usage']): Reading {
  if (!u)
    return { value: null, explanation: { ja: '利用データがありません', en: 'No usage data' } };
  const change = u.dauPrevious && u.dauPrevious > 0 ? u.dauRecent / u.dauPrevious - 1 : null;
  const trend = change === null ? null : clamp(50 + change * 250);
  const sticky = u.stickiness === null ? null : clamp((u.stickiness / 0.5) * 100);
  const dau = u.dauRecent.toFixed(1);
  const ja = [`直近30日の平均DAU ${dau}`];
  const en = [`mean DAU ${dau} over the last 30 days`];
  if (change !== null) {
    ja.push(`前の30日比 ${pct(change)}`);
    en.push(`${pct(change)} on the 30 days before`);
  }
  if (u.stickiness !== null) {
    ja.push(`DAU/MAU ${u.stickiness.toFixed(2)}`);
    en.push(`DAU/MAU ${u.stickiness.toFixed(2)}`);
  }
  return { value: mean([trend, sticky]), explanation: { ja: ja.join('、'), en: en.join(', ') } };
}

/** Surveys: NPS mapped to 0–100 ((NPS + 100) ÷ 2), CSAT and CES top-box shares × 100, averaged. */
function readSurveys(s: HealthSignals['surveys']): Reading {
  const parts: { v: number; ja: string; en: string }[] = [];
  if (s?.nps !== null && s?.nps !== undefined) {
    const nps = `${s.nps > 0 ? '+' : ''}${s.nps.toFixed(1)}`;
    parts.push({ v: (s.nps + 100) / 2, ja: `NPS ${nps}`, en: `NPS ${nps}` });
  }
  if (s?.csatShare !== null && s?.csatShare !== undefined) {
    const share = `${Math.round(s.csatShare * 100)} %`;
    parts.push({ v: s.csatShare * 100, ja: `CSAT 満足 ${share}`, en: `CSAT satisfied ${share}` });
  }
  if (s?.cesShare !== null && s?.cesShare !== undefined) {
    const share = `${Math.round(s.cesShare * 100)} %`;
    parts.push({ v: s.cesShare * 100, ja: `CES 容易 ${share}`, en: `CES easy ${share}` });
  }
  if (parts.length === 0)
    return {
      value: null,
      explanation: { ja: 'アンケート回答がありません', en: 'No survey answers' },
    };
  return {
    value: mean(parts.map((p) => p.v)),
    explanation: { ja: parts.map((p) => p.ja).join('、'), en: parts.map((p) => p.en).join(', ') },
  };
}

/** SLA: 100, less 40 per service credit and 15 per month below target, in the last 90 days. */
function readSla(s: HealthSignals['sla']): Reading {
  if (!s) return { value: null, explanation: NO_DATA };
  return {
    value: clamp(100 - 40 * s.credits - 15 * s.incidents),
    explanation: {
      ja: `90日間のクレジット ${s.credits}件、SLA未達の月 ${s.incidents}件`,
      en: `${s.credits} service credit(s) and ${s.incidents} month(s) below target in 90 days`,
    },
  };
}

/** Options: the share of held options in use; missing when none is held or use is unknown. */
function readOptions(o: HealthSignals['options']): Reading {
  if (!o) return { value: null, explanation: NO_OPTION_USAGE };
  if (o.held === 0)
    return {
      value: null,
      explanation: { ja: 'オプションの契約がありません', en: 'No options held' },
    };
  if (o.used === null)
    return {
      value: null,
      explanation: {
        ja: `契約 ${o.held}件。${NO_OPTION_USAGE.ja}`,
        en: `${o.held} option(s) held. ${NO_OPTION_USAGE.en}`,
      },
    };
  return {
    value: clamp((o.used / o.held) * 100),
    explanation: {
      ja: `契約 ${o.held}件のうち利用 ${o.used}件`,
      en: `${o.used} of ${o.held} options held in use`,
    },
  };
}

/** Open near-misses: 100, less 25 for each. */
function readOpenIssues(n: number | null): Reading {
  if (n === null) return { value: null, explanation: NO_DATA };
  return {
    value: clamp(100 - 25 * n),
    explanation: { ja: `未解決 ${n}件`, en: `${n} open` },
  };
}

/** Renewal: 90 days or more away → 100, falling linearly to 0 on the renewal day. */
function readRenewal(days: number | null): Reading {
  if (days === null)
    return { value: null, explanation: { ja: '有効な契約がありません', en: 'No active contract' } };
  return {
    value: clamp((days / 90) * 100),
    explanation: { ja: `更新まで ${days}日`, en: `${days} days to renewal` },
  };
}

const READERS: Record<HealthSignal, (s: HealthSignals) => Reading> = {
  USAGE: (s) => readUsage(s.usage),
  SURVEYS: (s) => readSurveys(s.surveys),
  SLA: (s) => readSla(s.sla),
  OPTION_ADOPTION: (s) => readOptions(s.options),
  OPEN_ISSUES: (s) => readOpenIssues(s.openIssues),
  RENEWAL: (s) => readRenewal(s.daysToRenewal),
};

/**
 * A customer's health: each signal read on a 0–100 scale, weighted; a missing signal's weight is
 * shared among the known ones in proportion to theirs (and said so). Contributions are rounded to
 * one decimal and the score is their sum, so that the parts visibly add up to the whole.
 */
export function healthScore(signals: HealthSignals, settings: HealthSettings): HealthScore {
  const readings = HEALTH_SIGNALS.map((key) => ({ key, ...READERS[key](signals) }));
  const weightOf = (key: HealthSignal) => settings.weights[key];
  const known = readings.filter((r) => r.value !== null && weightOf(r.key) > 0);
  const total = known.reduce((sum, r) => sum + weightOf(r.key), 0);
  const missingWeight = readings
    .filter((r) => r.value === null)
    .reduce((sum, r) => sum + weightOf(r.key), 0);

  const components = readings.map((r): HealthComponent => {
    const weight = weightOf(r.key);
    const missing = r.value === null;
    const effectiveWeight = !missing && total > 0 ? weight / total : 0;
    const contribution = missing ? 0 : effectiveWeight * r.value!;
    let explanation = r.explanation;
    if (missing && weight > 0)
      explanation = {
        ja: `${r.explanation.ja}。重み ${weight} は他の要素に配分しました`,
        en: `${r.explanation.en}; its weight ${weight} is shared among the other signals`,
      };
    else if (!missing && missingWeight > 0 && weight > 0)
      explanation = {
        ja: `${r.explanation.ja}（欠けている要素の分を含め重み ${round1(effectiveWeight * 100)} %）`,
        en: `${r.explanation.en} (weight ${round1(effectiveWeight * 100)} % including missing signals' share)`,
      };
    return {
      key: r.key,
      label: HEALTH_SIGNAL_LABELS[r.key],
      value: r.value === null ? null : round1(r.value),
      weight,
      effectiveWeight,
      contribution,
      missing,
      explanation,
    };
  });

  if (known.length === 0) return { score: null, band: null, components };
  const score = round1(components.reduce((sum, c) => sum + c.contribution, 0));
  const rounded = roundToTotal(
    components.map((c) => c.contribution),
    score,
  );
  components.forEach((c, i) => (c.contribution = rounded[i]!));
  return { score, band: healthBand(score, settings), components };
}

/**
 * Round parts to one decimal so that they add up to `total` exactly (largest remainder): the
 * rounded score is the true weighted sum rounded, and no part is off by more than 0.1.
 */
function roundToTotal(parts: readonly number[], total: number): number[] {
  const tenths = parts.map((p) => p * 10);
  const floors = tenths.map(Math.floor);
  let short = Math.round(total * 10) - floors.reduce((a, b) => a + b, 0);
  const byRemainder = tenths
    .map((t, i) => ({ i, remainder: t - floors[i]! }))
    .sort((a, b) => b.remainder - a.remainder);
  for (const { i } of byRemainder) {
    if (short <= 0) break;
    floors[i] = floors[i]! + 1;
    short -= 1;
  }
  return floors.map((f) => f / 10);
}
