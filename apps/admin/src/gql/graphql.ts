/** Internal type. DO NOT USE DIRECTLY. */
type Exact<T extends { [key: string]: unknown }> = { [K in keyof T]: T[K] };
/** Internal type. DO NOT USE DIRECTLY. */
export type Incremental<T> =
  T | { [P in keyof T]?: P extends ' $fragmentName' | '__typename' ? T[P] : never };
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';
export type ActorKind = 'API_KEY' | 'STAFF';

/** A new contact person (not primary: make it so with setPrimaryContact). */
export type AddContactInput = {
  customerId: string | number;
  email: string;
  /** 姓 */
  familyName: string;
  /** セイ (katakana or hiragana) */
  familyNameKana?: string | null | undefined;
  /** 名 */
  givenName?: string | null | undefined;
  /** メイ (katakana or hiragana) */
  givenNameKana?: string | null | undefined;
  /** Japanese phone number, half- or full-width. */
  phone?: string | null | undefined;
  /** What the person does for the customer; left out or null: not known yet. */
  role?: ContactRole | null | undefined;
};

export type ApiKeyFilter = {
  /** Also list revoked keys (default false). */
  includeRevoked?: boolean | null | undefined;
};

export type ApproveProvisioningRequestInput = {
  confirmation: ProvisioningConfirmationInput;
  requestId: string | number;
  /** The version the checker saw. */
  version: number;
};

/** What is wrong at the first broken event (reason says it in English). */
export type AuditChainFault =
  | 'APPENDED_AFTER_HEAD_REMOVED'
  | 'HASH_MISMATCH'
  | 'HEAD_HMAC_INVALID'
  | 'HEAD_MISSING'
  | 'HMAC_MISMATCH'
  | 'HMAC_MISSING'
  | 'LINK_BROKEN'
  | 'NEWEST_REMOVED';

export type AuditEventFilter = {
  action?: string | null | undefined;
  /** Any of these actions (a group of them, as the console offers). */
  actions?: Array<string> | null | undefined;
  /** Global id of a staff member or API key. */
  actorId?: string | number | null | undefined;
  /** Global id of any entity (customer, request, …). */
  entityId?: string | number | null | undefined;
  /** From this day on, YYYY-MM-DD (Asia/Tokyo, from 00:00). */
  from?: string | null | undefined;
  /** Up to and including this day, YYYY-MM-DD (Asia/Tokyo, until 24:00). */
  to?: string | null | undefined;
};

/** REASON and PLAN (the plan the cancellation ended) over the whole filter period; MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (KIZUNA_FISCAL_YEAR_START_MONTH, April by default). */
export type ChurnGroupBy = 'FISCAL_YEAR' | 'MONTH' | 'PLAN' | 'QUARTER' | 'REASON';

export type ChurnReason =
  | 'DISSATISFIED_WITH_VENDOR'
  | 'LOW_ADOPTION'
  | 'MOVED_IN_HOUSE'
  | 'MOVED_TO_COMPETITOR'
  | 'OTHER'
  | 'PRICE'
  | 'PRIORITIES_SHIFTED';

/** Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today. */
export type ChurnReportFilter = {
  from?: string | null | undefined;
  /** Churns of these plans, rates over customers active on them. */
  planCodes?: Array<string> | null | undefined;
  to?: string | null | undefined;
};

export type ClearTouchModelOverrideInput = {
  customerId: string | number;
};

export type CompleteTaskInput = {
  taskId: string | number;
};

export type ConfirmScheduledChangeWithdrawalInput = {
  requestId: string | number;
};

/** A field the checker re-enters blind. */
export type ConfirmationField =
  | 'contractTerm'
  | 'corporateNumber'
  | 'creditAmountYen'
  | 'effectiveDate'
  | 'optionCodes'
  | 'planCode'
  | 'trialEndsOn';

/** What a contact person does for the customer: whom to reach for what. */
export type ContactRole =
  /** システム管理者 / Administrator */
  | 'ADMINISTRATOR'
  /** 経理・請求担当 / Billing */
  | 'BILLING'
  /** 利用部門の責任者 / Business owner */
  | 'BUSINESS_OWNER'
  /** 決裁者 / Decision maker */
  | 'DECISION_MAKER'
  /** その他 / Other */
  | 'OTHER';

/** How long the contract runs before it renews: a month or a year (default MONTHLY). */
export type ContractTerm = 'ANNUAL' | 'MONTHLY';

export type CreateApiKeyInput = {
  /** When the key stops working (in the future); null: never. */
  expiresAt?: string | null | undefined;
  /** What the key is for, e.g. "billing integration". */
  name: string;
  /** Scopes such as customers:read, surveys:write (the domain list API_KEY_SCOPES; anything else is INVALID_SCOPE). */
  scopes: Array<string>;
};

/** A new prospect: company data and its primary contact. */
export type CreateLeadInput = {
  contact: StartTrialContactInput;
  /** 法人番号, 13 digits (half- or full-width). */
  corporateNumber?: string | null | undefined;
  /** Company name. */
  name: string;
  /** Company furigana (katakana or hiragana). */
  nameKana?: string | null | undefined;
};

export type CreateOptionInput = {
  code: string;
  /** Required for MFA, else none. */
  factorCategory?: MfaFactorCategory | null | undefined;
  kind: OptionKind;
  monthlyFeeYen: number;
  nameEn: string;
  nameJa: string;
  /** Exclusive group code, e.g. STORAGE. */
  optionGroup?: string | null | undefined;
  sortOrder?: number | null | undefined;
};

export type CreatePlanInput = {
  /** Stable code, ^[A-Z][A-Z0-9_]*$ (e.g. STANDARD). */
  code: string;
  /** e.g. {"devices": 2}. */
  limits?: Record<string, unknown> | null | undefined;
  /** Whole yen, excluding tax, 0–10,000,000. */
  monthlyFeeYen: number;
  nameEn: string;
  nameJa: string;
  /** 90–100, e.g. 99.95. */
  slaTargetPercent: number;
  sortOrder?: number | null | undefined;
};

export type CreateStaffMemberInput = {
  displayName: string;
  email: string;
  /** Initial password, at least 12 characters; tell it to the member apart. */
  password: string;
  roles: Array<StaffRole>;
};

export type CreateSurveyInput = {
  /** Stable code, ^[A-Z][A-Z0-9_]*$ (CSV imports name surveys by it). */
  code: string;
  /** Fixes the score scale; cannot change later. */
  kind: SurveyKind;
  questionEn: string;
  questionJa: string;
  titleEn: string;
  titleJa: string;
};

export type CreateTaskInput = {
  /** An active staff member (StaffMember.id); null for nobody; left out: the caller. */
  assigneeId?: string | number | null | undefined;
  customerId: string | number;
  /** Due date in Asia/Tokyo (YYYY-MM-DD), today or later. */
  dueOn: string;
  /** What to do (at most 200 characters). */
  title: string;
};

export type CreateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** Empty or absent: every type. Known: customer.lead_created, customer.trial_started, customer.trial_extended, customer.trial_expired, customer.converted, customer.churned, customer.reactivated, customer.erased, customer.updated, customer.contact_changed, subscription.changed, provisioning_request.submitted, provisioning_request.returned, provisioning_request.approved, provisioning_request.scheduled, provisioning_request.applied, provisioning_request.failed, provisioning_request.rejected, provisioning_request.withdrawn, survey_response.created, service_credit.applied. */
  eventTypes?: Array<string> | null | undefined;
  /** https in production; private addresses refused (see README). */
  url: string;
};

/** All given conditions must hold. */
export type CustomerFilter = {
  /** CHURNED customers whose erasure is OVERDUE, or DUE_THIS_WEEK (within seven days); see Customer.erasureDueAt. */
  erasureDue?: ErasureDueFilter | null | undefined;
  /** true: customers with an approved change waiting for its date (SCHEDULED). */
  hasScheduledChange?: boolean | null | undefined;
  /** Customers whose stored health score is in one of these bands. */
  healthBands?: Array<HealthBand> | null | undefined;
  /** Customers whose subscription is on this plan. */
  planCode?: string | null | undefined;
  /** ACTIVE customers whose contract renews within this many days (Subscription.renewsAt after today and at most today + days; 0–3650), ordered by renewsAt unless orderBy says otherwise. */
  renewingWithinDays?: number | null | undefined;
  /** Matches company name, furigana (hiragana or katakana) or corporate number (prefix). */
  search?: string | null | undefined;
  /** The customers of one cell of customerSegmentMap. */
  segment?: CustomerSegmentFilter | null | undefined;
  stage?: LifecycleStage | null | undefined;
  /** TRIAL customers whose trial ends within this many days (0–3650). */
  trialEndingWithinDays?: number | null | undefined;
  /** LEADs whose trial expired within the last this many days (0–3650). */
  trialExpiredWithinDays?: number | null | undefined;
  /** Incremental sync: customers changed after this instant (ISO 8601 with offset) — the company data, stage, trial, subscription (plan, options, status) or contacts. Ordered by (updatedAt, id) ascending unless orderBy says otherwise; pass the greatest updatedAt received as the next updatedSince (rows may repeat; overlap by a few seconds to cover transactions still running). */
  updatedSince?: string | null | undefined;
};

export type CustomerOrder = {
  direction: OrderDirection;
  field: CustomerOrderField;
};

export type CustomerOrderField =
  | 'CREATED_AT'
  /** Stored health score, lowest (most at risk) first by default; customers without a score sort last ascending. Not indexed: combine it with filter.healthBands or a stage. */
  | 'HEALTH_SCORE'
  | 'NAME'
  /** Next renewal (Subscription.renewsAt), soonest first by default; customers without an ACTIVE contract sort last ascending. Computed from today, so not indexed: combine it with filter.renewingWithinDays. */
  | 'RENEWS_AT'
  /** End of the trial, soonest first when ascending. Customers without one sort as a trial that never ends (last ascending, first descending). */
  | 'TRIAL_ENDS_AT'
  /** Last change, oldest first by default: the order of incremental sync (filter.updatedSince). */
  | 'UPDATED_AT';

/** One cell of the 9-cell map (customerSegmentMap). */
export type CustomerSegmentFilter = {
  npsBand: SegmentNpsBand;
  stage: SegmentStage;
};

export type DeactivateStaffMemberInput = {
  staffMemberId: string | number;
};

export type DeclineScheduledChangeWithdrawalInput = {
  requestId: string | number;
};

export type DisableWebhookEndpointInput = {
  endpointId: string | number;
};

/** How engaged the customer's organisation is with the product and with us. */
export type Engagement =
  /** 高い（積極的） */
  | 'HIGH'
  /** 低い（消極的） */
  | 'LOW'
  /** 普通 */
  | 'MEDIUM';

/** Erasure work lists: OVERDUE (due at or before now), DUE_THIS_WEEK (within 7 days). */
export type ErasureDueFilter = 'DUE_THIS_WEEK' | 'OVERDUE';

/** GOOD ≥ goodAtLeast, WATCH ≥ watchAtLeast, else AT_RISK (HealthSettings). */
export type HealthBand =
  /** 解約リスク */
  | 'AT_RISK'
  /** 良好 */
  | 'GOOD'
  /** 要観察 */
  | 'WATCH';

/** The signals a health score is built from, in display order. */
export type HealthSignal =
  'OPEN_ISSUES' | 'OPTION_ADOPTION' | 'RENEWAL' | 'SLA' | 'SURVEYS' | 'USAGE';

/** Relative weights, whole numbers 0–100, at least one above 0. */
export type HealthWeightsInput = {
  openIssues: number;
  optionAdoption: number;
  renewal: number;
  sla: number;
  surveys: number;
  usage: number;
};

/** The 20 divisions of the Japan Standard Industrial Classification (大分類 A–T). */
export type Industry =
  /** M: 宿泊業，飲食サービス業 / Accommodation, eating and drinking services */
  | 'ACCOMMODATION_FOOD'
  /** A: 農業，林業 / Agriculture and forestry */
  | 'AGRICULTURE_FORESTRY'
  /** Q: 複合サービス事業 / Compound services */
  | 'COMPOUND_SERVICES'
  /** D: 建設業 / Construction */
  | 'CONSTRUCTION'
  /** O: 教育，学習支援業 / Education and learning support */
  | 'EDUCATION'
  /** J: 金融業，保険業 / Finance and insurance */
  | 'FINANCE_INSURANCE'
  /** B: 漁業 / Fisheries */
  | 'FISHERIES'
  /** S: 公務（他に分類されるものを除く） / Government */
  | 'GOVERNMENT'
  /** G: 情報通信業 / Information and communications */
  | 'INFORMATION_COMMUNICATIONS'
  /** E: 製造業 / Manufacturing */
  | 'MANUFACTURING'
  /** P: 医療，福祉 / Medical, health care and welfare */
  | 'MEDICAL_WELFARE'
  /** C: 鉱業，採石業，砂利採取業 / Mining and quarrying */
  | 'MINING'
  /** R: サービス業（他に分類されないもの） / Services, not elsewhere classified */
  | 'OTHER_SERVICES'
  /** N: 生活関連サービス業，娯楽業 / Living-related and personal services, amusement */
  | 'PERSONAL_SERVICES_AMUSEMENT'
  /** L: 学術研究，専門・技術サービス業 / Scientific research, professional and technical services */
  | 'PROFESSIONAL_SERVICES'
  /** K: 不動産業，物品賃貸業 / Real estate, goods rental and leasing */
  | 'REAL_ESTATE_LEASING'
  /** H: 運輸業，郵便業 / Transport and postal activities */
  | 'TRANSPORT_POSTAL'
  /** T: 分類不能の産業 / Industries unable to classify */
  | 'UNCLASSIFIED'
  /** F: 電気・ガス・熱供給・水道業 / Electricity, gas, heat and water */
  | 'UTILITIES'
  /** I: 卸売業，小売業 / Wholesale and retail trade */
  | 'WHOLESALE_RETAIL';

/** LEAD → TRIAL → ACTIVE → CHURNED → ERASED */
export type LifecycleStage = 'ACTIVE' | 'CHURNED' | 'ERASED' | 'LEAD' | 'TRIAL';

export type LoginInput = {
  email: string;
  password: string;
};

/** KNOWLEDGE (記憶: password, PIN), POSSESSION (所持: TOTP, IC card, key), INHERENCE (属性: fingerprint, face). */
export type MfaFactorCategory = 'INHERENCE' | 'KNOWLEDGE' | 'POSSESSION';

export type NearMissCause =
  | 'CATALOG_CONFUSION'
  | 'COMMUNICATION'
  | 'INPUT_ERROR'
  | 'MISREAD_REQUEST'
  | 'OTHER'
  | 'PROCESS_GAP'
  | 'SYSTEM'
  | 'WRONG_CUSTOMER';

/** Which side of a blind mismatch erred: the maker, the checker, both, or unknown. */
export type NearMissErredSide = 'BOTH' | 'CHECKER' | 'MAKER' | 'UNKNOWN';

export type NearMissFilter = {
  causeCategory?: NearMissCause | null | undefined;
  customerId?: string | number | null | undefined;
  /** From this date (YYYY-MM-DD, JST), inclusive. */
  from?: string | null | undefined;
  kind?: NearMissKind | null | undefined;
  requestId?: string | number | null | undefined;
  status?: NearMissStatus | null | undefined;
  /** Up to this date (YYYY-MM-DD, JST), inclusive. */
  to?: string | null | undefined;
};

/** NEAR_MISS (ヒヤリ・ハット, caught) or INCIDENT (reached a customer). */
export type NearMissKind = 'INCIDENT' | 'NEAR_MISS';

/** AUTOMATIC: recorded by a blind-check mismatch. */
export type NearMissSource = 'AUTOMATIC' | 'MANUAL';

export type NearMissStatus = 'CLOSED' | 'COUNTERMEASURE_PLANNED' | 'OPEN';

/** PROMOTER 9–10, PASSIVE 7–8, DETRACTOR 0–6. */
export type NpsCategory = 'DETRACTOR' | 'PASSIVE' | 'PROMOTER';

export type OptionKind = 'FEATURE' | 'MFA' | 'STORAGE' | 'SUPPORT';

export type OrderDirection = 'ASC' | 'DESC';

/** Kinds of personal data found in free text and masked for callers without access. */
export type PersonalDataKind = 'ADDRESS' | 'EMAIL' | 'MY_NUMBER' | 'NAME' | 'PHONE' | 'POSTAL_CODE';

/** The checker's blind re-entry of the critical fields of the request's kind: plan, options and effective date (conversion, plan/option change, reactivation) and the contract term (conversion, reactivation); effective date (cancellation, second trial); the new trial end date (trial extension); the company's corporate number (erasure). Fields the kind does not check are ignored. */
export type ProvisioningConfirmationInput = {
  /** CONVERSION, REACTIVATION: the new contract’s term, re-entered blind (omitted: MONTHLY, the default). */
  contractTerm?: ContractTerm | null | undefined;
  /** ERASURE: the company's corporate number (法人番号, 13 digits), re-entered blind. */
  corporateNumber?: string | null | undefined;
  /** SERVICE_CREDIT: the credit excluding tax (税抜, whole yen), re-entered blind. */
  creditAmountYen?: number | null | undefined;
  /** YYYY-MM-DD. */
  effectiveDate?: string | null | undefined;
  optionCodes?: Array<string> | null | undefined;
  /** Plan after the change; null for a cancellation. */
  planCode?: string | null | undefined;
  /** TRIAL_EXTENSION: the new last day of the trial, YYYY-MM-DD (Asia/Tokyo). */
  trialEndsOn?: string | null | undefined;
};

export type ProvisioningKind =
  | 'CANCELLATION'
  | 'CONVERSION'
  | 'ERASURE'
  | 'OPTION_CHANGE'
  | 'PLAN_CHANGE'
  | 'REACTIVATION'
  | 'SECOND_TRIAL'
  | 'SERVICE_CREDIT'
  | 'TRIAL_EXTENSION';

export type ProvisioningRequestFilter = {
  /** true: requests waiting for a check that the caller may do (never their own, nor one whose earlier version they returned or rejected). */
  awaitingMyCheck?: boolean | null | undefined;
  customerId?: string | number | null | undefined;
  kind?: ProvisioningKind | null | undefined;
  /** Any of these kinds. */
  kinds?: Array<ProvisioningKind> | null | undefined;
  /** Global id of the maker (a StaffMember id). */
  makerId?: string | number | null | undefined;
  status?: ProvisioningStatus | null | undefined;
  /** Any of these statuses. */
  statuses?: Array<ProvisioningStatus> | null | undefined;
  /** Incremental sync: requests changed after this instant (ISO 8601 with offset) — any change of status, content, decision or withdrawal. Ordered by (updatedAt, id) ascending unless orderBy says otherwise; pass the greatest updatedAt received as the next updatedSince (rows may repeat; overlap by a few seconds to cover transactions still running). */
  updatedSince?: string | null | undefined;
  /** true: SCHEDULED requests whose withdrawal someone asked for (a checker must decide). */
  withdrawalRequested?: boolean | null | undefined;
};

/** Default: newest first; with filter.updatedSince, UPDATED_AT ascending. The check queue reads oldest first (ASC). */
export type ProvisioningRequestOrder = {
  direction: OrderDirection;
  field: ProvisioningRequestOrderField;
};

export type ProvisioningRequestOrderField =
  | 'CREATED_AT'
  /** Last change: the order of incremental sync (filter.updatedSince). */
  | 'UPDATED_AT';

/** PENDING_CHECK → APPLIED | SCHEDULED | RETURNED | REJECTED | WITHDRAWN; RETURNED → PENDING_CHECK (resubmitted) | WITHDRAWN; SCHEDULED (approved, dated after today) → APPLIED at 00:00 Asia/Tokyo of its date | FAILED (the subscription changed meanwhile) | WITHDRAWN (double-checked) */
export type ProvisioningStatus =
  'APPLIED' | 'FAILED' | 'PENDING_CHECK' | 'REJECTED' | 'RETURNED' | 'SCHEDULED' | 'WITHDRAWN';

export type ReactivateStaffMemberInput = {
  staffMemberId: string | number;
};

export type ReassignTaskInput = {
  /** An active staff member (StaffMember.id). */
  assigneeId: string | number;
  taskId: string | number;
};

/** What monitoring measured for one Tokyo month of one plan. */
export type RecordAvailabilityInput = {
  /** 0–100, at most three decimals. */
  availabilityPercent: number;
  /** What happened (about the service; stored with the month, not in the audit trail). */
  incidentNote?: string | null | undefined;
  /** YYYY-MM (Asia/Tokyo), a month that has ended. */
  month: string;
  planCode: string;
};

export type RecordNearMissInput = {
  causeCategory?: NearMissCause | null | undefined;
  countermeasure?: string | null | undefined;
  customerId?: string | number | null | undefined;
  /** What happened. */
  description: string;
  fields?: Array<string> | null | undefined;
  kind: NearMissKind;
  /** When it happened (ISO date-time); now by default. */
  occurredAt?: string | null | undefined;
  requestId?: string | number | null | undefined;
};

export type RejectProvisioningRequestInput = {
  /** Why (shown to the maker). */
  reason: string;
  requestId: string | number;
};

/** The primary contact cannot be removed: make another one primary first. */
export type RemoveContactInput = {
  contactId: string | number;
};

export type ReplayWebhookDeliveryInput = {
  deliveryId: string | number;
};

/** PLAN and STAGE as at the answer; MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (April start by default). */
export type ReportGroupBy = 'FISCAL_YEAR' | 'MONTH' | 'PLAN' | 'QUARTER' | 'STAGE';

export type RequestCancellationInput = {
  /** Free text; required for OTHER. */
  churnNote?: string | null | undefined;
  churnReason: ChurnReason;
  customerId: string | number;
  effectiveDate: string;
};

export type RequestConversionInput = {
  /** The new contract’s term: MONTHLY (default when omitted) or ANNUAL. Applied with the change; the checker re-enters it blind. */
  contractTerm?: ContractTerm | null | undefined;
  customerId: string | number;
  /** YYYY-MM-DD, today or later (Asia/Tokyo). */
  effectiveDate: string;
  /** Trial options to keep (and any to add); every other trial option is removed. */
  optionCodes: Array<string>;
  planCode: string;
};

export type RequestErasureInput = {
  /** A CHURNED customer. */
  customerId: string | number;
  /** YYYY-MM-DD, today or later (Asia/Tokyo): the personal data is erased on that day. */
  effectiveDate: string;
};

export type RequestOptionChangeInput = {
  customerId: string | number;
  effectiveDate: string;
  /** The complete set of options after the change. */
  optionCodes: Array<string>;
};

export type RequestPlanChangeInput = {
  customerId: string | number;
  effectiveDate: string;
  planCode: string;
};

export type RequestReactivationInput = {
  /** The new contract’s term: MONTHLY (default when omitted) or ANNUAL. Applied with the change; the checker re-enters it blind. */
  contractTerm?: ContractTerm | null | undefined;
  /** A CHURNED customer (never an ERASED one). */
  customerId: string | number;
  /** YYYY-MM-DD, today or later (Asia/Tokyo). */
  effectiveDate: string;
  /** The complete set of options of the new contract. */
  optionCodes: Array<string>;
  planCode: string;
};

export type RequestScheduledChangeWithdrawalInput = {
  /** Why (for the checker who confirms). */
  reason: string;
  /** A SCHEDULED request. */
  requestId: string | number;
};

export type RequestSecondTrialInput = {
  /** A LEAD whose first trial ended. */
  customerId: string | number;
  /** Why (for the checker). */
  reason: string;
};

export type RequestTrialExtensionInput = {
  /** A customer in TRIAL. */
  customerId: string | number;
  /** Extra days; at most 30 in total per trial. */
  days: number;
  /** Why (for the checker). */
  reason: string;
};

/** A corrected version of a RETURNED request, by its maker. Omitted fields keep their value. */
export type ResubmitProvisioningRequestInput = {
  churnNote?: string | null | undefined;
  churnReason?: ChurnReason | null | undefined;
  /** CONVERSION, REACTIVATION: the new contract’s term (omitted: kept). */
  contractTerm?: ContractTerm | null | undefined;
  effectiveDate?: string | null | undefined;
  /** What was corrected, for the checker (≤ 2,000 characters). */
  note?: string | null | undefined;
  optionCodes?: Array<string> | null | undefined;
  planCode?: string | null | undefined;
  requestId: string | number;
  /** TRIAL_EXTENSION: extra days. */
  trialExtensionDays?: number | null | undefined;
  /** The version the maker corrected. */
  version: number;
};

export type ReturnProvisioningRequestInput = {
  /** Why (shown to the maker). */
  reason: string;
  requestId: string | number;
};

/** MONTH in Asia/Tokyo; QUARTER and FISCAL_YEAR are fiscal (KIZUNA_FISCAL_YEAR_START_MONTH, April by default). The first period starts on the filter’s first day. */
export type RevenueGroupBy = 'FISCAL_YEAR' | 'MONTH' | 'QUARTER';

/** Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today. */
export type RevenueReportFilter = {
  from?: string | null | undefined;
  /** Customers whose contract is on these plans at the end of a period (or, paying nothing then, was at its start). */
  planCodes?: Array<string> | null | undefined;
  to?: string | null | undefined;
};

export type RevokeApiKeyInput = {
  apiKeyId: string | number;
};

export type RotateWebhookSecretInput = {
  endpointId: string | number;
};

/** A new monthly fee of a plan or an option (one of them) from a date. */
export type SchedulePriceInput = {
  monthlyFeeYen: number;
  optionId?: string | number | null | undefined;
  planId?: string | number | null | undefined;
  /** YYYY-MM-DD, today or later (Asia/Tokyo). Today: applies at once. */
  validFrom: string;
};

/** Columns of the 9-cell map: the company NPS (its respondents’ latest answers of 180 days) read as PROMOTER (≥ +30), PASSIVE, DETRACTOR (< 0); NO_NPS: no NPS answer. */
export type SegmentNpsBand = 'DETRACTOR' | 'NO_NPS' | 'PASSIVE' | 'PROMOTER';

/** Rows of the 9-cell map: TRIAL, ACTIVE, and RENEWAL (ACTIVE renewing within 90 days). */
export type SegmentStage = 'ACTIVE' | 'RENEWAL' | 'TRIAL';

export type SendTestWebhookEventInput = {
  endpointId: string | number;
};

/** The contact becomes primary; the previous primary contact stays, not primary. */
export type SetPrimaryContactInput = {
  contactId: string | number;
};

export type SetTouchModelInput = {
  customerId: string | number;
  /** Why (required, up to 500 characters). Not copied to the audit trail. */
  reason: string;
  touchModel: TouchModel;
};

export type StaffMemberFilter = {
  active?: boolean | null | undefined;
  /** Part of the display name or email. */
  search?: string | null | undefined;
};

export type StaffRole = 'ADMIN' | 'ANALYST' | 'CHECKER' | 'OPERATOR';

export type StartTrialContactInput = {
  email: string;
  /** 姓 */
  familyName: string;
  /** セイ (katakana or hiragana) */
  familyNameKana?: string | null | undefined;
  /** 名 */
  givenName?: string | null | undefined;
  /** メイ (katakana or hiragana) */
  givenNameKana?: string | null | undefined;
  /** Japanese phone number, half- or full-width. */
  phone?: string | null | undefined;
  /** What the person does for the customer; left out: not known yet. */
  role?: ContactRole | null | undefined;
};

/** Either customerId (an existing LEAD that has not had a trial) or the company data of a new customer. */
export type StartTrialInput = {
  /** New customer only. */
  contact?: StartTrialContactInput | null | undefined;
  /** 法人番号, 13 digits (half- or full-width). */
  corporateNumber?: string | null | undefined;
  /** An existing LEAD. */
  customerId?: string | number | null | undefined;
  /** Company name (new customer). */
  name?: string | null | undefined;
  /** Company furigana (katakana or hiragana). */
  nameKana?: string | null | undefined;
};

/** EXPIRED: a trial that ended without a conversion (every option off; not churn). */
export type SubscriptionStatus = 'ACTIVE' | 'CANCELLED' | 'EXPIRED' | 'TRIAL';

/** Where an answer came from. */
export type SurveyChannel = 'EMAIL' | 'INTERVIEW' | 'IN_APP' | 'OTHER' | 'PHONE' | 'WEB';

/** The report filter, plus the answer band and words of the comment. All given conditions must hold. */
export type SurveyCommentFilter = {
  customerIds?: Array<string | number> | null | undefined;
  from?: string | null | undefined;
  kind?: SurveyKind | null | undefined;
  planCodes?: Array<string> | null | undefined;
  /** NPS answers in this band only. */
  scoreCategory?: NpsCategory | null | undefined;
  scoreMax?: number | null | undefined;
  scoreMin?: number | null | undefined;
  /** Words in the comment (callers without personal-data access search the masked text). */
  search?: string | null | undefined;
  stages?: Array<LifecycleStage> | null | undefined;
  /** Default: every survey of the report's kind. */
  surveyIds?: Array<string | number> | null | undefined;
  to?: string | null | undefined;
};

export type SurveyFilter = {
  kind?: SurveyKind | null | undefined;
};

export type SurveyImportStatus = 'DONE' | 'FAILED' | 'QUEUED' | 'RUNNING';

/** NPS (0–10), CSAT (1–5), CES (1–7). */
export type SurveyKind = 'CES' | 'CSAT' | 'NPS';

/** All given conditions must hold. Dates are Tokyo calendar dates (YYYY-MM-DD), inclusive. */
export type SurveyReportFilter = {
  customerIds?: Array<string | number> | null | undefined;
  from?: string | null | undefined;
  planCodes?: Array<string> | null | undefined;
  stages?: Array<LifecycleStage> | null | undefined;
  /** Default: every survey of the report's kind. */
  surveyIds?: Array<string | number> | null | undefined;
  to?: string | null | undefined;
};

/** KICKOFF: raised when a conversion applies. FOLLOW_UP: raised when a warning sign appears (an NPS detractor, or a health score fallen to AT_RISK). MANUAL: created by staff. */
export type TaskKind = 'FOLLOW_UP' | 'KICKOFF' | 'MANUAL';

/** OPEN → DONE; CANCELLED when its customer's personal data is erased. */
export type TaskStatus = 'CANCELLED' | 'DONE' | 'OPEN';

/** How much human attention a customer gets. */
export type TouchModel =
  /** ハイタッチ */
  | 'HIGH_TOUCH'
  /** ロータッチ */
  | 'LOW_TOUCH'
  /** テックタッチ */
  | 'TECH_TOUCH';

/** See TouchModelThresholds; tech ≤ engaged ≤ high. */
export type TouchModelThresholdsInput = {
  engagedHighTouchRevenueYen: number;
  highTouchRevenueYen: number;
  /** Two decimals at most. */
  techTouchCurrentRatioBelow: number;
  techTouchRevenueBelowYen: number;
};

/** A correction of a contact: a field left out is kept, null clears an optional one. */
export type UpdateContactInput = {
  contactId: string | number;
  email?: string | null | undefined;
  familyName?: string | null | undefined;
  familyNameKana?: string | null | undefined;
  givenName?: string | null | undefined;
  givenNameKana?: string | null | undefined;
  phone?: string | null | undefined;
  /** Null clears the role. */
  role?: ContactRole | null | undefined;
};

/** A change of the company record: a field left out is kept, null clears it (the name cannot be cleared). */
export type UpdateCustomerInput = {
  /** 年商 in whole yen, 0 or more. */
  annualRevenueYen?: number | null | undefined;
  /** 法人番号, 13 digits (half- or full-width). */
  corporateNumber?: string | null | undefined;
  /** 流動比率 as a ratio (1.5 = 150 %), 0–1000, kept to two decimals. */
  currentRatio?: number | null | undefined;
  customerId: string | number;
  employeeCount?: number | null | undefined;
  engagement?: Engagement | null | undefined;
  industry?: Industry | null | undefined;
  /** Company name. */
  name?: string | null | undefined;
  /** Company furigana (katakana or hiragana). */
  nameKana?: string | null | undefined;
  /** Customer.version as read; a customer changed since is refused (STALE_VERSION). */
  version: number;
};

export type UpdateHealthSettingsInput = {
  /** A score at or above is GOOD (0–100). */
  goodAtLeast: number;
  touchModel: TouchModelThresholdsInput;
  /** HealthSettings.version as read (optimistic concurrency). */
  version: number;
  /** A score at or above (and below goodAtLeast) is WATCH. */
  watchAtLeast: number;
  weights: HealthWeightsInput;
};

export type UpdateNearMissInput = {
  causeCategory?: NearMissCause | null | undefined;
  countermeasure?: string | null | undefined;
  description?: string | null | undefined;
  /** Which side of a blind mismatch erred, decided with the cause. */
  erredSide?: NearMissErredSide | null | undefined;
  nearMissId: string | number;
  status?: NearMissStatus | null | undefined;
};

/** Omitted fields keep their value; optionGroup null or "" takes the option out of its group. */
export type UpdateOptionInput = {
  active?: boolean | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  optionGroup?: string | null | undefined;
  optionId: string | number;
  sortOrder?: number | null | undefined;
};

/** Omitted fields keep their value. The fee changes by schedulePrice. */
export type UpdatePlanInput = {
  /** false: no longer offered to new contracts. */
  active?: boolean | null | undefined;
  nameEn?: string | null | undefined;
  nameJa?: string | null | undefined;
  planId: string | number;
  slaTargetPercent?: number | null | undefined;
  sortOrder?: number | null | undefined;
};

export type UpdateStaffMemberInput = {
  displayName?: string | null | undefined;
  roles?: Array<StaffRole> | null | undefined;
  staffMemberId: string | number;
};

/** Omitted fields keep their value. */
export type UpdateSurveyInput = {
  /** false: no new answers are accepted. */
  active?: boolean | null | undefined;
  questionEn?: string | null | undefined;
  questionJa?: string | null | undefined;
  surveyId: string | number;
  titleEn?: string | null | undefined;
  titleJa?: string | null | undefined;
};

/** Left out or null: unchanged. At least one must change. */
export type UpdateTaskInput = {
  /** Due date in Asia/Tokyo (YYYY-MM-DD), today or later. */
  dueOn?: string | null | undefined;
  taskId: string | number;
  /** What to do (at most 200 characters); MANUAL tasks only. */
  title?: string | null | undefined;
};

export type UpdateWebhookEndpointInput = {
  description?: string | null | undefined;
  /** true: enable again (failures forgotten); false: disable. */
  enabled?: boolean | null | undefined;
  endpointId: string | number;
  /** Empty or absent: every type. Known: customer.lead_created, customer.trial_started, customer.trial_extended, customer.trial_expired, customer.converted, customer.churned, customer.reactivated, customer.erased, customer.updated, customer.contact_changed, subscription.changed, provisioning_request.submitted, provisioning_request.returned, provisioning_request.approved, provisioning_request.scheduled, provisioning_request.applied, provisioning_request.failed, provisioning_request.rejected, provisioning_request.withdrawn, survey_response.created, service_credit.applied. */
  eventTypes?: Array<string> | null | undefined;
  url?: string | null | undefined;
};

/** Tokyo calendar dates (YYYY-MM-DD), inclusive. Default: the twelve months up to today. */
export type UsageReportFilter = {
  customerIds?: Array<string | number> | null | undefined;
  from?: string | null | undefined;
  /** Customers whose current plan is one of these. */
  planCodes?: Array<string> | null | undefined;
  to?: string | null | undefined;
};

/** Why a mutation refused its input. New codes may be added; treat unknown ones as generic. */
export type UserErrorCode =
  | 'APPLY_FAILED'
  | 'AUTOMATIC_TASK_TITLE'
  | 'CANNOT_DEACTIVATE_SELF'
  | 'CHECKER_ALREADY_DECIDED'
  | 'CONFIRMATION_MISMATCH'
  | 'CONTRACT_TERM_NOT_ALLOWED'
  | 'CUSTOMER_ERASED'
  | 'DATE_IN_FUTURE'
  | 'DATE_IN_PAST'
  | 'DUPLICATE'
  | 'DUPLICATE_PENDING'
  | 'EFFECTIVE_DATE_PASSED'
  | 'FORBIDDEN'
  | 'HTTPS_REQUIRED'
  | 'INACTIVE_OPTION'
  | 'INVALID_CHURN_REASON'
  | 'INVALID_CODE'
  | 'INVALID_CORPORATE_NUMBER'
  | 'INVALID_CREDENTIALS'
  | 'INVALID_DATE'
  | 'INVALID_DATE_TIME'
  | 'INVALID_EMAIL'
  | 'INVALID_FILE'
  | 'INVALID_KANA'
  | 'INVALID_MONTH'
  | 'INVALID_PHONE'
  | 'INVALID_POSTAL_CODE'
  | 'INVALID_SCOPE'
  | 'INVALID_STAGE_TRANSITION'
  | 'INVALID_WEBHOOK_URL'
  | 'LAST_ACTIVE_ADMIN'
  | 'MISSING_COLUMN'
  | 'MONTH_NOT_ENDED'
  | 'NOT_ACTIVE'
  | 'NOT_CHURNED'
  | 'NOT_FOUND'
  | 'NOT_IN_TRIAL'
  | 'NOT_LEAD'
  | 'NOT_MULTI_FACTOR'
  | 'NOT_PENDING'
  | 'NO_ACTIVE_PLAN'
  | 'NO_CHANGE'
  | 'NO_WITHDRAWAL_REQUESTED'
  | 'OPTION_GROUP_CONFLICT'
  | 'OTHER_CUSTOMER'
  | 'OUT_OF_RANGE'
  | 'PASSWORD_TOO_SHORT'
  | 'PRIMARY_CONTACT_REQUIRED'
  | 'PRIVATE_ADDRESS_NOT_ALLOWED'
  | 'REQUIRED'
  | 'SCHEDULED_CHANGE_EXISTS'
  | 'SELF_APPROVAL_NOT_ALLOWED'
  | 'SLA_CREDIT_ALREADY_APPLIED'
  | 'SLA_TARGET_TIER_REQUIRED'
  | 'SLA_TIERS_NOT_INCREASING'
  | 'STAFF_INACTIVE'
  | 'STALE_VERSION'
  | 'SUBSCRIPTION_CHANGED'
  | 'TASK_NOT_OPEN'
  | 'TOO_LONG'
  | 'TOO_MANY_ATTEMPTS'
  | 'TRIAL_ALREADY_USED'
  | 'TRIAL_EXTENSION_LIMIT'
  | 'TRIAL_NOT_EXPIRED'
  | 'UNKNOWN_CHANNEL'
  | 'UNKNOWN_EVENT_TYPE'
  | 'UNKNOWN_OPTION'
  | 'UNKNOWN_PLAN'
  | 'WEBHOOK_ENDPOINT_DISABLED'
  | 'WEBHOOK_HOST_NOT_FOUND'
  | 'WITHDRAWAL_ALREADY_REQUESTED';

/** PENDING: to be sent (again); SUCCEEDED: answered 2xx; FAILED: given up (all 8 attempts failed, or 410); CANCELLED: its endpoint was disabled first. */
export type WebhookDeliveryStatus = 'CANCELLED' | 'FAILED' | 'PENDING' | 'SUCCEEDED';

/** MANUAL: disabled by an administrator; GONE: the receiver answered 410; FAILING: every delivery failed for 5 days. */
export type WebhookDisabledReason = 'FAILING' | 'GONE' | 'MANUAL';

export type WebhookEndpointStatus = 'DISABLED' | 'ENABLED';

export type WithdrawProvisioningRequestInput = {
  requestId: string | number;
};

export type AppLayoutQueryVariables = Exact<{ [key: string]: never }>;

export type AppLayoutQuery = {
  viewer: {
    id: string;
    kind: ActorKind;
    displayName: string;
    email: string | null;
    roles: Array<StaffRole>;
    permissions: Array<string>;
  };
};

export type LogoutMutationVariables = Exact<{ [key: string]: never }>;

export type LogoutMutation = { logout: { success: boolean } };

export type ApiKeyRowFragment = {
  id: string;
  name: string;
  scopes: Array<string>;
  keyPrefix: string;
  createdAt: string;
  expiresAt: string | null;
  lastUsedAt: string | null;
  revokedAt: string | null;
  createdBy: { displayName: string } | null;
};

export type AdminApiKeysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ApiKeyFilter | null | undefined;
}>;

export type AdminApiKeysQuery = {
  apiKeys: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        name: string;
        scopes: Array<string>;
        keyPrefix: string;
        createdAt: string;
        expiresAt: string | null;
        lastUsedAt: string | null;
        revokedAt: string | null;
        createdBy: { displayName: string } | null;
      };
    }>;
  };
};

export type RevokeApiKeyMutationVariables = Exact<{
  input: RevokeApiKeyInput;
}>;

export type RevokeApiKeyMutation = {
  revokeApiKey: {
    apiKey: { id: string; revokedAt: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CreateApiKeyMutationVariables = Exact<{
  input: CreateApiKeyInput;
}>;

export type CreateApiKeyMutation = {
  createApiKey: {
    key: string | null;
    apiKeyId: string | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type AdminPlanRowFragment = {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  slaTargetPercent: number;
  sortOrder: number;
  limits: Record<string, unknown>;
  active: boolean;
  prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
};

export type AdminOptionRowFragment = {
  id: string;
  code: string;
  nameJa: string;
  nameEn: string;
  monthlyFeeYen: number;
  kind: OptionKind;
  factorCategory: MfaFactorCategory | null;
  optionGroup: string | null;
  sortOrder: number;
  active: boolean;
  prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
};

export type AdminCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type AdminCatalogQuery = {
  plans: Array<{
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    monthlyFeeYen: number;
    slaTargetPercent: number;
    sortOrder: number;
    limits: Record<string, unknown>;
    active: boolean;
    prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
  }>;
  options: Array<{
    id: string;
    code: string;
    nameJa: string;
    nameEn: string;
    monthlyFeeYen: number;
    kind: OptionKind;
    factorCategory: MfaFactorCategory | null;
    optionGroup: string | null;
    sortOrder: number;
    active: boolean;
    prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
  }>;
};

export type CreatePlanMutationVariables = Exact<{
  input: CreatePlanInput;
}>;

export type CreatePlanMutation = {
  createPlan: {
    plan: {
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      monthlyFeeYen: number;
      slaTargetPercent: number;
      sortOrder: number;
      limits: Record<string, unknown>;
      active: boolean;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdatePlanMutationVariables = Exact<{
  input: UpdatePlanInput;
}>;

export type UpdatePlanMutation = {
  updatePlan: {
    plan: {
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      monthlyFeeYen: number;
      slaTargetPercent: number;
      sortOrder: number;
      limits: Record<string, unknown>;
      active: boolean;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CreateOptionMutationVariables = Exact<{
  input: CreateOptionInput;
}>;

export type CreateOptionMutation = {
  createOption: {
    option: {
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      monthlyFeeYen: number;
      kind: OptionKind;
      factorCategory: MfaFactorCategory | null;
      optionGroup: string | null;
      sortOrder: number;
      active: boolean;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdateOptionMutationVariables = Exact<{
  input: UpdateOptionInput;
}>;

export type UpdateOptionMutation = {
  updateOption: {
    option: {
      id: string;
      code: string;
      nameJa: string;
      nameEn: string;
      monthlyFeeYen: number;
      kind: OptionKind;
      factorCategory: MfaFactorCategory | null;
      optionGroup: string | null;
      sortOrder: number;
      active: boolean;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type SchedulePriceMutationVariables = Exact<{
  input: SchedulePriceInput;
}>;

export type SchedulePriceMutation = {
  schedulePrice: {
    plan: {
      id: string;
      monthlyFeeYen: number;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    option: {
      id: string;
      monthlyFeeYen: number;
      prices: Array<{ monthlyFeeYen: number; validFrom: string }>;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type HealthSettingsPageQueryVariables = Exact<{ [key: string]: never }>;

export type HealthSettingsPageQuery = {
  healthSettings: {
    version: number;
    updatedAt: string | null;
    goodAtLeast: number;
    watchAtLeast: number;
    weights: Array<{ signal: HealthSignal; label: string; weight: number }>;
    touchModel: {
      highTouchRevenueYen: number;
      engagedHighTouchRevenueYen: number;
      techTouchRevenueBelowYen: number;
      techTouchCurrentRatioBelow: number;
    };
  };
};

export type HealthSettingsFormFragment = {
  version: number;
  updatedAt: string | null;
  goodAtLeast: number;
  watchAtLeast: number;
  weights: Array<{ signal: HealthSignal; label: string; weight: number }>;
  touchModel: {
    highTouchRevenueYen: number;
    engagedHighTouchRevenueYen: number;
    techTouchRevenueBelowYen: number;
    techTouchCurrentRatioBelow: number;
  };
};

export type UpdateHealthSettingsMutationVariables = Exact<{
  input: UpdateHealthSettingsInput;
}>;

export type UpdateHealthSettingsMutation = {
  updateHealthSettings: {
    healthSettings: {
      version: number;
      updatedAt: string | null;
      goodAtLeast: number;
      watchAtLeast: number;
      weights: Array<{ signal: HealthSignal; label: string; weight: number }>;
      touchModel: {
        highTouchRevenueYen: number;
        engagedHighTouchRevenueYen: number;
        techTouchRevenueBelowYen: number;
        techTouchCurrentRatioBelow: number;
      };
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type StaffMemberRowFragment = {
  id: string;
  displayName: string;
  email: string | null;
  roles: Array<StaffRole> | null;
  active: boolean;
  createdAt: string | null;
  lastLoginAt: string | null;
};

export type AdminStaffMembersQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: StaffMemberFilter | null | undefined;
}>;

export type AdminStaffMembersQuery = {
  staffMembers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        displayName: string;
        email: string | null;
        roles: Array<StaffRole> | null;
        active: boolean;
        createdAt: string | null;
        lastLoginAt: string | null;
      };
    }>;
  };
};

export type CreateStaffMemberMutationVariables = Exact<{
  input: CreateStaffMemberInput;
}>;

export type CreateStaffMemberMutation = {
  createStaffMember: {
    staffMember: {
      id: string;
      displayName: string;
      email: string | null;
      roles: Array<StaffRole> | null;
      active: boolean;
      createdAt: string | null;
      lastLoginAt: string | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdateStaffMemberMutationVariables = Exact<{
  input: UpdateStaffMemberInput;
}>;

export type UpdateStaffMemberMutation = {
  updateStaffMember: {
    staffMember: {
      id: string;
      displayName: string;
      email: string | null;
      roles: Array<StaffRole> | null;
      active: boolean;
      createdAt: string | null;
      lastLoginAt: string | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type DeactivateStaffMemberMutationVariables = Exact<{
  input: DeactivateStaffMemberInput;
}>;

export type DeactivateStaffMemberMutation = {
  deactivateStaffMember: {
    staffMember: { id: string; active: boolean } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ReactivateStaffMemberMutationVariables = Exact<{
  input: ReactivateStaffMemberInput;
}>;

export type ReactivateStaffMemberMutation = {
  reactivateStaffMember: {
    staffMember: { id: string; active: boolean } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type AdminSurveyRowFragment = {
  id: string;
  code: string;
  kind: SurveyKind;
  titleJa: string;
  titleEn: string;
  questionJa: string;
  questionEn: string;
  minScore: number;
  maxScore: number;
  active: boolean;
  createdAt: string;
};

export type AdminSurveysQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SurveyFilter | null | undefined;
}>;

export type AdminSurveysQuery = {
  surveys: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        code: string;
        kind: SurveyKind;
        titleJa: string;
        titleEn: string;
        questionJa: string;
        questionEn: string;
        minScore: number;
        maxScore: number;
        active: boolean;
        createdAt: string;
      };
    }>;
  };
};

export type CreateSurveyMutationVariables = Exact<{
  input: CreateSurveyInput;
}>;

export type CreateSurveyMutation = {
  createSurvey: {
    survey: {
      id: string;
      code: string;
      kind: SurveyKind;
      titleJa: string;
      titleEn: string;
      questionJa: string;
      questionEn: string;
      minScore: number;
      maxScore: number;
      active: boolean;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdateSurveyMutationVariables = Exact<{
  input: UpdateSurveyInput;
}>;

export type UpdateSurveyMutation = {
  updateSurvey: {
    survey: {
      id: string;
      code: string;
      kind: SurveyKind;
      titleJa: string;
      titleEn: string;
      questionJa: string;
      questionEn: string;
      minScore: number;
      maxScore: number;
      active: boolean;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type WebhookDisabledBannerQueryVariables = Exact<{ [key: string]: never }>;

export type WebhookDisabledBannerQuery = {
  webhookEndpoints: {
    edges: Array<{
      node: {
        id: string;
        url: string;
        status: WebhookEndpointStatus;
        disabledReason: WebhookDisabledReason | null;
        disabledAt: string | null;
      };
    }>;
  };
};

export type WebhookEventTypesQueryVariables = Exact<{ [key: string]: never }>;

export type WebhookEventTypesQuery = { webhookEventTypes: Array<string> };

export type CreateWebhookEndpointMutationVariables = Exact<{
  input: CreateWebhookEndpointInput;
}>;

export type CreateWebhookEndpointMutation = {
  createWebhookEndpoint: {
    secret: string | null;
    webhookEndpoint: {
      id: string;
      url: string;
      description: string;
      eventTypes: Array<string>;
      status: WebhookEndpointStatus;
      disabledReason: WebhookDisabledReason | null;
      disabledAt: string | null;
      failingSince: string | null;
      previousSecretExpiresAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdateWebhookEndpointMutationVariables = Exact<{
  input: UpdateWebhookEndpointInput;
}>;

export type UpdateWebhookEndpointMutation = {
  updateWebhookEndpoint: {
    webhookEndpoint: {
      id: string;
      url: string;
      description: string;
      eventTypes: Array<string>;
      status: WebhookEndpointStatus;
      disabledReason: WebhookDisabledReason | null;
      disabledAt: string | null;
      failingSince: string | null;
      previousSecretExpiresAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type WebhookDeliveryRowFragment = {
  id: string;
  eventId: string;
  eventType: string;
  status: WebhookDeliveryStatus;
  attempts: number;
  lastStatusCode: number | null;
  lastError: string | null;
  lastAttemptAt: string | null;
  nextAttemptAt: string | null;
  createdAt: string;
};

export type AdminWebhookEndpointQueryVariables = Exact<{
  id: string | number;
}>;

export type AdminWebhookEndpointQuery = {
  webhookEndpoint: {
    id: string;
    url: string;
    description: string;
    eventTypes: Array<string>;
    status: WebhookEndpointStatus;
    disabledReason: WebhookDisabledReason | null;
    disabledAt: string | null;
    failingSince: string | null;
    previousSecretExpiresAt: string | null;
    createdAt: string;
  } | null;
};

export type AdminWebhookDeliveriesQueryVariables = Exact<{
  endpointId: string | number;
  first: number;
  after?: string | null | undefined;
}>;

export type AdminWebhookDeliveriesQuery = {
  webhookDeliveries: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        eventId: string;
        eventType: string;
        status: WebhookDeliveryStatus;
        attempts: number;
        lastStatusCode: number | null;
        lastError: string | null;
        lastAttemptAt: string | null;
        nextAttemptAt: string | null;
        createdAt: string;
      };
    }>;
  };
};

export type ReplayWebhookDeliveryMutationVariables = Exact<{
  input: ReplayWebhookDeliveryInput;
}>;

export type ReplayWebhookDeliveryMutation = {
  replayWebhookDelivery: {
    webhookDelivery: {
      id: string;
      eventId: string;
      eventType: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      lastAttemptAt: string | null;
      nextAttemptAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type SendTestWebhookEventMutationVariables = Exact<{
  input: SendTestWebhookEventInput;
}>;

export type SendTestWebhookEventMutation = {
  sendTestWebhookEvent: {
    webhookDelivery: {
      id: string;
      eventId: string;
      eventType: string;
      status: WebhookDeliveryStatus;
      attempts: number;
      lastStatusCode: number | null;
      lastError: string | null;
      lastAttemptAt: string | null;
      nextAttemptAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type WebhookEndpointRowFragment = {
  id: string;
  url: string;
  description: string;
  eventTypes: Array<string>;
  status: WebhookEndpointStatus;
  disabledReason: WebhookDisabledReason | null;
  disabledAt: string | null;
  failingSince: string | null;
  previousSecretExpiresAt: string | null;
  createdAt: string;
};

export type AdminWebhookEndpointsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type AdminWebhookEndpointsQuery = {
  webhookEndpoints: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        url: string;
        description: string;
        eventTypes: Array<string>;
        status: WebhookEndpointStatus;
        disabledReason: WebhookDisabledReason | null;
        disabledAt: string | null;
        failingSince: string | null;
        previousSecretExpiresAt: string | null;
        createdAt: string;
      };
    }>;
  };
};

export type DisableWebhookEndpointMutationVariables = Exact<{
  input: DisableWebhookEndpointInput;
}>;

export type DisableWebhookEndpointMutation = {
  disableWebhookEndpoint: {
    webhookEndpoint: {
      id: string;
      url: string;
      description: string;
      eventTypes: Array<string>;
      status: WebhookEndpointStatus;
      disabledReason: WebhookDisabledReason | null;
      disabledAt: string | null;
      failingSince: string | null;
      previousSecretExpiresAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type EnableWebhookEndpointMutationVariables = Exact<{
  endpointId: string | number;
}>;

export type EnableWebhookEndpointMutation = {
  updateWebhookEndpoint: {
    webhookEndpoint: {
      id: string;
      url: string;
      description: string;
      eventTypes: Array<string>;
      status: WebhookEndpointStatus;
      disabledReason: WebhookDisabledReason | null;
      disabledAt: string | null;
      failingSince: string | null;
      previousSecretExpiresAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RotateWebhookSecretMutationVariables = Exact<{
  input: RotateWebhookSecretInput;
}>;

export type RotateWebhookSecretMutation = {
  rotateWebhookSecret: {
    secret: string | null;
    webhookEndpoint: {
      id: string;
      url: string;
      description: string;
      eventTypes: Array<string>;
      status: WebhookEndpointStatus;
      disabledReason: WebhookDisabledReason | null;
      disabledAt: string | null;
      failingSince: string | null;
      previousSecretExpiresAt: string | null;
      createdAt: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type AuditChainCheckQueryVariables = Exact<{ [key: string]: never }>;

export type AuditChainCheckQuery = {
  auditChainStatus: {
    ok: boolean;
    checked: number;
    firstBrokenId: string | null;
    fault: AuditChainFault | null;
  };
};

export type AuditEventRowFragment = {
  id: string;
  occurredAt: string;
  actorType: string;
  actorId: string | null;
  actorName: string;
  action: string;
  entityType: string;
  entityId: string;
  requestId: string | null;
  before: unknown;
  after: unknown;
  references: Array<{ key: string; value: string; entityType: string; entityId: string }>;
};

export type AuditLogQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: AuditEventFilter | null | undefined;
}>;

export type AuditLogQuery = {
  auditEvents: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        occurredAt: string;
        actorType: string;
        actorId: string | null;
        actorName: string;
        action: string;
        entityType: string;
        entityId: string;
        requestId: string | null;
        before: unknown;
        after: unknown;
        references: Array<{ key: string; value: string; entityType: string; entityId: string }>;
      };
    }>;
  };
};

export type LoginMutationVariables = Exact<{
  input: LoginInput;
}>;

export type LoginMutation = {
  login: {
    token: string | null;
    expiresAt: string | null;
    viewer: { id: string; displayName: string; roles: Array<StaffRole> } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ChurnGroupRowFragment = {
  key: string;
  label: string;
  customersLost: number;
  mrrLost: number;
  share: number | null;
  logoChurnRate: number | null;
  activeAtStart: number;
  smallSample: boolean;
  periodStart: string;
};

export type ChurnAnalysisQueryVariables = Exact<{
  filter?: ChurnReportFilter | null | undefined;
  timeGroupBy: ChurnGroupBy;
}>;

export type ChurnAnalysisQuery = {
  byReason: {
    from: string;
    to: string;
    totalCustomersLost: number;
    totalMrrLost: number;
    logoChurnRate: number | null;
    activeAtStart: number;
    smallSample: boolean;
    groups: Array<{
      key: string;
      label: string;
      customersLost: number;
      mrrLost: number;
      share: number | null;
      logoChurnRate: number | null;
      activeAtStart: number;
      smallSample: boolean;
      periodStart: string;
    }>;
  };
  byPlan: {
    groups: Array<{
      key: string;
      label: string;
      customersLost: number;
      mrrLost: number;
      share: number | null;
      logoChurnRate: number | null;
      activeAtStart: number;
      smallSample: boolean;
      periodStart: string;
    }>;
  };
  overTime: {
    groups: Array<{
      key: string;
      label: string;
      customersLost: number;
      mrrLost: number;
      share: number | null;
      logoChurnRate: number | null;
      activeAtStart: number;
      smallSample: boolean;
      periodStart: string;
      byReason: Array<{
        reason: ChurnReason;
        label: string;
        customersLost: number;
        mrrLost: number;
      }>;
    }>;
  };
};

export type ChurnNoteRowFragment = {
  id: string;
  customerId: string;
  customerName: string;
  churnedAt: string;
  reason: ChurnReason;
  planCode: string;
  note: string;
  maskedPersonalData: Array<PersonalDataKind>;
};

export type ChurnNotesQueryVariables = Exact<{
  filter?: ChurnReportFilter | null | undefined;
  reason?: string | null | undefined;
  first: number;
  after?: string | null | undefined;
}>;

export type ChurnNotesQuery = {
  churnReport: {
    notes: {
      totalCount: number;
      pageInfo: { hasNextPage: boolean; endCursor: string | null };
      edges: Array<{
        node: {
          id: string;
          customerId: string;
          customerName: string;
          churnedAt: string;
          reason: ChurnReason;
          planCode: string;
          note: string;
          maskedPersonalData: Array<PersonalDataKind>;
        };
      }>;
    };
  };
};

export type CustomerSuccessQueryVariables = Exact<{ [key: string]: never }>;

export type CustomerSuccessQuery = {
  healthSettings: { goodAtLeast: number; watchAtLeast: number };
  customerHealthSummary: {
    unscored: number;
    bands: Array<{ band: HealthBand; customers: number }>;
    scoreHistogram: Array<{ from: number; customers: number }>;
    touchModels: Array<{ touchModel: TouchModel; customers: number; overridden: number }>;
  };
  customerSegmentMap: {
    comparedWith: string;
    cells: Array<{
      stage: SegmentStage;
      npsBand: SegmentNpsBand;
      customers: number;
      movedIn: number;
      movedOut: number;
    }>;
  };
  atRisk: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        stage: LifecycleStage;
        health: {
          score: number | null;
          band: HealthBand | null;
          components: Array<{
            key: HealthSignal;
            label: string;
            value: number | null;
            missing: boolean;
          }>;
        } | null;
      };
    }>;
  };
};

export type HealthCustomerRowFragment = {
  id: string;
  name: string;
  stage: LifecycleStage;
  health: {
    score: number | null;
    band: HealthBand | null;
    components: Array<{ key: HealthSignal; label: string; value: number | null; missing: boolean }>;
  } | null;
};

export type SegmentCustomersQueryVariables = Exact<{
  segment: CustomerSegmentFilter;
  first: number;
}>;

export type SegmentCustomersQuery = {
  customers: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        stage: LifecycleStage;
        health: {
          score: number | null;
          band: HealthBand | null;
          components: Array<{
            key: HealthSignal;
            label: string;
            value: number | null;
            missing: boolean;
          }>;
        } | null;
      };
    }>;
  };
};

export type SegmentMapFragment = {
  comparedWith: string;
  cells: Array<{
    stage: SegmentStage;
    npsBand: SegmentNpsBand;
    customers: number;
    movedIn: number;
    movedOut: number;
  }>;
};

export type CompanyNpsCardFragment = {
  id: string;
  companyNps: { score: number | null; band: SegmentNpsBand; respondents: number } | null;
  healthHistory: Array<{ month: string; nps: number | null; closed: boolean }>;
};

export type CustomerSurveyCommentsQueryVariables = Exact<{
  filter: SurveyCommentFilter;
  first: number;
}>;

export type CustomerSurveyCommentsQuery = {
  surveyComments: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        score: number;
        npsCategory: NpsCategory | null;
        comment: string | null;
        maskedPersonalData: Array<PersonalDataKind>;
        answeredAt: string;
        respondent: { name: string | null; email: string | null } | null;
        survey: { id: string; kind: SurveyKind; title: string };
      };
    }>;
  };
};

export type ContactsCardFragment = {
  id: string;
  fullName: string;
  familyNameKana: string | null;
  givenNameKana: string | null;
  email: string;
  phone: string | null;
  role: ContactRole | null;
  isPrimary: boolean;
  familyName: string;
  givenName: string | null;
};

export type ContactsCardCustomerFragment = {
  id: string;
  contacts: Array<{
    id: string;
    fullName: string;
    familyNameKana: string | null;
    givenNameKana: string | null;
    email: string;
    phone: string | null;
    role: ContactRole | null;
    isPrimary: boolean;
    familyName: string;
    givenName: string | null;
  }> | null;
};

export type CustomerAddContactMutationVariables = Exact<{
  input: AddContactInput;
}>;

export type CustomerAddContactMutation = {
  addContact: {
    customer: {
      id: string;
      contacts: Array<{
        id: string;
        fullName: string;
        familyNameKana: string | null;
        givenNameKana: string | null;
        email: string;
        phone: string | null;
        role: ContactRole | null;
        isPrimary: boolean;
        familyName: string;
        givenName: string | null;
      }> | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerUpdateContactMutationVariables = Exact<{
  input: UpdateContactInput;
}>;

export type CustomerUpdateContactMutation = {
  updateContact: {
    customer: {
      id: string;
      contacts: Array<{
        id: string;
        fullName: string;
        familyNameKana: string | null;
        givenNameKana: string | null;
        email: string;
        phone: string | null;
        role: ContactRole | null;
        isPrimary: boolean;
        familyName: string;
        givenName: string | null;
      }> | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerRemoveContactMutationVariables = Exact<{
  input: RemoveContactInput;
}>;

export type CustomerRemoveContactMutation = {
  removeContact: {
    customer: {
      id: string;
      contacts: Array<{
        id: string;
        fullName: string;
        familyNameKana: string | null;
        givenNameKana: string | null;
        email: string;
        phone: string | null;
        role: ContactRole | null;
        isPrimary: boolean;
        familyName: string;
        givenName: string | null;
      }> | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerSetPrimaryContactMutationVariables = Exact<{
  input: SetPrimaryContactInput;
}>;

export type CustomerSetPrimaryContactMutation = {
  setPrimaryContact: {
    customer: {
      id: string;
      contacts: Array<{
        id: string;
        fullName: string;
        familyNameKana: string | null;
        givenNameKana: string | null;
        email: string;
        phone: string | null;
        role: ContactRole | null;
        isPrimary: boolean;
        familyName: string;
        givenName: string | null;
      }> | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerActionsFragment = {
  id: string;
  name: string;
  stage: LifecycleStage;
  trialStartedAt: string | null;
  trialEndsAt: string | null;
  trialExpiredAt: string | null;
  isTrialExpired: boolean;
  trialExtendedDays: number;
  subscription: {
    id: string;
    status: SubscriptionStatus;
    plan: { id: string; code: string };
    options: Array<{ id: string; code: string }>;
  } | null;
};

export type CustomerStartTrialMutationVariables = Exact<{
  input: StartTrialInput;
}>;

export type CustomerStartTrialMutation = {
  startTrial: {
    customer: { id: string; stage: LifecycleStage } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerRequestTrialExtensionMutationVariables = Exact<{
  input: RequestTrialExtensionInput;
}>;

export type CustomerRequestTrialExtensionMutation = {
  requestTrialExtension: {
    request: { id: string; status: ProvisioningStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerRequestSecondTrialMutationVariables = Exact<{
  input: RequestSecondTrialInput;
}>;

export type CustomerRequestSecondTrialMutation = {
  requestSecondTrial: {
    request: { id: string; status: ProvisioningStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerRequestReactivationMutationVariables = Exact<{
  input: RequestReactivationInput;
}>;

export type CustomerRequestReactivationMutation = {
  requestReactivation: {
    request: { id: string; status: ProvisioningStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerDetailQueryVariables = Exact<{
  id: string | number;
  withUsage: boolean;
}>;

export type CustomerDetailQuery = {
  customer:
    | ({
        id: string;
        name: string;
        nameKana: string | null;
        corporateNumber: string | null;
        stage: LifecycleStage;
        createdAt: string;
        trialStartedAt: string | null;
        trialEndsAt: string | null;
        trialExpiredAt: string | null;
        trialExtendedDays: number;
        isTrialExpired: boolean;
        trialDaysLeft: number | null;
        version: number;
        annualRevenueYen: number | null;
        currentRatio: number | null;
        employeeCount: number | null;
        industry: Industry | null;
        engagement: Engagement | null;
        touchModel: TouchModel;
        erasureDueAt: string | null;
        mfaPolicy: {
          isMultiFactor: boolean;
          categories: Array<MfaFactorCategory>;
          missingCategories: Array<MfaFactorCategory>;
          methods: Array<{ code: string; name: string; category: MfaFactorCategory }>;
        };
        subscription: {
          id: string;
          status: SubscriptionStatus;
          startedAt: string;
          cancelledAt: string | null;
          contractTerm: ContractTerm;
          renewsAt: string | null;
          plan: {
            id: string;
            code: string;
            name: string;
            monthlyFee: { excludingTax: number; includingTax: number };
          };
          options: Array<{
            id: string;
            code: string;
            name: string;
            kind: OptionKind;
            factorCategory: MfaFactorCategory | null;
            monthlyFeeYen: number;
          }>;
          monthlyFee: { excludingTax: number; tax: number; includingTax: number };
          renewalAmount: { excludingTax: number; includingTax: number } | null;
          feeHistory: Array<{
            effectiveFrom: string;
            effectiveTo: string | null;
            status: SubscriptionStatus;
            planCode: string;
            optionCodes: Array<string>;
            contractTerm: ContractTerm;
            changeKind: string;
            monthlyFee: { excludingTax: number; includingTax: number };
          }>;
          history: Array<{
            changeKind: string;
            changedAt: string;
            planCodeBefore: string | null;
            planCodeAfter: string;
            statusBefore: string | null;
            statusAfter: string;
            optionCodesBefore: Array<string>;
            optionCodesAfter: Array<string>;
          }>;
        } | null;
        contacts: Array<{
          id: string;
          fullName: string;
          familyNameKana: string | null;
          givenNameKana: string | null;
          email: string;
          phone: string | null;
          role: ContactRole | null;
          isPrimary: boolean;
          familyName: string;
          givenName: string | null;
        }> | null;
        scheduledChanges: Array<{
          id: string;
          kind: ProvisioningKind;
          status: ProvisioningStatus;
          effectiveDate: string;
          withdrawal: { requestedAt: string; reason: string } | null;
          proposal: {
            planCode: string | null;
            optionCodes: Array<string>;
            preview: {
              planBefore: string | null;
              planAfter: string | null;
              kept: Array<string>;
              removed: Array<string>;
              added: Array<string>;
              monthlyFeeBefore: { excludingTax: number; tax: number; includingTax: number };
              monthlyFeeAfter: { excludingTax: number; tax: number; includingTax: number };
              proratedFirstMonth: {
                fromDate: string;
                toDate: string;
                days: number;
                daysInMonth: number;
                fee: {
                  excludingTax: number;
                  tax: number;
                  includingTax: number;
                  formattedExcludingTax: string;
                  formattedIncludingTax: string;
                };
              } | null;
            };
          } | null;
        }>;
        stageHistory: Array<{
          fromStage: LifecycleStage | null;
          toStage: LifecycleStage;
          changedAt: string;
          note: string | null;
        }>;
        deletionCertificate: { number: string; erasedAt: string } | null;
        serviceCredits: Array<{
          month: string;
          planCode: string;
          creditPercent: number;
          appliedAt: string;
          provisioningRequestId: string;
          credit: { excludingTax: number; includingTax: number };
        }>;
        health: {
          score: number | null;
          band: HealthBand | null;
          computedAt: string;
          components: Array<{
            key: HealthSignal;
            label: string;
            value: number | null;
            weight: number;
            effectiveWeight: number;
            contribution: number;
            missing: boolean;
            explanation: string;
          }>;
        } | null;
        touchModelAssessment: {
          touchModel: TouchModel;
          derived: TouchModel;
          reason: string;
          unknownFields: Array<string>;
          override: {
            touchModel: TouchModel;
            reason: string;
            setAt: string;
            setBy: string | null;
          } | null;
        };
        companyNps: { score: number | null; band: SegmentNpsBand; respondents: number } | null;
        healthHistory: Array<{ month: string; nps: number | null; closed: boolean }>;
      } & { usage?: Array<{ date: string; activeUsers: number; storageGb: number }> })
    | null;
};

export type CustomerHeaderFragment = {
  id: string;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  stage: LifecycleStage;
  createdAt: string;
  trialStartedAt: string | null;
  trialEndsAt: string | null;
  trialExpiredAt: string | null;
  trialExtendedDays: number;
  isTrialExpired: boolean;
  trialDaysLeft: number | null;
  erasureDueAt: string | null;
};

export type CustomerNearMissesQueryVariables = Exact<{
  customerId: string | number;
  first: number;
}>;

export type CustomerNearMissesQuery = {
  nearMisses: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: NearMissKind;
        status: NearMissStatus;
        occurredAt: string;
        description: string;
      };
    }>;
  };
};

export type CustomerAuditEventsQueryVariables = Exact<{
  entityId: string | number;
  first: number;
}>;

export type CustomerAuditEventsQuery = {
  auditEvents: {
    totalCount: number;
    edges: Array<{ node: { id: string; action: string; actorName: string; occurredAt: string } }>;
  };
};

export type FeeHistoryCardFragment = {
  feeHistory: Array<{
    effectiveFrom: string;
    effectiveTo: string | null;
    status: SubscriptionStatus;
    planCode: string;
    optionCodes: Array<string>;
    contractTerm: ContractTerm;
    changeKind: string;
    monthlyFee: { excludingTax: number; includingTax: number };
  }>;
};

export type HealthCardFragment = {
  health: {
    score: number | null;
    band: HealthBand | null;
    computedAt: string;
    components: Array<{
      key: HealthSignal;
      label: string;
      value: number | null;
      weight: number;
      effectiveWeight: number;
      contribution: number;
      missing: boolean;
      explanation: string;
    }>;
  } | null;
};

export type LifecycleTimelineFragment = {
  stageHistory: Array<{
    fromStage: LifecycleStage | null;
    toStage: LifecycleStage;
    changedAt: string;
    note: string | null;
  }>;
};

export type MfaPolicyCardFragment = {
  isMultiFactor: boolean;
  categories: Array<MfaFactorCategory>;
  missingCategories: Array<MfaFactorCategory>;
  methods: Array<{ code: string; name: string; category: MfaFactorCategory }>;
};

export type ProfileCardFragment = {
  id: string;
  version: number;
  stage: LifecycleStage;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  annualRevenueYen: number | null;
  currentRatio: number | null;
  employeeCount: number | null;
  industry: Industry | null;
  engagement: Engagement | null;
};

export type CustomerUpdateProfileMutationVariables = Exact<{
  input: UpdateCustomerInput;
}>;

export type CustomerUpdateProfileMutation = {
  updateCustomer: {
    customer: {
      id: string;
      version: number;
      stage: LifecycleStage;
      name: string;
      nameKana: string | null;
      corporateNumber: string | null;
      annualRevenueYen: number | null;
      currentRatio: number | null;
      employeeCount: number | null;
      industry: Industry | null;
      engagement: Engagement | null;
      createdAt: string;
      trialStartedAt: string | null;
      trialEndsAt: string | null;
      trialExpiredAt: string | null;
      trialExtendedDays: number;
      isTrialExpired: boolean;
      trialDaysLeft: number | null;
      touchModel: TouchModel;
      erasureDueAt: string | null;
      touchModelAssessment: {
        touchModel: TouchModel;
        derived: TouchModel;
        reason: string;
        unknownFields: Array<string>;
        override: {
          touchModel: TouchModel;
          reason: string;
          setAt: string;
          setBy: string | null;
        } | null;
      };
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ScheduledChangesCardFragment = {
  scheduledChanges: Array<{
    id: string;
    kind: ProvisioningKind;
    status: ProvisioningStatus;
    effectiveDate: string;
    withdrawal: { requestedAt: string; reason: string } | null;
    proposal: {
      planCode: string | null;
      optionCodes: Array<string>;
      preview: {
        planBefore: string | null;
        planAfter: string | null;
        kept: Array<string>;
        removed: Array<string>;
        added: Array<string>;
        monthlyFeeBefore: { excludingTax: number; tax: number; includingTax: number };
        monthlyFeeAfter: { excludingTax: number; tax: number; includingTax: number };
        proratedFirstMonth: {
          fromDate: string;
          toDate: string;
          days: number;
          daysInMonth: number;
          fee: {
            excludingTax: number;
            tax: number;
            includingTax: number;
            formattedExcludingTax: string;
            formattedIncludingTax: string;
          };
        } | null;
      };
    } | null;
  }>;
};

export type CustomerRequestScheduledChangeWithdrawalMutationVariables = Exact<{
  input: RequestScheduledChangeWithdrawalInput;
}>;

export type CustomerRequestScheduledChangeWithdrawalMutation = {
  requestScheduledChangeWithdrawal: {
    request: { id: string; status: ProvisioningStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ServiceCreditsCardFragment = {
  serviceCredits: Array<{
    month: string;
    planCode: string;
    creditPercent: number;
    appliedAt: string;
    provisioningRequestId: string;
    credit: { excludingTax: number; includingTax: number };
  }>;
};

export type SubscriptionCardFragment = {
  id: string;
  status: SubscriptionStatus;
  startedAt: string;
  cancelledAt: string | null;
  contractTerm: ContractTerm;
  renewsAt: string | null;
  plan: {
    id: string;
    code: string;
    name: string;
    monthlyFee: { excludingTax: number; includingTax: number };
  };
  options: Array<{
    id: string;
    code: string;
    name: string;
    kind: OptionKind;
    factorCategory: MfaFactorCategory | null;
    monthlyFeeYen: number;
  }>;
  monthlyFee: { excludingTax: number; tax: number; includingTax: number };
  renewalAmount: { excludingTax: number; includingTax: number } | null;
};

export type SubscriptionHistoryTableFragment = {
  history: Array<{
    changeKind: string;
    changedAt: string;
    planCodeBefore: string | null;
    planCodeAfter: string;
    statusBefore: string | null;
    statusAfter: string;
    optionCodesBefore: Array<string>;
    optionCodesAfter: Array<string>;
  }>;
};

export type SubscriptionHistoryCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type SubscriptionHistoryCatalogQuery = {
  plans: Array<{ id: string; code: string; name: string }>;
  options: Array<{ id: string; code: string; name: string }>;
};

export type TaskChangeFieldsFragment = {
  id: string;
  title: string;
  kind: TaskKind;
  status: TaskStatus;
  dueOn: string;
  isOverdue: boolean;
  assignee: { id: string; displayName: string } | null;
};

export type ReassignTaskMutationVariables = Exact<{
  input: ReassignTaskInput;
}>;

export type ReassignTaskMutation = {
  reassignTask: {
    task: {
      id: string;
      title: string;
      kind: TaskKind;
      status: TaskStatus;
      dueOn: string;
      isOverdue: boolean;
      assignee: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UpdateTaskMutationVariables = Exact<{
  input: UpdateTaskInput;
}>;

export type UpdateTaskMutation = {
  updateTask: {
    task: {
      id: string;
      title: string;
      kind: TaskKind;
      status: TaskStatus;
      dueOn: string;
      isOverdue: boolean;
      assignee: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type TaskRowFragment = {
  id: string;
  title: string;
  kind: TaskKind;
  status: TaskStatus;
  dueOn: string;
  isOverdue: boolean;
  completedAt: string | null;
  assignee: { id: string; displayName: string } | null;
};

export type CustomerTasksQueryVariables = Exact<{
  id: string | number;
  first: number;
  statuses?: Array<TaskStatus> | TaskStatus | null | undefined;
}>;

export type CustomerTasksQuery = {
  customer: {
    id: string;
    tasks: Array<{
      id: string;
      title: string;
      kind: TaskKind;
      status: TaskStatus;
      dueOn: string;
      isOverdue: boolean;
      completedAt: string | null;
      assignee: { id: string; displayName: string } | null;
    }>;
  } | null;
};

export type TaskAssigneesQueryVariables = Exact<{ [key: string]: never }>;

export type TaskAssigneesQuery = {
  assignableStaff: { edges: Array<{ node: { id: string; displayName: string } }> };
};

export type CustomerCreateTaskMutationVariables = Exact<{
  input: CreateTaskInput;
}>;

export type CustomerCreateTaskMutation = {
  createTask: {
    task: {
      id: string;
      title: string;
      kind: TaskKind;
      status: TaskStatus;
      dueOn: string;
      isOverdue: boolean;
      completedAt: string | null;
      assignee: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerCompleteTaskMutationVariables = Exact<{
  input: CompleteTaskInput;
}>;

export type CustomerCompleteTaskMutation = {
  completeTask: {
    task: {
      id: string;
      title: string;
      kind: TaskKind;
      status: TaskStatus;
      dueOn: string;
      isOverdue: boolean;
      completedAt: string | null;
      assignee: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type TouchModelCardFragment = {
  id: string;
  touchModel: TouchModel;
  touchModelAssessment: {
    touchModel: TouchModel;
    derived: TouchModel;
    reason: string;
    unknownFields: Array<string>;
    override: {
      touchModel: TouchModel;
      reason: string;
      setAt: string;
      setBy: string | null;
    } | null;
  };
};

export type CustomerSetTouchModelMutationVariables = Exact<{
  input: SetTouchModelInput;
}>;

export type CustomerSetTouchModelMutation = {
  setTouchModel: {
    customer: {
      id: string;
      touchModel: TouchModel;
      touchModelAssessment: {
        touchModel: TouchModel;
        derived: TouchModel;
        reason: string;
        unknownFields: Array<string>;
        override: {
          touchModel: TouchModel;
          reason: string;
          setAt: string;
          setBy: string | null;
        } | null;
      };
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerClearTouchModelOverrideMutationVariables = Exact<{
  input: ClearTouchModelOverrideInput;
}>;

export type CustomerClearTouchModelOverrideMutation = {
  clearTouchModelOverride: {
    customer: {
      id: string;
      touchModel: TouchModel;
      touchModelAssessment: {
        touchModel: TouchModel;
        derived: TouchModel;
        reason: string;
        unknownFields: Array<string>;
        override: {
          touchModel: TouchModel;
          reason: string;
          setAt: string;
          setBy: string | null;
        } | null;
      };
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UsageCardFragment = {
  usage: Array<{ date: string; activeUsers: number; storageGb: number }>;
};

export type CustomerListFiltersPlansQueryVariables = Exact<{ [key: string]: never }>;

export type CustomerListFiltersPlansQuery = {
  plans: Array<{ id: string; code: string; name: string }>;
};

export type CustomerListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: CustomerFilter | null | undefined;
  orderBy?: CustomerOrder | null | undefined;
  withRenewal: boolean;
}>;

export type CustomerListQuery = {
  customers: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      cursor: string;
      node: {
        id: string;
        name: string;
        nameKana: string | null;
        corporateNumber: string | null;
        stage: LifecycleStage;
        createdAt: string;
        trialEndsAt: string | null;
        isTrialExpired: boolean;
        trialDaysLeft: number | null;
        subscription: {
          id: string;
          status: SubscriptionStatus;
          renewsAt?: string | null;
          plan: { id: string; code: string; name: string };
          renewalAmount?: { excludingTax: number; includingTax: number } | null;
        } | null;
      };
    }>;
  };
};

export type CustomerTableRowFragment = {
  id: string;
  name: string;
  nameKana: string | null;
  corporateNumber: string | null;
  stage: LifecycleStage;
  createdAt: string;
  trialEndsAt: string | null;
  isTrialExpired: boolean;
  trialDaysLeft: number | null;
  subscription: {
    id: string;
    status: SubscriptionStatus;
    renewsAt?: string | null;
    plan: { id: string; code: string; name: string };
    renewalAmount?: { excludingTax: number; includingTax: number } | null;
  } | null;
};

export type EconomicsPeriodRowFragment = {
  period: string;
  from: string;
  to: string;
  startMrr: number;
  mrr: number;
  arr: number;
  newMrr: number;
  expansionMrr: number;
  contractionMrr: number;
  churnedMrr: number;
  reactivationMrr: number;
  customersAtStart: number;
  customersActive: number;
  customersNew: number;
  customersChurned: number;
  credits: number;
  revenue: number;
  grr: number | null;
  nrr: number | null;
  mrrChurnRate: number | null;
  arpa: number | null;
  trialsEnded: number;
  trialsConverted: number;
  trialConversionRate: number | null;
  ltv: number | null;
};

export type EconomicsQueryVariables = Exact<{
  filter?: RevenueReportFilter | null | undefined;
  groupBy: RevenueGroupBy;
}>;

export type EconomicsQuery = {
  revenueReport: {
    periods: Array<{
      period: string;
      from: string;
      to: string;
      startMrr: number;
      mrr: number;
      arr: number;
      newMrr: number;
      expansionMrr: number;
      contractionMrr: number;
      churnedMrr: number;
      reactivationMrr: number;
      customersAtStart: number;
      customersActive: number;
      customersNew: number;
      customersChurned: number;
      credits: number;
      revenue: number;
      grr: number | null;
      nrr: number | null;
      mrrChurnRate: number | null;
      arpa: number | null;
      trialsEnded: number;
      trialsConverted: number;
      trialConversionRate: number | null;
      ltv: number | null;
    }>;
  };
};

export type CertificatePageQueryVariables = Exact<{
  number: string;
}>;

export type CertificatePageQuery = {
  deletionCertificate: {
    number: string;
    method: string;
    maker: string;
    checker: string | null;
    requestedAt: string;
    approvedAt: string;
    erasedAt: string;
    digest: string;
    company: { name: string; corporateNumber: string | null };
    erased: Array<{ category: string; label: string; count: number }>;
    kept: Array<{ category: string; label: string; basis: string }>;
  } | null;
};

export type VerifyDeletionCertificateQueryVariables = Exact<{
  number: string;
  digest: string;
}>;

export type VerifyDeletionCertificateQuery = { verifyDeletionCertificate: boolean };

export type ErasureDueFragment = {
  id: string;
  name: string;
  corporateNumber: string | null;
  stage: LifecycleStage;
  erasureDueAt: string | null;
};

export type CustomerErasureFragment = {
  id: string;
  stage: LifecycleStage;
  name: string;
  corporateNumber: string | null;
  erasureDueAt: string | null;
  scheduledChanges: Array<{ id: string; kind: ProvisioningKind; effectiveDate: string }>;
  stageHistory: Array<{ toStage: LifecycleStage; changedAt: string }>;
  deletionCertificate: { number: string; erasedAt: string } | null;
};

export type ErasureDueStatusQueryVariables = Exact<{
  search: string;
}>;

export type ErasureDueStatusQuery = {
  overdue: { edges: Array<{ node: { id: string } }> };
  dueThisWeek: { edges: Array<{ node: { id: string } }> };
};

export type RequestErasureMutationVariables = Exact<{
  input: RequestErasureInput;
}>;

export type RequestErasureMutation = {
  requestErasure: {
    request: { id: string; kind: ProvisioningKind; status: ProvisioningStatus } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ErasureWorkItemFragment = {
  id: string;
  name: string;
  erasureDueAt: string | null;
  subscription: { id: string; cancelledAt: string | null } | null;
};

export type HomeErasureDueQueryVariables = Exact<{ [key: string]: never }>;

export type HomeErasureDueQuery = {
  overdue: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        erasureDueAt: string | null;
        subscription: { id: string; cancelledAt: string | null } | null;
      };
    }>;
  };
  dueThisWeek: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        erasureDueAt: string | null;
        subscription: { id: string; cancelledAt: string | null } | null;
      };
    }>;
  };
};

export type HomeRequestItemFragment = {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  createdAt: string;
  effectiveDate: string;
  customer: { id: string; name: string };
  maker: { id: string; displayName: string } | null;
  failureReason: { code: UserErrorCode; message: string } | null;
  withdrawal: { requestedAt: string; reason: string } | null;
};

export type HomeWorkQueryVariables = Exact<{
  makerId: string | number;
  monthStart: string;
  asMaker: boolean;
  asChecker: boolean;
}>;

export type HomeWorkQuery = {
  returned?: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        effectiveDate: string;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        failureReason: { code: UserErrorCode; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
      };
    }>;
  };
  awaiting?: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        effectiveDate: string;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        failureReason: { code: UserErrorCode; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
      };
    }>;
  };
  failedMine?: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        effectiveDate: string;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        failureReason: { code: UserErrorCode; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
      };
    }>;
  };
  failedAll?: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        effectiveDate: string;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        failureReason: { code: UserErrorCode; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
      };
    }>;
  };
  withdrawalAsked?: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        effectiveDate: string;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        failureReason: { code: UserErrorCode; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
      };
    }>;
  };
  nearMissesThisMonth: { totalCount: number };
  trialsEnding: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        name: string;
        trialEndsAt: string | null;
        isTrialExpired: boolean;
        trialDaysLeft: number | null;
      };
    }>;
  };
  trialsExpired: {
    totalCount: number;
    edges: Array<{ node: { id: string; name: string; trialEndsAt: string | null } }>;
  };
};

export type HomeCountsQueryVariables = Exact<{ [key: string]: never }>;

export type HomeCountsQuery = {
  allCustomers: { totalCount: number };
  trials: { totalCount: number };
  active: { totalCount: number };
  trialsEndingSoon: { totalCount: number };
};

export type HomeMyTasksQueryVariables = Exact<{
  assigneeId: string | number;
}>;

export type HomeMyTasksQuery = {
  tasks: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        title: string;
        dueOn: string;
        isOverdue: boolean;
        kind: TaskKind;
        status: TaskStatus;
        customer: { id: string; name: string };
        assignee: { id: string; displayName: string } | null;
      };
    }>;
  };
};

export type CheckedValuesCompareFragment = {
  planCode: string | null;
  optionCodes: Array<string> | null;
  effectiveDate: string | null;
  trialEndsOn: string | null;
  contractTerm: string | null;
};

export type NearMissEditFormFragment = {
  id: string;
  source: NearMissSource;
  erredSide: NearMissErredSide | null;
  status: NearMissStatus;
  causeCategory: NearMissCause | null;
  countermeasure: string | null;
  description: string;
};

export type NearMissDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type NearMissDetailQuery = {
  node:
    | { __typename: 'Customer'; id: string }
    | {
        __typename: 'NearMiss';
        kind: NearMissKind;
        status: NearMissStatus;
        source: NearMissSource;
        occurredAt: string;
        updatedAt: string;
        description: string;
        fields: Array<string>;
        requestKind: string | null;
        causeCategory: NearMissCause | null;
        countermeasure: string | null;
        id: string;
        erredSide: NearMissErredSide | null;
        makerValues: {
          planCode: string | null;
          optionCodes: Array<string> | null;
          effectiveDate: string | null;
          trialEndsOn: string | null;
          contractTerm: string | null;
        } | null;
        checkerValues: {
          planCode: string | null;
          optionCodes: Array<string> | null;
          effectiveDate: string | null;
          trialEndsOn: string | null;
          contractTerm: string | null;
        } | null;
        customer: { id: string; name: string } | null;
        request: { id: string; kind: ProvisioningKind; status: ProvisioningStatus } | null;
        reportedBy: { id: string; displayName: string } | null;
      }
    | { __typename: 'Option'; id: string }
    | { __typename: 'Plan'; id: string }
    | { __typename: 'ProvisioningRequest'; id: string }
    | { __typename: 'Subscription'; id: string }
    | { __typename: 'Survey'; id: string }
    | { __typename: 'SurveyImport'; id: string }
    | { __typename: 'SurveyResponse'; id: string }
    | { __typename: 'Task'; id: string }
    | { __typename: 'UsageImport'; id: string }
    | null;
};

export type UpdateNearMissMutationVariables = Exact<{
  input: UpdateNearMissInput;
}>;

export type UpdateNearMissMutation = {
  updateNearMiss: {
    nearMiss: {
      id: string;
      updatedAt: string;
      source: NearMissSource;
      erredSide: NearMissErredSide | null;
      status: NearMissStatus;
      causeCategory: NearMissCause | null;
      countermeasure: string | null;
      description: string;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type NearMissTableRowFragment = {
  id: string;
  kind: NearMissKind;
  status: NearMissStatus;
  source: NearMissSource;
  occurredAt: string;
  description: string;
  fields: Array<string>;
  requestKind: string | null;
  causeCategory: NearMissCause | null;
  customer: { id: string; name: string } | null;
};

export type NearMissListQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: NearMissFilter | null | undefined;
}>;

export type NearMissListQuery = {
  nearMisses: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        kind: NearMissKind;
        status: NearMissStatus;
        source: NearMissSource;
        occurredAt: string;
        description: string;
        fields: Array<string>;
        requestKind: string | null;
        causeCategory: NearMissCause | null;
        customer: { id: string; name: string } | null;
      };
    }>;
  };
};

export type CustomerSelectOptionFragment = {
  id: string;
  name: string;
  corporateNumber: string | null;
};

export type CustomerSelectQueryVariables = Exact<{
  search: string;
}>;

export type CustomerSelectQuery = {
  customers: {
    edges: Array<{ node: { id: string; name: string; corporateNumber: string | null } }>;
  };
};

export type CustomerSelectChosenQueryVariables = Exact<{
  id: string | number;
}>;

export type CustomerSelectChosenQuery = {
  customer: { id: string; name: string; corporateNumber: string | null } | null;
};

export type RecordNearMissMutationVariables = Exact<{
  input: RecordNearMissInput;
}>;

export type RecordNearMissMutation = {
  recordNearMiss: {
    nearMiss: { id: string; kind: NearMissKind } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RequestSelectOptionFragment = {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  createdAt: string;
  customer: { id: string };
  maker: { id: string; displayName: string } | null;
};

export type RequestSelectQueryVariables = Exact<{
  customerId: string | number;
}>;

export type RequestSelectQuery = {
  provisioningRequests: {
    totalCount: number;
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        customer: { id: string };
        maker: { id: string; displayName: string } | null;
      };
    }>;
  };
};

export type RequestSelectChosenQueryVariables = Exact<{
  id: string | number;
}>;

export type RequestSelectChosenQuery = {
  node:
    | { __typename: 'Customer'; id: string }
    | { __typename: 'NearMiss'; id: string }
    | { __typename: 'Option'; id: string }
    | { __typename: 'Plan'; id: string }
    | {
        __typename: 'ProvisioningRequest';
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        createdAt: string;
        customer: { id: string };
        maker: { id: string; displayName: string } | null;
      }
    | { __typename: 'Subscription'; id: string }
    | { __typename: 'Survey'; id: string }
    | { __typename: 'SurveyImport'; id: string }
    | { __typename: 'SurveyResponse'; id: string }
    | { __typename: 'Task'; id: string }
    | { __typename: 'UsageImport'; id: string }
    | null;
};

export type NearMissReportQueryVariables = Exact<{
  from?: string | null | undefined;
  to?: string | null | undefined;
}>;

export type NearMissReportQuery = {
  nearMissReport: {
    requestsChecked: number;
    requestsApplied: number;
    requestsReturned: number;
    requestsRejected: number;
    byWeek: Array<{ key: string; nearMisses: number; incidents: number }>;
    byRequestKind: Array<{ key: string; nearMisses: number; incidents: number }>;
    byField: Array<{ key: string; nearMisses: number; incidents: number }>;
  };
};

export type ApproveProvisioningRequestMutationVariables = Exact<{
  input: ApproveProvisioningRequestInput;
}>;

export type ApproveProvisioningRequestMutation = {
  approveProvisioningRequest: {
    mismatchedFields: Array<ConfirmationField>;
    request: {
      id: string;
      status: ProvisioningStatus;
      version: number;
      effectiveDate: string;
      appliedAt: string | null;
      checker: { id: string; displayName: string } | null;
      proposal: {
        planCode: string | null;
        optionCodes: Array<string>;
        effectiveDate: string;
        trialEndsOn: string | null;
        contractTerm: ContractTerm | null;
        serviceCredit: {
          month: string;
          planCode: string;
          measuredPercent: number;
          targetPercent: number;
          creditPercent: number;
          serviceDays: number;
          daysInMonth: number;
          feeExcludingTax: number;
          credit: { excludingTax: number; tax: number; includingTax: number };
        } | null;
      } | null;
      customer: { id: string; corporateNumber: string | null };
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CheckRequestQueryVariables = Exact<{
  id: string | number;
}>;

export type CheckRequestQuery = {
  node:
    | { __typename: 'Customer'; id: string }
    | { __typename: 'NearMiss'; id: string }
    | { __typename: 'Option'; id: string }
    | { __typename: 'Plan'; id: string }
    | {
        __typename: 'ProvisioningRequest';
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        version: number;
        createdAt: string;
        decidedAt: string | null;
        decisionReason: string | null;
        effectiveDate: string;
        appliedAt: string | null;
        isMine: boolean;
        customer: {
          id: string;
          trialEndsAt: string | null;
          name: string;
          stage: LifecycleStage;
          subscription: {
            id: string;
            status: SubscriptionStatus;
            plan: { id: string; code: string };
            options: Array<{ id: string; code: string }>;
          } | null;
        };
        failureReason: { code: UserErrorCode; field: string | null; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
        withdrawalRequestedBy: { id: string; displayName: string } | null;
        maker: { id: string; displayName: string } | null;
        checker: { id: string; displayName: string } | null;
      }
    | { __typename: 'Subscription'; id: string }
    | { __typename: 'Survey'; id: string }
    | { __typename: 'SurveyImport'; id: string }
    | { __typename: 'SurveyResponse'; id: string }
    | { __typename: 'Task'; id: string }
    | { __typename: 'UsageImport'; id: string }
    | null;
};

export type ReturnProvisioningRequestMutationVariables = Exact<{
  input: ReturnProvisioningRequestInput;
}>;

export type ReturnProvisioningRequestMutation = {
  returnProvisioningRequest: {
    request: { id: string; status: ProvisioningStatus; decisionReason: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RejectProvisioningRequestMutationVariables = Exact<{
  input: RejectProvisioningRequestInput;
}>;

export type RejectProvisioningRequestMutation = {
  rejectProvisioningRequest: {
    request: { id: string; status: ProvisioningStatus; decisionReason: string | null } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ServiceCreditCheckAidQueryVariables = Exact<{
  id: string | number;
}>;

export type ServiceCreditCheckAidQuery = {
  node:
    | { __typename: 'Customer'; id: string }
    | { __typename: 'NearMiss'; id: string }
    | { __typename: 'Option'; id: string }
    | { __typename: 'Plan'; id: string }
    | {
        __typename: 'ProvisioningRequest';
        id: string;
        serviceCreditSubject: {
          month: string;
          planCode: string;
          targetPercent: number;
          measuredPercent: number;
        } | null;
        customer: {
          id: string;
          subscription: {
            id: string;
            feeHistory: Array<{
              effectiveFrom: string;
              effectiveTo: string | null;
              status: SubscriptionStatus;
              planCode: string;
              optionCodes: Array<string>;
              monthlyFee: { excludingTax: number };
            }>;
          } | null;
        };
      }
    | { __typename: 'Subscription'; id: string }
    | { __typename: 'Survey'; id: string }
    | { __typename: 'SurveyImport'; id: string }
    | { __typename: 'SurveyResponse'; id: string }
    | { __typename: 'Task'; id: string }
    | { __typename: 'UsageImport'; id: string }
    | null;
  slaCreditTiers: Array<{ belowPercent: number | null; creditPercent: number }>;
};

export type RequestDetailQueryVariables = Exact<{
  id: string | number;
}>;

export type RequestDetailQuery = {
  node:
    | { __typename: 'Customer'; id: string }
    | { __typename: 'NearMiss'; id: string }
    | { __typename: 'Option'; id: string }
    | { __typename: 'Plan'; id: string }
    | {
        __typename: 'ProvisioningRequest';
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        version: number;
        createdAt: string;
        decidedAt: string | null;
        decisionReason: string | null;
        effectiveDate: string;
        appliedAt: string | null;
        isMine: boolean;
        customer: {
          id: string;
          name: string;
          stage: LifecycleStage;
          subscription: {
            id: string;
            status: SubscriptionStatus;
            plan: { id: string; code: string };
            options: Array<{ id: string; code: string }>;
          } | null;
        };
        proposal: {
          planCode: string | null;
          optionCodes: Array<string>;
          effectiveDate: string;
          churnReason: ChurnReason | null;
          churnNote: string | null;
          trialExtensionDays: number | null;
          trialEndsOn: string | null;
          note: string | null;
          contractTerm: ContractTerm | null;
          preview: {
            planBefore: string | null;
            planAfter: string | null;
            kept: Array<string>;
            removed: Array<string>;
            added: Array<string>;
            monthlyFeeBefore: { excludingTax: number; tax: number; includingTax: number };
            monthlyFeeAfter: { excludingTax: number; tax: number; includingTax: number };
            proratedFirstMonth: {
              fromDate: string;
              toDate: string;
              days: number;
              daysInMonth: number;
              fee: {
                excludingTax: number;
                tax: number;
                includingTax: number;
                formattedExcludingTax: string;
                formattedIncludingTax: string;
              };
            } | null;
          };
          serviceCredit: {
            month: string;
            planCode: string;
            measuredPercent: number;
            targetPercent: number;
            creditPercent: number;
            serviceDays: number;
            daysInMonth: number;
            feeExcludingTax: number;
            credit: { excludingTax: number; tax: number; includingTax: number };
          } | null;
        } | null;
        history: Array<{
          action: string;
          occurredAt: string;
          version: number;
          reason: string | null;
          note: string | null;
          mismatchedFields: Array<ConfirmationField>;
          actor: { id: string; displayName: string } | null;
        }>;
        failureReason: { code: UserErrorCode; field: string | null; message: string } | null;
        withdrawal: { requestedAt: string; reason: string } | null;
        withdrawalRequestedBy: { id: string; displayName: string } | null;
        maker: { id: string; displayName: string } | null;
        checker: { id: string; displayName: string } | null;
      }
    | { __typename: 'Subscription'; id: string }
    | { __typename: 'Survey'; id: string }
    | { __typename: 'SurveyImport'; id: string }
    | { __typename: 'SurveyResponse'; id: string }
    | { __typename: 'Task'; id: string }
    | { __typename: 'UsageImport'; id: string }
    | null;
};

export type WithdrawProvisioningRequestMutationVariables = Exact<{
  input: WithdrawProvisioningRequestInput;
}>;

export type WithdrawProvisioningRequestMutation = {
  withdrawProvisioningRequest: {
    request: { id: string; status: ProvisioningStatus; version: number } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RequestHeaderFragment = {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  version: number;
  createdAt: string;
  decidedAt: string | null;
  decisionReason: string | null;
  effectiveDate: string;
  appliedAt: string | null;
  isMine: boolean;
  failureReason: { code: UserErrorCode; field: string | null; message: string } | null;
  withdrawal: { requestedAt: string; reason: string } | null;
  withdrawalRequestedBy: { id: string; displayName: string } | null;
  customer: { id: string; name: string; stage: LifecycleStage };
  maker: { id: string; displayName: string } | null;
  checker: { id: string; displayName: string } | null;
};

export type RequestHistoryEventFragment = {
  action: string;
  occurredAt: string;
  version: number;
  reason: string | null;
  note: string | null;
  mismatchedFields: Array<ConfirmationField>;
  actor: { id: string; displayName: string } | null;
};

export type ScheduledWithdrawalResultFragment = {
  id: string;
  status: ProvisioningStatus;
  version: number;
  withdrawal: { requestedAt: string; reason: string } | null;
  withdrawalRequestedBy: { id: string; displayName: string } | null;
};

export type RequestScheduledChangeWithdrawalMutationVariables = Exact<{
  input: RequestScheduledChangeWithdrawalInput;
}>;

export type RequestScheduledChangeWithdrawalMutation = {
  requestScheduledChangeWithdrawal: {
    request: {
      id: string;
      status: ProvisioningStatus;
      version: number;
      withdrawal: { requestedAt: string; reason: string } | null;
      withdrawalRequestedBy: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ConfirmScheduledChangeWithdrawalMutationVariables = Exact<{
  input: ConfirmScheduledChangeWithdrawalInput;
}>;

export type ConfirmScheduledChangeWithdrawalMutation = {
  confirmScheduledChangeWithdrawal: {
    request: {
      id: string;
      status: ProvisioningStatus;
      version: number;
      withdrawal: { requestedAt: string; reason: string } | null;
      withdrawalRequestedBy: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type DeclineScheduledChangeWithdrawalMutationVariables = Exact<{
  input: DeclineScheduledChangeWithdrawalInput;
}>;

export type DeclineScheduledChangeWithdrawalMutation = {
  declineScheduledChangeWithdrawal: {
    request: {
      id: string;
      status: ProvisioningStatus;
      version: number;
      withdrawal: { requestedAt: string; reason: string } | null;
      withdrawalRequestedBy: { id: string; displayName: string } | null;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type NewRequestQueryVariables = Exact<{
  customerId: string | number;
}>;

export type NewRequestQuery = {
  customer: {
    id: string;
    name: string;
    stage: LifecycleStage;
    subscription: {
      id: string;
      status: SubscriptionStatus;
      plan: { id: string; code: string };
      options: Array<{ id: string; code: string }>;
    } | null;
  } | null;
};

export type RequestFormCustomerFragment = {
  id: string;
  name: string;
  stage: LifecycleStage;
  subscription: {
    id: string;
    status: SubscriptionStatus;
    plan: { id: string; code: string };
    options: Array<{ id: string; code: string }>;
  } | null;
};

export type RequestFormResultFragment = {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  version: number;
};

export type RequestConversionMutationVariables = Exact<{
  input: RequestConversionInput;
}>;

export type RequestConversionMutation = {
  requestConversion: {
    request: {
      id: string;
      kind: ProvisioningKind;
      status: ProvisioningStatus;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RequestPlanChangeMutationVariables = Exact<{
  input: RequestPlanChangeInput;
}>;

export type RequestPlanChangeMutation = {
  requestPlanChange: {
    request: {
      id: string;
      kind: ProvisioningKind;
      status: ProvisioningStatus;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RequestOptionChangeMutationVariables = Exact<{
  input: RequestOptionChangeInput;
}>;

export type RequestOptionChangeMutation = {
  requestOptionChange: {
    request: {
      id: string;
      kind: ProvisioningKind;
      status: ProvisioningStatus;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type RequestCancellationMutationVariables = Exact<{
  input: RequestCancellationInput;
}>;

export type RequestCancellationMutation = {
  requestCancellation: {
    request: {
      id: string;
      kind: ProvisioningKind;
      status: ProvisioningStatus;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type ResubmitProvisioningRequestMutationVariables = Exact<{
  input: ResubmitProvisioningRequestInput;
}>;

export type ResubmitProvisioningRequestMutation = {
  resubmitProvisioningRequest: {
    request: {
      id: string;
      kind: ProvisioningKind;
      status: ProvisioningStatus;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type CustomerOpenRequestQueryVariables = Exact<{
  filter: ProvisioningRequestFilter;
}>;

export type CustomerOpenRequestQuery = {
  provisioningRequests: {
    edges: Array<{ node: { id: string; kind: ProvisioningKind; status: ProvisioningStatus } }>;
  };
};

export type ProvisioningCatalogQueryVariables = Exact<{ [key: string]: never }>;

export type ProvisioningCatalogQuery = {
  plans: Array<{ id: string; code: string; name: string; monthlyFeeYen: number; active: boolean }>;
  options: Array<{
    id: string;
    code: string;
    name: string;
    kind: OptionKind;
    factorCategory: MfaFactorCategory | null;
    monthlyFeeYen: number;
    active: boolean;
  }>;
};

export type RequestPreviewFragment = {
  planBefore: string | null;
  planAfter: string | null;
  kept: Array<string>;
  removed: Array<string>;
  added: Array<string>;
  monthlyFeeBefore: { excludingTax: number; tax: number; includingTax: number };
  monthlyFeeAfter: { excludingTax: number; tax: number; includingTax: number };
  proratedFirstMonth: {
    fromDate: string;
    toDate: string;
    days: number;
    daysInMonth: number;
    fee: {
      excludingTax: number;
      tax: number;
      includingTax: number;
      formattedExcludingTax: string;
      formattedIncludingTax: string;
    };
  } | null;
};

export type RequestTableRowFragment = {
  id: string;
  kind: ProvisioningKind;
  status: ProvisioningStatus;
  version: number;
  createdAt: string;
  updatedAt: string;
  effectiveDate: string;
  submittedAt: string;
  decisionReason: string | null;
  isMine: boolean;
  customer: { id: string; name: string };
  maker: { id: string; displayName: string } | null;
  checker: { id: string; displayName: string } | null;
  history: Array<{ action: string; mismatchedFields: Array<ConfirmationField> }>;
};

export type RequestTableQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProvisioningRequestFilter | null | undefined;
  orderBy?: ProvisioningRequestOrder | null | undefined;
}>;

export type RequestTableQuery = {
  provisioningRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        kind: ProvisioningKind;
        status: ProvisioningStatus;
        version: number;
        createdAt: string;
        updatedAt: string;
        effectiveDate: string;
        submittedAt: string;
        decisionReason: string | null;
        isMine: boolean;
        customer: { id: string; name: string };
        maker: { id: string; displayName: string } | null;
        checker: { id: string; displayName: string } | null;
        history: Array<{ action: string; mismatchedFields: Array<ConfirmationField> }>;
      };
    }>;
  };
};

export type ServiceCreditBreakdownFragment = {
  month: string;
  planCode: string;
  measuredPercent: number;
  targetPercent: number;
  creditPercent: number;
  serviceDays: number;
  daysInMonth: number;
  feeExcludingTax: number;
  credit: { excludingTax: number; tax: number; includingTax: number };
};

export type RecordAvailabilityMutationVariables = Exact<{
  input: RecordAvailabilityInput;
}>;

export type RecordAvailabilityMutation = {
  recordAvailability: {
    creditRequestsRaised: number;
    creditRequestsUpdated: number;
    creditRequestsWithdrawn: number;
    availability: {
      month: string;
      planCode: string;
      availabilityPercent: number;
      breached: boolean;
      version: number;
    } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type SlaCreditRequestRowFragment = {
  id: string;
  status: ProvisioningStatus;
  createdAt: string;
  isMine: boolean;
  customer: { id: string; name: string };
  proposal: {
    serviceCredit: {
      month: string;
      planCode: string;
      creditPercent: number;
      credit: { excludingTax: number; includingTax: number };
    } | null;
  } | null;
};

export type SlaCreditRequestsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: ProvisioningRequestFilter | null | undefined;
}>;

export type SlaCreditRequestsQuery = {
  provisioningRequests: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        status: ProvisioningStatus;
        createdAt: string;
        isMine: boolean;
        customer: { id: string; name: string };
        proposal: {
          serviceCredit: {
            month: string;
            planCode: string;
            creditPercent: number;
            credit: { excludingTax: number; includingTax: number };
          } | null;
        } | null;
      };
    }>;
  };
};

export type SlaPlanRowFragment = {
  planCode: string;
  targetPercent: number;
  measuredPercent: number | null;
  breached: boolean;
  creditPercent: number | null;
  customersAffected: number;
  creditTotalYen: number;
  creditRequestsOpen: number;
  incidentNote: string | null;
};

export type SlaMonthQueryVariables = Exact<{
  month: string;
}>;

export type SlaMonthQuery = {
  slaReport: {
    month: string;
    plans: Array<{
      planCode: string;
      targetPercent: number;
      measuredPercent: number | null;
      breached: boolean;
      creditPercent: number | null;
      customersAffected: number;
      creditTotalYen: number;
      creditRequestsOpen: number;
      incidentNote: string | null;
    }>;
  };
  slaCreditTiers: Array<{ belowPercent: number | null; creditPercent: number }>;
};

export type SurveyCommentRowFragment = {
  id: string;
  score: number;
  npsCategory: NpsCategory | null;
  comment: string | null;
  maskedPersonalData: Array<PersonalDataKind>;
  channel: SurveyChannel;
  answeredAt: string;
  planCode: string | null;
  stage: LifecycleStage;
  respondent: { name: string | null; email: string | null } | null;
  customer: { id: string; name: string } | null;
};

export type SurveyCommentsQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
  filter?: SurveyCommentFilter | null | undefined;
}>;

export type SurveyCommentsQuery = {
  surveyComments: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        score: number;
        npsCategory: NpsCategory | null;
        comment: string | null;
        maskedPersonalData: Array<PersonalDataKind>;
        channel: SurveyChannel;
        answeredAt: string;
        planCode: string | null;
        stage: LifecycleStage;
        respondent: { name: string | null; email: string | null } | null;
        customer: { id: string; name: string } | null;
      };
    }>;
  };
};

export type SurveyImportHistoryRowFragment = {
  id: string;
  fileName: string;
  status: SurveyImportStatus;
  createdAt: string;
  uploadedBy: string | null;
  totalRows: number;
  importedRows: number;
  duplicateRows: number;
  errorRows: number;
};

export type SurveyImportHistoryQueryVariables = Exact<{
  first: number;
  after?: string | null | undefined;
}>;

export type SurveyImportHistoryQuery = {
  surveyImports: {
    totalCount: number;
    pageInfo: { hasNextPage: boolean; endCursor: string | null };
    edges: Array<{
      node: {
        id: string;
        fileName: string;
        status: SurveyImportStatus;
        createdAt: string;
        uploadedBy: string | null;
        totalRows: number;
        importedRows: number;
        duplicateRows: number;
        errorRows: number;
      };
    }>;
  };
};

export type SurveyImportProgressFragment = {
  id: string;
  fileName: string;
  status: SurveyImportStatus;
  encoding: string | null;
  totalRows: number;
  processedRows: number;
  importedRows: number;
  duplicateRows: number;
  errorRows: number;
  progress: number;
  failure: string | null;
  createdAt: string;
  uploadedBy: string | null;
  errors: Array<{
    line: number;
    row: number;
    code: UserErrorCode;
    field: string | null;
    column: string | null;
    message: string;
  }>;
};

export type SurveyImportStatusQueryVariables = Exact<{
  id: string | number;
}>;

export type SurveyImportStatusQuery = {
  surveyImport: {
    id: string;
    fileName: string;
    status: SurveyImportStatus;
    encoding: string | null;
    totalRows: number;
    processedRows: number;
    importedRows: number;
    duplicateRows: number;
    errorRows: number;
    progress: number;
    failure: string | null;
    createdAt: string;
    uploadedBy: string | null;
    errors: Array<{
      line: number;
      row: number;
      code: UserErrorCode;
      field: string | null;
      column: string | null;
      message: string;
    }>;
  } | null;
};

export type NpsDashboardQueryVariables = Exact<{
  filter?: SurveyReportFilter | null | undefined;
  groupBy?: ReportGroupBy | null | undefined;
}>;

export type NpsDashboardQuery = {
  report: {
    score: number | null;
    promoters: number;
    passives: number;
    detractors: number;
    responses: number;
    marginOfError: number | null;
    smallSample: boolean;
    smallSampleThreshold: number;
    groups: Array<{
      key: string;
      score: number | null;
      promoters: number;
      passives: number;
      detractors: number;
      responses: number;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
    distribution: Array<{ score: number; count: number }>;
  };
  trend: {
    groups: Array<{
      key: string;
      score: number | null;
      responses: number;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
  };
};

export type CsatDashboardQueryVariables = Exact<{
  filter?: SurveyReportFilter | null | undefined;
  groupBy?: ReportGroupBy | null | undefined;
}>;

export type CsatDashboardQuery = {
  report: {
    responses: number;
    mean: number | null;
    share: number | null;
    marginOfError: number | null;
    smallSample: boolean;
    smallSampleThreshold: number;
    groups: Array<{
      key: string;
      responses: number;
      mean: number | null;
      share: number | null;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
    distribution: Array<{ score: number; count: number }>;
  };
  trend: {
    groups: Array<{
      key: string;
      share: number | null;
      responses: number;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
  };
};

export type CesDashboardQueryVariables = Exact<{
  filter?: SurveyReportFilter | null | undefined;
  groupBy?: ReportGroupBy | null | undefined;
}>;

export type CesDashboardQuery = {
  report: {
    responses: number;
    mean: number | null;
    share: number | null;
    marginOfError: number | null;
    smallSample: boolean;
    smallSampleThreshold: number;
    groups: Array<{
      key: string;
      responses: number;
      mean: number | null;
      share: number | null;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
    distribution: Array<{ score: number; count: number }>;
  };
  trend: {
    groups: Array<{
      key: string;
      share: number | null;
      responses: number;
      marginOfError: number | null;
      smallSample: boolean;
    }>;
  };
};

export type SurveyFilterPlansQueryVariables = Exact<{ [key: string]: never }>;

export type SurveyFilterPlansQuery = { plans: Array<{ id: string; code: string; name: string }> };

export type CreateLeadMutationVariables = Exact<{
  input: CreateLeadInput;
}>;

export type CreateLeadMutation = {
  createLead: {
    customer: { id: string; name: string; stage: LifecycleStage } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type StartTrialMutationVariables = Exact<{
  input: StartTrialInput;
}>;

export type StartTrialMutation = {
  startTrial: {
    customer: { id: string; name: string; stage: LifecycleStage } | null;
    userErrors: Array<{ code: UserErrorCode; field: string | null; message: string }>;
  };
};

export type UsagePlanTrendQueryVariables = Exact<{
  filter?: UsageReportFilter | null | undefined;
}>;

export type UsagePlanTrendQuery = {
  usageReport: {
    groups: Array<{
      key: string;
      label: string;
      customers: number;
      dau: number;
      mau: number;
      stickiness: number | null;
      storageGb: number;
    }>;
  };
};

export type UsageGroupRowFragment = {
  key: string;
  label: string;
  customers: number;
  dau: number;
  mau: number;
  stickiness: number | null;
  storageGb: number;
};

export type UsageOverviewQueryVariables = Exact<{
  filter?: UsageReportFilter | null | undefined;
}>;

export type UsageOverviewQuery = {
  byPlan: {
    from: string;
    to: string;
    groups: Array<{
      key: string;
      label: string;
      customers: number;
      dau: number;
      mau: number;
      stickiness: number | null;
      storageGb: number;
    }>;
  };
  byCustomer: {
    groups: Array<{
      key: string;
      label: string;
      customers: number;
      dau: number;
      mau: number;
      stickiness: number | null;
      storageGb: number;
    }>;
  };
};

export type UsageEstablishedQueryVariables = Exact<{
  filter?: UsageReportFilter | null | undefined;
}>;

export type UsageEstablishedQuery = { usageReport: { groups: Array<{ key: string }> } };

export type CustomerFilterTagQueryVariables = Exact<{
  id: string | number;
}>;

export type CustomerFilterTagQuery = { customer: { id: string; name: string } | null };

export const ApiKeyRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ApiKeyRowFragment, unknown>;
export const AdminPlanRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaTargetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminPlanRowFragment, unknown>;
export const AdminOptionRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOptionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Option' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminOptionRowFragment, unknown>;
export const HealthSettingsFormFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthSettingsForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HealthSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodAtLeast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'watchAtLeast' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'highTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagedHighTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchRevenueBelowYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchCurrentRatioBelow' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HealthSettingsFormFragment, unknown>;
export const StaffMemberRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffMemberRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StaffMemberRowFragment, unknown>;
export const AdminSurveyRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSurveyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSurveyRowFragment, unknown>;
export const WebhookDeliveryRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDeliveryRowFragment, unknown>;
export const WebhookEndpointRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEndpointRowFragment, unknown>;
export const AuditEventRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditEventRowFragment, unknown>;
export const ChurnGroupRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChurnGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersLost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrrLost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoChurnRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeAtStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChurnGroupRowFragment, unknown>;
export const ChurnNoteRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChurnNoteRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'churnedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maskedPersonalData' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChurnNoteRowFragment, unknown>;
export const HealthCustomerRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthCustomerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HealthCustomerRowFragment, unknown>;
export const SegmentMapFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SegmentMap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerSegmentMap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'comparedWith' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cells' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'npsBand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedOut' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentMapFragment, unknown>;
export const CompanyNpsCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyNpsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyNps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondents' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'months' },
                value: { kind: 'IntValue', value: '12' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CompanyNpsCardFragment, unknown>;
export const ContactsCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContactsCardFragment, unknown>;
export const ContactsCardCustomerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCardCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ContactsCardCustomerFragment, unknown>;
export const CustomerActionsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerActions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExpiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExtendedDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerActionsFragment, unknown>;
export const ErasureDueFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureDue' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErasureDueFragment, unknown>;
export const CustomerHeaderFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExpiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExtendedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErasureDue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureDue' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerHeaderFragment, unknown>;
export const FeeHistoryCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeeHistoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feeHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeKind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monthlyFee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<FeeHistoryCardFragment, unknown>;
export const HealthCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveWeight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HealthCardFragment, unknown>;
export const LifecycleTimelineFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LifecycleTimeline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LifecycleTimelineFragment, unknown>;
export const MfaPolicyCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MfaPolicyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MfaPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isMultiFactor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingCategories' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'methods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<MfaPolicyCardFragment, unknown>;
export const ProfileCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualRevenueYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagement' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProfileCardFragment, unknown>;
export const RequestPreviewFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPreview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'added' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proratedFirstMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedExcludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedIncludingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPreviewFragment, unknown>;
export const ScheduledChangesCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledChangesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'withdrawal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preview' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestPreview' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPreview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'added' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proratedFirstMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedExcludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedIncludingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduledChangesCardFragment, unknown>;
export const ServiceCreditsCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceCreditsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCredits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'credit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisioningRequestId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceCreditsCardFragment, unknown>;
export const SubscriptionCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monthlyFee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'renewsAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renewalAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubscriptionCardFragment, unknown>;
export const SubscriptionHistoryTableFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionHistoryTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCodeBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCodeAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodesBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodesAfter' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SubscriptionHistoryTableFragment, unknown>;
export const TaskChangeFieldsFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskChangeFieldsFragment, unknown>;
export const TaskRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskRowFragment, unknown>;
export const TouchModelCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TouchModelCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModelAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unknownFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'override' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TouchModelCardFragment, unknown>;
export const UsageCardFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'IntValue', value: '90' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeUsers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storageGb' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsageCardFragment, unknown>;
export const CustomerTableRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'renewsAt' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRenewal' } },
                        },
                      ],
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'renewalAmount' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRenewal' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerTableRowFragment, unknown>;
export const EconomicsPeriodRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EconomicsPeriodRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenuePeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expansionMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractionMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'churnedMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactivationMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersAtStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersNew' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersChurned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'credits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrrChurnRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialsEnded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialsConverted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialConversionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ltv' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EconomicsPeriodRowFragment, unknown>;
export const CustomerErasureFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerErasure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErasureDue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletionCertificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'erasedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureDue' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerErasureFragment, unknown>;
export const ErasureWorkItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureWorkItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErasureWorkItemFragment, unknown>;
export const HomeRequestItemFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HomeRequestItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failureReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeRequestItemFragment, unknown>;
export const CheckedValuesCompareFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CheckedValuesCompare' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckedValues' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckedValuesCompareFragment, unknown>;
export const NearMissEditFormFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NearMissEditForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erredSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countermeasure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NearMissEditFormFragment, unknown>;
export const NearMissTableRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NearMissTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NearMissTableRowFragment, unknown>;
export const CustomerSelectOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSelectOptionFragment, unknown>;
export const RequestSelectOptionFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSelectOptionFragment, unknown>;
export const RequestHeaderFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failureReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestHeaderFragment, unknown>;
export const RequestHistoryEventFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestHistoryEvent' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ProvisioningRequestEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mismatchedFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestHistoryEventFragment, unknown>;
export const ScheduledWithdrawalResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ScheduledWithdrawalResultFragment, unknown>;
export const RequestFormCustomerFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestFormCustomerFragment, unknown>;
export const RequestFormResultFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestFormResultFragment, unknown>;
export const RequestTableRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mismatchedFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestTableRowFragment, unknown>;
export const ServiceCreditBreakdownFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceCreditBreakdown' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCreditProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feeExcludingTax' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceCreditBreakdownFragment, unknown>;
export const SlaCreditRequestRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaCreditRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceCredit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'credit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaCreditRequestRowFragment, unknown>;
export const SlaPlanRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaPlanReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersAffected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditTotalYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditRequestsOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentNote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaPlanRowFragment, unknown>;
export const SurveyCommentRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyCommentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'npsCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maskedPersonalData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyCommentRowFragment, unknown>;
export const SurveyImportHistoryRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyImportHistoryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duplicateRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRows' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyImportHistoryRowFragment, unknown>;
export const SurveyImportProgressFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyImportProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'encoding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duplicateRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyImportProgressFragment, unknown>;
export const UsageGroupRowFragmentDoc = {
  kind: 'Document',
  definitions: [
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stickiness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'storageGb' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsageGroupRowFragment, unknown>;
export const AppLayoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AppLayout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'viewer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                { kind: 'Field', name: { kind: 'Name', value: 'permissions' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AppLayoutQuery, AppLayoutQueryVariables>;
export const LogoutDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Logout' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'logout' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'success' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LogoutMutation, LogoutMutationVariables>;
export const AdminApiKeysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminApiKeys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKeyFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'apiKeys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ApiKeyRow' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ApiKeyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ApiKey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'scopes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'keyPrefix' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastUsedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createdBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'displayName' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminApiKeysQuery, AdminApiKeysQueryVariables>;
export const RevokeApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RevokeApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevokeApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revokeApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'apiKey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'revokedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RevokeApiKeyMutation, RevokeApiKeyMutationVariables>;
export const CreateApiKeyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateApiKey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateApiKeyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createApiKey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'apiKeyId' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateApiKeyMutation, CreateApiKeyMutationVariables>;
export const AdminCatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminCatalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminPlanRow' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOptionRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaTargetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOptionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Option' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminCatalogQuery, AdminCatalogQueryVariables>;
export const CreatePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreatePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreatePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createPlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminPlanRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaTargetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreatePlanMutation, CreatePlanMutationVariables>;
export const UpdatePlanDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdatePlan' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdatePlanInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updatePlan' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminPlanRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Plan' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'slaTargetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'limits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdatePlanMutation, UpdatePlanMutationVariables>;
export const CreateOptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateOption' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateOptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createOption' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOptionRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOptionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Option' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateOptionMutation, CreateOptionMutationVariables>;
export const UpdateOptionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateOption' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateOptionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateOption' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminOptionRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminOptionRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Option' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionGroup' } },
          { kind: 'Field', name: { kind: 'Name', value: 'sortOrder' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'prices' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateOptionMutation, UpdateOptionMutationVariables>;
export const SchedulePriceDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SchedulePrice' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SchedulePriceInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'schedulePrice' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'prices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'option' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'prices' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'validFrom' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SchedulePriceMutation, SchedulePriceMutationVariables>;
export const HealthSettingsPageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HealthSettingsPage' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HealthSettingsForm' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthSettingsForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HealthSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodAtLeast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'watchAtLeast' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'highTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagedHighTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchRevenueBelowYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchCurrentRatioBelow' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HealthSettingsPageQuery, HealthSettingsPageQueryVariables>;
export const UpdateHealthSettingsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateHealthSettings' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateHealthSettingsInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateHealthSettings' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'healthSettings' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'HealthSettingsForm' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthSettingsForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'HealthSettings' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'goodAtLeast' } },
          { kind: 'Field', name: { kind: 'Name', value: 'watchAtLeast' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'weights' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'signal' } },
                { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModel' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'highTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'engagedHighTouchRevenueYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchRevenueBelowYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'techTouchCurrentRatioBelow' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateHealthSettingsMutation, UpdateHealthSettingsMutationVariables>;
export const AdminStaffMembersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminStaffMembers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMemberFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'staffMembers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'StaffMemberRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffMemberRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminStaffMembersQuery, AdminStaffMembersQueryVariables>;
export const CreateStaffMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateStaffMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateStaffMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createStaffMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffMember' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffMemberRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffMemberRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateStaffMemberMutation, CreateStaffMemberMutationVariables>;
export const UpdateStaffMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateStaffMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateStaffMemberInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateStaffMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffMember' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'StaffMemberRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'StaffMemberRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'StaffMember' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastLoginAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateStaffMemberMutation, UpdateStaffMemberMutationVariables>;
export const DeactivateStaffMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeactivateStaffMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeactivateStaffMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deactivateStaffMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffMember' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<DeactivateStaffMemberMutation, DeactivateStaffMemberMutationVariables>;
export const ReactivateStaffMemberDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReactivateStaffMember' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReactivateStaffMemberInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reactivateStaffMember' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'staffMember' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'active' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReactivateStaffMemberMutation, ReactivateStaffMemberMutationVariables>;
export const AdminSurveysDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminSurveys' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveys' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AdminSurveyRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSurveyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminSurveysQuery, AdminSurveysQueryVariables>;
export const CreateSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'survey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSurveyRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSurveyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateSurveyMutation, CreateSurveyMutationVariables>;
export const UpdateSurveyDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateSurvey' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateSurveyInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateSurvey' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'survey' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'AdminSurveyRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AdminSurveyRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Survey' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'code' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'titleEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionJa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'questionEn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'minScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maxScore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'active' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateSurveyMutation, UpdateSurveyMutationVariables>;
export const WebhookDisabledBannerDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookDisabledBanner' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEndpoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'url' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<WebhookDisabledBannerQuery, WebhookDisabledBannerQueryVariables>;
export const WebhookEventTypesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'WebhookEventTypes' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [{ kind: 'Field', name: { kind: 'Name', value: 'webhookEventTypes' } }],
      },
    },
  ],
} as unknown as DocumentNode<WebhookEventTypesQuery, WebhookEventTypesQueryVariables>;
export const CreateWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'CreateWebhookEndpointInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookEndpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookEndpointRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateWebhookEndpointMutation, CreateWebhookEndpointMutationVariables>;
export const UpdateWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'UpdateWebhookEndpointInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookEndpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookEndpointRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateWebhookEndpointMutation, UpdateWebhookEndpointMutationVariables>;
export const AdminWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'WebhookEndpointRow' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminWebhookEndpointQuery, AdminWebhookEndpointQueryVariables>;
export const AdminWebhookDeliveriesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminWebhookDeliveries' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookDeliveries' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'endpointId' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'WebhookDeliveryRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminWebhookDeliveriesQuery, AdminWebhookDeliveriesQueryVariables>;
export const ReplayWebhookDeliveryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReplayWebhookDelivery' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReplayWebhookDeliveryInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'replayWebhookDelivery' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookDelivery' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookDeliveryRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReplayWebhookDeliveryMutation, ReplayWebhookDeliveryMutationVariables>;
export const SendTestWebhookEventDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'SendTestWebhookEvent' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SendTestWebhookEventInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'sendTestWebhookEvent' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookDelivery' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookDeliveryRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookDeliveryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookDelivery' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'attempts' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastStatusCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastError' } },
          { kind: 'Field', name: { kind: 'Name', value: 'lastAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nextAttemptAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SendTestWebhookEventMutation, SendTestWebhookEventMutationVariables>;
export const AdminWebhookEndpointsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AdminWebhookEndpoints' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'webhookEndpoints' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'WebhookEndpointRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AdminWebhookEndpointsQuery, AdminWebhookEndpointsQueryVariables>;
export const DisableWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DisableWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DisableWebhookEndpointInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'disableWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookEndpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookEndpointRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DisableWebhookEndpointMutation,
  DisableWebhookEndpointMutationVariables
>;
export const EnableWebhookEndpointDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'EnableWebhookEndpoint' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateWebhookEndpoint' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'endpointId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'endpointId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'enabled' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookEndpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookEndpointRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EnableWebhookEndpointMutation, EnableWebhookEndpointMutationVariables>;
export const RotateWebhookSecretDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RotateWebhookSecret' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RotateWebhookSecretInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rotateWebhookSecret' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'secret' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'webhookEndpoint' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'WebhookEndpointRow' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'WebhookEndpointRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'WebhookEndpoint' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'url' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'eventTypes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'disabledAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failingSince' } },
          { kind: 'Field', name: { kind: 'Name', value: 'previousSecretExpiresAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RotateWebhookSecretMutation, RotateWebhookSecretMutationVariables>;
export const AuditChainCheckDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditChainCheck' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditChainStatus' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'ok' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'firstBrokenId' } },
                { kind: 'Field', name: { kind: 'Name', value: 'fault' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditChainCheckQuery, AuditChainCheckQueryVariables>;
export const AuditLogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'AuditLog' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEventFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'AuditEventRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'AuditEventRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'AuditEvent' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
          { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'before' } },
          { kind: 'Field', name: { kind: 'Name', value: 'after' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'references' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityType' } },
                { kind: 'Field', name: { kind: 'Name', value: 'entityId' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<AuditLogQuery, AuditLogQueryVariables>;
export const LoginDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'Login' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'LoginInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'login' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'token' } },
                { kind: 'Field', name: { kind: 'Name', value: 'expiresAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'viewer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'roles' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<LoginMutation, LoginMutationVariables>;
export const ChurnAnalysisDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChurnAnalysis' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'timeGroupBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnGroupBy' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byReason' },
            name: { kind: 'Name', value: 'churnReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'REASON' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalCustomersLost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'totalMrrLost' } },
                { kind: 'Field', name: { kind: 'Name', value: 'logoChurnRate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeAtStart' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChurnGroupRow' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byPlan' },
            name: { kind: 'Name', value: 'churnReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'PLAN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChurnGroupRow' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overTime' },
            name: { kind: 'Name', value: 'churnReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'timeGroupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ChurnGroupRow' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'byReason' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'customersLost' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'mrrLost' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChurnGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersLost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrrLost' } },
          { kind: 'Field', name: { kind: 'Name', value: 'share' } },
          { kind: 'Field', name: { kind: 'Name', value: 'logoChurnRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'activeAtStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
          { kind: 'Field', name: { kind: 'Name', value: 'periodStart' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChurnAnalysisQuery, ChurnAnalysisQueryVariables>;
export const ChurnNotesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ChurnNotes' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'churnReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'REASON' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'notes' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'group' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'reason' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'after' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'pageInfo' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'edges' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'node' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ChurnNoteRow' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ChurnNoteRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ChurnNote' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerId' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customerName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'churnedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maskedPersonalData' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ChurnNotesQuery, ChurnNotesQueryVariables>;
export const CustomerSuccessDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerSuccess' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthSettings' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'goodAtLeast' } },
                { kind: 'Field', name: { kind: 'Name', value: 'watchAtLeast' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customerHealthSummary' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'bands' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'unscored' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'scoreHistogram' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'touchModels' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'overridden' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customerSegmentMap' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'FragmentSpread', name: { kind: 'Name', value: 'SegmentMap' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'atRisk' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '20' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'healthBands' },
                      value: {
                        kind: 'ListValue',
                        values: [{ kind: 'EnumValue', value: 'AT_RISK' }],
                      },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'HEALTH_SCORE' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HealthCustomerRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SegmentMap' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerSegmentMap' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'comparedWith' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'cells' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'npsBand' } },
                { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedIn' } },
                { kind: 'Field', name: { kind: 'Name', value: 'movedOut' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthCustomerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSuccessQuery, CustomerSuccessQueryVariables>;
export const SegmentCustomersDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SegmentCustomers' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerSegmentFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'segment' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'segment' } },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'HEALTH_SCORE' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HealthCustomerRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthCustomerRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SegmentCustomersQuery, SegmentCustomersQueryVariables>;
export const CustomerSurveyCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerSurveyComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyCommentFilter' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyComments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'npsCategory' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'maskedPersonalData' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'respondent' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'email' } },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'survey' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSurveyCommentsQuery, CustomerSurveyCommentsQueryVariables>;
export const CustomerAddContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerAddContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'AddContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'addContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContactsCardCustomer' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCardCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerAddContactMutation, CustomerAddContactMutationVariables>;
export const CustomerUpdateContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerUpdateContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContactsCardCustomer' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCardCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerUpdateContactMutation, CustomerUpdateContactMutationVariables>;
export const CustomerRemoveContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerRemoveContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RemoveContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'removeContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContactsCardCustomer' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCardCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerRemoveContactMutation, CustomerRemoveContactMutationVariables>;
export const CustomerSetPrimaryContactDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerSetPrimaryContact' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetPrimaryContactInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setPrimaryContact' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ContactsCardCustomer' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCardCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'contacts' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerSetPrimaryContactMutation,
  CustomerSetPrimaryContactMutationVariables
>;
export const CustomerStartTrialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerStartTrial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartTrialInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTrial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerStartTrialMutation, CustomerStartTrialMutationVariables>;
export const CustomerRequestTrialExtensionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerRequestTrialExtension' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestTrialExtensionInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestTrialExtension' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerRequestTrialExtensionMutation,
  CustomerRequestTrialExtensionMutationVariables
>;
export const CustomerRequestSecondTrialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerRequestSecondTrial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestSecondTrialInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestSecondTrial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerRequestSecondTrialMutation,
  CustomerRequestSecondTrialMutationVariables
>;
export const CustomerRequestReactivationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerRequestReactivation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestReactivationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestReactivation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerRequestReactivationMutation,
  CustomerRequestReactivationMutationVariables
>;
export const CustomerDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withUsage' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerHeader' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerActions' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ScheduledChangesCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'LifecycleTimeline' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerErasure' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ServiceCreditsCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'HealthCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TouchModelCard' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CompanyNpsCard' } },
                {
                  kind: 'FragmentSpread',
                  name: { kind: 'Name', value: 'UsageCard' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withUsage' } },
                        },
                      ],
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'mfaPolicy' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'MfaPolicyCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'subscription' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SubscriptionCard' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'FeeHistoryCard' } },
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'SubscriptionHistoryTable' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'contacts' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ContactsCard' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureDue' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPreview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'added' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proratedFirstMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedExcludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedIncludingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExpiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExtendedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErasureDue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerActions' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExpiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExtendedDays' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledChangesCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'withdrawal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'proposal' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'preview' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestPreview' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'LifecycleTimeline' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'note' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerErasure' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErasureDue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'scheduledChanges' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'stageHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'toStage' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletionCertificate' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                { kind: 'Field', name: { kind: 'Name', value: 'erasedAt' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceCreditsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'serviceCredits' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'credit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'provisioningRequestId' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HealthCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'health' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'computedAt' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'components' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'value' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'weight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveWeight' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'contribution' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'missing' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'explanation' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualRevenueYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagement' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TouchModelCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModelAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unknownFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'override' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CompanyNpsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'companyNps' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'band' } },
                { kind: 'Field', name: { kind: 'Name', value: 'respondents' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'healthHistory' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'months' },
                value: { kind: 'IntValue', value: '12' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                { kind: 'Field', name: { kind: 'Name', value: 'nps' } },
                { kind: 'Field', name: { kind: 'Name', value: 'closed' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usage' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'days' },
                value: { kind: 'IntValue', value: '90' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'date' } },
                { kind: 'Field', name: { kind: 'Name', value: 'activeUsers' } },
                { kind: 'Field', name: { kind: 'Name', value: 'storageGb' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'MfaPolicyCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'MfaPolicy' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'isMultiFactor' } },
          { kind: 'Field', name: { kind: 'Name', value: 'categories' } },
          { kind: 'Field', name: { kind: 'Name', value: 'missingCategories' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'methods' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'category' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plan' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monthlyFee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
          { kind: 'Field', name: { kind: 'Name', value: 'renewsAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'renewalAmount' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'FeeHistoryCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'feeHistory' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveFrom' } },
                { kind: 'Field', name: { kind: 'Name', value: 'effectiveTo' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changeKind' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'monthlyFee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SubscriptionHistoryTable' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Subscription' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'changeKind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'changedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCodeBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'planCodeAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'statusAfter' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodesBefore' } },
                { kind: 'Field', name: { kind: 'Name', value: 'optionCodesAfter' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ContactsCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Contact' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fullName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenNameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'email' } },
          { kind: 'Field', name: { kind: 'Name', value: 'phone' } },
          { kind: 'Field', name: { kind: 'Name', value: 'role' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isPrimary' } },
          { kind: 'Field', name: { kind: 'Name', value: 'familyName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'givenName' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerDetailQuery, CustomerDetailQueryVariables>;
export const CustomerNearMissesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerNearMisses' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nearMisses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'customerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerNearMissesQuery, CustomerNearMissesQueryVariables>;
export const CustomerAuditEventsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerAuditEvents' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'auditEvents' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'entityId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'entityId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'actorName' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerAuditEventsQuery, CustomerAuditEventsQueryVariables>;
export const CustomerUpdateProfileDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerUpdateProfile' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateCustomerInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateCustomer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ProfileCard' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerHeader' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TouchModelCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureDue' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ProfileCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'annualRevenueYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'currentRatio' } },
          { kind: 'Field', name: { kind: 'Name', value: 'employeeCount' } },
          { kind: 'Field', name: { kind: 'Name', value: 'industry' } },
          { kind: 'Field', name: { kind: 'Name', value: 'engagement' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialStartedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExpiredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialExtendedDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'ErasureDue' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TouchModelCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModelAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unknownFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'override' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerUpdateProfileMutation, CustomerUpdateProfileMutationVariables>;
export const CustomerRequestScheduledChangeWithdrawalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerRequestScheduledChangeWithdrawal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestScheduledChangeWithdrawalInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestScheduledChangeWithdrawal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerRequestScheduledChangeWithdrawalMutation,
  CustomerRequestScheduledChangeWithdrawalMutationVariables
>;
export const SubscriptionHistoryCatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SubscriptionHistoryCatalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  SubscriptionHistoryCatalogQuery,
  SubscriptionHistoryCatalogQueryVariables
>;
export const ReassignTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReassignTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReassignTaskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'reassignTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ReassignTaskMutation, ReassignTaskMutationVariables>;
export const UpdateTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateTaskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateTaskMutation, UpdateTaskMutationVariables>;
export const CustomerTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
          type: {
            kind: 'ListType',
            type: {
              kind: 'NonNullType',
              type: { kind: 'NamedType', name: { kind: 'Name', value: 'TaskStatus' } },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'tasks' },
                  arguments: [
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'first' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
                    },
                    {
                      kind: 'Argument',
                      name: { kind: 'Name', value: 'statuses' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'statuses' } },
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerTasksQuery, CustomerTasksQueryVariables>;
export const TaskAssigneesDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'TaskAssignees' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignableStaff' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<TaskAssigneesQuery, TaskAssigneesQueryVariables>;
export const CustomerCreateTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerCreateTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateTaskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerCreateTaskMutation, CustomerCreateTaskMutationVariables>;
export const CustomerCompleteTaskDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerCompleteTask' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CompleteTaskInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'completeTask' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'task' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskRow' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TaskChangeFields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'completedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerCompleteTaskMutation, CustomerCompleteTaskMutationVariables>;
export const CustomerSetTouchModelDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerSetTouchModel' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'SetTouchModelInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'setTouchModel' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TouchModelCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TouchModelCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModelAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unknownFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'override' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSetTouchModelMutation, CustomerSetTouchModelMutationVariables>;
export const CustomerClearTouchModelOverrideDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CustomerClearTouchModelOverride' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ClearTouchModelOverrideInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'clearTouchModelOverride' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'TouchModelCard' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TouchModelCard' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'touchModelAssessment' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                { kind: 'Field', name: { kind: 'Name', value: 'derived' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                { kind: 'Field', name: { kind: 'Name', value: 'unknownFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'override' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'touchModel' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'setBy' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  CustomerClearTouchModelOverrideMutation,
  CustomerClearTouchModelOverrideMutationVariables
>;
export const CustomerListFiltersPlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerListFiltersPlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerListFiltersPlansQuery, CustomerListFiltersPlansQueryVariables>;
export const CustomerListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'CustomerOrder' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'withRenewal' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'cursor' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CustomerTableRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nameKana' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'renewsAt' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRenewal' } },
                        },
                      ],
                    },
                  ],
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'renewalAmount' },
                  directives: [
                    {
                      kind: 'Directive',
                      name: { kind: 'Name', value: 'include' },
                      arguments: [
                        {
                          kind: 'Argument',
                          name: { kind: 'Name', value: 'if' },
                          value: { kind: 'Variable', name: { kind: 'Name', value: 'withRenewal' } },
                        },
                      ],
                    },
                  ],
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerListQuery, CustomerListQueryVariables>;
export const EconomicsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'Economics' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenueReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenueGroupBy' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'revenueReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'periods' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'EconomicsPeriodRow' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'EconomicsPeriodRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'RevenuePeriod' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'period' } },
          { kind: 'Field', name: { kind: 'Name', value: 'from' } },
          { kind: 'Field', name: { kind: 'Name', value: 'to' } },
          { kind: 'Field', name: { kind: 'Name', value: 'startMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'newMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'expansionMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractionMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'churnedMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reactivationMrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersAtStart' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersActive' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersNew' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersChurned' } },
          { kind: 'Field', name: { kind: 'Name', value: 'credits' } },
          { kind: 'Field', name: { kind: 'Name', value: 'revenue' } },
          { kind: 'Field', name: { kind: 'Name', value: 'grr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'nrr' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mrrChurnRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'arpa' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialsEnded' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialsConverted' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialConversionRate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'ltv' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<EconomicsQuery, EconomicsQueryVariables>;
export const CertificatePageDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CertificatePage' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'deletionCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'number' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'company' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'erased' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'kept' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'category' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'label' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'basis' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'method' } },
                { kind: 'Field', name: { kind: 'Name', value: 'maker' } },
                { kind: 'Field', name: { kind: 'Name', value: 'checker' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'approvedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'erasedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'digest' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CertificatePageQuery, CertificatePageQueryVariables>;
export const VerifyDeletionCertificateDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'VerifyDeletionCertificate' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'digest' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'verifyDeletionCertificate' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'number' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'number' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'digest' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'digest' } },
              },
            ],
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  VerifyDeletionCertificateQuery,
  VerifyDeletionCertificateQueryVariables
>;
export const ErasureDueStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ErasureDueStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'erasureDue' },
                      value: { kind: 'EnumValue', value: 'OVERDUE' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'dueThisWeek' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '100' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'erasureDue' },
                      value: { kind: 'EnumValue', value: 'DUE_THIS_WEEK' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ErasureDueStatusQuery, ErasureDueStatusQueryVariables>;
export const RequestErasureDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestErasure' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestErasureInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestErasure' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestErasureMutation, RequestErasureMutationVariables>;
export const HomeErasureDueDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeErasureDue' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'overdue' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'erasureDue' },
                      value: { kind: 'EnumValue', value: 'OVERDUE' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ErasureWorkItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'dueThisWeek' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'erasureDue' },
                      value: { kind: 'EnumValue', value: 'DUE_THIS_WEEK' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'ErasureWorkItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ErasureWorkItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erasureDueAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'cancelledAt' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeErasureDueQuery, HomeErasureDueQueryVariables>;
export const HomeWorkDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeWork' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'makerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'monthStart' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asMaker' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'asChecker' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Boolean' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'returned' },
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'makerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'makerId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'RETURNED' },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'asMaker' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HomeRequestItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'awaiting' },
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'awaitingMyCheck' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'asChecker' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HomeRequestItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'failedMine' },
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'makerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'makerId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'FAILED' },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'asMaker' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HomeRequestItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'failedAll' },
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'status' },
                      value: { kind: 'EnumValue', value: 'FAILED' },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'asChecker' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HomeRequestItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'withdrawalAsked' },
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'withdrawalRequested' },
                      value: { kind: 'BooleanValue', value: true },
                    },
                  ],
                },
              },
            ],
            directives: [
              {
                kind: 'Directive',
                name: { kind: 'Name', value: 'include' },
                arguments: [
                  {
                    kind: 'Argument',
                    name: { kind: 'Name', value: 'if' },
                    value: { kind: 'Variable', name: { kind: 'Name', value: 'asChecker' } },
                  },
                ],
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'HomeRequestItem' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'nearMissesThisMonth' },
            name: { kind: 'Name', value: 'nearMisses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'from' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'monthStart' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trialsEnding' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: { kind: 'EnumValue', value: 'TRIAL' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'trialEndingWithinDays' },
                      value: { kind: 'IntValue', value: '7' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'TRIAL_ENDS_AT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'ASC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isTrialExpired' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialDaysLeft' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trialsExpired' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '5' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'trialExpiredWithinDays' },
                      value: { kind: 'IntValue', value: '7' },
                    },
                  ],
                },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'field' },
                      value: { kind: 'EnumValue', value: 'TRIAL_ENDS_AT' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'direction' },
                      value: { kind: 'EnumValue', value: 'DESC' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'HomeRequestItem' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failureReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeWorkQuery, HomeWorkQueryVariables>;
export const HomeCountsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeCounts' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'allCustomers' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trials' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: { kind: 'EnumValue', value: 'TRIAL' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'active' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: { kind: 'EnumValue', value: 'ACTIVE' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trialsEndingSoon' },
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'stage' },
                      value: { kind: 'EnumValue', value: 'TRIAL' },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'trialEndingWithinDays' },
                      value: { kind: 'IntValue', value: '7' },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'totalCount' } }],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeCountsQuery, HomeCountsQueryVariables>;
export const HomeMyTasksDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'HomeMyTasks' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'tasks' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'assigneeId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'assigneeId' } },
                    },
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'statuses' },
                      value: { kind: 'ListValue', values: [{ kind: 'EnumValue', value: 'OPEN' }] },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'TaskChangeFields' },
                            },
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'title' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'customer' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'TaskChangeFields' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Task' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'title' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dueOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isOverdue' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'assignee' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<HomeMyTasksQuery, HomeMyTasksQueryVariables>;
export const NearMissDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NearMissDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'source' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'description' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'requestKind' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'countermeasure' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'makerValues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CheckedValuesCompare' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checkerValues' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CheckedValuesCompare' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'request' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'reportedBy' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NearMissEditForm' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CheckedValuesCompare' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'CheckedValues' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'trialEndsOn' } },
          { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NearMissEditForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erredSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countermeasure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NearMissDetailQuery, NearMissDetailQueryVariables>;
export const UpdateNearMissDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'UpdateNearMiss' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'UpdateNearMissInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'updateNearMiss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nearMiss' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'NearMissEditForm' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NearMissEditForm' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'erredSide' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'countermeasure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UpdateNearMissMutation, UpdateNearMissMutationVariables>;
export const NearMissListDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NearMissList' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMissFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nearMisses' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'NearMissTableRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'NearMissTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'NearMiss' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'source' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'description' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fields' } },
          { kind: 'Field', name: { kind: 'Name', value: 'requestKind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'causeCategory' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NearMissListQuery, NearMissListQueryVariables>;
export const CustomerSelectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerSelect' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customers' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '10' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'search' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'search' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'CustomerSelectOption' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSelectQuery, CustomerSelectQueryVariables>;
export const CustomerSelectChosenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerSelectChosen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'CustomerSelectOption' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'CustomerSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerSelectChosenQuery, CustomerSelectChosenQueryVariables>;
export const RecordNearMissDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordNearMiss' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordNearMissInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordNearMiss' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'nearMiss' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordNearMissMutation, RecordNearMissMutationVariables>;
export const RequestSelectDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestSelect' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '50' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: {
                  kind: 'ObjectValue',
                  fields: [
                    {
                      kind: 'ObjectField',
                      name: { kind: 'Name', value: 'customerId' },
                      value: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
                    },
                  ],
                },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestSelectOption' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSelectQuery, RequestSelectQueryVariables>;
export const RequestSelectChosenDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestSelectChosen' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ProvisioningRequest' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestSelectOption' },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestSelectOption' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [{ kind: 'Field', name: { kind: 'Name', value: 'id' } }],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestSelectChosenQuery, RequestSelectChosenQueryVariables>;
export const NearMissReportDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NearMissReport' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'nearMissReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'from' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'from' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'to' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'to' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestsChecked' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestsApplied' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestsReturned' } },
                { kind: 'Field', name: { kind: 'Name', value: 'requestsRejected' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byWeek' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nearMisses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byRequestKind' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nearMisses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'byField' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'nearMisses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'incidents' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NearMissReportQuery, NearMissReportQueryVariables>;
export const ApproveProvisioningRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ApproveProvisioningRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ApproveProvisioningRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'approveProvisioningRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'mismatchedFields' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'checker' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialEndsOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'serviceCredit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ServiceCreditBreakdown' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'corporateNumber' } },
                          ],
                        },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceCreditBreakdown' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCreditProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feeExcludingTax' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ApproveProvisioningRequestMutation,
  ApproveProvisioningRequestMutationVariables
>;
export const CheckRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CheckRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ProvisioningRequest' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestHeader' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialEndsAt' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestFormCustomer' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failureReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CheckRequestQuery, CheckRequestQueryVariables>;
export const ReturnProvisioningRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ReturnProvisioningRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ReturnProvisioningRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'returnProvisioningRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ReturnProvisioningRequestMutation,
  ReturnProvisioningRequestMutationVariables
>;
export const RejectProvisioningRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RejectProvisioningRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RejectProvisioningRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'rejectProvisioningRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RejectProvisioningRequestMutation,
  RejectProvisioningRequestMutationVariables
>;
export const ServiceCreditCheckAidDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ServiceCreditCheckAid' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ProvisioningRequest' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'serviceCreditSubject' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'subscription' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                                  {
                                    kind: 'Field',
                                    name: { kind: 'Name', value: 'feeHistory' },
                                    selectionSet: {
                                      kind: 'SelectionSet',
                                      selections: [
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'effectiveFrom' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'effectiveTo' },
                                        },
                                        { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'planCode' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'optionCodes' },
                                        },
                                        {
                                          kind: 'Field',
                                          name: { kind: 'Name', value: 'monthlyFee' },
                                          selectionSet: {
                                            kind: 'SelectionSet',
                                            selections: [
                                              {
                                                kind: 'Field',
                                                name: { kind: 'Name', value: 'excludingTax' },
                                              },
                                            ],
                                          },
                                        },
                                      ],
                                    },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaCreditTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'belowPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ServiceCreditCheckAidQuery, ServiceCreditCheckAidQueryVariables>;
export const RequestDetailDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestDetail' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'node' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: '__typename' } },
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                {
                  kind: 'InlineFragment',
                  typeCondition: {
                    kind: 'NamedType',
                    name: { kind: 'Name', value: 'ProvisioningRequest' },
                  },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestHeader' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'customer' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestFormCustomer' },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'proposal' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'optionCodes' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'churnReason' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'churnNote' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialExtensionDays' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'trialEndsOn' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'note' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'contractTerm' } },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'preview' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'RequestPreview' },
                                  },
                                ],
                              },
                            },
                            {
                              kind: 'Field',
                              name: { kind: 'Name', value: 'serviceCredit' },
                              selectionSet: {
                                kind: 'SelectionSet',
                                selections: [
                                  {
                                    kind: 'FragmentSpread',
                                    name: { kind: 'Name', value: 'ServiceCreditBreakdown' },
                                  },
                                ],
                              },
                            },
                          ],
                        },
                      },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'history' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestHistoryEvent' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestHeader' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decidedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'appliedAt' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'failureReason' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestPreview' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningPreview' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planBefore' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planAfter' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kept' } },
          { kind: 'Field', name: { kind: 'Name', value: 'removed' } },
          { kind: 'Field', name: { kind: 'Name', value: 'added' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeBefore' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'monthlyFeeAfter' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proratedFirstMonth' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'fromDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'toDate' } },
                { kind: 'Field', name: { kind: 'Name', value: 'days' } },
                { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'fee' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedExcludingTax' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'formattedIncludingTax' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ServiceCreditBreakdown' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ServiceCreditProposal' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'month' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'serviceDays' } },
          { kind: 'Field', name: { kind: 'Name', value: 'daysInMonth' } },
          { kind: 'Field', name: { kind: 'Name', value: 'feeExcludingTax' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'credit' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'tax' } },
                { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestHistoryEvent' },
      typeCondition: {
        kind: 'NamedType',
        name: { kind: 'Name', value: 'ProvisioningRequestEvent' },
      },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'action' } },
          { kind: 'Field', name: { kind: 'Name', value: 'occurredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'note' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mismatchedFields' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'actor' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestDetailQuery, RequestDetailQueryVariables>;
export const WithdrawProvisioningRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'WithdrawProvisioningRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'WithdrawProvisioningRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawProvisioningRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  WithdrawProvisioningRequestMutation,
  WithdrawProvisioningRequestMutationVariables
>;
export const RequestScheduledChangeWithdrawalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestScheduledChangeWithdrawal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'RequestScheduledChangeWithdrawalInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestScheduledChangeWithdrawal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  RequestScheduledChangeWithdrawalMutation,
  RequestScheduledChangeWithdrawalMutationVariables
>;
export const ConfirmScheduledChangeWithdrawalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ConfirmScheduledChangeWithdrawal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ConfirmScheduledChangeWithdrawalInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'confirmScheduledChangeWithdrawal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ConfirmScheduledChangeWithdrawalMutation,
  ConfirmScheduledChangeWithdrawalMutationVariables
>;
export const DeclineScheduledChangeWithdrawalDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'DeclineScheduledChangeWithdrawal' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'DeclineScheduledChangeWithdrawalInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'declineScheduledChangeWithdrawal' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'ScheduledWithdrawalResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'requestedAt' } },
                { kind: 'Field', name: { kind: 'Name', value: 'reason' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'withdrawalRequestedBy' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  DeclineScheduledChangeWithdrawalMutation,
  DeclineScheduledChangeWithdrawalMutationVariables
>;
export const NewRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NewRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'customerId' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'RequestFormCustomer' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormCustomer' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'Customer' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'name' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'subscription' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plan' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'options' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NewRequestQuery, NewRequestQueryVariables>;
export const RequestConversionDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestConversion' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestConversionInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestConversion' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestFormResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestConversionMutation, RequestConversionMutationVariables>;
export const RequestPlanChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestPlanChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestPlanChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestPlanChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestFormResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestPlanChangeMutation, RequestPlanChangeMutationVariables>;
export const RequestOptionChangeDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestOptionChange' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestOptionChangeInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestOptionChange' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestFormResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestOptionChangeMutation, RequestOptionChangeMutationVariables>;
export const RequestCancellationDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RequestCancellation' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RequestCancellationInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'requestCancellation' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestFormResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestCancellationMutation, RequestCancellationMutationVariables>;
export const ResubmitProvisioningRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'ResubmitProvisioningRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: {
              kind: 'NamedType',
              name: { kind: 'Name', value: 'ResubmitProvisioningRequestInput' },
            },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'resubmitProvisioningRequest' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'request' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'FragmentSpread',
                        name: { kind: 'Name', value: 'RequestFormResult' },
                      },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestFormResult' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<
  ResubmitProvisioningRequestMutation,
  ResubmitProvisioningRequestMutationVariables
>;
export const CustomerOpenRequestDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerOpenRequest' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequestFilter' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'IntValue', value: '1' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'status' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerOpenRequestQuery, CustomerOpenRequestQueryVariables>;
export const ProvisioningCatalogDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'ProvisioningCatalog' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'options' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'includeInactive' },
                value: { kind: 'BooleanValue', value: true },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
                { kind: 'Field', name: { kind: 'Name', value: 'factorCategory' } },
                { kind: 'Field', name: { kind: 'Name', value: 'monthlyFeeYen' } },
                { kind: 'Field', name: { kind: 'Name', value: 'active' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<ProvisioningCatalogQuery, ProvisioningCatalogQueryVariables>;
export const RequestTableDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'RequestTable' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequestFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequestOrder' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'orderBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'orderBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'RequestTableRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'RequestTableRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'kind' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'version' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'updatedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'effectiveDate' } },
          { kind: 'Field', name: { kind: 'Name', value: 'submittedAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'decisionReason' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'maker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'checker' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'displayName' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'history' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'action' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mismatchedFields' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RequestTableQuery, RequestTableQueryVariables>;
export const RecordAvailabilityDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'RecordAvailability' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'RecordAvailabilityInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'recordAvailability' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'availability' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'availabilityPercent' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'version' } },
                    ],
                  },
                },
                { kind: 'Field', name: { kind: 'Name', value: 'creditRequestsRaised' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditRequestsUpdated' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditRequestsWithdrawn' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<RecordAvailabilityMutation, RecordAvailabilityMutationVariables>;
export const SlaCreditRequestsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SlaCreditRequests' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequestFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'provisioningRequests' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SlaCreditRequestRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaCreditRequestRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'ProvisioningRequest' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'isMine' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'proposal' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'serviceCredit' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'credit' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'excludingTax' } },
                            { kind: 'Field', name: { kind: 'Name', value: 'includingTax' } },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaCreditRequestsQuery, SlaCreditRequestsQueryVariables>;
export const SlaMonthDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SlaMonth' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'month' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'month' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'month' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'plans' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SlaPlanRow' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'slaCreditTiers' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'belowPercent' } },
                { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SlaPlanRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SlaPlanReport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'targetPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'measuredPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'breached' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditPercent' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customersAffected' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditTotalYen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'creditRequestsOpen' } },
          { kind: 'Field', name: { kind: 'Name', value: 'incidentNote' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SlaMonthQuery, SlaMonthQueryVariables>;
export const SurveyCommentsDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyComments' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyCommentFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyComments' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SurveyCommentRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyCommentRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyResponse' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'score' } },
          { kind: 'Field', name: { kind: 'Name', value: 'npsCategory' } },
          { kind: 'Field', name: { kind: 'Name', value: 'comment' } },
          { kind: 'Field', name: { kind: 'Name', value: 'maskedPersonalData' } },
          { kind: 'Field', name: { kind: 'Name', value: 'channel' } },
          { kind: 'Field', name: { kind: 'Name', value: 'answeredAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'planCode' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'respondent' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                { kind: 'Field', name: { kind: 'Name', value: 'email' } },
              ],
            },
          },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyCommentsQuery, SurveyCommentsQueryVariables>;
export const SurveyImportHistoryDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyImportHistory' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'Int' } },
          },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'String' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyImports' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'first' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'first' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'after' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'after' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'totalCount' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'pageInfo' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'hasNextPage' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'endCursor' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'edges' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      {
                        kind: 'Field',
                        name: { kind: 'Name', value: 'node' },
                        selectionSet: {
                          kind: 'SelectionSet',
                          selections: [
                            { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                            {
                              kind: 'FragmentSpread',
                              name: { kind: 'Name', value: 'SurveyImportHistoryRow' },
                            },
                          ],
                        },
                      },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyImportHistoryRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duplicateRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRows' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyImportHistoryQuery, SurveyImportHistoryQueryVariables>;
export const SurveyImportStatusDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyImportStatus' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'surveyImport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'FragmentSpread', name: { kind: 'Name', value: 'SurveyImportProgress' } },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'SurveyImportProgress' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyImport' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'id' } },
          { kind: 'Field', name: { kind: 'Name', value: 'fileName' } },
          { kind: 'Field', name: { kind: 'Name', value: 'status' } },
          { kind: 'Field', name: { kind: 'Name', value: 'encoding' } },
          { kind: 'Field', name: { kind: 'Name', value: 'totalRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'processedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'importedRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'duplicateRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'errorRows' } },
          { kind: 'Field', name: { kind: 'Name', value: 'progress' } },
          { kind: 'Field', name: { kind: 'Name', value: 'failure' } },
          { kind: 'Field', name: { kind: 'Name', value: 'createdAt' } },
          { kind: 'Field', name: { kind: 'Name', value: 'uploadedBy' } },
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'errors' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'line' } },
                { kind: 'Field', name: { kind: 'Name', value: 'row' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                { kind: 'Field', name: { kind: 'Name', value: 'column' } },
                { kind: 'Field', name: { kind: 'Name', value: 'message' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyImportStatusQuery, SurveyImportStatusQueryVariables>;
export const NpsDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'NpsDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportGroupBy' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'report' },
            name: { kind: 'Name', value: 'npsReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                { kind: 'Field', name: { kind: 'Name', value: 'promoters' } },
                { kind: 'Field', name: { kind: 'Name', value: 'passives' } },
                { kind: 'Field', name: { kind: 'Name', value: 'detractors' } },
                { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSampleThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'promoters' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'passives' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'detractors' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'distribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'npsReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'MONTH' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<NpsDashboardQuery, NpsDashboardQueryVariables>;
export const CsatDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CsatDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportGroupBy' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'report' },
            name: { kind: 'Name', value: 'csatReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSampleThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'distribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'csatReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'MONTH' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CsatDashboardQuery, CsatDashboardQueryVariables>;
export const CesDashboardDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CesDashboard' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'SurveyReportFilter' } },
        },
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'ReportGroupBy' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'report' },
            name: { kind: 'Name', value: 'cesReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'groupBy' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                { kind: 'Field', name: { kind: 'Name', value: 'smallSampleThreshold' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'mean' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'distribution' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'score' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'count' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'trend' },
            name: { kind: 'Name', value: 'cesReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'MONTH' },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'key' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'share' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'responses' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'marginOfError' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'smallSample' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CesDashboardQuery, CesDashboardQueryVariables>;
export const SurveyFilterPlansDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'SurveyFilterPlans' },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'plans' },
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<SurveyFilterPlansQuery, SurveyFilterPlansQueryVariables>;
export const CreateLeadDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'CreateLead' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'CreateLeadInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'createLead' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CreateLeadMutation, CreateLeadMutationVariables>;
export const StartTrialDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'mutation',
      name: { kind: 'Name', value: 'StartTrial' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'StartTrialInput' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'startTrial' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'input' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'input' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'customer' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'name' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'stage' } },
                    ],
                  },
                },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'userErrors' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'Field', name: { kind: 'Name', value: 'code' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'field' } },
                      { kind: 'Field', name: { kind: 'Name', value: 'message' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<StartTrialMutation, StartTrialMutationVariables>;
export const UsagePlanTrendDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsagePlanTrend' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageReportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usageReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'MONTH' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsageGroupRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stickiness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'storageGb' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsagePlanTrendQuery, UsagePlanTrendQueryVariables>;
export const UsageOverviewDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsageOverview' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageReportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byPlan' },
            name: { kind: 'Name', value: 'usageReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'PLAN' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'from' } },
                { kind: 'Field', name: { kind: 'Name', value: 'to' } },
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsageGroupRow' } },
                    ],
                  },
                },
              ],
            },
          },
          {
            kind: 'Field',
            alias: { kind: 'Name', value: 'byCustomer' },
            name: { kind: 'Name', value: 'usageReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'CUSTOMER' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [
                      { kind: 'FragmentSpread', name: { kind: 'Name', value: 'UsageGroupRow' } },
                    ],
                  },
                },
              ],
            },
          },
        ],
      },
    },
    {
      kind: 'FragmentDefinition',
      name: { kind: 'Name', value: 'UsageGroupRow' },
      typeCondition: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageGroup' } },
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          { kind: 'Field', name: { kind: 'Name', value: 'key' } },
          { kind: 'Field', name: { kind: 'Name', value: 'label' } },
          { kind: 'Field', name: { kind: 'Name', value: 'customers' } },
          { kind: 'Field', name: { kind: 'Name', value: 'dau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'mau' } },
          { kind: 'Field', name: { kind: 'Name', value: 'stickiness' } },
          { kind: 'Field', name: { kind: 'Name', value: 'storageGb' } },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsageOverviewQuery, UsageOverviewQueryVariables>;
export const UsageEstablishedDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'UsageEstablished' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
          type: { kind: 'NamedType', name: { kind: 'Name', value: 'UsageReportFilter' } },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'usageReport' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'groupBy' },
                value: { kind: 'EnumValue', value: 'CUSTOMER' },
              },
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'filter' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'filter' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                {
                  kind: 'Field',
                  name: { kind: 'Name', value: 'groups' },
                  selectionSet: {
                    kind: 'SelectionSet',
                    selections: [{ kind: 'Field', name: { kind: 'Name', value: 'key' } }],
                  },
                },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<UsageEstablishedQuery, UsageEstablishedQueryVariables>;
export const CustomerFilterTagDocument = {
  kind: 'Document',
  definitions: [
    {
      kind: 'OperationDefinition',
      operation: 'query',
      name: { kind: 'Name', value: 'CustomerFilterTag' },
      variableDefinitions: [
        {
          kind: 'VariableDefinition',
          variable: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
          type: {
            kind: 'NonNullType',
            type: { kind: 'NamedType', name: { kind: 'Name', value: 'ID' } },
          },
        },
      ],
      selectionSet: {
        kind: 'SelectionSet',
        selections: [
          {
            kind: 'Field',
            name: { kind: 'Name', value: 'customer' },
            arguments: [
              {
                kind: 'Argument',
                name: { kind: 'Name', value: 'id' },
                value: { kind: 'Variable', name: { kind: 'Name', value: 'id' } },
              },
            ],
            selectionSet: {
              kind: 'SelectionSet',
              selections: [
                { kind: 'Field', name: { kind: 'Name', value: 'id' } },
                { kind: 'Field', name: { kind: 'Name', value: 'name' } },
              ],
            },
          },
        ],
      },
    },
  ],
} as unknown as DocumentNode<CustomerFilterTagQuery, CustomerFilterTagQueryVariables>;
