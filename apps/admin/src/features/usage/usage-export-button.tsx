import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import { compactDate, saveCsvFile } from '../../shared/csv';
import { usageCsv, type UsageCsvSection } from './usage-csv.serializer';

/** CSV export (UTF-8 with BOM, CRLF) of the groups behind the page, headings in the UI language. */
export function UsageExportButton({
  from,
  to,
  sections,
}: {
  from: string;
  to: string;
  sections: readonly UsageCsvSection[];
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const run = () => {
    const csv = usageCsv(
      t('usage.export.columns', { returnObjects: true }),
      { from, to },
      sections,
    );
    const fileName = t('usage.export.fileName', { from: compactDate(from), to: compactDate(to) });
    saveCsvFile(csv, fileName);
    void message.success(t('usage.export.done', { fileName }));
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} data-testid="usage-export">
      {t('usage.export.button')}
    </Button>
  );
}
