import type { DataSource, EntityManager } from 'typeorm';
import {
  canTransition,
  DEFAULT_CONTRACT_TERM,
  isoDateJst,
  PROVISIONING_TRANSITIONS,
  previewProvisioning,
  setsContractTerm,
  userError,
  validateProvisioningDraft,
  validateSecondTrial,
  validateTrialExtension,
  type ChurnReason,
  type Clock,
  type ContractTerm,
  type ProvisioningKind,
  type UserErrorData,
} from '@kizuna/domain';
import { hasActivePlan, trialContract } from '../customers/trial-contract';
import type { Actor } from '../../graphql/context';
import { recordAudit } from '../audit/audit.service';
import { recordRequestEvent } from './provisioning-events';
import { addRequestEvent, findRequestForUpdate } from './provisioning-store';
import { loadCatalog, loadSubscriptionState, type SubscriptionState } from './subscription-state';

const UNIQUE_VIOLATION = '23505';
const MAX_NOTE = 2000;

/** What a maker asks for; which fields matter depends on the kind. */
export interface DraftInput {
  planCode?: string | null;
  optionCodes?: readonly string[] | null;
  /** Contract changes: the date it takes effect. Trial extension / second trial: today. */
  effectiveDate?: string | null;
  churnReason?: ChurnReason | null;
  churnNote?: string | null;
  /** TRIAL_EXTENSION */
  trialExtensionDays?: number | null;
  /** CONVERSION, REACTIVATION: the new contract's term (omitted: MONTHLY). */
  contractTerm?: ContractTerm | null;
  /** The maker's note: why (trial extension, second trial) or what was corrected (resubmission). */
  note?: string | null;
}

export type DraftOutcome = { ok: true; requestId: string } | { ok: false; errors: UserErrorData[] };

type ContractKind = Exclude<ProvisioningKind, 'TRIAL_EXTENSION' | 'SECOND_TRIAL'>;

/** The subscription a contract change asks for, from the kind and the current state. */
function proposalFor(kind: ContractKind, input: DraftInput, state: SubscriptionState) {
  const current = state.subscription;
  switch (kind) {
    case 'CONVERSION':
    case 'REACTIVATION':
      return { planCode: input.planCode ?? null, optionCodes: [...(input.optionCodes ?? [])] };
    case 'PLAN_CHANGE':
      return { planCode: input.planCode ?? null, optionCodes: [...(current?.optionCodes ?? [])] };
    case 'OPTION_CHANGE':
      return { planCode: current?.planCode ?? null, optionCodes: [...(input.optionCodes ?? [])] };
    case 'CANCELLATION':
    case 'ERASURE':
    case 'SERVICE_CREDIT': // never drafted: raised by recordAvailability
      return { planCode: null, optionCodes: [] };
  }
}

const currentOf = (state: SubscriptionState) =>
  state.subscription && {
    planCode: state.subscription.planCode,
    optionCodes: state.subscription.optionCodes,
    isTrial: state.subscription.status === 'TRIAL',
    status: state.subscription.status,
  };

/** The columns a request stores besides its kind, customer and maker. */
interface DraftValues {
  planCode: string | null;
  optionCodes: readonly string[];
  effectiveDate: string;
  churnReason: ChurnReason | null;
  churnNote: string | null;
  trialExtensionDays: number | null;
  trialEndsOn: string | null;
  note: string | null;
  preview: unknown;
  /** Stored for the kinds that start a contract (the default when none was given), else null. */
  contractTerm: ContractTerm | null;
}

type Validated = { ok: true; value: DraftValues } | { ok: false; error: UserErrorData[] };

/** Validate against the domain rules and compute the preview, or say why not. */
async function validate(
  m: EntityManager,
  kind: ProvisioningKind,
  input: DraftInput,
  state: SubscriptionState,
  now: Date,
): Promise<Validated> {
  const catalog = await loadCatalog(m);
  const current = currentOf(state);
  const note = input.note?.trim() || null;
  if (note && note.length > MAX_NOTE)
    return { ok: false, error: [userError('TOO_LONG', 'note', { max: MAX_NOTE })] };
  if (kind === 'TRIAL_EXTENSION' || kind === 'SECOND_TRIAL') {
    const today = isoDateJst(now);
    const days = input.trialExtensionDays ?? 0;
    const extension =
      kind === 'TRIAL_EXTENSION' ? validateTrialExtension(state, days, input.note ?? '') : null;
    if (extension && !extension.ok) return extension;
    const secondTrial = kind === 'SECOND_TRIAL' ? validateSecondTrial(state, input.note ?? '') : [];
    if (secondTrial.length > 0) return { ok: false, error: secondTrial };
    if (kind === 'SECOND_TRIAL' && !(await hasActivePlan(m)))
      return { ok: false, error: [userError('NO_ACTIVE_PLAN', null)] };
    const proposal =
      kind === 'SECOND_TRIAL'
        ? await trialContract(m)
        : { planCode: current?.planCode ?? '', optionCodes: current?.optionCodes ?? [] };
    const preview = previewProvisioning({ kind, current, proposal, catalog });
    if (!preview.ok) return preview;
    return {
      ok: true,
      value: {
        planCode: proposal.planCode,
        optionCodes: proposal.optionCodes,
        effectiveDate: today,
        churnReason: null,
        churnNote: null,
        trialExtensionDays: extension ? days : null,
        trialEndsOn: extension?.ok ? extension.value.trialEndsOn : null,
        note,
        preview: preview.value,
        contractTerm: null,
      },
    };
  }
  const proposal = proposalFor(kind, input, state);
  const checked = validateProvisioningDraft({
    kind,
    stage: state.stage,
    current,
    proposal: {
      ...proposal,
      effectiveDate: input.effectiveDate ?? '',
      churnReason: input.churnReason ?? null,
      churnNote: input.churnNote ?? null,
      contractTerm: input.contractTerm ?? null,
    },
    catalog,
    today: now,
  });
  if (!checked.ok) return checked;
  const preview = previewProvisioning({
    kind,
    current,
    proposal: { ...proposal, effectiveDate: checked.value.effectiveDate },
    catalog,
  });
  if (!preview.ok) return preview;
  return {
    ok: true,
    value: {
      ...proposal,
      effectiveDate: checked.value.effectiveDate,
      churnReason: input.churnReason ?? null,
      churnNote: input.churnNote?.trim() || null,
      trialExtensionDays: null,
      trialEndsOn: null,
      note,
      preview: preview.value,
      contractTerm: setsContractTerm(kind) ? (input.contractTerm ?? DEFAULT_CONTRACT_TERM) : null,
    },
  };
}

/** Draft a new request (maker). One open request per customer; the check comes later. */
export async function submitRequest(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  kind: ProvisioningKind,
  customerId: string | null,
  input: DraftInput,
  clock: Clock,
): Promise<DraftOutcome> {
  if (!customerId) return { ok: false, errors: [userError('NOT_FOUND', 'customerId')] };
  try {
    return await dataSource.transaction(async (m): Promise<DraftOutcome> => {
      const state = await loadSubscriptionState(m, customerId, { lock: true });
      if (!state) return { ok: false, errors: [userError('NOT_FOUND', 'customerId')] };
      const [open] = await m.query(
        // Service credits change no contract: they do not hold up the customer's changes.
        `SELECT id FROM provisioning_request
          WHERE customer_id = $1 AND status IN ('PENDING_CHECK','RETURNED') AND kind <> 'SERVICE_CREDIT'`,
        [customerId],
      );
      if (open) return { ok: false, errors: [userError('DUPLICATE_PENDING', 'customerId')] };
      // A second change of the same kind waiting for a date would fail as stale on the first's.
      const [scheduled]: { effective_date: string }[] = await m.query(
        `SELECT to_char(effective_date, 'YYYY-MM-DD') AS effective_date FROM provisioning_request
          WHERE customer_id = $1 AND status = 'SCHEDULED' AND kind = $2`,
        [customerId, kind],
      );
      if (scheduled)
        return {
          ok: false,
          errors: [
            userError('SCHEDULED_CHANGE_EXISTS', 'customerId', { value: scheduled.effective_date }),
          ],
        };
      const now = clock.now();
      const valid = await validate(m, kind, input, state, now);
      if (!valid.ok) return { ok: false, errors: valid.error };
      const v = valid.value;
      const [row] = await m.query(
        `INSERT INTO provisioning_request (kind, status, customer_id, maker_id, plan_code, option_codes, effective_date,
                                           churn_reason, churn_note, base_subscription_version, preview,
                                           trial_extension_days, trial_ends_on, maker_note, contract_term)
         VALUES ($1, 'PENDING_CHECK', $2, $3, $4, $5, $6, $7, $8, $9, $10, $11, $12, $13, $14) RETURNING id`,
        [
          kind,
          customerId,
          actor.id,
          v.planCode,
          [...v.optionCodes].sort(),
          v.effectiveDate,
          v.churnReason,
          v.churnNote,
          state.subscription?.version ?? null,
          JSON.stringify(v.preview),
          v.trialExtensionDays,
          v.trialEndsOn,
          v.note,
          v.contractTerm,
        ],
      );
      const request = { id: row.id as string, version: 1 };
      await addRequestEvent(m, request, actor, 'SUBMITTED', {});
      await recordRequestEvent(
        m,
        'provisioning_request.submitted',
        { ...request, customerId, kind, effectiveDate: v.effectiveDate },
        now,
      );
      await recordAudit(m, {
        actor,
        requestId: auditRequestId,
        action: 'provisioningRequest.submitted',
        entityType: 'ProvisioningRequest',
        entityId: request.id,
        before: null,
        // Not the proposed values: checkers may read the audit trail before their blind check.
        after: { kind, status: 'PENDING_CHECK', version: 1, customerId },
      });
      return { ok: true, requestId: request.id };
    });
  } catch (e) {
    // Two makers drafting for one customer at once: the partial unique index decides.
    if ((e as { code?: string }).code === UNIQUE_VIOLATION)
      return { ok: false, errors: [userError('DUPLICATE_PENDING', 'customerId')] };
    throw e;
  }
}

/** The maker corrects a RETURNED request: a new version goes back to the check queue. */
export async function resubmitRequest(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  requestId: string,
  version: number,
  changes: Partial<DraftInput>,
  clock: Clock,
): Promise<DraftOutcome> {
  return dataSource.transaction(async (m): Promise<DraftOutcome> => {
    const request = await findRequestForUpdate(m, requestId);
    if (!request) return { ok: false, errors: [userError('NOT_FOUND', 'requestId')] };
    if (request.makerId !== actor.id)
      return { ok: false, errors: [userError('FORBIDDEN', 'requestId')] };
    if (!canTransition(PROVISIONING_TRANSITIONS, request.status, 'PENDING_CHECK')) {
      return { ok: false, errors: [userError('NOT_PENDING', 'requestId')] };
    }
    if (version !== request.version)
      return { ok: false, errors: [userError('STALE_VERSION', 'version')] };
    const state = await loadSubscriptionState(m, request.customerId, { lock: true });
    if (!state) return { ok: false, errors: [userError('NOT_FOUND', 'customerId')] };
    const input: DraftInput = {
      planCode: changes.planCode !== undefined ? changes.planCode : request.planCode,
      optionCodes: changes.optionCodes ?? request.optionCodes,
      effectiveDate: changes.effectiveDate ?? request.effectiveDate,
      churnReason:
        changes.churnReason !== undefined
          ? changes.churnReason
          : (request.churnReason as ChurnReason | null),
      churnNote: changes.churnNote !== undefined ? changes.churnNote : request.churnNote,
      trialExtensionDays: changes.trialExtensionDays ?? request.trialExtensionDays,
      contractTerm:
        changes.contractTerm !== undefined ? changes.contractTerm : request.contractTerm,
      // A resubmission may explain the correction; trial requests keep their reason otherwise.
      note: changes.note ?? request.makerNote,
    };
    const now = clock.now();
    // A service credit's values were computed, not typed: it goes back to the check as it was.
    const valid =
      request.kind === 'SERVICE_CREDIT'
        ? { ok: true as const, value: { ...request, note: input.note?.trim() || null } }
        : await validate(m, request.kind, input, state, now);
    if (!valid.ok) return { ok: false, errors: valid.error };
    const v = valid.value;
    const nextVersion = request.version + 1;
    await m.query(
      `UPDATE provisioning_request
          SET status = 'PENDING_CHECK', version = $2, plan_code = $3, option_codes = $4, effective_date = $5,
              churn_reason = $6, churn_note = $7, base_subscription_version = $8, preview = $9,
              trial_extension_days = $10, trial_ends_on = $11, maker_note = $12, contract_term = $13,
              checker_id = NULL, decision_reason = NULL, updated_at = now()
        WHERE id = $1`,
      [
        request.id,
        nextVersion,
        v.planCode,
        [...v.optionCodes].sort(),
        v.effectiveDate,
        v.churnReason,
        v.churnNote,
        state.subscription?.version ?? null,
        JSON.stringify(v.preview),
        v.trialExtensionDays,
        v.trialEndsOn,
        v.note,
        v.contractTerm,
      ],
    );
    const note = changes.note?.trim() || null;
    await addRequestEvent(
      m,
      { id: request.id, version: nextVersion },
      actor,
      'RESUBMITTED',
      note ? { note } : {},
    );
    await recordRequestEvent(
      m,
      'provisioning_request.submitted',
      { ...request, version: nextVersion, effectiveDate: v.effectiveDate },
      now,
    );
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'provisioningRequest.resubmitted',
      entityType: 'ProvisioningRequest',
      entityId: request.id,
      before: { status: request.status, version: request.version },
      after: { status: 'PENDING_CHECK', version: nextVersion },
    });
    return { ok: true, requestId: request.id };
  });
}

/** The maker takes back a pending or returned request. */
export async function withdrawRequest(
  dataSource: DataSource,
  actor: Actor,
  auditRequestId: string,
  requestId: string,
  clock: Clock,
): Promise<DraftOutcome> {
  return dataSource.transaction(async (m): Promise<DraftOutcome> => {
    const request = await findRequestForUpdate(m, requestId);
    if (!request) return { ok: false, errors: [userError('NOT_FOUND', 'requestId')] };
    if (request.makerId !== actor.id)
      return { ok: false, errors: [userError('FORBIDDEN', 'requestId')] };
    // A SCHEDULED request was approved: taking it back needs a second person (scheduled-withdrawal).
    if (
      request.status === 'SCHEDULED' ||
      !canTransition(PROVISIONING_TRANSITIONS, request.status, 'WITHDRAWN')
    ) {
      return { ok: false, errors: [userError('NOT_PENDING', 'requestId')] };
    }
    await m.query(
      `UPDATE provisioning_request SET status = 'WITHDRAWN', decided_at = now(), updated_at = now() WHERE id = $1`,
      [request.id],
    );
    await addRequestEvent(m, request, actor, 'WITHDRAWN', {});
    await recordRequestEvent(m, 'provisioning_request.withdrawn', request, clock.now());
    await recordAudit(m, {
      actor,
      requestId: auditRequestId,
      action: 'provisioningRequest.withdrawn',
      entityType: 'ProvisioningRequest',
      entityId: request.id,
      before: { status: request.status, version: request.version },
      after: { status: 'WITHDRAWN', version: request.version },
    });
    return { ok: true, requestId: request.id };
  });
}
