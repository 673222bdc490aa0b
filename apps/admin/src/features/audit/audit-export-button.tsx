import { DownloadOutlined } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { isoDateJst, type Locale } from '@kizuna/domain';
import { App, Button } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import {
  AuditLogDocument,
  type AuditLogQuery,
  type AuditEventFilter,
  type AuditEventRowFragment,
} from '../../gql/graphql';
import { compactDate, saveCsvFile } from '../../shared/csv';
import { auditCsv } from './audit-csv.serializer';

/** Records fetched per request (the API's largest page) and at most per file. */
const PAGE = 100;
export const AUDIT_EXPORT_LIMIT = 5000;

/**
 * CSV export of the records the filter matches, newest first: read page by page (keyset) up to
 * AUDIT_EXPORT_LIMIT, headings and actions in the UI language (Japanese unless switched).
 */
export function AuditExportButton({ filter }: { filter: AuditEventFilter }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const client = useApolloClient();
  const [running, setRunning] = useState(false);

  const fetchPage = async (after: string | null): Promise<AuditLogQuery['auditEvents'] | null> => {
    const { data } = await client.query({
      query: AuditLogDocument,
      variables: { first: PAGE, after, filter },
      fetchPolicy: 'network-only',
    });
    return data?.auditEvents ?? null;
  };

  const run = async () => {
    setRunning(true);
    const key = 'audit-export';
    try {
      const events: AuditEventRowFragment[] = [];
      let after: string | null = null;
      let more = true;
      while (more && events.length < AUDIT_EXPORT_LIMIT) {
        const page = await fetchPage(after);
        if (!page) throw new Error('no data');
        events.push(...page.edges.map((e) => e.node));
        more = page.pageInfo.hasNextPage;
        after = page.pageInfo.endCursor ?? null;
        void message.loading({ key, content: t('audit.export.running', { count: events.length }) });
      }
      const kept = events.slice(0, AUDIT_EXPORT_LIMIT);
      const locale: Locale = i18n.language === 'en' ? 'en' : 'ja';
      const csv = auditCsv(
        kept,
        {
          columns: t('audit.export.columns', { returnObjects: true }),
          actorTypes: t('audit.actorTypes', { returnObjects: true }),
        },
        locale,
      );
      const fileName = t('audit.export.fileName', {
        date: compactDate(isoDateJst(new Date())),
      });
      saveCsvFile(csv, fileName);
      void message.success({
        key,
        content: t(more ? 'audit.export.truncated' : 'audit.export.done', {
          fileName,
          count: kept.length,
        }),
      });
    } catch {
      void message.error({ key, content: t('audit.export.failed') });
    } finally {
      setRunning(false);
    }
  };

  return (
    <Button
      icon={<DownloadOutlined />}
      loading={running}
      onClick={() => void run()}
      data-testid="audit-export"
    >
      {t('audit.export.button')}
    </Button>
  );
}
