import { userError, type UserErrorData } from '../errors/user-error.js';
import type { CatalogOption } from './catalog.types.js';

/** An option is consistent: MFA options have a factor category, others none; fees are whole yen ≥ 0. */
export function validateCatalogOption(o: CatalogOption): UserErrorData[] {
  const errors: UserErrorData[] = [];
  if (!/^[A-Z][A-Z0-9_]*$/.test(o.code))
    errors.push(userError('OUT_OF_RANGE', 'code', { value: o.code }));
  if (!Number.isInteger(o.monthlyFeeYen) || o.monthlyFeeYen < 0) {
    errors.push(userError('OUT_OF_RANGE', 'monthlyFeeYen', { value: o.monthlyFeeYen }));
  }
  if ((o.kind === 'MFA') !== (o.factorCategory !== null)) {
    errors.push(userError('OUT_OF_RANGE', 'factorCategory', { value: String(o.factorCategory) }));
  }
  return errors;
}
