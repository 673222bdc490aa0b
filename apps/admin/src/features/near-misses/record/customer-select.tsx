import { useQuery } from '@apollo/client/react';
import { Select, Spin, Typography } from 'antd';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  CustomerSelectChosenDocument,
  CustomerSelectDocument,
  type CustomerSelectOptionFragment,
} from '../../../gql/graphql';
import { SEARCH_DEBOUNCE_MS, useDebouncedValue } from '../../../shared/use-debounced-value';

export interface CustomerSelectProps {
  /** The chosen customer's id. */
  value?: string | null;
  onChange?: (value: string | null) => void;
  id?: string;
}

function CustomerLabel({ customer }: { customer: CustomerSelectOptionFragment }) {
  return (
    <span>
      {customer.name}
      {customer.corporateNumber && (
        <Typography.Text
          type="secondary"
          className="kizuna-tabular"
          style={{ marginInlineStart: 8 }}
        >
          {customer.corporateNumber}
        </Typography.Text>
      )}
    </span>
  );
}

/** A customer found as the user types its name, furigana or 法人番号 (the list's own search). */
export function CustomerSelect({ value, onChange, id }: CustomerSelectProps) {
  const { t } = useTranslation();
  const [search, setSearch] = useState('');
  // The chosen customer stays an option (with its label) while other words are searched.
  const [chosen, setChosen] = useState<CustomerSelectOptionFragment | null>(null);
  const searched = useDebouncedValue(search.trim(), SEARCH_DEBOUNCE_MS);
  const { data, previousData, loading } = useQuery(CustomerSelectDocument, {
    variables: { search: searched },
    skip: searched === '',
  });
  const found =
    searched === '' ? [] : ((data ?? previousData)?.customers.edges ?? []).map((e) => e.node);
  // A customer chosen beforehand (the form opened from a request) is read for its label; one
  // that cannot be read (no such customer, a malformed id) is dropped rather than shown as an id.
  const known = chosen?.id === value ? chosen : null;
  const given = useQuery(CustomerSelectChosenDocument, {
    variables: { id: value ?? '' },
    skip: !value || known !== null,
  });
  const givenCustomer = given.data?.customer;
  const current = known ?? (givenCustomer && givenCustomer.id === value ? givenCustomer : null);
  const unreadable =
    !!value &&
    !known &&
    !given.loading &&
    (given.error !== undefined || given.data?.customer === null);
  useEffect(() => {
    if (unreadable) onChange?.(null);
  }, [unreadable, onChange]);
  const customers =
    current && !found.some((c) => c.id === current.id) ? [current, ...found] : found;

  return (
    <Select<string>
      id={id}
      allowClear
      showSearch={{ filterOption: false, onSearch: setSearch }}
      placeholder={t('nearMisses.record.customerPlaceholder')}
      value={current ? current.id : undefined}
      onChange={(next) => {
        setChosen(customers.find((c) => c.id === next) ?? null);
        onChange?.(next ?? null);
      }}
      loading={loading}
      notFoundContent={
        loading ? <Spin size="small" /> : searched === '' ? null : t('nearMisses.record.noCustomer')
      }
      options={customers.map((c) => ({
        value: c.id,
        title: c.name,
        label: <CustomerLabel customer={c} />,
      }))}
      style={{ maxWidth: 480 }}
    />
  );
}
