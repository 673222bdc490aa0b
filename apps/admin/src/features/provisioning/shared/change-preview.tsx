import { ArrowRightOutlined } from '@ant-design/icons';
import {
  CONTRACT_TERM_LABELS,
  formatYen,
  renewalAmount,
  type ContractTerm,
  type ProratedFee,
  type TaxedAmount,
} from '@kizuna/domain';
import { Alert, Descriptions, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';

export interface ChangePreviewData {
  planBefore: string | null;
  planAfter: string | null;
  kept: readonly string[];
  removed: readonly string[];
  added: readonly string[];
  monthlyFeeBefore: TaxedAmount;
  monthlyFeeAfter: TaxedAmount;
  /** 日割り: the first partial month of a change starting after the 1st (as the API returns it). */
  proratedFirstMonth?: ProratedFirstMonth | null;
}

export interface ProratedFirstMonth {
  fromDate: string;
  toDate: string;
  days: number;
  daysInMonth: number;
  fee: TaxedAmount;
}

/** The domain's 日割り (computed in the form) in the API's shape. */
export function proratedFromDomain(fee: ProratedFee | null): ProratedFirstMonth | null {
  if (!fee) return null;
  const { excludingTax, tax, includingTax, ...period } = fee;
  return { ...period, fee: { excludingTax, tax, includingTax } };
}

/** 「初月日割り 2027/01/03〜2027/01/31（29/31日）￥1,580（税込 ￥1,738）」 */
export function ProratedFirstMonthNote({ prorated }: { prorated: ProratedFirstMonth }) {
  const { t } = useTranslation();
  return (
    <Alert
      type="info"
      showIcon
      data-testid="preview-prorated"
      title={t('requests.preview.prorated', {
        from: formatIsoDate(prorated.fromDate),
        to: formatIsoDate(prorated.toDate),
        days: prorated.days,
        daysInMonth: prorated.daysInMonth,
        excludingTax: formatYen(prorated.fee.excludingTax),
        includingTax: formatYen(prorated.fee.includingTax),
      })}
    />
  );
}

function OptionTags({
  codes,
  color,
  name,
  testId,
}: {
  codes: readonly string[];
  color: string;
  name: (code: string) => string;
  testId: string;
}) {
  const { t } = useTranslation();
  if (codes.length === 0)
    return (
      <Typography.Text type="secondary" data-testid={testId}>
        {t('common.none')}
      </Typography.Text>
    );
  return (
    <Flex wrap gap={4} data-testid={testId}>
      {codes.map((code) => (
        <Tag key={code} color={color} style={{ marginInlineEnd: 0 }} data-code={code}>
          {name(code)}
        </Tag>
      ))}
    </Flex>
  );
}

interface FeeRow {
  key: 'before' | 'after' | 'difference';
  amount: TaxedAmount;
}

const signedYen = (yen: number) => (yen > 0 ? `+${formatYen(yen)}` : formatYen(yen));

/**
 * The effect of a request: plan before → after, options kept / removed / added, the new
 * contract's term with what one renewal costs, and the monthly fee before and after with and
 * without tax (税抜・消費税・税込).
 */
export function ChangePreview({
  preview,
  planName,
  optionName,
  beforeIsTrial = false,
  contractTerm = null,
}: {
  preview: ChangePreviewData;
  planName: (code: string | null) => string;
  optionName: (code: string) => string;
  beforeIsTrial?: boolean;
  /** A conversion's or reactivation's term; null for kinds that keep the contract's term. */
  contractTerm?: ContractTerm | null;
}) {
  const { t, i18n } = useTranslation();
  const renewal = contractTerm && renewalAmount(preview.monthlyFeeAfter.excludingTax, contractTerm);
  const before = preview.monthlyFeeBefore;
  const after = preview.monthlyFeeAfter;
  const rows: FeeRow[] = [
    { key: 'before', amount: before },
    { key: 'after', amount: after },
    {
      key: 'difference',
      amount: {
        excludingTax: after.excludingTax - before.excludingTax,
        tax: after.tax - before.tax,
        includingTax: after.includingTax - before.includingTax,
      },
    },
  ];
  const yen = (row: FeeRow, value: number) =>
    row.key === 'difference' ? signedYen(value) : formatYen(value);

  return (
    <Flex vertical gap={12} data-testid="change-preview">
      <Descriptions
        size="small"
        column={1}
        bordered
        styles={{ label: { width: 110 } }}
        items={[
          {
            key: 'plan',
            label: t('requests.preview.plan'),
            children: (
              <Flex gap={8} align="center" wrap data-testid="preview-plan">
                <span>{planName(preview.planBefore)}</span>
                <ArrowRightOutlined aria-hidden />
                <Typography.Text strong>
                  {preview.planAfter === null
                    ? t('requests.preview.ends')
                    : planName(preview.planAfter)}
                </Typography.Text>
              </Flex>
            ),
          },
          {
            key: 'kept',
            label: t('requests.preview.kept'),
            children: (
              <OptionTags
                codes={preview.kept}
                color="blue"
                name={optionName}
                testId="preview-kept"
              />
            ),
          },
          {
            key: 'removed',
            label: t('requests.preview.removed'),
            children: (
              <OptionTags
                codes={preview.removed}
                color="red"
                name={optionName}
                testId="preview-removed"
              />
            ),
          },
          {
            key: 'added',
            label: t('requests.preview.added'),
            children: (
              <OptionTags
                codes={preview.added}
                color="green"
                name={optionName}
                testId="preview-added"
              />
            ),
          },
          ...(contractTerm && renewal
            ? [
                {
                  key: 'term',
                  label: t('requestEconomics.term.label'),
                  children: (
                    <Flex vertical data-testid="preview-term">
                      <Typography.Text strong>
                        {pick(CONTRACT_TERM_LABELS[contractTerm], i18n.language)}
                      </Typography.Text>
                      <Typography.Text type="secondary" className="kizuna-tabular">
                        {t('requestEconomics.term.renewal', {
                          excludingTax: formatYen(renewal.excludingTax),
                          includingTax: formatYen(renewal.includingTax),
                        })}
                      </Typography.Text>
                    </Flex>
                  ),
                },
              ]
            : []),
        ]}
      />
      <Table<FeeRow>
        size="small"
        pagination={false}
        rowKey="key"
        dataSource={rows}
        data-testid="preview-fee"
        title={() => <Typography.Text strong>{t('requests.preview.monthlyFee')}</Typography.Text>}
        columns={[
          {
            key: 'label',
            title: '',
            render: (_, row) => (
              <Flex vertical>
                <span>{t(`requests.preview.${row.key}`)}</span>
                {row.key === 'before' && beforeIsTrial && (
                  <Typography.Text type="secondary" style={{ fontSize: 12 }}>
                    {t('requests.preview.trialFree')}
                  </Typography.Text>
                )}
              </Flex>
            ),
          },
          {
            key: 'excludingTax',
            title: t('requests.preview.excludingTax'),
            align: 'right',
            render: (_, row) => (
              <span className="kizuna-tabular">{yen(row, row.amount.excludingTax)}</span>
            ),
          },
          {
            key: 'tax',
            title: t('requests.preview.tax'),
            align: 'right',
            render: (_, row) => <span className="kizuna-tabular">{yen(row, row.amount.tax)}</span>,
          },
          {
            key: 'includingTax',
            title: t('requests.preview.includingTax'),
            align: 'right',
            render: (_, row) => (
              <Typography.Text strong={row.key !== 'before'} className="kizuna-tabular">
                {yen(row, row.amount.includingTax)}
              </Typography.Text>
            ),
          },
        ]}
      />
      {preview.proratedFirstMonth && (
        <ProratedFirstMonthNote prorated={preview.proratedFirstMonth} />
      )}
    </Flex>
  );
}
