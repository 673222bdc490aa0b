import { AuditEventEntity } from '../features/audit/audit-event.entity';
import { ApiKeyEntity } from '../features/auth/api-key.entity';
import { StaffSessionEntity } from '../features/auth/staff-session.entity';
import { CatalogOptionEntity } from '../features/catalog/catalog-option.entity';
import { PlanEntity } from '../features/catalog/plan.entity';
import { CustomerContactEntity } from '../features/customers/customer-contact.entity';
import { CustomerStageChangeEntity } from '../features/customers/customer-stage-change.entity';
import { CustomerEntity } from '../features/customers/customer.entity';
import { NearMissEntity } from '../features/near-misses/near-miss.entity';
import { OutboxEventEntity } from '../features/outbox/outbox-event.entity';
import { ProvisioningRequestEventEntity } from '../features/provisioning/provisioning-request-event.entity';
import { ProvisioningRequestEntity } from '../features/provisioning/provisioning-request.entity';
import { StaffUserEntity } from '../features/staff/staff-user.entity';
import { SurveyImportEntity } from '../features/surveys/survey-import.entity';
import {
  SurveyRespondentEntity,
  SurveyResponseEntity,
} from '../features/surveys/survey-response.entity';
import { SurveyEntity } from '../features/surveys/survey.entity';
import { SubscriptionHistoryEntity } from '../features/subscriptions/subscription-history.entity';
import { SubscriptionOptionEntity } from '../features/subscriptions/subscription-option.entity';
import { SubscriptionEntity } from '../features/subscriptions/subscription.entity';

/** Every TypeORM entity: one per table, mapping only (never a GraphQL type). */
export const entities = [
  AuditEventEntity,
  ApiKeyEntity,
  StaffSessionEntity,
  CatalogOptionEntity,
  PlanEntity,
  CustomerContactEntity,
  CustomerStageChangeEntity,
  CustomerEntity,
  NearMissEntity,
  OutboxEventEntity,
  ProvisioningRequestEventEntity,
  ProvisioningRequestEntity,
  StaffUserEntity,
  SurveyEntity,
  SurveyImportEntity,
  SurveyRespondentEntity,
  SurveyResponseEntity,
  SubscriptionHistoryEntity,
  SubscriptionOptionEntity,
  SubscriptionEntity,
];
