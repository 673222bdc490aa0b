import { corporateNumberCheckDigit } from '@kizuna/domain';
import type { TestServer } from './test-server';

let sequence = 0;

/** A valid, unique-per-run corporate number. */
export function corporateNumber(): string {
  sequence += 1;
  const base = `9${String(Date.now() % 1e6).padStart(6, '0')}${String(sequence).padStart(5, '0')}`;
  return `${corporateNumberCheckDigit(base)}${base}`;
}

export const START_TRIAL = `
  mutation StartTrial($input: StartTrialInput!) {
    startTrial(input: $input) {
      customer {
        id name nameKana corporateNumber stage trialStartedAt trialEndsAt isTrialExpired trialDaysLeft
        subscription { status plan { code } options { code kind factorCategory } }
        mfaPolicy { isMultiFactor methods { code category } }
      }
      userErrors { code field message messageJa messageEn }
    }
  }`;

export function trialInput(
  overrides: Record<string, unknown> = {},
  contact: Record<string, unknown> = {},
) {
  sequence += 1;
  return {
    name: `株式会社テスト${sequence}`,
    nameKana: `かぶしきがいしゃてすと`,
    corporateNumber: corporateNumber(),
    ...overrides,
    contact: {
      familyName: '山田',
      givenName: '太郎',
      familyNameKana: 'ヤマダ',
      givenNameKana: 'タロウ',
      email: `taro${sequence}@example.co.jp`,
      phone: '03-1234-5678',
      ...contact,
    },
  };
}

/** Start a trial through the API as an operator; returns the new customer. */
export async function createTrialCustomer(
  server: TestServer,
  overrides: Record<string, unknown> = {},
) {
  const token = await server.loginAs('operator1@kizuna.example');
  const res = await server.gql(START_TRIAL, { input: trialInput(overrides) }, { token });
  const payload = res.data?.startTrial;
  if (!payload?.customer) throw new Error(`startTrial failed: ${JSON.stringify(res)}`);
  return payload.customer as { id: string; name: string; corporateNumber: string };
}
