import { ArrowLeftOutlined, FilePdfOutlined, PrinterOutlined } from '@ant-design/icons';
import { useQuery } from '@apollo/client/react';
import { App, Button, Card, Descriptions, Flex, Result, Space, Table, Typography } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation, useNavigate, useParams } from 'react-router';
import { CertificatePageDocument, type CertificatePageQuery } from '../../../gql/graphql';
import { LinkButton } from '../../../shared/link-button';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { certificatePdfPath, certificateTimestamp } from './certificate-format';
import { CertificateVerify } from './certificate-verify';
import { downloadCertificatePdf } from './download-certificate-pdf';
import './certificate.css';

type Certificate = NonNullable<CertificatePageQuery['deletionCertificate']>;

/** Back where the reader came from; the customer list when the certificate was opened directly. */
function BackButton() {
  const { t } = useTranslation();
  const navigate = useNavigate();
  const location = useLocation();
  if (location.key === 'default')
    return (
      <LinkButton to="/customers" icon={<ArrowLeftOutlined />}>
        {t('erasure.certificate.back')}
      </LinkButton>
    );
  return (
    <Button icon={<ArrowLeftOutlined />} onClick={() => void navigate(-1)}>
      {t('erasure.certificate.back')}
    </Button>
  );
}

/** 「PDF」: a link to the API's PDF, fetched with the session token when clicked. */
function PdfLink({ number }: { number: string }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [busy, setBusy] = useState(false);
  return (
    <Button
      href={certificatePdfPath(number)}
      icon={<FilePdfOutlined />}
      loading={busy}
      onClick={(event) => {
        event.preventDefault();
        setBusy(true);
        downloadCertificatePdf(number, i18n.language)
          .catch(() => void message.error(t('erasure.certificate.pdfFailed')))
          .finally(() => setBusy(false));
      }}
    >
      {t('erasure.certificate.pdf')}
    </Button>
  );
}

/** The certificate itself: everything it states, laid out for paper. */
function CertificateSheet({ certificate: c }: { certificate: Certificate }) {
  const { t } = useTranslation();
  const line = (key: keyof Certificate | string, label: string, value: string) => ({
    key,
    label,
    children: <span data-field={key}>{value}</span>,
  });
  return (
    <Card className="kizuna-certificate__sheet" data-testid="certificate">
      <Flex vertical gap={20}>
        <div>
          <Typography.Title level={1} className="kizuna-certificate__title" style={{ margin: 0 }}>
            {t('erasure.certificate.title')}
          </Typography.Title>
          <Typography.Paragraph style={{ textAlign: 'center', margin: '8px 0 0' }}>
            {t('erasure.certificate.subtitle')}
          </Typography.Paragraph>
        </div>
        <Descriptions
          bordered
          size="small"
          column={1}
          styles={{ label: { width: 220 } }}
          items={[
            line('number', t('erasure.certificate.number'), c.number),
            line('companyName', t('erasure.certificate.company'), c.company.name),
            line(
              'corporateNumber',
              t('erasure.certificate.corporateNumber'),
              c.company.corporateNumber ?? '—',
            ),
            line(
              'requestedAt',
              t('erasure.certificate.requestedAt'),
              certificateTimestamp(c.requestedAt),
            ),
            line(
              'approvedAt',
              t('erasure.certificate.approvedAt'),
              certificateTimestamp(c.approvedAt),
            ),
            line('erasedAt', t('erasure.certificate.erasedAt'), certificateTimestamp(c.erasedAt)),
            line('maker', t('erasure.certificate.maker'), c.maker),
            line('checker', t('erasure.certificate.checker'), c.checker ?? '—'),
            line('method', t('erasure.certificate.method'), c.method),
          ]}
        />
        <section>
          <Typography.Title level={5}>{t('erasure.certificate.erased')}</Typography.Title>
          <Table<Certificate['erased'][number]>
            size="small"
            bordered
            rowKey="category"
            pagination={false}
            dataSource={[...c.erased]}
            data-testid="certificate-erased"
            columns={[
              { key: 'label', title: t('erasure.certificate.category'), dataIndex: 'label' },
              {
                key: 'count',
                title: t('erasure.certificate.count'),
                dataIndex: 'count',
                align: 'right',
                width: 120,
                render: (count: number) => (
                  <span className="kizuna-tabular">{t('common.count', { count })}</span>
                ),
              },
            ]}
          />
        </section>
        <section>
          <Typography.Title level={5}>{t('erasure.certificate.kept')}</Typography.Title>
          <Table<Certificate['kept'][number]>
            size="small"
            bordered
            rowKey="category"
            pagination={false}
            dataSource={[...c.kept]}
            data-testid="certificate-kept"
            columns={[
              { key: 'label', title: t('erasure.certificate.category'), dataIndex: 'label' },
              { key: 'basis', title: t('erasure.certificate.basis'), dataIndex: 'basis' },
            ]}
          />
        </section>
        <section>
          <Typography.Title level={5}>{t('erasure.certificate.digest')}</Typography.Title>
          <pre className="kizuna-certificate__digest" data-testid="certificate-digest">
            {c.digest}
          </pre>
          <Typography.Paragraph type="secondary" style={{ margin: '8px 0 0', fontSize: 12 }}>
            {t('erasure.certificate.digestHelp')}
          </Typography.Paragraph>
        </section>
      </Flex>
    </Card>
  );
}

/**
 * A deletion certificate (消去証明書) at /certificates/:number, in the console's language:
 * printable (print stylesheet, A4), with its PDF from the API and a box to verify a digest.
 */
export function CertificatePage() {
  const { t } = useTranslation();
  const { number = '' } = useParams();
  const { data, loading, error, refetch } = useQuery(CertificatePageDocument, {
    variables: { number },
  });
  if (loading && !data) return <LoadingState />;
  if (error && !data) return <ErrorState error={error} onRetry={() => void refetch()} />;
  const certificate = data?.deletionCertificate;
  if (!certificate)
    return (
      <Result
        status="404"
        title={t('erasure.certificate.notFound')}
        subTitle={number}
        extra={<BackButton />}
      />
    );
  return (
    <Flex vertical gap={16} className="kizuna-certificate">
      <Flex justify="space-between" align="center" wrap gap={8} className="kizuna-no-print">
        <BackButton />
        <Space wrap>
          <Button type="primary" icon={<PrinterOutlined />} onClick={() => window.print()}>
            {t('erasure.certificate.print')}
          </Button>
          <PdfLink number={certificate.number} />
        </Space>
      </Flex>
      <CertificateSheet certificate={certificate} />
      <CertificateVerify number={certificate.number} />
    </Flex>
  );
}
