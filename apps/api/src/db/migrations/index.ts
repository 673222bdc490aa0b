import { Foundation1763900000000 } from './1763900000000-foundation';
import { AuditTrail1763900000001 } from './1763900000001-audit-trail';
import { Provisioning1763900000002 } from './1763900000002-provisioning';
import { Surveys1763900000003 } from './1763900000003-surveys';
import { SurveyRollup1763900000004 } from './1763900000004-survey-rollup';
import { CatalogChangedNotify1763900000005 } from './1763900000005-catalog-changed-notify';
import { CustomerTrialEndOrder1763900000006 } from './1763900000006-customer-trial-end-order';
import { ContractTime1763900000007 } from './1763900000007-contract-time';
import { Administration1763900000008 } from './1763900000008-administration';
import { AbuseLimits1763900000009 } from './1763900000009-abuse-limits';
import { AuditAnchorAndRoles1763900000010 } from './1763900000010-audit-anchor-and-roles';
import { Erasure1763900000011 } from './1763900000011-erasure';
import { DeletionCertificate1763900000012 } from './1763900000012-deletion-certificate';
import { EventLog1763900000013 } from './1763900000013-event-log';
import { Webhooks1763900000014 } from './1763900000014-webhooks';
import { Idempotency1763900000015 } from './1763900000015-idempotency';
import { Revenue1763900000016 } from './1763900000016-revenue';
import { Usage1763900000017 } from './1763900000017-usage';
import { Sla1763900000018 } from './1763900000018-sla';
import { ContractTermRequests1763900000019 } from './1763900000019-contract-term-requests';
import { CustomerProfile1763900000020 } from './1763900000020-customer-profile';
import { Tasks1763900000021 } from './1763900000021-tasks';
import { CustomerNameSearch1763900000030 } from './1763900000030-customer-name-search';
import { AuditLogFilters1763900000031 } from './1763900000031-audit-log-filters';
import { Health1763900000040 } from './1763900000040-health';
import { HealthFallTasks1763900000041 } from './1763900000041-health-fall-tasks';
import { ContactRole1763900000044 } from './1763900000044-contact-role';

/** Every migration, in order. Hand-reviewed SQL; never `synchronize`. */
export const migrations = [
  Foundation1763900000000,
  AuditTrail1763900000001,
  Provisioning1763900000002,
  Surveys1763900000003,
  SurveyRollup1763900000004,
  CatalogChangedNotify1763900000005,
  CustomerTrialEndOrder1763900000006,
  ContractTime1763900000007,
  Administration1763900000008,
  AbuseLimits1763900000009,
  AuditAnchorAndRoles1763900000010,
  Erasure1763900000011,
  DeletionCertificate1763900000012,
  EventLog1763900000013,
  Webhooks1763900000014,
  Idempotency1763900000015,
  Revenue1763900000016,
  Usage1763900000017,
  Sla1763900000018,
  ContractTermRequests1763900000019,
  CustomerProfile1763900000020,
  Tasks1763900000021,
  CustomerNameSearch1763900000030,
  AuditLogFilters1763900000031,
  Health1763900000040,
  HealthFallTasks1763900000041,
  ContactRole1763900000044,
];
