import { useQuery } from '@apollo/client/react';
import type { ErasureDueFilter } from '@kizuna/domain';
import { Space, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { ErasureDueStatusDocument, type ErasureDueFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';

const TAG_COLORS: Record<ErasureDueFilter, string> = { OVERDUE: 'red', DUE_THIS_WEEK: 'orange' };

/**
 * Which work list the API puts this customer on, if any: OVERDUE and DUE_THIS_WEEK are decided
 * by the server's clock (as trial ends are), never by the browser's.
 */
function useErasureDueStatus(customer: ErasureDueFragment): ErasureDueFilter | null {
  const { data } = useQuery(ErasureDueStatusDocument, {
    // The corporate number narrows the lists to this company; the name when it has none.
    variables: { search: customer.corporateNumber ?? customer.name },
    skip: !customer.erasureDueAt,
    fetchPolicy: 'cache-and-network',
  });
  const listed = (list: { edges: readonly { node: { id: string } }[] } | undefined) =>
    list?.edges.some((e) => e.node.id === customer.id) ?? false;
  if (listed(data?.overdue)) return 'OVERDUE';
  if (listed(data?.dueThisWeek)) return 'DUE_THIS_WEEK';
  return null;
}

/** 2027/01/03 with a red 期限切れ or an orange 今週期限 tag: when a churned customer's personal data is due for erasure. */
export function ErasureDue({ customer }: { customer: ErasureDueFragment }) {
  const { t } = useTranslation();
  const status = useErasureDueStatus(customer);
  return (
    <Space size={4} wrap data-testid="erasure-due" data-status={status ?? 'LATER'}>
      <Typography.Text
        className="kizuna-tabular"
        type={status === 'OVERDUE' ? 'danger' : undefined}
        strong={status !== null}
      >
        {formatDate(customer.erasureDueAt)}
      </Typography.Text>
      {status && <Tag color={TAG_COLORS[status]}>{t(`erasure.due.${status}`)}</Tag>}
    </Space>
  );
}
