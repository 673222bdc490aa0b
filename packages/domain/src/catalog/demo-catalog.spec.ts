import { validateCatalogOption } from './catalog.rules.js';
import { DEMO_CATALOG } from './demo-catalog.js';

describe('DEMO_CATALOG', () => {
  it.each([
    ['BASIC', 990, 'SD', 1, 99.9],
    ['STANDARD', 1490, 'HD', 2, 99.95],
    ['PREMIUM', 1980, 'UHD/4K', 4, 99.99],
  ])('%s costs %i yen, %s on %i device(s), SLA %d %%', (code, fee, quality, devices, sla) => {
    expect(DEMO_CATALOG.plans.find((p) => p.code === code)).toMatchObject({
      monthlyFeeYen: fee,
      limits: { quality, devices },
      slaTargetPercent: sla,
    });
  });

  it.each([
    ['MFA_PASSWORD', 'MFA', 'KNOWLEDGE', null],
    ['MFA_PIN', 'MFA', 'KNOWLEDGE', null],
    ['MFA_TOTP', 'MFA', 'POSSESSION', null],
    ['MFA_IC_CARD', 'MFA', 'POSSESSION', null],
    ['MFA_HARDWARE_KEY', 'MFA', 'POSSESSION', null],
    ['MFA_FINGERPRINT', 'MFA', 'INHERENCE', null],
    ['MFA_FACE', 'MFA', 'INHERENCE', null],
    ['STORAGE_50GB', 'STORAGE', null, 'STORAGE'],
    ['STORAGE_200GB', 'STORAGE', null, 'STORAGE'],
    ['STORAGE_2TB', 'STORAGE', null, 'STORAGE'],
    ['SSO_SAML', 'FEATURE', null, null],
    ['PRIORITY_SUPPORT', 'SUPPORT', null, null],
  ])(
    '%s is a %s option (%s, group %s), valid and named in ja and en',
    (code, kind, category, group) => {
      const option = DEMO_CATALOG.options.find((o) => o.code === code);
      expect(option).toMatchObject({
        kind,
        factorCategory: category,
        optionGroup: group,
        active: true,
      });
      expect(option && validateCatalogOption(option)).toEqual([]);
      expect(option?.nameJa).toMatch(/[ァ-ン一-龯]/);
      expect(option?.nameEn).toMatch(/^[\x20-\x7e]+$/);
    },
  );

  it('orders the plans by price', () => {
    const bySortOrder = [...DEMO_CATALOG.plans].sort((a, b) => a.sortOrder - b.sortOrder);
    expect(bySortOrder.map((p) => p.monthlyFeeYen)).toEqual([990, 1490, 1980]);
  });
});
