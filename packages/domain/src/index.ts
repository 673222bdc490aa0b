// The public API of @kizuna/domain: every rule, type and constant, by feature.
export * from './shared/state-machine.js';
export * from './shared/result.js';
export * from './shared/rounding.js';
export * from './shared/code-set.js';

export * from './errors/user-error.js';
export * from './errors/messages.js';

export * from './calendar/clock.js';
export * from './calendar/jst-date.js';
export * from './calendar/iso-date.rules.js';
export * from './calendar/fiscal-year.rules.js';

export * from './lifecycle/lifecycle.rules.js';
export * from './lifecycle/stage-change-reason.js';

export * from './catalog/catalog.types.js';
export * from './catalog/catalog.rules.js';
export * from './catalog/demo-catalog.js';
export * from './catalog/option-group.rules.js';
export * from './catalog/catalog-admin.rules.js';

export * from './money/tax.rules.js';
export * from './money/proration.rules.js';
export * from './money/format.js';

export * from './trial/trial.rules.js';

export * from './subscription/option-diff.rules.js';
export * from './subscription/monthly-fee.rules.js';
export * from './subscription/subscription-change.rules.js';
export * from './subscription/option-set.rules.js';
export * from './subscription/subscription-status.js';

export * from './mfa/mfa-policy.rules.js';
export * from './mfa/mfa-change.rules.js';

export * from './jp/width.js';
export * from './jp/corporate-number.rules.js';
export * from './jp/my-number.rules.js';
export * from './jp/phone.rules.js';
export * from './jp/postal-code.rules.js';
export * from './jp/email.rules.js';
export * from './jp/kana.rules.js';

export * from './customers/start-trial.rules.js';
export * from './customers/contact.rules.js';
export * from './customers/company-profile.rules.js';
export * from './customers/industry.js';

export * from './staff/staff.rules.js';
export * from './staff/staff-admin.rules.js';

export * from './provisioning/provisioning-workflow.js';
export * from './provisioning/provisioning-check.rules.js';
export * from './provisioning/churn-reason.js';
export * from './provisioning/effective-date.rules.js';
export * from './provisioning/provisioning-draft.rules.js';
export * from './provisioning/schedule.rules.js';
export * from './provisioning/confirmation-field-labels.js';

export * from './near-miss/near-miss.rules.js';
export * from './near-miss/near-miss-report.rules.js';

export * from './surveys/survey-kind.js';
export * from './surveys/sample-size.js';
export * from './surveys/nps.rules.js';
export * from './surveys/score-distribution.js';
export * from './surveys/csat.rules.js';
export * from './surveys/ces.rules.js';
export * from './surveys/survey-response.rules.js';
export * from './surveys/survey-csv.js';
export * from './surveys/survey-admin.rules.js';

export * from './privacy/mask-personal-data.js';

export * from './audit/audit-action-labels.js';

export * from './churn/churn-report.rules.js';

export * from './erasure/deletion-certificate.js';
export * from './erasure/erasure.rules.js';

export * from './webhooks/ip-address.js';
export * from './webhooks/webhook-url.rules.js';
export * from './webhooks/webhook-endpoint.rules.js';
export * from './webhooks/webhook-delivery.rules.js';

export * from './revenue/mrr-movement.rules.js';
export * from './revenue/revenue-report.rules.js';
export * from './revenue/contract-term.rules.js';

export * from './usage/usage.rules.js';
export * from './usage/usage-file.js';
export * from './usage/usage-report.rules.js';

export * from './sla/sla-month.rules.js';
export * from './sla/sla-credit-tier.rules.js';
export * from './sla/service-credit.rules.js';
export * from './sla/availability.rules.js';
export * from './health/health-settings.rules.js';
export * from './health/health-score.rules.js';
export * from './health/health-schedule.rules.js';
export * from './health/touch-model.rules.js';
export * from './health/segment-map.rules.js';

export * from './tasks/task.rules.js';
