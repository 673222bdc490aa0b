import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { formatDate } from './dates';

export interface TrialEndProps {
  trialEndsAt: string | null;
  isTrialExpired: boolean;
  /** Whole days left (JST), from the API; null outside TRIAL. */
  trialDaysLeft: number | null;
}

/** 2025/04/30 with 残り12日 (orange within a week) or a red 期限切れ tag. */
export function TrialEnd({ trialEndsAt, isTrialExpired, trialDaysLeft }: TrialEndProps) {
  const { t } = useTranslation();
  const date = formatDate(trialEndsAt);
  if (!date) return <Typography.Text type="secondary">—</Typography.Text>;
  return (
    <Space size={4} wrap>
      <span className="kizuna-tabular">{date}</span>
      {isTrialExpired ? (
        <Tag color="red">{t('customers.trial.expired')}</Tag>
      ) : trialDaysLeft === 0 ? (
        <Tag color="orange">{t('customers.trial.endsToday')}</Tag>
      ) : trialDaysLeft !== null ? (
        <Tag color={trialDaysLeft <= 7 ? 'orange' : 'default'}>
          {t('customers.trial.daysLeft', { count: trialDaysLeft })}
        </Tag>
      ) : null}
    </Space>
  );
}
