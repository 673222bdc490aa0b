import { DownloadOutlined, InboxOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import {
  Alert,
  Button,
  Card,
  Descriptions,
  Empty,
  Flex,
  Progress,
  Statistic,
  Table,
  Tag,
  Tooltip,
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
import { saveCsvFile } from '../../../shared/csv';
import { ErrorState } from '../../../shared/page-states';
import { formatCount } from '../shared/survey-figures';
import { badRowsCsv, errorListCsv } from './bad-rows-csv';
import {
  PREVIEW_BYTES,
  previewSurveyFile,
  readSurveyFileRecords,
  type SurveyFilePreview,
} from './survey-file.reader';
import { SurveyImportHistory } from './survey-import-history';
import { SurveyImportPreview } from './survey-import-preview';
import { IMPORT_STATUS_COLORS } from './survey-import-status';
import { uploadSurveyFile } from './upload-survey-file';

const POLL_MS = 500;
type RowError = SurveyImportProgressFragment['errors'][number];
const isFinished = (i: SurveyImportProgressFragment | undefined) =>
  i?.status === 'DONE' || i?.status === 'FAILED';

/** A file's bytes (Blob.arrayBuffer where the browser has it). */
async function bytesOf(blob: Blob): Promise<Uint8Array> {
  if (typeof blob.arrayBuffer === 'function') return new Uint8Array(await blob.arrayBuffer());
  return new Promise((resolve, reject) => {
    const reader = new FileReader();
    reader.onload = () => resolve(new Uint8Array(reader.result as ArrayBuffer));
    reader.onerror = () => reject(reader.error);
    reader.readAsArrayBuffer(blob);
  });
}

/**
 * Pick a CSV of survey answers, see how it will be read (encoding, columns, first rows), start
 * the import and follow it; then every bad row with its Excel row and column, downloadable; and
 * the history of imports.
 */
export function SurveyImportPage() {
  const { t, i18n } = useTranslation();
  const [pending, setPending] = useState<{ file: File; preview: SurveyFilePreview | null } | null>(
    null,
  );
  const [importId, setImportId] = useState<string | null>(null);
  /** The uploaded file, kept in the browser for the bad-rows download (the server keeps none). */
  const [uploadedFile, setUploadedFile] = useState<File | null>(null);
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

  const choose = async (file: File) => {
    setRefusal(null);
    const bytes = await bytesOf(file.slice(0, PREVIEW_BYTES));
    setPending({ file, preview: previewSurveyFile(bytes, file.size <= PREVIEW_BYTES) });
  };

  const upload = async (file: File) => {
    setUploading(true);
    setRefusal(null);
    setImportId(null);
    try {
      const result = await uploadSurveyFile(file, i18n.language);
      if (result.ok) {
        setImportId(result.import.id);
        setUploadedFile(file);
        setPending(null);
      } else
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
              void choose(file);
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
      {pending && (
        <SurveyImportPreview
          fileName={pending.file.name}
          preview={pending.preview}
          starting={uploading}
          onStart={() => void upload(pending.file)}
          onCancel={() => setPending(null)}
        />
      )}
      {importId && error && !current && <ErrorState error={error} onRetry={() => void refetch()} />}
      {importId && !current && !error && (
        <Card>
          <Progress percent={0} status="active" aria-label={t('surveys.import.progressLabel')} />
        </Card>
      )}
      {current && (
        <ImportProgressCard
          imp={current}
          file={uploadedFile && importId === current.id ? uploadedFile : null}
        />
      )}
      <SurveyImportHistory
        refreshKey={finished && current ? `${current.id}:${current.status}` : ''}
        onShow={(id) => {
          setPending(null);
          setUploadedFile(null);
          setImportId(id);
        }}
      />
    </Flex>
  );
}

function ImportProgressCard({
  imp,
  file,
}: {
  imp: SurveyImportProgressFragment;
  /** The file as uploaded, when this browser still has it. */
  file: File | null;
}) {
  const { t } = useTranslation();
  const columns: ColumnsType<RowError> = [
    {
      key: 'row',
      title: (
        <Tooltip title={t('surveys.import.rowHelp')}>
          <span>{t('surveys.import.columns.line')}</span>
        </Tooltip>
      ),
      width: 90,
      render: (_: unknown, e: RowError) => <span className="kizuna-tabular">{e.row}</span>,
    },
    {
      key: 'column',
      title: t('surveys.import.columns.field'),
      width: 200,
      render: (_: unknown, e: RowError) => (e.column ? <Tag>{e.column}</Tag> : '—'),
    },
    {
      key: 'reason',
      title: t('surveys.import.columns.reason'),
      render: (_: unknown, e: RowError) => e.message,
    },
  ];

  const downloadBadRows = async () => {
    const headings = {
      row: t('surveys.import.badRows.row'),
      column: t('surveys.import.badRows.column'),
      reason: t('surveys.import.badRows.reason'),
    };
    const bad = imp.errors.map((e) => ({
      row: e.row,
      column: e.column ?? null,
      message: e.message,
    }));
    const records = file ? readSurveyFileRecords(await bytesOf(file)) : null;
    const csv = records ? badRowsCsv(records, bad, headings) : errorListCsv(bad, headings);
    saveCsvFile(
      csv,
      t('surveys.import.badRows.fileName', { name: imp.fileName.replace(/\.csv$/i, '') }),
    );
  };

  const percent = Math.floor(imp.progress * 100);
  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span style={{ wordBreak: 'break-all' }}>{imp.fileName}</span>
          <Tag color={IMPORT_STATUS_COLORS[imp.status]} data-testid="survey-import-status">
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
            styles={{ content: { color: '#237804' } }}
          />
          <Statistic title={t('surveys.import.summary.duplicates')} value={imp.duplicateRows} />
          <Statistic
            title={t('surveys.import.summary.errors')}
            value={imp.errorRows}
            styles={{ content: { color: imp.errorRows ? '#a8071a' : undefined } }}
          />
        </Flex>
        {(imp.encoding || imp.uploadedBy) && (
          <Descriptions size="small" column={1}>
            {imp.encoding && (
              <Descriptions.Item label={t('surveys.import.encoding')}>
                {imp.encoding}
              </Descriptions.Item>
            )}
            {imp.uploadedBy && (
              <Descriptions.Item label={t('surveys.import.history.uploadedBy')}>
                {imp.uploadedBy}
              </Descriptions.Item>
            )}
          </Descriptions>
        )}
        {imp.status === 'DONE' && (
          <>
            <Flex justify="space-between" align="center" wrap gap={8}>
              <Typography.Title level={5} style={{ margin: 0 }}>
                {t('surveys.import.errorsTitle')}
              </Typography.Title>
              {imp.errors.length > 0 && (
                <Tooltip
                  title={
                    file ? t('surveys.import.badRows.help') : t('surveys.import.badRows.listOnly')
                  }
                >
                  <Button
                    icon={<DownloadOutlined />}
                    onClick={() => void downloadBadRows()}
                    data-testid="survey-import-bad-rows"
                    // Wraps on a phone instead of running out of the card.
                    style={{ whiteSpace: 'normal', height: 'auto', maxWidth: '100%' }}
                  >
                    {t('surveys.import.badRows.button')}
                  </Button>
                </Tooltip>
              )}
            </Flex>
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
