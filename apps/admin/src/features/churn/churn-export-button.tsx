import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { churnCsv, type ChurnCsvSection } from './churn-csv.serializer';
import { compactDate } from './churn-figures';

/** Save text as a file through a download link (the browser's own save, no server round trip). */
function saveFile(text: string, fileName: string, type: string) {
  const url = URL.createObjectURL(new Blob([text], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

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
    saveFile(csv, fileName, 'text/csv;charset=utf-8');
    void message.success(t('churn.export.done', { fileName }));
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} data-testid="churn-export">
      {t('churn.export.button')}
    </Button>
  );
}
