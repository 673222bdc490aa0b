import { CheckCircleFilled, CloseCircleFilled } from '@ant-design/icons';
import { useApolloClient } from '@apollo/client/react';
import { Alert, Button, Card, Flex, Form, Input } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { VerifyDeletionCertificateDocument } from '../../../gql/graphql';
import { isSha256Digest, normalizeDigest } from './certificate-format';

type Verdict = { digest: string; match: boolean } | 'FAILED' | null;

/** Paste a digest: the API says whether it is this certificate's, and its content unaltered. */
export function CertificateVerify({ number }: { number: string }) {
  const { t } = useTranslation();
  const client = useApolloClient();
  const [text, setText] = useState('');
  const [invalid, setInvalid] = useState(false);
  const [verdict, setVerdict] = useState<Verdict>(null);
  const [busy, setBusy] = useState(false);
  const digest = normalizeDigest(text);

  const verify = async () => {
    setVerdict(null);
    if (!isSha256Digest(digest)) {
      setInvalid(true);
      return;
    }
    setBusy(true);
    try {
      const { data } = await client.query({
        query: VerifyDeletionCertificateDocument,
        variables: { number, digest },
        fetchPolicy: 'network-only',
      });
      setVerdict(data ? { digest, match: data.verifyDeletionCertificate } : 'FAILED');
    } catch {
      setVerdict('FAILED');
    } finally {
      setBusy(false);
    }
  };
  // A verdict is about the digest it was given: editing the text takes it away.
  const shown = verdict === 'FAILED' || verdict?.digest === digest ? verdict : null;

  return (
    <Card
      size="small"
      title={t('erasure.certificate.verify.title')}
      className="kizuna-no-print"
      data-testid="certificate-verify"
    >
      <Form layout="vertical" onFinish={() => void verify()}>
        <Form.Item
          label={t('erasure.certificate.verify.label')}
          htmlFor="certificate-verify-digest"
          validateStatus={invalid ? 'error' : undefined}
          help={invalid ? t('erasure.certificate.verify.invalid') : undefined}
        >
          <Flex gap={8}>
            <Input
              id="certificate-verify-digest"
              value={text}
              placeholder={t('erasure.certificate.verify.placeholder')}
              autoComplete="off"
              spellCheck={false}
              style={{ fontFamily: 'ui-monospace, Menlo, Consolas, monospace' }}
              onChange={(e) => {
                setText(e.target.value);
                setInvalid(false);
              }}
            />
            <Button type="primary" htmlType="submit" loading={busy} autoInsertSpace={false}>
              {t('erasure.certificate.verify.submit')}
            </Button>
          </Flex>
        </Form.Item>
      </Form>
      {shown === 'FAILED' ? (
        <Alert type="error" showIcon title={t('erasure.certificate.verify.failed')} />
      ) : shown?.match ? (
        <Alert
          type="success"
          showIcon
          icon={<CheckCircleFilled />}
          data-testid="certificate-verdict"
          data-match="true"
          title={t('erasure.certificate.verify.match')}
          description={t('erasure.certificate.verify.matchDetail')}
        />
      ) : shown ? (
        <Alert
          type="error"
          showIcon
          icon={<CloseCircleFilled />}
          role="alert"
          data-testid="certificate-verdict"
          data-match="false"
          title={t('erasure.certificate.verify.mismatch')}
          description={t('erasure.certificate.verify.mismatchDetail', { number })}
        />
      ) : null}
    </Card>
  );
}
