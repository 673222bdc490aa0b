import { LockOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { NPS_CATEGORIES, type NpsCategory, type SurveyKind } from '@kizuna/domain';
import { Card, Flex, Input, Select, Space, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { type SurveyCommentRowFragment, SurveyCommentsDocument } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { ConnectionTable } from '../../../shared/connection-table';
import { PersonalDataTag } from '../../../shared/personal-data-tag';
import { StageTag } from '../../../shared/stage-tag';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { useSearchAsYouType } from '../../../shared/use-debounced-value';
import { ExportButton } from '../shared/export-button';
import { usePlanCatalog } from '../shared/use-plan-catalog';
import { commentFilter, exportQuery, type SurveyParams } from '../shared/survey-params';
import { ScoreTag } from './score-tag';

const PAGE_SIZE = 20;

/** The comments matching the dashboard's filters, with category and word filters, and export. */
export function SurveyComments({
  kind,
  params,
  onChange,
}: {
  kind: SurveyKind;
  params: SurveyParams;
  onChange: (next: SurveyParams) => void;
}) {
  const { t } = useTranslation();
  const plans = usePlanCatalog();
  const filter = commentFilter(kind, params);
  const cursors = useCursorStack(JSON.stringify(filter));
  const search = useSearchAsYouType(params.search ?? '', (text) =>
    onChange({ ...params, search: text || null }),
  );
  const { data, previousData, loading, error, refetch } = useQuery(SurveyCommentsDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after, filter },
    fetchPolicy: 'cache-and-network',
  });
  const connection = (data ?? previousData)?.surveyComments;
  const showRespondent =
    connection?.edges.some((e) => e.node.respondent?.name || e.node.respondent?.email) ?? false;

  const columns: ColumnsType<SurveyCommentRowFragment> = [
    {
      key: 'score',
      title: t('surveys.comments.columns.score'),
      width: 120,
      render: (_, r) => <ScoreTag kind={kind} score={r.score} category={r.npsCategory} />,
    },
    {
      key: 'comment',
      title: t('surveys.comments.columns.comment'),
      render: (_, r) => (
        <Flex vertical gap={4}>
          <Typography.Text style={{ whiteSpace: 'pre-wrap' }}>{r.comment}</Typography.Text>
          {r.maskedPersonalData.length > 0 && (
            <Tooltip title={t('surveys.comments.maskedHelp')}>
              <Space size={2} wrap data-testid="masked-personal-data">
                {r.maskedPersonalData.map((k) => (
                  <Tag key={k} icon={<LockOutlined />} style={{ fontSize: 11 }}>
                    {t(`surveys.comments.masked.${k}`)}
                  </Tag>
                ))}
              </Space>
            </Tooltip>
          )}
        </Flex>
      ),
    },
    ...(showRespondent
      ? [
          {
            key: 'respondent',
            title: t('surveys.comments.columns.respondent'),
            width: 180,
            render: (_: unknown, r: SurveyCommentRowFragment) =>
              r.respondent ? (
                <Flex vertical>
                  <span>{r.respondent.name}</span>
                  <Typography.Text type="secondary">{r.respondent.email}</Typography.Text>
                </Flex>
              ) : (
                '—'
              ),
          },
        ]
      : []),
    {
      key: 'plan',
      title: t('surveys.comments.columns.plan'),
      width: 110,
      render: (_, r) => (r.planCode ? plans.name(r.planCode) : '—'),
    },
    {
      key: 'stage',
      title: t('surveys.comments.columns.stage'),
      width: 120,
      render: (_, r) => <StageTag stage={r.stage} />,
    },
    {
      key: 'customer',
      title: t('surveys.comments.columns.customer'),
      width: 220,
      render: (_, r) =>
        r.customer ? (
          <Link to={`/customers/${encodeURIComponent(r.customer.id)}`}>{r.customer.name}</Link>
        ) : (
          '—'
        ),
    },
    {
      key: 'answeredAt',
      title: t('surveys.comments.columns.answeredAt'),
      width: 120,
      render: (_, r) => <span className="kizuna-tabular">{formatDate(r.answeredAt)}</span>,
    },
  ];

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          {t('surveys.comments.title')}
          {/* Respondents' names and e-mails are on screen (staff allowed to see them). */}
          {showRespondent && <PersonalDataTag />}
        </Flex>
      }
      extra={<ExportButton query={exportQuery(kind, params)} />}
    >
      <Flex vertical gap={12}>
        <Space wrap>
          {kind === 'NPS' && (
            <Select<NpsCategory | ''>
              style={{ width: 190 }}
              aria-label={t('surveys.comments.category')}
              data-testid="survey-comment-category"
              value={params.category ?? ''}
              onChange={(category) => onChange({ ...params, category: category || null })}
              options={[
                { value: '', label: t('surveys.comments.allCategories') },
                ...NPS_CATEGORIES.map((c) => ({ value: c, label: t(`surveys.categories.${c}`) })),
              ]}
            />
          )}
          <Input.Search
            allowClear
            style={{ width: 280 }}
            aria-label={t('surveys.comments.searchPlaceholder')}
            placeholder={t('surveys.comments.searchPlaceholder')}
            {...search}
          />
        </Space>
        <ConnectionTable<SurveyCommentRowFragment>
          connection={connection}
          error={error}
          loading={loading}
          stale={!data}
          onRetry={() => void refetch()}
          cursors={cursors}
          columns={columns}
          scroll={{ x: 1000 }}
          data-testid="survey-comments"
          emptyText={t('surveys.comments.empty')}
          totalTestId="survey-comments-total"
        />
      </Flex>
    </Card>
  );
}
