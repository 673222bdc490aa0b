import type { Locale } from '../errors/user-error.js';

type Label = { ja: string; en: string };

/** The areas the audit log's action filter groups actions by, in menu order. */
export const AUDIT_ACTION_GROUPS = [
  'CUSTOMER',
  'REQUEST',
  'CATALOG',
  'SURVEY',
  'USAGE_SLA',
  'STAFF',
  'WEBHOOK',
  'NEAR_MISS',
  'TASK',
] as const;
export type AuditActionGroup = (typeof AUDIT_ACTION_GROUPS)[number];

export const AUDIT_ACTION_GROUP_LABELS: Record<AuditActionGroup, Label> = {
  CUSTOMER: { ja: '顧客', en: 'Customers' },
  REQUEST: { ja: '申請とダブルチェック', en: 'Requests and double checks' },
  CATALOG: { ja: 'プラン・オプション', en: 'Plans and options' },
  SURVEY: { ja: 'アンケート', en: 'Surveys' },
  USAGE_SLA: { ja: '利用状況・SLA', en: 'Usage and SLA' },
  STAFF: { ja: 'スタッフ・APIキー', en: 'Staff and API keys' },
  WEBHOOK: { ja: 'Webhook', en: 'Webhooks' },
  NEAR_MISS: { ja: 'ヒヤリ・ハット', en: 'Near-misses' },
  TASK: { ja: 'タスク', en: 'Tasks' },
};

/**
 * Every action the API writes to the audit trail, with its group and its words on screen.
 * recordAudit() takes only these (AuditAction), so a new action cannot be written unlabelled.
 */
export const AUDIT_ACTIONS = {
  'customer.leadCreated': { group: 'CUSTOMER', ja: 'リードを登録', en: 'Lead created' },
  'customer.trialStarted': { group: 'CUSTOMER', ja: 'トライアルを開始', en: 'Trial started' },
  'customer.trialExpired': {
    group: 'CUSTOMER',
    ja: 'トライアルが期限切れ',
    en: 'Trial expired',
  },
  'customer.updated': { group: 'CUSTOMER', ja: '顧客情報を変更', en: 'Customer details changed' },
  'customer.contactChanged': { group: 'CUSTOMER', ja: '担当者を変更', en: 'Contact changed' },
  'customer.touchModelSet': {
    group: 'CUSTOMER',
    ja: 'タッチモデルを個別に設定',
    en: 'Touch model set for the customer',
  },
  'customer.touchModelOverrideCleared': {
    group: 'CUSTOMER',
    ja: 'タッチモデルの個別設定を解除',
    en: 'Touch model override cleared',
  },
  'healthSettings.updated': {
    group: 'CUSTOMER',
    ja: 'ヘルススコアの設定を変更',
    en: 'Health score settings changed',
  },
  'deletionCertificate.issued': {
    group: 'CUSTOMER',
    ja: '個人情報の削除証明書を発行',
    en: 'Deletion certificate issued',
  },
  'provisioningRequest.submitted': { group: 'REQUEST', ja: '申請を提出', en: 'Request submitted' },
  'provisioningRequest.resubmitted': {
    group: 'REQUEST',
    ja: '申請を再提出',
    en: 'Request resubmitted',
  },
  'provisioningRequest.withdrawn': {
    group: 'REQUEST',
    ja: '申請を取り下げ',
    en: 'Request withdrawn',
  },
  'provisioningRequest.applied': {
    group: 'REQUEST',
    ja: 'ダブルチェックで承認し適用',
    en: 'Approved in the double check and applied',
  },
  'provisioningRequest.scheduled': {
    group: 'REQUEST',
    ja: 'ダブルチェックで承認し適用日を予約',
    en: 'Approved in the double check, scheduled',
  },
  'provisioningRequest.confirmationMismatch': {
    group: 'REQUEST',
    ja: 'ダブルチェックで入力が不一致（差し戻し）',
    en: 'Double check did not match (returned)',
  },
  'provisioningRequest.returned': {
    group: 'REQUEST',
    ja: '申請を差し戻し',
    en: 'Request returned',
  },
  'provisioningRequest.rejected': { group: 'REQUEST', ja: '申請を却下', en: 'Request rejected' },
  'provisioningRequest.failed': {
    group: 'REQUEST',
    ja: '申請を適用できず失敗',
    en: 'Request failed to apply',
  },
  'provisioningRequest.approveRefused': {
    group: 'REQUEST',
    ja: '承認を拒否（自分の申請など）',
    en: 'Approval refused (own request, …)',
  },
  'provisioningRequest.returnRefused': {
    group: 'REQUEST',
    ja: '差し戻しを拒否',
    en: 'Return refused',
  },
  'provisioningRequest.rejectRefused': {
    group: 'REQUEST',
    ja: '却下を拒否',
    en: 'Rejection refused',
  },
  'provisioningRequest.withdrawalRequested': {
    group: 'REQUEST',
    ja: '予約済みの申請の取り下げを申し出',
    en: 'Withdrawal of a scheduled request asked',
  },
  'provisioningRequest.withdrawalConfirmed': {
    group: 'REQUEST',
    ja: '取り下げを承認',
    en: 'Withdrawal confirmed',
  },
  'provisioningRequest.withdrawalDeclined': {
    group: 'REQUEST',
    ja: '取り下げを却下',
    en: 'Withdrawal declined',
  },
  'plan.created': { group: 'CATALOG', ja: 'プランを作成', en: 'Plan created' },
  'plan.updated': { group: 'CATALOG', ja: 'プランを変更', en: 'Plan changed' },
  'option.created': { group: 'CATALOG', ja: 'オプションを作成', en: 'Option created' },
  'option.updated': { group: 'CATALOG', ja: 'オプションを変更', en: 'Option changed' },
  'catalogPrice.scheduled': {
    group: 'CATALOG',
    ja: '料金改定を予約',
    en: 'Price change scheduled',
  },
  'catalogPrice.applied': { group: 'CATALOG', ja: '料金改定を適用', en: 'Price change applied' },
  'survey.created': { group: 'SURVEY', ja: 'アンケートを作成', en: 'Survey created' },
  'survey.updated': { group: 'SURVEY', ja: 'アンケートを変更', en: 'Survey changed' },
  'surveyResponse.submitted': {
    group: 'SURVEY',
    ja: 'アンケート回答を登録',
    en: 'Survey answer recorded',
  },
  'surveyImport.completed': {
    group: 'SURVEY',
    ja: 'アンケート回答をCSV取込',
    en: 'Survey answers imported (CSV)',
  },
  'usage.recorded': { group: 'USAGE_SLA', ja: '利用状況を記録', en: 'Usage recorded' },
  'usageImport.completed': {
    group: 'USAGE_SLA',
    ja: '利用状況をファイル取込',
    en: 'Usage imported (file)',
  },
  'slaAvailability.recorded': {
    group: 'USAGE_SLA',
    ja: '稼働率を記録',
    en: 'Availability recorded',
  },
  'slaCreditTiers.replaced': {
    group: 'USAGE_SLA',
    ja: 'サービスクレジットの段階を変更',
    en: 'Service credit tiers changed',
  },
  'staffMember.created': { group: 'STAFF', ja: 'スタッフを登録', en: 'Staff member added' },
  'staffMember.updated': { group: 'STAFF', ja: 'スタッフを変更', en: 'Staff member changed' },
  'staffMember.deactivated': {
    group: 'STAFF',
    ja: 'スタッフを無効化',
    en: 'Staff member deactivated',
  },
  'staffMember.reactivated': {
    group: 'STAFF',
    ja: 'スタッフを再有効化',
    en: 'Staff member reactivated',
  },
  'apiKey.created': { group: 'STAFF', ja: 'APIキーを発行', en: 'API key issued' },
  'apiKey.revoked': { group: 'STAFF', ja: 'APIキーを失効', en: 'API key revoked' },
  'webhookEndpoint.created': { group: 'WEBHOOK', ja: '送信先を登録', en: 'Endpoint added' },
  'webhookEndpoint.updated': { group: 'WEBHOOK', ja: '送信先を変更', en: 'Endpoint changed' },
  'webhookEndpoint.secretRotated': {
    group: 'WEBHOOK',
    ja: '署名シークレットを更新',
    en: 'Signing secret rotated',
  },
  'webhookEndpoint.disabled': {
    group: 'WEBHOOK',
    ja: '送信先を自動停止',
    en: 'Endpoint stopped automatically',
  },
  'webhookEndpoint.testEventSent': {
    group: 'WEBHOOK',
    ja: 'テストイベントを送信',
    en: 'Test event sent',
  },
  'webhookDelivery.replayed': { group: 'WEBHOOK', ja: '配信を再送', en: 'Delivery replayed' },
  'nearMiss.recorded': {
    group: 'NEAR_MISS',
    ja: 'ヒヤリ・ハットを記録',
    en: 'Near-miss recorded',
  },
  'nearMiss.updated': { group: 'NEAR_MISS', ja: 'ヒヤリ・ハットを更新', en: 'Near-miss updated' },
  'task.created': { group: 'TASK', ja: 'タスクを作成', en: 'Task created' },
  'task.completed': { group: 'TASK', ja: 'タスクを完了', en: 'Task completed' },
  'task.reassigned': { group: 'TASK', ja: 'タスクの担当者を変更', en: 'Task reassigned' },
  'task.updated': { group: 'TASK', ja: 'タスクを変更', en: 'Task updated' },
} as const satisfies Record<string, Label & { group: AuditActionGroup }>;

export type AuditAction = keyof typeof AUDIT_ACTIONS;

/** Every action, in the table's order (groups contiguous). */
export const AUDIT_ACTION_CODES = Object.keys(AUDIT_ACTIONS) as AuditAction[];

export const isAuditAction = (action: string): action is AuditAction =>
  Object.prototype.hasOwnProperty.call(AUDIT_ACTIONS, action);

/** An action in plain words; an action unknown to this table (older rows) as its code. */
export function auditActionLabel(action: string, locale: Locale): string {
  return isAuditAction(action) ? AUDIT_ACTIONS[action][locale] : action;
}

/** The actions of a group, in the table's order. */
export function auditActionsOf(group: AuditActionGroup): AuditAction[] {
  return AUDIT_ACTION_CODES.filter((a) => AUDIT_ACTIONS[a].group === group);
}

const AUDIT_ENTITY_LABELS: Record<string, Label> = {
  Customer: { ja: '顧客', en: 'Customer' },
  Subscription: { ja: '契約', en: 'Subscription' },
  ProvisioningRequest: { ja: '申請', en: 'Request' },
  Plan: { ja: 'プラン', en: 'Plan' },
  Option: { ja: 'オプション', en: 'Option' },
  Survey: { ja: 'アンケート', en: 'Survey' },
  SurveyResponse: { ja: 'アンケート回答', en: 'Survey answer' },
  SurveyImport: { ja: 'アンケートCSV取込', en: 'Survey import' },
  UsageImport: { ja: '利用状況の取込', en: 'Usage import' },
  SlaAvailability: { ja: '稼働率', en: 'Availability' },
  SlaCreditTiers: { ja: 'サービスクレジットの段階', en: 'Service credit tiers' },
  StaffMember: { ja: 'スタッフ', en: 'Staff member' },
  ApiKey: { ja: 'APIキー', en: 'API key' },
  WebhookEndpoint: { ja: 'Webhook送信先', en: 'Webhook endpoint' },
  WebhookDelivery: { ja: 'Webhook配信', en: 'Webhook delivery' },
  NearMiss: { ja: 'ヒヤリ・ハット', en: 'Near-miss' },
  Task: { ja: 'タスク', en: 'Task' },
  HealthSettings: { ja: 'ヘルススコアの設定', en: 'Health score settings' },
};

/** What an audited entity type is called (Customer → 顧客); an unknown type as itself. */
export function auditEntityLabel(entityType: string, locale: Locale): string {
  return AUDIT_ENTITY_LABELS[entityType]?.[locale] ?? entityType;
}
