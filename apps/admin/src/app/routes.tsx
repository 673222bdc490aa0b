import type { RouteObject } from 'react-router';
import { AdminSection } from '../features/admin/admin.section';
import { LoginPage } from '../features/auth/login.page';
import { CustomerDetailPage } from '../features/customers/detail/customer-detail.page';
import { CustomerListPage } from '../features/customers/list/customer-list.page';
import { AuditLogPage } from '../features/audit/audit-log.page';
import { ChurnAnalysisPage } from '../features/churn/churn-analysis.page';
import { CustomerSuccessPage } from '../features/customer-success/customer-success.page';
import { EconomicsPage } from '../features/economics/economics.page';
import { SlaPage } from '../features/sla/sla.page';
import { UsagePage } from '../features/usage/usage.page';
import { CertificatePage } from '../features/erasure/certificate/certificate.page';
import { HomePage } from '../features/home/home.page';
import { NearMissDetailPage } from '../features/near-misses/detail/near-miss-detail.page';
import { NearMissListPage } from '../features/near-misses/list/near-miss-list.page';
import { RecordNearMissPage } from '../features/near-misses/record/record-near-miss.page';
import { NearMissReportPage } from '../features/near-misses/report/near-miss-report.page';
import { CheckQueuePage } from '../features/provisioning/check/check-queue.page';
import { CheckPage } from '../features/provisioning/check/check.page';
import { EditRequestPage } from '../features/provisioning/detail/edit-request.page';
import { RequestDetailPage } from '../features/provisioning/detail/request-detail.page';
import { MyRequestsPage } from '../features/provisioning/my-requests/my-requests.page';
import { NewRequestPage } from '../features/provisioning/new-request/new-request.page';
import { SurveysSection } from '../features/surveys/surveys.section';
import { CreateLeadPage } from '../features/trials/create-lead.page';
import { StartTrialPage } from '../features/trials/start-trial.page';
import { RequireAuth } from './auth/require-auth';
import { AppLayout } from './layout/app-layout';
import { NotFoundPage } from './layout/not-found.page';

export const routes: RouteObject[] = [
  { path: '/login', element: <LoginPage /> },
  {
    path: '/',
    element: (
      <RequireAuth>
        <AppLayout />
      </RequireAuth>
    ),
    children: [
      { index: true, element: <HomePage /> },
      { path: 'customers', element: <CustomerListPage /> },
      { path: 'customers/:id', element: <CustomerDetailPage /> },
      { path: 'customers/:id/requests/new', element: <NewRequestPage /> },
      { path: 'trials/new', element: <StartTrialPage /> },
      { path: 'leads/new', element: <CreateLeadPage /> },
      { path: 'requests/mine', element: <MyRequestsPage /> },
      { path: 'requests/check', element: <CheckQueuePage /> },
      { path: 'requests/:id', element: <RequestDetailPage /> },
      { path: 'requests/:id/edit', element: <EditRequestPage /> },
      { path: 'requests/:id/check', element: <CheckPage /> },
      { path: 'near-misses', element: <NearMissListPage /> },
      { path: 'near-misses/report', element: <NearMissReportPage /> },
      { path: 'near-misses/new', element: <RecordNearMissPage /> },
      { path: 'near-misses/:id', element: <NearMissDetailPage /> },
      { path: 'audit', element: <AuditLogPage /> },
      { path: 'certificates/:number', element: <CertificatePage /> },
      { path: 'surveys/*', element: <SurveysSection /> },
      { path: 'churn', element: <ChurnAnalysisPage /> },
      { path: 'customer-success', element: <CustomerSuccessPage /> },
      { path: 'economics', element: <EconomicsPage /> },
      { path: 'usage', element: <UsagePage /> },
      { path: 'sla', element: <SlaPage /> },
      { path: 'admin/*', element: <AdminSection /> },
      { path: '*', element: <NotFoundPage /> },
    ],
  },
];
