import {
  formatYen,
  MFA_FACTOR_CATEGORY_LABELS,
  OPTION_KINDS,
  type OptionKind,
} from '@kizuna/domain';
import { Checkbox, Flex, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvisioningCatalogQuery } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';

type CatalogOption = ProvisioningCatalogQuery['options'][number];

export interface OptionChoiceProps {
  options: ProvisioningCatalogQuery['options'];
  /** Options the customer has now (a trial has every option). */
  currentCodes: readonly string[];
  /** Label for the current options: トライアル中 or 現在. */
  currentLabel: string;
  value?: readonly string[];
  onChange?: (codes: string[]) => void;
  id?: string;
}

/**
 * Every option as a checkbox, grouped by kind (MFA with its factor category), with its fee.
 * Retired options appear only if the customer still has them (they may be kept, not sold anew).
 */
export function OptionChoice({
  options,
  currentCodes,
  currentLabel,
  value = [],
  onChange,
  id,
}: OptionChoiceProps) {
  const { t, i18n } = useTranslation();
  const shown = options.filter((o) => o.active || currentCodes.includes(o.code));
  const byKind = new Map<OptionKind, CatalogOption[]>();
  for (const option of shown) byKind.set(option.kind, [...(byKind.get(option.kind) ?? []), option]);

  return (
    <Checkbox.Group
      value={[...value]}
      onChange={(codes) => onChange?.(codes as string[])}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={12} style={{ width: '100%' }} id={id} role="group">
        {OPTION_KINDS.filter((kind) => byKind.has(kind)).map((kind) => (
          <fieldset key={kind} className="kizuna-option-group" data-option-kind={kind}>
            <legend>{t(`optionKind.${kind}`)}</legend>
            <Flex vertical gap={4}>
              {byKind.get(kind)!.map((option) => (
                <Checkbox key={option.code} value={option.code} data-option={option.code}>
                  <Flex gap={8} align="center" wrap>
                    <span>{option.name}</span>
                    {option.factorCategory && (
                      <Tag color="geekblue" style={{ marginInlineEnd: 0 }}>
                        {pick(MFA_FACTOR_CATEGORY_LABELS[option.factorCategory], i18n.language)}
                      </Tag>
                    )}
                    <Typography.Text type="secondary" className="kizuna-tabular">
                      {option.monthlyFeeYen === 0
                        ? t('requests.form.free')
                        : t('requests.form.perMonth', { fee: formatYen(option.monthlyFeeYen) })}
                    </Typography.Text>
                    {currentCodes.includes(option.code) && (
                      <Tag style={{ marginInlineEnd: 0 }}>{currentLabel}</Tag>
                    )}
                  </Flex>
                </Checkbox>
              ))}
            </Flex>
          </fieldset>
        ))}
      </Flex>
    </Checkbox.Group>
  );
}
