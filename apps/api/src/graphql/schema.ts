import { buildSchema } from 'type-graphql';
import type { GraphQLSchema } from 'graphql';
import { AuditResolver } from '../features/audit/audit.resolver';
import { AuthResolver } from '../features/auth/auth.resolver';
import { ApiKeyResolver } from '../features/auth/api-key.resolver';
import {
  CatalogAdminResolver,
  OptionPricesResolver,
  PlanPricesResolver,
} from '../features/catalog/catalog-admin.resolver';
import { StaffResolver } from '../features/staff/staff.resolver';
import { SurveyAdminResolver } from '../features/surveys/survey-admin.resolver';
import { NearMissResolver } from '../features/near-misses/near-miss.resolver';
import { CatalogResolver } from '../features/catalog/catalog.resolver';
import { CustomerResolver } from '../features/customers/customer.resolver';
import { CustomerProfileResolver } from '../features/customers/customer-profile.resolver';
import { ContactResolver } from '../features/customers/contact.resolver';
import { AssignableStaffResolver } from '../features/tasks/assignable-staff.resolver';
import { CustomerTasksResolver, TaskResolver } from '../features/tasks/task.resolver';
import { ProvisioningRequestFieldsResolver } from '../features/provisioning/provisioning-fields.resolver';
import { ProvisioningResolver } from '../features/provisioning/provisioning.resolver';
import { SubscriptionResolver } from '../features/subscriptions/subscription.resolver';
import { SurveyResolver, SurveyResponseFieldsResolver } from '../features/surveys/survey.resolver';
import { SurveyImportResolver } from '../features/surveys/survey-import.resolver';
import {
  CustomerDeletionCertificateResolver,
  DeletionCertificateResolver,
} from '../features/certificates/deletion-certificate.resolver';
import { CustomerErasureFieldsResolver } from '../features/erasure/customer-erasure.resolver';
import { ChurnReportResolver } from '../features/churn/churn-report.resolver';
import { RevenueReportResolver } from '../features/revenue/revenue-report.resolver';
import { SubscriptionFeeHistoryResolver } from '../features/revenue/subscription-fee.resolver';
import { EventResolver } from '../features/events/event.resolver';
import { WebhookResolver } from '../features/webhooks/webhook.resolver';
import { CustomerUsageResolver, UsageResolver } from '../features/usage/usage.resolver';
import { CustomerServiceCreditsResolver, SlaResolver } from '../features/sla/sla.resolver';
import { ServiceCreditSubjectResolver } from '../features/sla/service-credit-subject.resolver';
import { CustomerHealthResolver, HealthResolver } from '../features/health/health.resolver';
import { authChecker } from './auth-checker';
import { NodeResolver } from './node.resolver';
import { resolvePreloadedFirst } from './preloaded-fields';
import { assertSimpleFieldsUnguarded } from './simple-resolvers';

export const resolvers = [
  AuthResolver,
  CatalogResolver,
  CustomerResolver,
  CustomerProfileResolver,
  ContactResolver,
  TaskResolver,
  CustomerTasksResolver,
  AssignableStaffResolver,
  SubscriptionResolver,
  ProvisioningResolver,
  ProvisioningRequestFieldsResolver,
  NearMissResolver,
  AuditResolver,
  SurveyResolver,
  SurveyResponseFieldsResolver,
  SurveyImportResolver,
  ApiKeyResolver,
  StaffResolver,
  CatalogAdminResolver,
  PlanPricesResolver,
  OptionPricesResolver,
  SurveyAdminResolver,
  DeletionCertificateResolver,
  CustomerDeletionCertificateResolver,
  CustomerErasureFieldsResolver,
  ChurnReportResolver,
  RevenueReportResolver,
  SubscriptionFeeHistoryResolver,
  EventResolver,
  WebhookResolver,
  UsageResolver,
  CustomerUsageResolver,
  SlaResolver,
  CustomerServiceCreditsResolver,
  ServiceCreditSubjectResolver,
  HealthResolver,
  CustomerHealthResolver,
  NodeResolver,
] as const;

/** Build the executable schema (type-graphql, code first). */
export async function buildKizunaSchema(): Promise<GraphQLSchema> {
  const schema = await buildSchema({
    resolvers,
    authChecker,
    validate: false,
    emitSchemaFile: false,
  });
  assertSimpleFieldsUnguarded();
  // What preloadSubscriptions leaves on a page's rows (features/subscriptions/subscription.preload.ts).
  resolvePreloadedFirst(schema, {
    Customer: { subscription: 'preloadedSubscription' },
    Subscription: { plan: 'preloadedPlan', options: 'preloadedOptions' },
  });
  return schema;
}
