import { useMutation } from '@apollo/client/react';
import { CONTACT_ROLE_LABELS, CONTACT_ROLES, validateStartTrial } from '@kizuna/domain';
import { Button, Col, Divider, Form, Input, Row, Select, Space } from 'antd';
import { useTranslation } from 'react-i18next';
import { CreateLeadDocument, StartTrialDocument } from '../../gql/graphql';
import { pick } from '../../i18n/language';
import { FormErrorAlert, useFormErrors } from '../../shared/form-errors';
import { clearChangedFieldErrors } from '../../shared/user-errors';
import {
  serializeStartTrialForm,
  START_TRIAL_FIELDS,
  type StartTrialFormValues,
} from './start-trial.serializer';

/** `trial`: register and start the trial at once; `lead`: register a prospect (LEAD) only. */
export type StartTrialFormMode = 'trial' | 'lead';

export interface StartTrialFormProps {
  mode?: StartTrialFormMode;
  onDone: (customer: { id: string; name: string }) => void;
  onCancel?: () => void;
}

/**
 * Company and contact person of a new trial or lead (the same fields and rules). Checked with the
 * domain's validateStartTrial before sending; the API's userErrors land on the fields their
 * dotted path names.
 */
export function StartTrialForm({ mode = 'trial', onDone, onCancel }: StartTrialFormProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<StartTrialFormValues>();
  const [startTrial, started] = useMutation(StartTrialDocument);
  const [createLead, created] = useMutation(CreateLeadDocument);
  const loading = started.loading || created.loading;
  const formErrors = useFormErrors(form, START_TRIAL_FIELDS);
  const title = mode === 'lead' ? t('trials.lead.title') : t('trials.start.title');

  const submit = async (values: StartTrialFormValues) => {
    formErrors.clear();
    const checked = validateStartTrial(serializeStartTrialForm(values));
    if (!checked.ok) {
      formErrors.showDomainErrors(checked.error);
      return;
    }
    try {
      const input = checked.value;
      const payload =
        mode === 'lead'
          ? (await createLead({ variables: { input } })).data?.createLead
          : (await startTrial({ variables: { input } })).data?.startTrial;
      if (payload?.customer && payload.userErrors.length === 0) {
        onDone(payload.customer);
        return;
      }
      formErrors.showUserErrors(payload?.userErrors ?? []);
    } catch (error) {
      formErrors.showFailure(error);
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
      aria-label={title}
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
        <Col xs={24} md={12}>
          <Form.Item name={['contact', 'role']} label={t('trials.start.role')}>
            <Select
              allowClear
              placeholder={t('trials.start.rolePlaceholder')}
              options={CONTACT_ROLES.map((r) => ({
                value: r,
                label: pick(CONTACT_ROLE_LABELS[r], i18n.language),
              }))}
            />
          </Form.Item>
        </Col>
      </Row>

      <FormErrorAlert title={t('trials.start.fixErrors')} messages={formErrors.general} />
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          {mode === 'lead' ? t('trials.lead.submit') : t('trials.start.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('trials.start.cancel')}</Button>}
      </Space>
    </Form>
  );
}
