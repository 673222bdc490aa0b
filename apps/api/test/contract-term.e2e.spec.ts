import { ManualClock } from '@kizuna/domain';
import { runDueContractWork } from '../src/features/contract-time/contract-time.worker';
import { createTrialCustomer } from './helpers/factories';
import { REQUEST_CANCELLATION, RETURN } from './helpers/provisioning';
import { startTestServer, type LooseData, type TestServer } from './helpers/test-server';

/**
 * The contract term on requests (ADR 0018): a conversion or reactivation states it, the checker
 * re-enters it blind, and it is applied with the change — Subscription.contractTerm, renewsAt,
 * renewalAmount and the fee history follow. STANDARD 1,490 + MFA_TOTP 200 = 1,690 (税抜).
 */
const clock = new ManualClock('2027-04-10T09:00:00+09:00');
let server: TestServer;
let operator: string;
let checker1: string;
let checker2: string;
const MFA = ['MFA_PASSWORD', 'MFA_TOTP'];

const PAYLOAD = `request { id status version proposal { contractTerm planCode } customer { id } }
  userErrors { code field }`;
const CONVERT = `mutation ($input: RequestConversionInput!) { requestConversion(input: $input) { ${PAYLOAD} } }`;
const REACTIVATE = `mutation ($input: RequestReactivationInput!) { requestReactivation(input: $input) { ${PAYLOAD} } }`;
const REQUEST_PLAN_CHANGE = `mutation ($input: RequestPlanChangeInput!) { requestPlanChange(input: $input) { ${PAYLOAD} } }`;
const RESUBMIT = `mutation ($input: ResubmitProvisioningRequestInput!) { resubmitProvisioningRequest(input: $input) { ${PAYLOAD} } }`;
const APPROVE = `mutation ($input: ApproveProvisioningRequestInput!) {
  approveProvisioningRequest(input: $input) { mismatchedFields ${PAYLOAD} } }`;
const CONTRACT = `query ($id: ID!) { customer(id: $id) { stage subscription {
  status contractTerm renewsAt renewalAmount { excludingTax tax includingTax }
  feeHistory { effectiveFrom effectiveTo status planCode optionCodes contractTerm changeKind
    monthlyFee { excludingTax tax includingTax } } } } }`;
const NEAR_MISSES = `query ($customerId: ID!) { nearMisses(first: 5, filter: { customerId: $customerId }) {
  edges { node { fields makerValues { contractTerm } checkerValues { contractTerm } } } } }`;

const day = (date: string) => clock.set(`${date}T09:00:00+09:00`);

async function gqlOk(query: string, variables: LooseData, token: string): Promise<LooseData> {
  const res = await server.gql(query, variables, { token });
  expect(res.errors).toBeUndefined();
  return res.data!;
}

async function contractOf(customerId: string) {
  return (await gqlOk(CONTRACT, { id: customerId }, operator)).customer;
}

async function approve(
  request: { id: string; version: number },
  confirmation: LooseData,
  token = checker1,
) {
  return (
    await gqlOk(
      APPROVE,
      { input: { requestId: request.id, version: request.version, confirmation } },
      token,
    )
  ).approveProvisioningRequest;
}

/** A conversion to STANDARD + MFA dated `effectiveDate`, with or without a term. */
async function convert(customerId: string, effectiveDate: string, contractTerm?: string) {
  const input = { customerId, planCode: 'STANDARD', optionCodes: MFA, effectiveDate, contractTerm };
  const payload = (await gqlOk(CONVERT, { input }, operator)).requestConversion;
  expect(payload.userErrors).toEqual([]);
  return payload.request;
}

const contract = (effectiveDate: string, contractTerm?: string) => ({
  planCode: 'STANDARD',
  optionCodes: MFA,
  effectiveDate,
  ...(contractTerm ? { contractTerm } : {}),
});

beforeAll(async () => {
  server = await startTestServer({ clock });
  operator = await server.loginAs('operator1@kizuna.example');
  checker1 = await server.loginAs('checker1@kizuna.example');
  checker2 = await server.loginAs('checker2@kizuna.example');
}, 60_000);
afterAll(() => server.close());
beforeEach(() => day('2027-04-10'));

describe('an annual conversion', () => {
  it('is proposed, re-entered blind (a wrong term is a near-miss), and applied with renewal and fee history', async () => {
    const customer = await createTrialCustomer(server);
    const request = await convert(customer.id, '2027-04-10', 'ANNUAL');
    expect(request.proposal).toEqual({ contractTerm: 'ANNUAL', planCode: 'STANDARD' });
    // The checker does not see it before the check.
    const hidden = await gqlOk(
      `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest { proposal { contractTerm } } } }`,
      { id: request.id },
      checker1,
    );
    expect(hidden.node.proposal).toBeNull();

    // checker1 re-enters everything but the term right (no term sent is MONTHLY): returned.
    const mismatch = await approve(request, contract('2027-04-10'));
    expect(mismatch.mismatchedFields).toEqual(['contractTerm']);
    expect(mismatch.request.status).toBe('RETURNED');
    const nearMisses = await gqlOk(NEAR_MISSES, { customerId: customer.id }, operator);
    expect(nearMisses.nearMisses.edges.map((e: LooseData) => e.node)).toEqual([
      {
        fields: ['contractTerm'],
        makerValues: { contractTerm: 'ANNUAL' },
        checkerValues: { contractTerm: 'MONTHLY' },
      },
    ]);
    // Still a trial, still the default term.
    expect((await contractOf(customer.id)).subscription).toMatchObject({
      status: 'TRIAL',
      contractTerm: 'MONTHLY',
      renewsAt: null,
    });

    // The maker confirms the customer's order unchanged; checker2 re-enters ANNUAL: applied.
    const resubmitted = (
      await gqlOk(
        RESUBMIT,
        { input: { requestId: request.id, version: 1, note: '申込書は年契約です。' } },
        operator,
      )
    ).resubmitProvisioningRequest;
    expect(resubmitted.userErrors).toEqual([]);
    expect(resubmitted.request.proposal.contractTerm).toBe('ANNUAL');
    const applied = await approve(
      { id: request.id, version: 2 },
      contract('2027/4/10', 'ANNUAL'),
      checker2,
    );
    expect(applied.userErrors).toEqual([]);
    expect(applied.request.status).toBe('APPLIED');

    const { subscription } = await contractOf(customer.id);
    expect(subscription).toMatchObject({
      status: 'ACTIVE',
      contractTerm: 'ANNUAL',
      renewsAt: '2028-04-10',
      // 1,690 × 12 = 20,280, taxed once: 2,028.
      renewalAmount: { excludingTax: 20_280, tax: 2_028, includingTax: 22_308 },
    });
    expect(subscription.feeHistory).toEqual([
      {
        effectiveFrom: '2027-04-10',
        effectiveTo: null,
        status: 'ACTIVE',
        planCode: 'STANDARD',
        optionCodes: MFA,
        contractTerm: 'ANNUAL',
        changeKind: 'CONVERSION',
        monthlyFee: { excludingTax: 1_690, tax: 169, includingTax: 1_859 },
      },
      {
        effectiveFrom: '2027-04-10',
        effectiveTo: '2027-04-10',
        status: 'TRIAL',
        planCode: expect.any(String),
        optionCodes: expect.any(Array),
        contractTerm: 'MONTHLY',
        changeKind: 'TRIAL_STARTED',
        monthlyFee: { excludingTax: 0, tax: 0, includingTax: 0 },
      },
    ]);

    // A plan change keeps the contract's term: its fee row is ANNUAL too, and so is the renewal.
    const planChange = (
      await gqlOk(
        REQUEST_PLAN_CHANGE,
        { input: { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: '2027-04-10' } },
        operator,
      )
    ).requestPlanChange.request;
    expect(planChange.proposal.contractTerm).toBeNull();
    const changed = await approve(planChange, {
      planCode: 'PREMIUM',
      optionCodes: MFA,
      effectiveDate: '2027-04-10',
    });
    expect(changed.userErrors).toEqual([]);
    const after = (await contractOf(customer.id)).subscription;
    expect(after.contractTerm).toBe('ANNUAL');
    expect(after.renewsAt).toBe('2028-04-10');
    // PREMIUM 1,980 + TOTP 200 = 2,180 a month, × 12 = 26,160.
    expect(after.renewalAmount.excludingTax).toBe(26_160);
    expect(after.feeHistory[0]).toMatchObject({
      planCode: 'PREMIUM',
      contractTerm: 'ANNUAL',
      changeKind: 'PLAN_CHANGE',
      monthlyFee: { excludingTax: 2_180 },
    });
  });

  it('dated later keeps its term until the scheduler applies it at 00:00 JST of its date', async () => {
    const customer = await createTrialCustomer(server);
    const request = await convert(customer.id, '2027-04-15', 'ANNUAL');
    const scheduled = await approve(request, contract('2027-04-15', 'ANNUAL'));
    expect(scheduled.request.status).toBe('SCHEDULED');
    expect((await contractOf(customer.id)).subscription.contractTerm).toBe('MONTHLY');

    clock.set('2027-04-15T00:00:30+09:00');
    await runDueContractWork(server.db.dataSource, clock);
    const { subscription } = await contractOf(customer.id);
    expect(subscription).toMatchObject({
      status: 'ACTIVE',
      contractTerm: 'ANNUAL',
      renewsAt: '2028-04-15',
    });
    expect(subscription.feeHistory[0]).toMatchObject({
      effectiveFrom: '2027-04-15',
      contractTerm: 'ANNUAL',
    });
  });
});

describe('without a term', () => {
  it('a conversion is MONTHLY, and a checker who sends no term (a client older than terms) matches it', async () => {
    const customer = await createTrialCustomer(server);
    const request = await convert(customer.id, '2027-04-10');
    expect(request.proposal.contractTerm).toBe('MONTHLY');
    const applied = await approve(request, contract('2027-04-10'));
    expect(applied.userErrors).toEqual([]);
    const { subscription } = await contractOf(customer.id);
    expect(subscription).toMatchObject({
      contractTerm: 'MONTHLY',
      renewsAt: '2027-05-10',
      renewalAmount: { excludingTax: 1_690, tax: 169, includingTax: 1_859 },
    });
    expect(subscription.feeHistory[0].contractTerm).toBe('MONTHLY');
  });

  it('a checker who re-enters ANNUAL for a monthly conversion is a mismatch', async () => {
    const customer = await createTrialCustomer(server);
    const request = await convert(customer.id, '2027-04-10', 'MONTHLY');
    const mismatch = await approve(request, contract('2027-04-10', 'ANNUAL'));
    expect(mismatch.mismatchedFields).toEqual(['contractTerm']);
  });
});

describe('a reactivation', () => {
  it('starts a new contract with its own term, not the churned one’s', async () => {
    const customer = await createTrialCustomer(server);
    await approve(
      await convert(customer.id, '2027-04-10', 'ANNUAL'),
      contract('2027-04-10', 'ANNUAL'),
    );
    const cancellation = (
      await gqlOk(
        REQUEST_CANCELLATION,
        { input: { customerId: customer.id, churnReason: 'PRICE', effectiveDate: '2027-04-10' } },
        operator,
      )
    ).requestCancellation.request;
    await approve(cancellation, { effectiveDate: '2027-04-10' });
    expect((await contractOf(customer.id)).stage).toBe('CHURNED');

    day('2027-06-03');
    const reactivation = (
      await gqlOk(
        REACTIVATE,
        {
          input: {
            customerId: customer.id,
            planCode: 'STANDARD',
            optionCodes: MFA,
            effectiveDate: '2027-06-03',
          },
        },
        operator,
      )
    ).requestReactivation;
    expect(reactivation.userErrors).toEqual([]);
    expect(reactivation.request.proposal.contractTerm).toBe('MONTHLY');
    // The old contract's term is no answer: the checker re-enters the new one.
    const mismatch = await approve(reactivation.request, contract('2027-06-03', 'ANNUAL'));
    expect(mismatch.mismatchedFields).toEqual(['contractTerm']);
    await gqlOk(RESUBMIT, { input: { requestId: reactivation.request.id, version: 1 } }, operator);
    const applied = await approve(
      { id: reactivation.request.id, version: 2 },
      contract('2027-06-03', 'MONTHLY'),
      checker2,
    );
    expect(applied.userErrors).toEqual([]);
    const { subscription } = await contractOf(customer.id);
    expect(subscription).toMatchObject({
      status: 'ACTIVE',
      contractTerm: 'MONTHLY',
      renewsAt: '2027-07-03',
    });
    expect(
      subscription.feeHistory.map((f: LooseData) => [f.effectiveFrom, f.status, f.contractTerm]),
    ).toEqual([
      ['2027-06-03', 'ACTIVE', 'MONTHLY'],
      ['2027-04-10', 'CANCELLED', 'ANNUAL'],
      ['2027-04-10', 'ACTIVE', 'ANNUAL'],
      ['2027-04-10', 'TRIAL', 'MONTHLY'],
    ]);
  });
});

describe('a running contract keeps its term', () => {
  it('refuses a term on a corrected plan change', async () => {
    const customer = await createTrialCustomer(server);
    await approve(await convert(customer.id, '2027-04-10'), contract('2027-04-10'));
    const planChange = (
      await gqlOk(
        REQUEST_PLAN_CHANGE,
        { input: { customerId: customer.id, planCode: 'PREMIUM', effectiveDate: '2027-04-10' } },
        operator,
      )
    ).requestPlanChange.request;
    await gqlOk(
      RETURN,
      { input: { requestId: planChange.id, reason: '年契約の希望あり' } },
      checker1,
    );
    const resubmitted = (
      await gqlOk(
        RESUBMIT,
        { input: { requestId: planChange.id, version: 1, contractTerm: 'ANNUAL' } },
        operator,
      )
    ).resubmitProvisioningRequest;
    expect(resubmitted.userErrors).toEqual([
      { code: 'CONTRACT_TERM_NOT_ALLOWED', field: 'contractTerm' },
    ]);
    expect((await contractOf(customer.id)).subscription.contractTerm).toBe('MONTHLY');
  });
});
