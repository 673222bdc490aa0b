import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useTranslation } from 'react-i18next';
import type { RevenueGroupBy } from '../../gql/graphql';
import { compactDate, saveCsvFile } from '../../shared/csv';
import { economicsCsv } from './economics-csv.serializer';
import type { EconomicsPeriod } from './economics-figures';

/** CSV export (UTF-8 with BOM, CRLF) of the periods shown, headings in the UI language. */
export function EconomicsExportButton({
  periods,
  groupBy,
}: {
  periods: readonly EconomicsPeriod[];
  groupBy: RevenueGroupBy;
}) {
  const { t } = useTranslation();
  const { message } = App.useApp();
  const first = periods[0];
  const last = periods[periods.length - 1];
  if (!first || !last) return null;
  const run = () => {
    const csv = economicsCsv(
      {
        ...t('economics.export.columns', { returnObjects: true }),
        inProgressMark: t('economics.export.inProgressMark'),
        retentionMark: t('economics.export.retentionMark'),
        trialMark: t('economics.export.trialMark'),
      },
      periods,
    );
    const fileName = t('economics.export.fileName', {
      groupBy: groupBy.toLowerCase().replace('_', '-'),
      from: compactDate(first.from),
      to: compactDate(last.to),
    });
    saveCsvFile(csv, fileName);
    void message.success(t('economics.export.done', { fileName }));
  };
  return (
    <Button icon={<DownloadOutlined />} onClick={run} data-testid="economics-export">
      {t('economics.export.button')}
    </Button>
  );
}
