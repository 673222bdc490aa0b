import { DownloadOutlined } from '@ant-design/icons';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { downloadSurveyExport } from './survey-http';

/** CSV export (UTF-8 with BOM) of the answers matching the current filters. */
export function ExportButton({ query }: { query: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  const run = async () => {
    setBusy(true);
    try {
      const fileName = await downloadSurveyExport(query, i18n.language);
      void message.success(t('surveys.export.done', { fileName }));
    } catch (error) {
      const reason = error instanceof Error ? error.message : '';
      void message.error(`${t('surveys.export.failed')} ${reason}`.trim());
    } finally {
      setBusy(false);
    }
  };
  return (
    <Button
      icon={<DownloadOutlined />}
      loading={busy}
      onClick={() => void run()}
      data-testid="survey-export"
    >
      {t('surveys.export.button')}
    </Button>
  );
}
