import { useMutation } from '@apollo/client/react';
import { validateStartTrial } from '@kizuna/domain';
import { Alert, Button, Col, Divider, Form, Input, Row, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { StartTrialDocument } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { applyFieldErrors, clearChangedFieldErrors } from '../../shared/user-errors';
import {
  serializeStartTrialForm,
  START_TRIAL_FIELDS,
  type StartTrialFormValues,
} from './start-trial.serializer';

export interface StartTrialFormProps {
  onStarted: (customer: { id: string; name: string }) => void;
  onCancel?: () => void;
}

/**
 * Company and contact person of a new trial. Checked with the domain's validateStartTrial before
 * sending; the API's userErrors land on the fields their dotted path names.
 */
export function StartTrialForm({ onStarted, onCancel }: StartTrialFormProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<StartTrialFormValues>();
  const [startTrial, { loading }] = useMutation(StartTrialDocument);
  const [general, setGeneral] = useState<string[]>([]);

  const submit = async (values: StartTrialFormValues) => {
    setGeneral([]);
    const checked = validateStartTrial(serializeStartTrialForm(values));
    if (!checked.ok) {
      const errors = checked.error.map((e) => ({
        field: e.field,
        message: pick(e.message, i18n.language),
      }));
      setGeneral(applyFieldErrors(form, errors, START_TRIAL_FIELDS));
      return;
    }
    try {
      const { data } = await startTrial({ variables: { input: checked.value } });
      const payload = data?.startTrial;
      if (payload?.customer && payload.userErrors.length === 0) {
        onStarted(payload.customer);
        return;
      }
      const errors = payload?.userErrors ?? [];
      const rest = applyFieldErrors(form, errors, START_TRIAL_FIELDS);
      setGeneral(rest.length > 0 || errors.length > 0 ? rest : [t('common.unknownError')]);
    } catch {
      setGeneral([t('common.networkError')]);
    }
  };

  const item = (name: (typeof START_TRIAL_FIELDS)[number], label: string, required = false) => ({
    name: name.split('.'),
    label,
    required,
  });

  return (
    <Form<StartTrialFormValues>
      form={form}
      layout="vertical"
      // The domain rules validate, in words; not the browser's own bubbles.
      noValidate
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      aria-label={t('trials.start.title')}
      style={{ maxWidth: 760 }}
    >
      <Divider titlePlacement="start">{t('trials.start.company')}</Divider>
      <Form.Item {...item('name', t('trials.start.name'), true)}>
        <Input placeholder={t('trials.start.namePlaceholder')} autoComplete="organization" />
      </Form.Item>
      <Row gutter={16}>
        <Col xs={24} md={14}>
          <Form.Item {...item('nameKana', t('trials.start.nameKana'))}>
            <Input placeholder={t('trials.start.nameKanaPlaceholder')} />
          </Form.Item>
        </Col>
        <Col xs={24} md={10}>
          <Form.Item
            {...item('corporateNumber', t('trials.start.corporateNumber'))}
            extra={t('trials.start.corporateNumberHelp')}
          >
            <Input inputMode="numeric" maxLength={20} placeholder="1234567890123" />
          </Form.Item>
        </Col>
      </Row>

      <Divider titlePlacement="start">{t('trials.start.contact')}</Divider>
      <Row gutter={16}>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.familyName', t('trials.start.familyName'), true)}>
            <Input placeholder="山田" autoComplete="family-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.givenName', t('trials.start.givenName'))}>
            <Input placeholder="太郎" autoComplete="given-name" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.familyNameKana', t('trials.start.familyNameKana'))}>
            <Input placeholder="ヤマダ" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.givenNameKana', t('trials.start.givenNameKana'))}>
            <Input placeholder="タロウ" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.email', t('trials.start.email'), true)}>
            <Input type="email" placeholder="taro.yamada@example.co.jp" autoComplete="email" />
          </Form.Item>
        </Col>
        <Col xs={24} md={12}>
          <Form.Item {...item('contact.phone', t('trials.start.phone'))}>
            <Input type="tel" placeholder={t('trials.start.phonePlaceholder')} autoComplete="tel" />
          </Form.Item>
        </Col>
      </Row>

      {general.length > 0 && (
        <Alert
          type="error"
          showIcon
          role="alert"
          title={t('trials.start.fixErrors')}
          description={general.join(' ')}
          style={{ marginBottom: 16 }}
        />
      )}
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          {t('trials.start.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('trials.start.cancel')}</Button>}
      </Space>
    </Form>
  );
}
