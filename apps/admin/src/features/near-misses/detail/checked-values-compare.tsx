import { CONFIRMATION_FIELDS, CONTRACT_TERM_LABELS, isContractTerm } from '@kizuna/domain';
import { Flex, Table, Tag } from 'antd';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import type { CheckedValuesCompareFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';
import { useRequestLabels } from '../../provisioning/shared/request-labels';

type Field = (typeof CONFIRMATION_FIELDS)[number];

interface Row {
  field: Field;
  maker: ReactNode;
  checker: ReactNode;
}

/**
 * The two sides of a blind mismatch, field by field: what the maker requested and what the
 * checker re-entered (only the fields that differed are recorded; labels, never field codes).
 */
export function CheckedValuesCompare({
  fields,
  maker,
  checker,
  planName,
  optionName,
}: {
  fields: readonly string[];
  maker: CheckedValuesCompareFragment;
  checker: CheckedValuesCompareFragment;
  planName: (code: string | null) => string;
  optionName: (code: string) => string;
}) {
  const { t, i18n } = useTranslation();
  const labels = useRequestLabels();
  const value = (values: CheckedValuesCompareFragment, field: Field): ReactNode => {
    switch (field) {
      case 'planCode':
        return planName(values.planCode ?? null);
      case 'optionCodes':
        return !values.optionCodes ? (
          '—'
        ) : values.optionCodes.length === 0 ? (
          t('common.none')
        ) : (
          <Flex wrap gap={4}>
            {[...values.optionCodes].sort().map((c) => (
              <Tag key={c} style={{ marginInlineEnd: 0 }}>
                {optionName(c)}
              </Tag>
            ))}
          </Flex>
        );
      case 'effectiveDate':
        return formatIsoDate(values.effectiveDate) ?? '—';
      case 'trialEndsOn':
        return formatIsoDate(values.trialEndsOn) ?? '—';
      case 'corporateNumber':
        // Not among the values a near-miss records.
        return '—';
      case 'contractTerm':
        return isContractTerm(values.contractTerm)
          ? pick(CONTRACT_TERM_LABELS[values.contractTerm], i18n.language)
          : '—';
    }
  };
  const rows: Row[] = CONFIRMATION_FIELDS.filter((f) => fields.includes(f)).map((field) => ({
    field,
    maker: value(maker, field),
    checker: value(checker, field),
  }));
  return (
    <Table<Row>
      size="small"
      rowKey="field"
      pagination={false}
      dataSource={rows}
      data-testid="checked-values"
      columns={[
        { key: 'field', title: '', width: 140, render: (_, r) => labels.field(r.field) },
        { key: 'maker', title: t('nearMisses.detail.makerValue'), render: (_, r) => r.maker },
        { key: 'checker', title: t('nearMisses.detail.checkerValue'), render: (_, r) => r.checker },
      ]}
    />
  );
}
