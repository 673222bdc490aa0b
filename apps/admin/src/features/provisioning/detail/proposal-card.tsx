import { EyeInvisibleOutlined } from '@ant-design/icons';
import { CONTRACT_TERM_LABELS } from '@kizuna/domain';
import { Alert, Card, Descriptions, Flex, Tag } from 'antd';
import { useTranslation } from 'react-i18next';
import type { ProvisioningKind, RequestDetailQuery } from '../../../gql/graphql';
import { formatIsoDate } from '../../../shared/dates';
import { pick } from '../../../i18n/language';
import { ChangePreview } from '../shared/change-preview';
import { ServiceCreditBreakdown } from '../shared/service-credit-breakdown';
import { useRequestLabels } from '../shared/request-labels';
import { useProvisioningCatalog } from '../shared/use-catalog';

type Proposal = NonNullable<
  Extract<NonNullable<RequestDetailQuery['node']>, { kind: ProvisioningKind }>['proposal']
>;

/**
 * The maker's values and their effect, or — while the blind check is pending and the viewer is
 * not the maker — why they are not shown.
 */
export function ProposalCard({
  kind,
  proposal,
}: {
  kind: ProvisioningKind;
  proposal: Proposal | null;
}) {
  const { t, i18n } = useTranslation();
  const labels = useRequestLabels();
  const { planName, optionName } = useProvisioningCatalog();
  if (!proposal) {
    return (
      <Card title={t('requests.detail.proposal')}>
        <Alert
          type="info"
          showIcon
          icon={<EyeInvisibleOutlined />}
          title={t('requests.detail.proposalHidden')}
        />
      </Card>
    );
  }
  const items = [
    {
      key: 'effectiveDate',
      label: t('requests.fields.effectiveDate'),
      children: <span className="kizuna-tabular">{formatIsoDate(proposal.effectiveDate)}</span>,
    },
  ];
  // A trial extension or second trial changes no plan: its days, new end and reason instead.
  // An erasure changes no contract either: only its date. A service credit shows its computation.
  const changesContract =
    kind !== 'TRIAL_EXTENSION' &&
    kind !== 'SECOND_TRIAL' &&
    kind !== 'ERASURE' &&
    kind !== 'SERVICE_CREDIT';
  if (kind === 'TRIAL_EXTENSION') {
    items.splice(
      0,
      1,
      {
        key: 'trialExtensionDays',
        label: t('requests.fields.trialExtensionDays'),
        children: <>{t('common.days', { count: proposal.trialExtensionDays ?? 0 })}</>,
      },
      {
        key: 'trialEndsOn',
        label: t('requests.fields.trialEndsOn'),
        children: (
          <span className="kizuna-tabular">{formatIsoDate(proposal.trialEndsOn) ?? '—'}</span>
        ),
      },
    );
  } else if (kind === 'SERVICE_CREDIT') {
    // Applied at approval whatever its date: the credit's own month is in the breakdown.
    items.splice(0, 1);
  } else if (kind === 'SECOND_TRIAL' || kind === 'ERASURE') {
    // Only the date: the trial's plan and options are the standard ones; an erasure has no plan.
  } else if (kind === 'CANCELLATION') {
    items.push(
      {
        key: 'churnReason',
        label: t('requests.fields.churnReason'),
        children: <>{labels.churnReason(proposal.churnReason)}</>,
      },
      {
        key: 'churnNote',
        label: t('requests.fields.churnNote'),
        children: <>{proposal.churnNote ?? '—'}</>,
      },
    );
  } else {
    items.unshift(
      {
        key: 'planCode',
        label: t('requests.fields.planCode'),
        children: <>{planName(proposal.planCode)}</>,
      },
      {
        key: 'optionCodes',
        label: t('requests.fields.optionCodes'),
        children: (
          <Flex wrap gap={4}>
            {proposal.optionCodes.length === 0
              ? t('common.none')
              : proposal.optionCodes.map((c) => <Tag key={c}>{optionName(c)}</Tag>)}
          </Flex>
        ),
      },
      ...(proposal.contractTerm
        ? [
            {
              key: 'contractTerm',
              label: t('requestEconomics.term.label'),
              children: <>{pick(CONTRACT_TERM_LABELS[proposal.contractTerm], i18n.language)}</>,
            },
          ]
        : []),
    );
  }
  const descriptions = [
    ...items,
    ...(proposal.note
      ? [{ key: 'note', label: t('requests.fields.note'), children: <>{proposal.note}</> }]
      : []),
  ];
  return (
    <Card title={t('requests.detail.proposal')} data-testid="proposal">
      <Flex vertical gap={16}>
        {descriptions.length > 0 && <Descriptions size="small" column={1} items={descriptions} />}
        {changesContract && (
          <ChangePreview
            preview={proposal.preview}
            planName={planName}
            optionName={optionName}
            beforeIsTrial={kind === 'CONVERSION'}
            contractTerm={proposal.contractTerm}
          />
        )}
        {proposal.serviceCredit && (
          <ServiceCreditBreakdown credit={proposal.serviceCredit} planName={planName} />
        )}
      </Flex>
    </Card>
  );
}
