import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import {
  CONFIRMATION_FIELDS_BY_KIND,
  CONTRACT_TERM_LABELS,
  DEFAULT_CONTRACT_TERM,
  formatYen,
  type ContractTerm,
  type ProvisioningKind,
} from '@kizuna/domain';
import { Alert, Card, Flex, Space, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { ConfirmationField } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';
import { LinkButton } from '../../../shared/link-button';
import { useRequestLabels } from '../shared/request-labels';
import { ServiceCreditBreakdown } from '../shared/service-credit-breakdown';
import { useProvisioningCatalog } from '../shared/use-catalog';
import type { CheckOutcome } from './check-form';

type Confirmed = {
  planCode?: string | null;
  optionCodes?: readonly string[] | null;
  effectiveDate?: string | null;
  trialEndsOn?: string | null;
  corporateNumber?: string | null;
  creditAmountYen?: number | null;
  contractTerm?: ContractTerm | null;
};

interface Row {
  field: ConfirmationField;
  entered: ReactNode;
  requested: ReactNode;
  same: boolean;
}

/**
 * After the check, and only then: the checker's entry beside the request, field by field (the
 * fields the kind checks). Applied now, scheduled for its date, or — on a mismatch — returned to
 * its maker with a near-miss recorded.
 */
export function CheckResult({
  outcome,
  kind,
  customerId,
}: {
  outcome: CheckOutcome;
  kind: ProvisioningKind;
  customerId: string;
}) {
  const { t, i18n } = useTranslation();
  const labels = useRequestLabels();
  const { planName, optionName } = useProvisioningCatalog();
  const { confirmation, payload } = outcome;
  // What the entry was compared with: the maker's values, (erasure) the customer's number, and
  // (service credit) the amount Kizuna computed.
  const serviceCredit = payload.request?.proposal?.serviceCredit ?? null;
  const proposal = payload.request?.proposal
    ? {
        ...payload.request.proposal,
        corporateNumber: payload.request.customer.corporateNumber,
        creditAmountYen: serviceCredit?.credit.excludingTax ?? null,
      }
    : null;
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
  const date = (value: string | null | undefined) => formatIsoDate(value) ?? '—';
  const cells: Record<ConfirmationField, (values: Confirmed) => ReactNode> = {
    planCode: (v) => planName(v.planCode ?? null),
    optionCodes: (v) => options(v.optionCodes ?? []),
    effectiveDate: (v) => date(v.effectiveDate),
    trialEndsOn: (v) => date(v.trialEndsOn),
    corporateNumber: (v) => <span className="kizuna-tabular">{v.corporateNumber ?? '—'}</span>,
    creditAmountYen: (v) =>
      typeof v.creditAmountYen === 'number' ? formatYen(v.creditAmountYen) : '—',
    // A request without a term (one made before terms) is the default, as the API compares it.
    contractTerm: (v) =>
      pick(CONTRACT_TERM_LABELS[v.contractTerm ?? DEFAULT_CONTRACT_TERM], i18n.language),
  };
  const rows: Row[] = CONFIRMATION_FIELDS_BY_KIND[kind].map((field) => ({
    field,
    entered: cells[field](confirmation),
    requested: proposal ? cells[field](proposal) : '—',
    same: !mismatched.includes(field),
  }));
  const scheduledFor =
    payload.request?.status === 'SCHEDULED' ? formatIsoDate(payload.request.effectiveDate) : null;

  return (
    <Card title={t('check.comparison')} data-testid="check-result">
      <Flex vertical gap={16}>
        {applied && scheduledFor ? (
          <Alert
            type="info"
            showIcon
            data-testid="check-scheduled"
            title={t('check.scheduled', { date: scheduledFor })}
            description={t('check.scheduledDetail', { date: scheduledFor })}
          />
        ) : applied ? (
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
        {serviceCredit && <ServiceCreditBreakdown credit={serviceCredit} planName={planName} />}
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
