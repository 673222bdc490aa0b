import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { Alert, Card, Flex, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationField } from '../../../gql/graphql';
import { formatIsoDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { useRequestLabels } from '../shared/request-labels';
import { useProvisioningCatalog } from '../shared/use-catalog';
import type { CheckOutcome } from './check-form';

interface Row {
  field: ConfirmationField;
  entered: ReactNode;
  requested: ReactNode;
  same: boolean;
}

/**
 * After the check, and only then: the checker's entry beside the request, field by field. On a
 * mismatch, what happened: the request went back to its maker and a near-miss was recorded.
 */
export function CheckResult({
  outcome,
  customerId,
}: {
  outcome: CheckOutcome;
  customerId: string;
}) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const { planName, optionName } = useProvisioningCatalog();
  const { confirmation, payload } = outcome;
  const proposal = payload.request?.proposal ?? null;
  const mismatched = payload.mismatchedFields;
  const applied = payload.userErrors.length === 0;
  const options = (codes: readonly string[]) =>
    codes.length === 0 ? (
      t('common.none')
    ) : (
      <Flex wrap gap={4}>
        {[...codes].sort().map((c) => (
          <Tag key={c} style={{ marginInlineEnd: 0 }}>
            {optionName(c)}
          </Tag>
        ))}
      </Flex>
    );
  const rows: Row[] = [
    {
      field: 'planCode',
      entered: planName(confirmation.planCode ?? null),
      requested: proposal ? planName(proposal.planCode) : '—',
      same: !mismatched.includes('planCode'),
    },
    {
      field: 'optionCodes',
      entered: options(confirmation.optionCodes),
      requested: proposal ? options(proposal.optionCodes) : '—',
      same: !mismatched.includes('optionCodes'),
    },
    {
      field: 'effectiveDate',
      entered: formatIsoDate(confirmation.effectiveDate),
      requested: proposal ? formatIsoDate(proposal.effectiveDate) : '—',
      same: !mismatched.includes('effectiveDate'),
    },
  ];

  return (
    <Card title={t('check.comparison')} data-testid="check-result">
      <Flex vertical gap={16}>
        {applied ? (
          <Alert
            type="success"
            showIcon
            title={t('check.matched')}
            description={t('check.matchedDetail')}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={t('check.mismatch')}
            description={t('check.mismatchDetail', { fields: labels.fields(mismatched) })}
          />
        )}
        <Table<Row>
          size="small"
          rowKey="field"
          pagination={false}
          dataSource={rows}
          rowClassName={(r) => (r.same ? '' : 'kizuna-row-mismatch')}
          columns={[
            { key: 'field', title: '', width: 120, render: (_, r) => labels.field(r.field) },
            { key: 'entered', title: t('check.yourEntry'), render: (_, r) => r.entered },
            { key: 'requested', title: t('check.requested'), render: (_, r) => r.requested },
            {
              key: 'same',
              title: t('check.verdict'),
              width: 110,
              render: (_, r) =>
                r.same ? (
                  <Tag color="green" icon={<CheckCircleFilled />}>
                    {t('check.same')}
                  </Tag>
                ) : (
                  <Tag color="red" icon={<CloseCircleFilled />}>
                    {t('check.differ')}
                  </Tag>
                ),
            },
          ]}
        />
        <Space wrap>
          <LinkButton to="/requests/check">{t('check.backToQueue')}</LinkButton>
          <LinkButton to={`/customers/${encodeURIComponent(customerId)}`}>
            {t('check.showCustomer')}
          </LinkButton>
          {!applied && <LinkButton to="/near-misses">{t('check.showNearMisses')}</LinkButton>}
        </Space>
      </Flex>
    </Card>
  );
}
