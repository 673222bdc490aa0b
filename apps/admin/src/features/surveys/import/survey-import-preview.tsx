import type { CsvRecord } from '@kizuna/domain';
import { Alert, Button, Card, Descriptions, Flex, Space, Table, Tag, Typography } from 'antd';
import type { ColumnsType } from 'antd/es/table';
import { useTranslation } from 'react-i18next';
import { PersonalDataTag } from '../../../shared/personal-data-tag';
import type { PreviewColumn, SurveyFilePreview } from './survey-file.reader';

const REQUIRED = new Set(['surveyCode', 'score', 'answeredAt']);
const PERSONAL = new Set(['respondentName', 'respondentEmail']);

/**
 * What the import will read, before it starts: encoding, how each column of the file is read
 * (as the file names it), the first rows with Excel's row numbers; start or cancel.
 */
export function SurveyImportPreview({
  fileName,
  preview,
  starting,
  onStart,
  onCancel,
}: {
  fileName: string;
  /** null: the file is neither UTF-8 nor Shift_JIS. */
  preview: SurveyFilePreview | null;
  starting: boolean;
  onStart: () => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const mappingColumns: ColumnsType<PreviewColumn> = [
    {
      key: 'file',
      title: t('surveys.import.preview.fileColumn'),
      render: (_, c) => <Typography.Text strong>{c.heading || '—'}</Typography.Text>,
    },
    {
      key: 'kizuna',
      title: t('surveys.import.preview.kizunaColumn'),
      render: (_, c) =>
        c.column ? (
          <Space size={4} wrap>
            <span>{t(`surveys.import.columnNames.${c.column}`)}</span>
            {REQUIRED.has(c.column) && (
              <Tag color="blue">{t('surveys.import.preview.required')}</Tag>
            )}
          </Space>
        ) : (
          <Typography.Text type="secondary">
            {t('surveys.import.preview.notImported')}
          </Typography.Text>
        ),
    },
  ];
  const columns = preview?.columns ?? [];
  const rowColumns: ColumnsType<CsvRecord> = [
    {
      key: 'row',
      title: t('surveys.import.preview.row'),
      width: 64,
      fixed: 'left',
      render: (_, r) => <span className="kizuna-tabular">{r.row}</span>,
    },
    ...columns.map((c) => ({
      key: String(c.index),
      title: c.heading,
      ellipsis: true,
      render: (_: unknown, r: CsvRecord) => r.fields[c.index] ?? '',
    })),
  ];
  const showsPersonalData = columns.some((c) => c.column && PERSONAL.has(c.column));
  const canStart = preview !== null && columns.length > 0 && preview.missing.length === 0;

  return (
    <Card
      title={
        <Flex gap={8} align="center" wrap>
          <span>{t('surveys.import.preview.title')}</span>
          <Typography.Text type="secondary" style={{ fontWeight: 'normal' }}>
            {fileName}
          </Typography.Text>
          {showsPersonalData && preview && preview.rows.length > 0 && <PersonalDataTag />}
        </Flex>
      }
      data-testid="survey-import-preview"
    >
      <Flex vertical gap={16}>
        {!preview ? (
          <Alert type="error" showIcon title={t('surveys.import.preview.unreadable')} />
        ) : (
          <>
            <Typography.Text type="secondary">
              {t('surveys.import.preview.description')}
            </Typography.Text>
            <Descriptions size="small" column={1}>
              <Descriptions.Item label={t('surveys.import.preview.encoding')}>
                <span data-testid="survey-import-preview-encoding">{preview.encoding}</span>
              </Descriptions.Item>
            </Descriptions>
            {preview.missing.length > 0 && (
              <Alert
                type="error"
                showIcon
                title={t('surveys.import.preview.missingTitle')}
                description={
                  <ul style={{ margin: 0, paddingInlineStart: 20 }}>
                    {preview.missing.map((e) => (
                      <li key={e.field}>
                        {t(
                          `surveys.import.preview.missing.${e.field as 'surveyCode' | 'score' | 'answeredAt' | 'customer'}`,
                        )}
                      </li>
                    ))}
                  </ul>
                }
                data-testid="survey-import-preview-missing"
              />
            )}
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('surveys.import.preview.mapping')}
            </Typography.Title>
            <Table<PreviewColumn>
              size="small"
              rowKey="index"
              pagination={false}
              columns={mappingColumns}
              dataSource={columns}
              data-testid="survey-import-mapping"
            />
            <Typography.Title level={5} style={{ margin: 0 }}>
              {t('surveys.import.preview.rowsTitle', { count: preview.rows.length })}
            </Typography.Title>
            <Table<CsvRecord>
              size="small"
              rowKey="row"
              pagination={false}
              columns={rowColumns}
              dataSource={preview.rows}
              scroll={{ x: 'max-content' }}
              locale={{ emptyText: t('surveys.import.preview.noRows') }}
              data-testid="survey-import-preview-rows"
            />
          </>
        )}
        <Space wrap>
          <Button
            type="primary"
            disabled={!canStart}
            loading={starting}
            onClick={onStart}
            data-testid="survey-import-start"
          >
            {t('surveys.import.preview.start')}
          </Button>
          <Button onClick={onCancel} disabled={starting}>
            {t('surveys.import.preview.cancel')}
          </Button>
        </Space>
      </Flex>
    </Card>
  );
}
