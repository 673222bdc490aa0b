import { Flex, Tabs, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import { Navigate, Route, Routes, useLocation, useNavigate } from 'react-router';
import { SurveyImportPage } from './import/survey-import.page';
import { NpsDashboardPage } from './nps/nps-dashboard.page';
import { ShareDashboardPage } from './share/share-dashboard.page';

const TABS = ['nps', 'csat', 'ces', 'import'] as const;
type SurveyTab = (typeof TABS)[number];

/** The tab a path belongs to (/surveys/csat → csat). */
function currentTab(pathname: string): SurveyTab {
  const segment = pathname.split('/')[2];
  return (TABS as readonly string[]).includes(segment ?? '') ? (segment as SurveyTab) : 'nps';
}

/**
 * /surveys/*: the analysts' pages (NPS, CSAT, CES dashboards and the CSV import) under one set
 * of tabs. The dashboards share their filters: switching tab keeps the query string.
 */
export function SurveysSection() {
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const tab = currentTab(location.pathname);
  return (
    <Flex vertical gap={8}>
      <Typography.Title level={1} style={{ margin: 0 }}>
        {t('surveys.title')}
      </Typography.Title>
      <Tabs
        activeKey={tab}
        onChange={(key) =>
          void navigate({
            pathname: `/surveys/${key}`,
            search: key === 'import' ? '' : location.search,
          })
        }
        items={TABS.map((key) => ({ key, label: t(`surveys.tabs.${key}`) }))}
      />
      <Routes>
        <Route index element={<Navigate to="nps" replace />} />
        <Route path="nps" element={<NpsDashboardPage />} />
        <Route path="csat" element={<ShareDashboardPage key="CSAT" kind="CSAT" />} />
        <Route path="ces" element={<ShareDashboardPage key="CES" kind="CES" />} />
        <Route path="import" element={<SurveyImportPage />} />
        <Route path="*" element={<Navigate to="nps" replace />} />
      </Routes>
    </Flex>
  );
}
