import { isTrialExpired, trialDaysLeft } from '@kizuna/domain';
import { toGlobalId } from '../../graphql/relay';
import type { ContactModel, CustomerModel } from './customer.model';
import type { ContactType, CustomerType } from './customer.type';

export function toCustomerType(c: CustomerModel, now = new Date()): CustomerType {
  return {
    id: toGlobalId('Customer', c.id),
    dbId: c.id,
    name: c.name,
    nameKana: c.nameKana,
    corporateNumber: c.corporateNumber,
    stage: c.stage,
    trialStartedAt: c.trialStartedAt,
    trialEndsAt: c.trialEndsAt,
    isTrialExpired: isTrialExpired(c, now),
    trialDaysLeft: c.stage === 'TRIAL' && c.trialEndsAt ? trialDaysLeft(c.trialEndsAt, now) : null,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    version: c.version,
  };
}

export function toContactType(c: ContactModel): ContactType {
  return {
    id: toGlobalId('Contact', c.id),
    fullName: [c.familyName, c.givenName].filter(Boolean).join(' '),
    familyName: c.familyName,
    givenName: c.givenName,
    familyNameKana: c.familyNameKana,
    givenNameKana: c.givenNameKana,
    email: c.email,
    phone: c.phone,
    isPrimary: c.isPrimary,
  };
}
