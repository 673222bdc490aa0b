import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { compactDate, saveCsvFile } from '../../shared/csv';
import { churnCsv, type ChurnCsvSection } from './churn-csv.serializer';

/** CSV export (UTF-8 with BOM, CRLF) of the groups the page shows, headings in the UI language. */
export function ChurnExportButton({
  from,
  to,
  sections,
}: {
  from: string;
  to: string;
  sections: readonly ChurnCsvSection[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = () => {
    const columns = t('churn.export.columns', { returnObjects: true });
    const csv = churnCsv({ ...columns, smallSampleMark: t('churn.smallSample') }, sections);
    const fileName = t('churn.export.fileName', { from: compactDate(from), to: compactDate(to) });
    saveCsvFile(csv, fileName);
    void message.success(t('churn.export.done', { fileName }));
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} data-testid="churn-export">
      {t('churn.export.button')}
    </Button>
  );
}
