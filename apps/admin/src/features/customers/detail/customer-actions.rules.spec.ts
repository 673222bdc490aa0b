import {
  checkReason,
  checkSecondTrial,
  checkTrialExtension,
  customerActionFor,
  trialExtensionAllowance,
  type CustomerAction,
} from './customer-actions.rules';

const at = '2025-04-01T00:00:00.000Z';
const lead = { stage: 'LEAD', trialStartedAt: null, trialExpiredAt: null, isTrialExpired: false };
const expiredLead = { stage: 'LEAD', trialStartedAt: at, trialExpiredAt: at, isTrialExpired: true };
const trial = { stage: 'TRIAL', trialStartedAt: at, trialExpiredAt: null, isTrialExpired: false };

describe('customerActionFor', () => {
  it.each<[string, Parameters<typeof customerActionFor>[0], CustomerAction | null]>([
    ['a lead that never had a trial', { ...lead, stage: 'LEAD' }, 'START_TRIAL'],
    ['a lead whose trial expired', { ...expiredLead, stage: 'LEAD' }, 'SECOND_TRIAL'],
    ['a trial', { ...trial, stage: 'TRIAL' }, 'TRIAL_EXTENSION'],
    ['an active customer', { ...trial, stage: 'ACTIVE' }, null],
    ['a churned customer', { ...trial, stage: 'CHURNED' }, 'REACTIVATION'],
    ['an erased customer', { ...lead, stage: 'ERASED' }, null],
  ])('%s → %s', (_, customer, action) => {
    expect(customerActionFor(customer)).toBe(action);
  });
});

describe('trial extension', () => {
  it.each([
    [0, 30],
    [10, 20],
    [30, 0],
    [35, 0],
  ])('%i days used leave %i', (used, left) => {
    expect(trialExtensionAllowance(used)).toBe(left);
  });

  const running = (used: number) => ({
    stage: 'TRIAL' as const,
    trialEndsAt: '2025-05-01T00:00:00.000Z',
    trialExtendedDays: used,
  });
  it.each<[string, { days?: number | null; reason?: string }, number, string[]]>([
    ['valid', { days: 7, reason: '稟議に時間がかかる' }, 0, []],
    ['the whole remaining allowance', { days: 20, reason: 'x' }, 10, []],
    ['nothing', {}, 0, ['REQUIRED:days', 'REQUIRED:reason']],
    ['zero days', { days: 0, reason: 'x' }, 0, ['OUT_OF_RANGE:days']],
    ['a fraction', { days: 1.5, reason: 'x' }, 0, ['OUT_OF_RANGE:days']],
    ['beyond the allowance', { days: 21, reason: 'x' }, 10, ['TRIAL_EXTENSION_LIMIT:days']],
    ['a blank reason', { days: 3, reason: '   ' }, 0, ['REQUIRED:reason']],
  ])('%s', (_, values, used, expected) => {
    expect(checkTrialExtension(values, running(used)).map((e) => `${e.code}:${e.field}`)).toEqual(
      expected,
    );
  });

  it('names the limit in the refusal', () => {
    expect(checkTrialExtension({ days: 25, reason: 'x' }, running(10))[0]?.message.ja).toBe(
      'トライアルの延長は合計30日までです（延長済み10日）。',
    );
  });
});

describe('reasons', () => {
  it('requires a reason to withdraw', () => {
    expect(checkReason({ reason: ' ' }).map((e) => e.code)).toEqual(['REQUIRED']);
    expect(checkReason({ reason: '理由' })).toEqual([]);
  });

  it('asks a second trial for a lead whose trial ended, with a reason', () => {
    expect(checkSecondTrial({ reason: '予算確保' }, { ...expiredLead, stage: 'LEAD' })).toEqual([]);
    expect(checkSecondTrial({ reason: '' }, { ...lead, stage: 'LEAD' }).map((e) => e.code)).toEqual(
      ['TRIAL_NOT_EXPIRED', 'REQUIRED'],
    );
  });
});
