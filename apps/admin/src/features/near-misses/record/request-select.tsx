import { useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { RequestSelectDocument, type RequestSelectOptionFragment } from '../../../gql/graphql';
import { formatDateTime } from '../../../shared/dates';
import { useRequestLabels } from '../../provisioning/shared/request-labels';

export interface RequestSelectProps {
  /** The customer whose requests are offered; nothing can be chosen without one. */
  customerId?: string | null;
  /** The chosen request's id. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

/** A provisioning request of the chosen customer, newest first: kind, status, when, by whom. */
export function RequestSelect({ customerId, value, onChange, id }: RequestSelectProps) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const { data, loading } = useQuery(RequestSelectDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
  });
  const connection = customerId ? data?.provisioningRequests : undefined;
  const requests = connection?.edges.map((e) => e.node) ?? [];
  const label = (r: RequestSelectOptionFragment) =>
    `${labels.kind(r.kind)}・${labels.status(r.status)}・${formatDateTime(r.createdAt)}`;

  return (
    <Select<string>
      id={id}
      allowClear
      disabled={!customerId}
      placeholder={t(
        customerId
          ? 'nearMisses.record.requestPlaceholder'
          : 'nearMisses.record.requestNeedsCustomer',
      )}
      value={value ?? undefined}
      onChange={(next) => onChange?.(next ?? null)}
      loading={loading}
      notFoundContent={loading ? <Spin size="small" /> : t('nearMisses.record.noRequest')}
      options={requests.map((r) => ({
        value: r.id,
        title: label(r),
        label: (
          <span>
            {label(r)}
            {r.maker && (
              <Typography.Text type="secondary" style={{ marginInlineStart: 8 }}>
                {r.maker.displayName}
              </Typography.Text>
            )}
          </span>
        ),
      }))}
      popupRender={(menu) =>
        connection && connection.totalCount > requests.length ? (
          <>
            {menu}
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('nearMisses.record.newestRequests', { count: requests.length })}
            </Typography.Text>
          </>
        ) : (
          menu
        )
      }
      style={{ maxWidth: 480 }}
    />
  );
}
