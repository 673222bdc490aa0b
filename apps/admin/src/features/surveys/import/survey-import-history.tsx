import { useQuery } from '@apollo/client/react';
import { Button, Card, Tag, Tooltip, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SurveyImportHistoryRowFragment,
  SurveyImportHistoryDocument,
} from '../../../gql/graphql';
import { ConnectionTable } from '../../../shared/connection-table';
import { formatDateTime } from '../../../shared/dates';
import { useCursorStack } from '../../../shared/use-cursor-stack';
import { formatCount } from '../shared/survey-figures';
import { IMPORT_STATUS_COLORS } from './survey-import-status';

const PAGE_SIZE = 10;

/**
 * Past and running imports, newest first: when, who uploaded which file (its name as stored),
 * the counts and the status; a row's result can be opened again.
 */
export function SurveyImportHistory({
  onShow,
  refreshKey,
}: {
  onShow: (importId: string) => void;
  /** Changes when an import ends, so that the list shows it. */
  refreshKey: string;
}) {
  const { t } = useTranslation();
  const cursors = useCursorStack(refreshKey);
  const { data, previousData, loading, error, refetch } = useQuery(SurveyImportHistoryDocument, {
    variables: { first: PAGE_SIZE, after: cursors.after },
    fetchPolicy: 'cache-and-network',
  });
  useEffect(() => {
    if (refreshKey) void refetch().catch(() => undefined);
  }, [refreshKey, refetch]);
  const connection = (data ?? previousData)?.surveyImports;

  const columns: ColumnsType<SurveyImportHistoryRowFragment> = [
    {
      key: 'createdAt',
      title: t('surveys.import.history.createdAt'),
      width: 150,
      render: (_, i) => <span className="kizuna-tabular">{formatDateTime(i.createdAt)}</span>,
    },
    {
      key: 'uploadedBy',
      title: t('surveys.import.history.uploadedBy'),
      width: 180,
      render: (_, i) => i.uploadedBy ?? t('surveys.import.history.unknownUploader'),
    },
    {
      key: 'fileName',
      title: (
        <Tooltip title={t('surveys.import.history.fileNameHelp')}>
          <span>{t('surveys.import.history.fileName')}</span>
        </Tooltip>
      ),
      render: (_, i) => (
        <Typography.Text style={{ wordBreak: 'break-all' }}>{i.fileName}</Typography.Text>
      ),
    },
    {
      key: 'status',
      title: t('surveys.import.history.status'),
      width: 100,
      render: (_, i) => (
        <Tag color={IMPORT_STATUS_COLORS[i.status]}>{t(`surveys.import.status.${i.status}`)}</Tag>
      ),
    },
    {
      key: 'counts',
      title: t('surveys.import.history.counts'),
      render: (_, i) => (
        <span className="kizuna-tabular">
          {t('surveys.import.history.countsValue', {
            total: formatCount(i.totalRows),
            imported: formatCount(i.importedRows),
            duplicates: formatCount(i.duplicateRows),
            errors: formatCount(i.errorRows),
          })}
        </span>
      ),
    },
    {
      key: 'show',
      width: 120,
      render: (_, i) => (
        <Button size="small" onClick={() => onShow(i.id)}>
          {t('surveys.import.history.show')}
        </Button>
      ),
    },
  ];

  return (
    <Card title={t('surveys.import.history.title')}>
      <ConnectionTable<SurveyImportHistoryRowFragment>
        connection={connection}
        error={error}
        loading={loading}
        stale={!data}
        onRetry={() => void refetch()}
        cursors={cursors}
        columns={columns}
        scroll={{ x: 900 }}
        data-testid="survey-import-history"
        emptyText={t('surveys.import.history.empty')}
      />
    </Card>
  );
}
