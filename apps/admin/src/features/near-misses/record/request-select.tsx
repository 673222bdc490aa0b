import { useQuery } from '@apollo/client/react';
import { Flex, Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  RequestSelectChosenDocument,
  RequestSelectDocument,
  type RequestSelectOptionFragment,
} from '../../../gql/graphql';
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

/**
 * A provisioning request of the chosen customer, newest first: kind, status, when, by whom. A
 * request chosen beforehand (the form opened from a request) that the list does not hold — older
 * than the newest 50 — is read by itself; one of another customer, or none at all, is dropped.
 */
export function RequestSelect({ customerId, value, onChange, id }: RequestSelectProps) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const list = useQuery(RequestSelectDocument, {
    variables: { customerId: customerId ?? '' },
    skip: !customerId,
    // Requests change status all day: show the list as it is now, not as first read.
    fetchPolicy: 'cache-and-network',
  });
  const connection = customerId ? list.data?.provisioningRequests : undefined;
  const listed = connection?.edges.map((e) => e.node) ?? [];
  const inList = listed.some((r) => r.id === value);
  const chosen = useQuery(RequestSelectChosenDocument, {
    variables: { id: value ?? '' },
    skip: !value || !customerId || list.loading || inList,
  });
  const read = chosen.data?.node?.__typename === 'ProvisioningRequest' ? chosen.data.node : null;
  const readable = read !== null && read.customer.id === customerId;
  const done = !chosen.loading && (chosen.data !== undefined || chosen.error !== undefined);
  // Said under the field, so that a request chosen beforehand does not vanish unexplained.
  const [dropped, setDropped] = useState(false);
  useEffect(() => {
    if (value && !inList && done && !readable) {
      setDropped(true);
      onChange?.(null);
    }
  }, [value, inList, done, readable, onChange]);
  const requests = readable && !inList ? [...listed, read] : listed;
  const label = (r: RequestSelectOptionFragment) =>
    [
      labels.kind(r.kind),
      labels.status(r.status),
      formatDateTime(r.createdAt),
      r.maker?.displayName,
    ]
      .filter(Boolean)
      .join('・');

  const select = (
    <Select<string>
      id={id}
      allowClear
      disabled={!customerId}
      placeholder={t(
        customerId
          ? 'nearMisses.record.requestPlaceholder'
          : 'nearMisses.record.requestNeedsCustomer',
      )}
      // Until the chosen request is known, no raw id in the field.
      value={value && (inList || readable) ? value : undefined}
      onChange={(next) => {
        setDropped(false);
        onChange?.(next ?? null);
      }}
      loading={list.loading}
      notFoundContent={
        list.loading ? (
          <Spin size="small" />
        ) : list.error ? (
          t('nearMisses.record.requestsUnavailable')
        ) : (
          t('nearMisses.record.noRequest')
        )
      }
      options={requests.map((r) => {
        const text = label(r);
        return { value: r.id, title: text, label: text };
      })}
      popupRender={(menu) =>
        connection && connection.totalCount > listed.length ? (
          <>
            {menu}
            <Typography.Text type="secondary" style={{ display: 'block', padding: '4px 12px' }}>
              {t('nearMisses.record.newestRequests', { count: listed.length })}
            </Typography.Text>
          </>
        ) : (
          menu
        )
      }
      style={{ maxWidth: 480 }}
    />
  );
  if (!dropped || value) return select;
  return (
    <Flex vertical gap={4}>
      {select}
      <Typography.Text type="warning">{t('nearMisses.record.requestDropped')}</Typography.Text>
    </Flex>
  );
}
