import { SafetyCertificateOutlined } from '@ant-design/icons';
import { Alert, Card, Empty } from 'antd';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { CustomerErasureFragment } from '../../../gql/graphql';
import { formatDate } from '../../../shared/dates';
import { certificatePath } from '../certificate/certificate-format';
import { erasedAtOf } from './erased-at';

function CertificateLink({ customer }: { customer: CustomerErasureFragment }) {
  const { t } = useTranslation();
  const certificate = customer.deletionCertificate;
  if (!certificate) return null;
  return (
    <Link to={certificatePath(certificate.number)} data-testid="certificate-link">
      <SafetyCertificateOutlined />{' '}
      {t('erasure.erased.certificate', { number: certificate.number })}
    </Link>
  );
}

/** At the top of an ERASED customer's page: when its personal data went, and the certificate. */
export function ErasedNotice({ customer }: { customer: CustomerErasureFragment }) {
  const { t } = useTranslation();
  if (customer.stage !== 'ERASED') return null;
  const date = formatDate(erasedAtOf(customer));
  return (
    <Alert
      type="info"
      showIcon
      data-testid="erased-notice"
      title={date ? t('erasure.erased.notice', { date }) : t('erasure.erased.noticeUndated')}
      description={
        <>
          {t('erasure.erased.detail')} <CertificateLink customer={customer} />
        </>
      }
    />
  );
}

/** A personal-data section of an ERASED customer: empty, saying when it was erased. */
export function ErasedPersonalDataCard({
  customer,
  title,
  testId,
}: {
  customer: CustomerErasureFragment;
  title: string;
  testId: string;
}) {
  const { t } = useTranslation();
  const date = formatDate(erasedAtOf(customer));
  return (
    <Card title={title} data-testid={testId} data-erased="true">
      <Empty
        image={Empty.PRESENTED_IMAGE_SIMPLE}
        description={date ? t('erasure.erased.empty', { date }) : t('erasure.erased.emptyUndated')}
      >
        <CertificateLink customer={customer} />
      </Empty>
    </Card>
  );
}
