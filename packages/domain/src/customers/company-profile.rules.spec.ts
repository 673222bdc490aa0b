import {
  changeCompanyProfile,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  MAX_ANNUAL_REVENUE_YEN,
  type CompanyProfile,
  type CompanyProfileChange,
  type CompanyProfileField,
} from './company-profile.rules.js';
import { INDUSTRIES, INDUSTRY_LABELS } from './industry.js';

const sample: CompanyProfile = {
  name: '株式会社サンプル',
  nameKana: 'カブシキガイシャサンプル',
  corporateNumber: '7000012050002',
  annualRevenueYen: null,
  currentRatio: null,
  employeeCount: null,
  industry: null,
  engagement: null,
};

describe('changeCompanyProfile', () => {
  it.each<[string, CompanyProfileChange, Partial<CompanyProfile>, CompanyProfileField[]]>([
    ['nothing', {}, {}, []],
    ['the same name', { name: ' 株式会社サンプル ' }, {}, []],
    ['the kana in hiragana', { nameKana: 'さんぷる' }, { nameKana: 'サンプル' }, ['nameKana']],
    [
      'a full-width corporate number, unchanged',
      { corporateNumber: '７０００－０１２０－５０００２' },
      {},
      [],
    ],
    [
      'the figures',
      { annualRevenueYen: 12_000_000_000, employeeCount: 350, currentRatio: 1.456 },
      { annualRevenueYen: 12_000_000_000, employeeCount: 350, currentRatio: 1.46 },
      ['annualRevenueYen', 'currentRatio', 'employeeCount'],
    ],
    ['zero employees', { employeeCount: 0 }, { employeeCount: 0 }, ['employeeCount']],
    [
      'industry and engagement',
      { industry: 'MANUFACTURING', engagement: 'HIGH' },
      { industry: 'MANUFACTURING', engagement: 'HIGH' },
      ['industry', 'engagement'],
    ],
    ['a cleared kana', { nameKana: null }, { nameKana: null }, ['nameKana']],
    [
      'a blank corporate number',
      { corporateNumber: ' ' },
      { corporateNumber: null },
      ['corporateNumber'],
    ],
  ])('%s', (_what, change, expected, changedFields) => {
    expect(changeCompanyProfile(sample, change)).toEqual({
      ok: true,
      value: { profile: { ...sample, ...expected }, changedFields },
    });
  });

  it.each<[CompanyProfileChange, string, string]>([
    [{ name: '' }, 'name', 'REQUIRED'],
    [{ name: null }, 'name', 'REQUIRED'],
    [{ name: 'あ'.repeat(201) }, 'name', 'TOO_LONG'],
    [{ nameKana: 'Sample' }, 'nameKana', 'INVALID_KANA'],
    [{ corporateNumber: '7000012050003' }, 'corporateNumber', 'INVALID_CORPORATE_NUMBER'],
    [{ annualRevenueYen: -1 }, 'annualRevenueYen', 'OUT_OF_RANGE'],
    [{ annualRevenueYen: 1.5 }, 'annualRevenueYen', 'OUT_OF_RANGE'],
    [{ annualRevenueYen: MAX_ANNUAL_REVENUE_YEN + 1 }, 'annualRevenueYen', 'OUT_OF_RANGE'],
    [{ employeeCount: -3 }, 'employeeCount', 'OUT_OF_RANGE'],
    [{ employeeCount: 10_000_001 }, 'employeeCount', 'OUT_OF_RANGE'],
    [{ currentRatio: -0.01 }, 'currentRatio', 'OUT_OF_RANGE'],
    [{ currentRatio: 1000.5 }, 'currentRatio', 'OUT_OF_RANGE'],
    [{ currentRatio: Number.NaN }, 'currentRatio', 'OUT_OF_RANGE'],
  ])('refuses %j', (change, field, code) => {
    const result = changeCompanyProfile(sample, change);
    expect(result.ok ? [] : result.error).toEqual([expect.objectContaining({ code, field })]);
  });

  it('reports every problem at once', () => {
    const result = changeCompanyProfile(sample, {
      name: '',
      corporateNumber: '123',
      employeeCount: -1,
    });
    expect(result.ok ? [] : result.error.map((e) => e.field)).toEqual([
      'name',
      'corporateNumber',
      'employeeCount',
    ]);
  });

  it('accepts the largest revenue exactly', () => {
    const result = changeCompanyProfile(sample, { annualRevenueYen: MAX_ANNUAL_REVENUE_YEN });
    expect(result.ok && result.value.profile.annualRevenueYen).toBe(MAX_ANNUAL_REVENUE_YEN);
  });
});

describe('labels', () => {
  it.each(ENGAGEMENT_LEVELS)('engagement %s reads in ja and en', (level) => {
    expect(ENGAGEMENT_LABELS[level].ja).toMatch(/[ぁ-んァ-ン一-龯]/);
    expect(ENGAGEMENT_LABELS[level].en).toMatch(/^[\x20-\x7e]+$/);
  });

  it('covers the 20 JSIC divisions A–T, each once', () => {
    expect(INDUSTRIES.map((i) => INDUSTRY_LABELS[i].jsic).join('')).toBe('ABCDEFGHIJKLMNOPQRST');
    for (const i of INDUSTRIES) expect(INDUSTRY_LABELS[i].ja).toMatch(/[ぁ-んァ-ン一-龯]/);
  });
});
