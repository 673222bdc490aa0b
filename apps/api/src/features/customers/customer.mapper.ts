import { toGlobalId } from '../../graphql/relay';
import type { ContactModel, CustomerModel } from './customer.model';
import { CustomerType, type ContactType } from './customer.type';

/**
 * A class instance, so that type-graphql does not copy it into one for each field resolver;
 * timestamps stay text until a field reads them.
 */
export function toCustomerType(c: CustomerModel, now: Date): CustomerType {
  const customer = new CustomerType();
  customer.id = toGlobalId('Customer', c.id);
  customer.dbId = c.id;
  customer.name = c.name;
  customer.nameKana = c.nameKana;
  customer.corporateNumber = c.corporateNumber;
  customer.stage = c.stage;
  customer.timestamps = {
    trialStartedAt: c.trialStartedAt,
    trialEndsAt: c.trialEndsAt,
    createdAt: c.createdAt,
    updatedAt: c.updatedAt,
    trialExpiredAt: c.trialExpiredAt,
  };
  customer.trialExtendedDays = c.trialExtendedDays;
  customer.churnedAt = c.churnedAt;
  customer.now = now;
  customer.version = c.version;
  customer.annualRevenueYen = c.annualRevenueYen;
  customer.currentRatio = c.currentRatio;
  customer.employeeCount = c.employeeCount;
  customer.industry = c.industry;
  customer.engagement = c.engagement;
  return customer;
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
    role: c.role,
    isPrimary: c.isPrimary,
  };
}
