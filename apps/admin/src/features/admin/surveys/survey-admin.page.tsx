import { useQuery } from '@apollo/client/react';
import { SURVEY_KIND_LABELS, SURVEY_KINDS, type SurveyKind } from '@kizuna/domain';
import { App, Button, Flex, Select, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { AdminSurveysDocument, type AdminSurveyRowFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { ActiveTag } from '../shared/active-tag';
import { AdminPageHeader } from '../shared/admin-page-header';
import { SurveyForm } from './survey-form';

const PAGE_SIZE = 30;

/** 管理 › アンケート: the survey definitions; add one, correct its wording, retire it. */
export function SurveyAdminPage() {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [kind, setKind] = useState<SurveyKind | null>(null);
  const [editing, setEditing] = useState<'create' | AdminSurveyRowFragment | null>(null);
  const filter = { kind };
  const cursors = useCursorStack(JSON.stringify(filter));
  const { data, previousData, loading, error, refetch } = useQuery(AdminSurveysDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.surveys;
  const en = i18n.language === 'en';

  const columns: ColumnsType<AdminSurveyRowFragment> = [
    {
      key: 'code',
      title: t('admin.surveys.code'),
      width: 150,
      render: (_, s) => <code>{s.code}</code>,
    },
    {
      key: 'kind',
      title: t('admin.surveys.kind'),
      width: 90,
      render: (_, s) => <Tag>{s.kind}</Tag>,
    },
    {
      key: 'title',
      title: t('admin.surveys.title_'),
      render: (_, s) => (
        <Flex vertical>
          <span>{en ? s.titleEn : s.titleJa}</span>
          <Typography.Text type="secondary">{en ? s.questionEn : s.questionJa}</Typography.Text>
        </Flex>
      ),
    },
    {
      key: 'scale',
      title: t('admin.surveys.scale'),
      width: 100,
      render: (_, s) => <span className="kizuna-tabular">{`${s.minScore}–${s.maxScore}`}</span>,
    },
    {
      key: 'active',
      title: t('admin.common.status'),
      width: 90,
      render: (_, s) => (
        <ActiveTag
          active={s.active}
          activeLabel={t('admin.common.active')}
          inactiveLabel={t('admin.common.inactive')}
        />
      ),
    },
    {
      key: 'createdAt',
      title: t('admin.common.createdAt'),
      width: 160,
      render: (_, s) => <span className="kizuna-tabular">{formatDateTime(s.createdAt)}</span>,
    },
    {
      key: 'actions',
      title: t('admin.common.actions'),
      width: 90,
      render: (_, s) => (
        <Button size="small" onClick={() => setEditing(s)}>
          {t('admin.common.edit')}
        </Button>
      ),
    },
  ];

  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('admin.surveys.title')}
        description={t('admin.surveys.description')}
        action={
          <Button type="primary" onClick={() => setEditing('create')}>
            {t('admin.surveys.create')}
          </Button>
        }
      />
      <Select<SurveyKind | null>
        style={{ width: 260 }}
        aria-label={t('admin.surveys.kind')}
        value={kind}
        onChange={setKind}
        options={[
          { value: null, label: t('admin.surveys.allKinds') },
          ...SURVEY_KINDS.map((k) => ({
            value: k,
            label: pick(SURVEY_KIND_LABELS[k], i18n.language),
          })),
        ]}
      />
      <ConnectionTable<AdminSurveyRowFragment>
        connection={connection}
        error={error}
        loading={loading}
        stale={!data}
        onRetry={() => void refetch()}
        cursors={cursors}
        emptyText={t('admin.surveys.empty')}
        columns={columns}
        scroll={{ x: 1000 }}
        data-testid="survey-table"
      />
      {editing !== null && (
        <SurveyForm
          survey={editing === 'create' ? null : editing}
          onClose={() => setEditing(null)}
          onDone={() => {
            const created = editing === 'create';
            setEditing(null);
            void message.success(t(created ? 'admin.common.created' : 'admin.common.saved'));
          }}
        />
      )}
    </Flex>
  );
}
