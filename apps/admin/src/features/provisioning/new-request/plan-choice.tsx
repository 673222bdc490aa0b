import { formatYen } from '@kizuna/domain';
import { Flex, Radio, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvisioningCatalogQuery } from '../../../gql/graphql';

export interface PlanChoiceProps {
  plans: ProvisioningCatalogQuery['plans'];
  /** The plan the customer is on now (shown as 現在, kept selectable only if still sold). */
  currentPlanCode?: string | null;
  value?: string | null;
  onChange?: (code: string) => void;
  id?: string;
}

/** Plans on sale as radio buttons with their monthly fee (税抜). Arrow keys move between them. */
export function PlanChoice({ plans, currentPlanCode, value, onChange, id }: PlanChoiceProps) {
  const { t } = useTranslation();
  return (
    <Radio.Group
      id={id}
      value={value ?? null}
      onChange={(e) => onChange?.(e.target.value as string)}
      style={{ width: '100%' }}
    >
      <Flex vertical gap={8}>
        {plans
          .filter((p) => p.active)
          .map((plan) => (
            <Radio key={plan.code} value={plan.code} data-plan={plan.code}>
              <Flex gap={8} align="center" wrap>
                <Typography.Text strong>{plan.name}</Typography.Text>
                <Typography.Text type="secondary" className="kizuna-tabular">
                  {t('requests.form.perMonth', { fee: formatYen(plan.monthlyFeeYen) })}
                </Typography.Text>
                {plan.code === currentPlanCode && <Tag>{t('requests.form.current')}</Tag>}
              </Flex>
            </Radio>
          ))}
      </Flex>
    </Radio.Group>
  );
}
