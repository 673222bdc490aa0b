import { compareMfaPolicies, MFA_FACTOR_CATEGORY_LABELS, type SignInOption } from '@kizuna/domain';
import { Alert } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../i18n/language';

/**
 * Flags, in the preview and before anything is sent, a change that leaves the customer's users
 * with only their password (an error-style alert) or with fewer kinds of factor (a warning).
 */
export function MfaChangeAlert({
  before,
  after,
  catalog,
  optionName,
}: {
  /** Option codes held now and after the change. */
  before: readonly string[];
  after: readonly string[];
  catalog: readonly SignInOption[];
  optionName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  // In the catalog's order, whatever order the boxes were ticked in.
  const options = (codes: readonly string[]) => catalog.filter((o) => codes.includes(o.code));
  const change = compareMfaPolicies(options(before), options(after));
  if (change.risk === null) return null;
  const list = (items: string[]) =>
    new Intl.ListFormat(i18n.language, { type: 'conjunction' }).format(items);
  const methods = list(change.removedMethods.map(optionName));
  const removesEvery = change.risk === 'REMOVES_EVERY_FACTOR';
  return (
    <Alert
      type={removesEvery ? 'error' : 'warning'}
      showIcon
      style={{ marginBottom: 12 }}
      data-testid="mfa-change-alert"
      data-risk={change.risk}
      title={t(removesEvery ? 'requests.preview.mfaRemovesEvery' : 'requests.preview.mfaWeakens')}
      description={
        removesEvery
          ? t('requests.preview.mfaRemovesEveryDetail', { methods })
          : t('requests.preview.mfaWeakensDetail', {
              categories: list(
                change.lostCategories.map((c) =>
                  pick(MFA_FACTOR_CATEGORY_LABELS[c], i18n.language),
                ),
              ),
              methods,
            })
      }
    />
  );
}
