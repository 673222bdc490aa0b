import { InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Card,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Statistic,
  Table,
  Tag,
  Typography,
  Upload,
} from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useEffect, useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  type SurveyImportProgressFragment,
  SurveyImportStatusDocument,
} from '../../../gql/graphql';
import { ErrorState } from '../../../shared/page-states';
import { formatCount } from '../shared/survey-figures';
import { uploadSurveyFile } from './upload-survey-file';

const POLL_MS = 500;
const STATUS_COLORS = {
  QUEUED: 'default',
  RUNNING: 'processing',
  DONE: 'success',
  FAILED: 'error',
};
type RowError = SurveyImportProgressFragment['errors'][number];
const isFinished = (i: SurveyImportProgressFragment | undefined) =>
  i?.status === 'DONE' || i?.status === 'FAILED';

/** Upload a CSV of survey answers, follow its progress, then list every bad row and why. */
export function SurveyImportPage() {
  const { t, i18n } = useTranslation();
  const [importId, setImportId] = useState<string | null>(null);
  const [uploading, setUploading] = useState(false);
  const [refusal, setRefusal] = useState<string[] | null>(null);
  const { data, error, startPolling, stopPolling, refetch } = useQuery(SurveyImportStatusDocument, {
    variables: { id: importId ?? '' },
    skip: importId === null,
    fetchPolicy: 'network-only',
    notifyOnNetworkStatusChange: false,
  });
  const current = importId ? (data?.surveyImport ?? undefined) : undefined;
  const finished = isFinished(current);

  useEffect(() => {
    if (!importId || finished) return;
    startPolling(POLL_MS);
    return () => stopPolling();
  }, [importId, finished, startPolling, stopPolling]);

  const upload = async (file: File) => {
    setUploading(true);
    setRefusal(null);
    setImportId(null);
    try {
      const result = await uploadSurveyFile(file, i18n.language);
      if (result.ok) setImportId(result.import.id);
      else
        setRefusal(
          result.reason === 'forbidden'
            ? [t('surveys.import.forbidden')]
            : result.messages.length
              ? result.messages
              : [t('surveys.import.uploadFailed')],
        );
    } catch {
      setRefusal([t('common.networkError')]);
    } finally {
      setUploading(false);
    }
  };

  return (
    <Flex vertical gap={16}>
      <Card title={t('surveys.import.title')}>
        <Flex vertical gap={16}>
          <Typography.Paragraph type="secondary" style={{ margin: 0 }}>
            {t('surveys.import.description')}
          </Typography.Paragraph>
          <Upload.Dragger
            accept=".csv,text/csv"
            multiple={false}
            showUploadList={false}
            disabled={uploading || (importId !== null && !finished)}
            beforeUpload={(file) => {
              void upload(file);
              return false;
            }}
            data-testid="survey-import-upload"
          >
            <p className="ant-upload-drag-icon">
              <InboxOutlined />
            </p>
            <p className="ant-upload-text">{t('surveys.import.drop')}</p>
            <p className="ant-upload-hint">{t('surveys.import.dropHint')}</p>
          </Upload.Dragger>
          {refusal && (
            <Alert
              type="error"
              showIcon
              title={t('surveys.import.uploadFailed')}
              description={refusal.join(' ')}
            />
          )}
        </Flex>
      </Card>
      {importId && error && !current && <ErrorState error={error} onRetry={() => void refetch()} />}
      {(uploading || (importId && !current && !error)) && (
        <Card>
          <Progress percent={0} status="active" aria-label={t('surveys.import.progressLabel')} />
        </Card>
      )}
      {current && <ImportProgressCard imp={current} />}
    </Flex>
  );
}

function ImportProgressCard({ imp }: { imp: SurveyImportProgressFragment }) {
  const { t } = useTranslation();
  const columns: ColumnsType<RowError> = [
    {
      key: 'line',
      title: t('surveys.import.columns.line'),
      width: 90,
      render: (_: unknown, e: RowError) => <span className="kizuna-tabular">{e.line}</span>,
    },
    {
      key: 'field',
      title: t('surveys.import.columns.field'),
      width: 200,
      render: (_: unknown, e: RowError) => (e.field ? <Tag>{e.field}</Tag> : '—'),
    },
    {
      key: 'reason',
      title: t('surveys.import.columns.reason'),
      render: (_: unknown, e: RowError) => e.message,
    },
  ];

  const percent = Math.floor(imp.progress * 100);
  return (
    <Card
      title={
        <Flex gap={8} align="center">
          <span>{imp.fileName}</span>
          <Tag color={STATUS_COLORS[imp.status]} data-testid="survey-import-status">
            {t(`surveys.import.status.${imp.status}`)}
          </Tag>
        </Flex>
      }
      data-testid="survey-import-result"
    >
      <Flex vertical gap={16}>
        <div data-testid="survey-import-progress">
          <Progress
            percent={percent}
            status={
              imp.status === 'FAILED' ? 'exception' : imp.status === 'DONE' ? 'success' : 'active'
            }
            aria-label={t('surveys.import.progressLabel')}
          />
          <Typography.Text type="secondary" className="kizuna-tabular">
            {t('surveys.import.rows', {
              processed: formatCount(imp.processedRows),
              total: formatCount(imp.totalRows),
            })}
          </Typography.Text>
        </div>
        {imp.failure && (
          <Alert
            type="error"
            showIcon
            title={t('surveys.import.failed')}
            description={imp.failure}
          />
        )}
        <Flex wrap gap={48}>
          <Statistic title={t('surveys.import.summary.total')} value={imp.totalRows} />
          <Statistic
            title={t('surveys.import.summary.imported')}
            value={imp.importedRows}
            styles={{ content: { color: '#389e0d' } }}
          />
          <Statistic title={t('surveys.import.summary.duplicates')} value={imp.duplicateRows} />
          <Statistic
            title={t('surveys.import.summary.errors')}
            value={imp.errorRows}
            styles={{ content: { color: imp.errorRows ? '#cf1322' : undefined } }}
          />
        </Flex>
        {imp.encoding && (
          <Descriptions size="small" column={1}>
            <Descriptions.Item label={t('surveys.import.encoding')}>
              {imp.encoding}
            </Descriptions.Item>
          </Descriptions>
        )}
        {imp.status === 'DONE' && (
          <>
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('surveys.import.errorsTitle')}
            </Typography.Title>
            {imp.errors.length < imp.errorRows && (
              <Typography.Text type="secondary">
                {t('surveys.import.truncated', { count: imp.errors.length })}
              </Typography.Text>
            )}
            <Table<RowError>
              rowKey={(e) => `${e.line}-${e.field ?? ''}-${e.code}`}
              size="small"
              pagination={imp.errors.length > 50 ? { pageSize: 50 } : false}
              columns={columns}
              dataSource={imp.errors}
              data-testid="survey-import-errors"
              locale={{ emptyText: <Empty description={t('surveys.import.noErrors')} /> }}
            />
          </>
        )}
      </Flex>
    </Card>
  );
}
