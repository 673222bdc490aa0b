import { useQuery } from '@apollo/client/react';
import { formatYen, isoDateJst, MFA_FACTOR_CATEGORY_LABELS } from '@kizuna/domain';
import { App, Button, Card, Empty, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AdminCatalogDocument,
  type AdminOptionRowFragment,
  type AdminPlanRowFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatIsoDate } from '../../../shared/dates';
import { ErrorState } from '../../../shared/page-states';
import { ActiveTag } from '../shared/active-tag';
import { AdminPageHeader } from '../shared/admin-page-header';
import { OptionForm } from './option-form';
import { PlanForm } from './plan-form';
import { SchedulePriceForm } from './schedule-price-form';
import type { PriceTarget } from './schedule-price.serializer';

/** ￥1,490 税抜 */
export function YenExcludingTax({ yen }: { yen: number }) {
  const { t } = useTranslation();
  return (
    <span className="kizuna-tabular" style={{ whiteSpace: 'nowrap' }}>
      {formatYen(yen)}{' '}
      <Typography.Text type="secondary" style={{ fontSize: 12 }}>
        {t('admin.common.excludingTax')}
      </Typography.Text>
    </span>
  );
}

/** The prices still to come (from tomorrow or today on, as the API keeps them), soonest first. */
function UpcomingPrices({
  prices,
}: {
  prices: readonly { monthlyFeeYen: number; validFrom: string }[];
}) {
  const { t } = useTranslation();
  const today = isoDateJst(new Date());
  const upcoming = prices
    .filter((p) => p.validFrom > today)
    .sort((a, b) => a.validFrom.localeCompare(b.validFrom));
  if (upcoming.length === 0)
    return <Typography.Text type="secondary">{t('admin.common.never')}</Typography.Text>;
  return (
    <Flex vertical>
      {upcoming.map((p) => (
        <span key={p.validFrom} className="kizuna-tabular" style={{ whiteSpace: 'nowrap' }}>
          {t('admin.catalog.scheduledPrice', {
            date: formatIsoDate(p.validFrom),
            fee: formatYen(p.monthlyFeeYen),
          })}
        </span>
      ))}
    </Flex>
  );
}

type Editing =
  | { kind: 'plan'; plan: AdminPlanRowFragment | null }
  | { kind: 'option'; option: AdminOptionRowFragment | null }
  | { kind: 'price'; target: PriceTarget; name: string; currentFeeYen: number }
  | null;

/** 管理 › カタログ: plans and options, their scheduled prices; add, edit, schedule a price. */
export function CatalogPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [editing, setEditing] = useState<Editing>(null);
  const { data, loading, error, refetch } = useQuery(AdminCatalogDocument, {
    fetchPolicy: 'cache-and-network',
  });
  const name = (item: { nameJa: string; nameEn: string }) =>
    i18n.language === 'en' ? item.nameEn : item.nameJa;
  const offered = (active: boolean) => (
    <ActiveTag
      active={active}
      activeLabel={t('admin.catalog.activeLabel')}
      inactiveLabel={t('admin.catalog.inactiveLabel')}
    />
  );
  const actions = (
    onEdit: () => void,
    target: PriceTarget,
    item: AdminPlanRowFragment | AdminOptionRowFragment,
  ) => (
    <Space size={4}>
      <Button size="small" onClick={onEdit}>
        {t('admin.common.edit')}
      </Button>
      <Button
        size="small"
        onClick={() =>
          setEditing({ kind: 'price', target, name: name(item), currentFeeYen: item.monthlyFeeYen })
        }
      >
        {t('admin.catalog.schedulePrice')}
      </Button>
    </Space>
  );

  const planColumns: ColumnsType<AdminPlanRowFragment> = [
    {
      key: 'code',
      title: t('admin.catalog.code'),
      width: 130,
      render: (_, p) => <code>{p.code}</code>,
    },
    { key: 'name', title: t('admin.catalog.name'), render: (_, p) => name(p) },
    {
      key: 'fee',
      title: t('admin.catalog.monthlyFee'),
      width: 150,
      render: (_, p) => <YenExcludingTax yen={p.monthlyFeeYen} />,
    },
    {
      key: 'prices',
      title: t('admin.catalog.prices'),
      width: 200,
      render: (_, p) => <UpcomingPrices prices={p.prices} />,
    },
    {
      key: 'sla',
      title: t('admin.catalog.sla'),
      width: 90,
      render: (_, p) => `${p.slaTargetPercent}%`,
    },
    { key: 'sortOrder', title: t('admin.catalog.sortOrder'), width: 80, dataIndex: 'sortOrder' },
    {
      key: 'active',
      title: t('admin.common.status'),
      width: 100,
      render: (_, p) => offered(p.active),
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 200,
      render: (_, p) => actions(() => setEditing({ kind: 'plan', plan: p }), { planId: p.id }, p),
    },
  ];
  const optionColumns: ColumnsType<AdminOptionRowFragment> = [
    {
      key: 'code',
      title: t('admin.catalog.code'),
      width: 170,
      render: (_, o) => <code>{o.code}</code>,
    },
    { key: 'name', title: t('admin.catalog.name'), render: (_, o) => name(o) },
    {
      key: 'kind',
      title: t('admin.catalog.kind'),
      width: 170,
      render: (_, o) => (
        <Space size={4} wrap>
          <Tag>{t(`optionKind.${o.kind}`)}</Tag>
          {o.factorCategory && (
            <Tag color="blue">
              {pick(MFA_FACTOR_CATEGORY_LABELS[o.factorCategory], i18n.language)}
            </Tag>
          )}
        </Space>
      ),
    },
    {
      key: 'optionGroup',
      title: t('admin.catalog.optionGroup'),
      width: 120,
      render: (_, o) => (o.optionGroup ? <code>{o.optionGroup}</code> : t('admin.catalog.noGroup')),
    },
    {
      key: 'fee',
      title: t('admin.catalog.monthlyFee'),
      width: 150,
      render: (_, o) => <YenExcludingTax yen={o.monthlyFeeYen} />,
    },
    {
      key: 'prices',
      title: t('admin.catalog.prices'),
      width: 200,
      render: (_, o) => <UpcomingPrices prices={o.prices} />,
    },
    {
      key: 'active',
      title: t('admin.common.status'),
      width: 100,
      render: (_, o) => offered(o.active),
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 200,
      render: (_, o) =>
        actions(() => setEditing({ kind: 'option', option: o }), { optionId: o.id }, o),
    },
  ];

  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const done = (text: string) => {
    setEditing(null);
    void message.success(text);
  };
  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('admin.catalog.title')}
        description={t('admin.catalog.description')}
      />
      <Card
        title={t('admin.catalog.plans')}
        extra={
          <Button type="primary" onClick={() => setEditing({ kind: 'plan', plan: null })}>
            {t('admin.catalog.createPlan')}
          </Button>
        }
      >
        <Table<AdminPlanRowFragment>
          rowKey="id"
          size="middle"
          columns={planColumns}
          dataSource={data?.plans ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 1100 }}
          data-testid="plan-table"
          locale={{ emptyText: <Empty description={t('admin.catalog.plansEmpty')} /> }}
        />
      </Card>
      <Card
        title={t('admin.catalog.options')}
        extra={
          <Button type="primary" onClick={() => setEditing({ kind: 'option', option: null })}>
            {t('admin.catalog.createOption')}
          </Button>
        }
      >
        <Table<AdminOptionRowFragment>
          rowKey="id"
          size="middle"
          columns={optionColumns}
          dataSource={data?.options ?? []}
          loading={loading}
          pagination={false}
          scroll={{ x: 1200 }}
          data-testid="option-table"
          locale={{ emptyText: <Empty description={t('admin.catalog.optionsEmpty')} /> }}
        />
      </Card>
      {editing?.kind === 'plan' && (
        <PlanForm
          plan={editing.plan}
          onClose={() => setEditing(null)}
          onDone={() => done(t(editing.plan ? 'admin.common.saved' : 'admin.common.created'))}
        />
      )}
      {editing?.kind === 'option' && (
        <OptionForm
          option={editing.option}
          onClose={() => setEditing(null)}
          onDone={() => done(t(editing.option ? 'admin.common.saved' : 'admin.common.created'))}
        />
      )}
      {editing?.kind === 'price' && (
        <SchedulePriceForm
          target={editing.target}
          name={editing.name}
          currentFeeYen={editing.currentFeeYen}
          onClose={() => setEditing(null)}
          onDone={(validFrom) =>
            done(t('admin.catalog.priceScheduled', { date: formatIsoDate(validFrom) }))
          }
        />
      )}
    </Flex>
  );
}
