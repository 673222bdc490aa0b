import { isoDateJst, systemClock, type Clock } from '@kizuna/domain';
import type { TestServer } from './test-server';

export const REQUEST_FIELDS = `
  id kind status version decisionReason isMine
  maker { displayName } checker { displayName }
  customer { id stage }
  proposal { planCode optionCodes effectiveDate churnReason
    preview { planBefore planAfter kept removed added
      monthlyFeeBefore { excludingTax includingTax } monthlyFeeAfter { excludingTax tax includingTax } } }
  history { action version mismatchedFields reason actor { displayName } }`;

const payload = `request { ${REQUEST_FIELDS} } userErrors { code field message }`;

export const REQUEST_CONVERSION = `mutation ($input: RequestConversionInput!) { requestConversion(input: $input) { ${payload} } }`;
export const REQUEST_PLAN_CHANGE = `mutation ($input: RequestPlanChangeInput!) { requestPlanChange(input: $input) { ${payload} } }`;
export const REQUEST_OPTION_CHANGE = `mutation ($input: RequestOptionChangeInput!) { requestOptionChange(input: $input) { ${payload} } }`;
export const REQUEST_CANCELLATION = `mutation ($input: RequestCancellationInput!) { requestCancellation(input: $input) { ${payload} } }`;
export const APPROVE = `mutation ($input: ApproveProvisioningRequestInput!) {
  approveProvisioningRequest(input: $input) { mismatchedFields ${payload} } }`;
export const RETURN = `mutation ($input: ReturnProvisioningRequestInput!) { returnProvisioningRequest(input: $input) { ${payload} } }`;
export const REJECT = `mutation ($input: RejectProvisioningRequestInput!) { rejectProvisioningRequest(input: $input) { ${payload} } }`;
export const WITHDRAW = `mutation ($input: WithdrawProvisioningRequestInput!) { withdrawProvisioningRequest(input: $input) { ${payload} } }`;
export const RESUBMIT = `mutation ($input: ResubmitProvisioningRequestInput!) { resubmitProvisioningRequest(input: $input) { ${payload} } }`;
export const REQUEST = `query ($id: ID!) { node(id: $id) { ... on ProvisioningRequest { ${REQUEST_FIELDS} } } }`;
export const CUSTOMER_SUBSCRIPTION = `query ($id: ID!) { customer(id: $id) {
  stage version subscription { status version plan { code } options { code } } } }`;

/** Today in Tokyo, as YYYY-MM-DD: a request dated today applies at approval. */
export function today(clock: Clock = systemClock): string {
  return isoDateJst(clock.now());
}

/** Tomorrow in Tokyo, as YYYY-MM-DD: a request dated tomorrow is SCHEDULED at approval. */
export function tomorrow(clock: Clock = systemClock): string {
  return isoDateJst(new Date(clock.now().getTime() + 86_400_000));
}

/** The customer's subscription as the API shows it. */
export async function subscriptionOf(server: TestServer, token: string, customerId: string) {
  const res = await server.gql(CUSTOMER_SUBSCRIPTION, { id: customerId }, { token });
  const c = res.data?.customer;
  return {
    stage: c.stage as string,
    status: c.subscription?.status as string,
    version: c.subscription?.version as number,
    plan: c.subscription?.plan.code as string,
    options: (c.subscription?.options ?? [])
      .map((o: { code: string }) => o.code)
      .sort() as string[],
  };
}

/** Draft a conversion as operator1; returns the request. */
export async function draftConversion(
  server: TestServer,
  customerId: string,
  input: { planCode?: string; optionCodes?: string[]; effectiveDate?: string } = {},
  maker = 'operator1@kizuna.example',
) {
  const token = await server.loginAs(maker);
  const res = await server.gql(
    REQUEST_CONVERSION,
    {
      input: {
        customerId,
        planCode: input.planCode ?? 'STANDARD',
        optionCodes: input.optionCodes ?? ['MFA_PASSWORD', 'MFA_TOTP'],
        effectiveDate: input.effectiveDate ?? today(server.clock),
      },
    },
    { token },
  );
  const request = res.data?.requestConversion.request;
  if (!request) throw new Error(`requestConversion failed: ${JSON.stringify(res)}`);
  return request as { id: string; version: number };
}

/** Approve with a confirmation, as the given checker. */
export async function approve(
  server: TestServer,
  checker: string,
  request: { id: string; version: number },
  confirmation: { planCode: string | null; optionCodes: string[]; effectiveDate: string },
) {
  const token = await server.loginAs(checker);
  const res = await server.gql(
    APPROVE,
    { input: { requestId: request.id, version: request.version, confirmation } },
    { token },
  );
  if (!res.data) throw new Error(JSON.stringify(res));
  return res.data.approveProvisioningRequest;
}

/**
 * Convert a trial customer today (STANDARD with password and TOTP) and cancel it today, each
 * double-checked: the customer ends CHURNED with reason PRICE.
 */
export async function convertAndChurnToday(server: TestServer, customerId: string) {
  const date = today(server.clock);
  await approve(server, 'checker1@kizuna.example', await draftConversion(server, customerId), {
    planCode: 'STANDARD',
    optionCodes: ['MFA_PASSWORD', 'MFA_TOTP'],
    effectiveDate: date,
  });
  const maker = await server.loginAs('operator1@kizuna.example');
  const drafted = await server.gql(
    REQUEST_CANCELLATION,
    { input: { customerId, churnReason: 'PRICE', effectiveDate: date } },
    { token: maker },
  );
  const cancellation = drafted.data?.requestCancellation.request as { id: string; version: number };
  if (!cancellation) throw new Error(`requestCancellation failed: ${JSON.stringify(drafted)}`);
  const checker = await server.loginAs('checker1@kizuna.example');
  const res = await server.gql(
    APPROVE,
    { input: { requestId: cancellation.id, version: 1, confirmation: { effectiveDate: date } } },
    { token: checker },
  );
  const stage = res.data?.approveProvisioningRequest.request?.customer.stage;
  if (stage !== 'CHURNED') throw new Error(`cancellation not applied: ${JSON.stringify(res)}`);
}
