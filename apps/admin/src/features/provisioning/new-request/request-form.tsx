import {
  CHURN_REASON_LABELS,
  CHURN_REASONS,
  DEFAULT_CONTRACT_TERM,
  endOfMonthCancellationDate,
  isoDateJst,
} from '@kizuna/domain';
import { Alert, Button, Card, Col, Empty, Form, Input, Row, Select, Space } from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type {
  ProvisioningCatalogQuery,
  RequestFormCustomerFragment,
  RequestFormResultFragment,
} from '../../../gql/graphql';
import type { FormKind } from '../shared/request-kinds';
import { pick } from '../../../i18n/language';
import { FormErrorAlert, useFormErrors } from '../../../shared/form-errors';
import { clearChangedFieldErrors } from '../../../shared/user-errors';
import { ChangePreview, proratedFromDomain } from '../shared/change-preview';
import { ContractTermChoice } from '../shared/contract-term-choice';
import { EffectiveDatePicker } from '../shared/effective-date-picker';
import { MfaChangeAlert } from '../shared/mfa-change-alert';
import { OptionChoice } from './option-choice';
import { PlanChoice } from './plan-choice';
import {
  checkRequestDraft,
  REQUEST_FORM_FIELDS,
  REQUEST_KIND_FIELDS,
  type RequestFormValues,
} from './request-form.serializer';
import { useSubmitRequest } from './use-submit-request';

export interface RequestFormProps {
  kind: FormKind;
  customer: RequestFormCustomerFragment;
  catalog: ProvisioningCatalogQuery;
  /** Set when correcting a RETURNED request: its values and the version being corrected. */
  resubmit?: { request: { id: string; version: number }; values: RequestFormValues };
  onDone: (request: RequestFormResultFragment) => void;
  onCancel?: () => void;
}

/**
 * A maker's request: the fields its kind decides, checked by the domain rules the API uses, and
 * beside them a live preview of the effect (options kept / removed / added, fee before / after).
 */
export function RequestForm({
  kind,
  customer,
  catalog,
  resubmit,
  onDone,
  onCancel,
}: RequestFormProps) {
  const { t, i18n } = useTranslation();
  const [form] = Form.useForm<RequestFormValues>();
  const { submit, loading } = useSubmitRequest();
  const formErrors = useFormErrors(form, REQUEST_FORM_FIELDS);
  const [values, setValues] = useState<RequestFormValues>(
    resubmit?.values ?? {
      optionCodes: kind === 'OPTION_CHANGE' ? currentCodes(customer) : [],
      // The API's default: the maker changes it when the customer ordered a year.
      ...(kind === 'CONVERSION' ? { contractTerm: DEFAULT_CONTRACT_TERM } : {}),
    },
  );
  const fields = REQUEST_KIND_FIELDS[kind];
  const current = customer.subscription;
  const isTrial = current?.status === 'TRIAL';
  const draft = checkRequestDraft({
    kind,
    stage: customer.stage,
    current,
    values,
    catalog,
    today: new Date(),
  });
  const planName = (code: string | null) =>
    code === null ? '—' : (catalog.plans.find((p) => p.code === code)?.name ?? code);
  const optionName = (code: string) => catalog.options.find((o) => o.code === code)?.name ?? code;
  const notMultiFactor = draft.errors.find((e) => e.code === 'NOT_MULTI_FACTOR');

  const onFinish = async () => {
    formErrors.clear();
    if (draft.errors.length > 0) {
      formErrors.showDomainErrors(draft.errors);
      return;
    }
    try {
      const target = resubmit ? { request: resubmit.request } : { customerId: customer.id };
      const outcome = await submit(kind, target, values);
      if (outcome?.request && outcome.userErrors.length === 0) {
        onDone(outcome.request);
        return;
      }
      formErrors.showUserErrors(outcome?.userErrors ?? []);
    } catch (error) {
      formErrors.showFailure(error);
    }
  };

  return (
    <Form<RequestFormValues>
      form={form}
      layout="vertical"
      noValidate
      initialValues={values}
      onValuesChange={(changed: object, all) => {
        clearChangedFieldErrors(form, changed);
        setValues(all);
      }}
      onFinish={() => void onFinish()}
      aria-label={t('requests.form.label')}
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} xl={13}>
          {fields.includes('planCode') && (
            <Form.Item name="planCode" label={t('requests.fields.planCode')} required>
              <PlanChoice
                plans={catalog.plans}
                currentPlanCode={kind === 'PLAN_CHANGE' ? current?.plan.code : null}
              />
            </Form.Item>
          )}
          {fields.includes('optionCodes') && (
            <Form.Item
              name="optionCodes"
              label={t('requests.fields.optionCodes')}
              extra={
                kind === 'CONVERSION'
                  ? t('requests.form.optionsHelpConversion')
                  : t('requests.form.optionsHelpChange')
              }
            >
              <OptionChoice
                options={catalog.options}
                currentCodes={currentCodes(customer)}
                currentLabel={isTrial ? t('requests.form.inTrial') : t('requests.form.current')}
              />
            </Form.Item>
          )}
          {fields.includes('contractTerm') && (
            <Form.Item
              name="contractTerm"
              label={t('requestEconomics.term.label')}
              extra={t('requestEconomics.term.help')}
              required
            >
              <ContractTermChoice />
            </Form.Item>
          )}
          {fields.includes('churnReason') && (
            <Form.Item name="churnReason" label={t('requests.fields.churnReason')} required>
              <Select
                style={{ maxWidth: 360 }}
                placeholder={t('requests.form.churnReasonPlaceholder')}
                options={CHURN_REASONS.map((r) => ({
                  value: r,
                  label: pick(CHURN_REASON_LABELS[r], i18n.language),
                }))}
              />
            </Form.Item>
          )}
          {fields.includes('churnNote') && (
            <Form.Item
              name="churnNote"
              label={t('requests.fields.churnNote')}
              // Described in words when none of the listed reasons fits.
              required={values.churnReason === 'OTHER'}
            >
              <Input.TextArea
                rows={3}
                maxLength={2000}
                placeholder={t('requests.form.churnNotePlaceholder')}
              />
            </Form.Item>
          )}
          <Form.Item
            label={t('requests.fields.effectiveDate')}
            htmlFor="effectiveDate"
            required
            extra={
              kind === 'CANCELLATION'
                ? t('requests.form.cancellationDateHelp')
                : t('requests.form.effectiveDateHelp')
            }
          >
            <Space wrap>
              <Form.Item name="effectiveDate" noStyle>
                <EffectiveDatePicker />
              </Form.Item>
              {kind === 'CANCELLATION' && (
                <CancellationDateShortcuts
                  onPick={(date) => {
                    form.setFieldValue('effectiveDate', date);
                    clearChangedFieldErrors(form, { effectiveDate: date });
                    setValues(form.getFieldsValue(true) as RequestFormValues);
                  }}
                />
              )}
            </Space>
          </Form.Item>
          {resubmit && (
            <Form.Item
              name="note"
              label={t('requests.form.note')}
              extra={t('requests.form.noteHelp')}
            >
              <Input.TextArea rows={3} maxLength={2000} />
            </Form.Item>
          )}
        </Col>
        <Col xs={24} xl={11}>
          <Card
            size="small"
            title={t('requests.preview.title')}
            className="kizuna-sticky"
            aria-live="polite"
          >
            {notMultiFactor && (
              <Alert
                type="warning"
                showIcon
                style={{ marginBottom: 12 }}
                title={pick(notMultiFactor.message, i18n.language)}
              />
            )}
            {/* A running contract's sign-in getting weaker (a trial's options are a sampler). */}
            {draft.preview && kind !== 'CONVERSION' && draft.preview.planAfter !== null && (
              <MfaChangeAlert
                before={[...draft.preview.kept, ...draft.preview.removed]}
                after={[...draft.preview.kept, ...draft.preview.added]}
                catalog={catalog.options}
                optionName={optionName}
              />
            )}
            {draft.preview ? (
              <ChangePreview
                preview={{
                  ...draft.preview,
                  proratedFirstMonth: proratedFromDomain(draft.preview.proratedFirstMonth),
                }}
                planName={planName}
                optionName={optionName}
                beforeIsTrial={isTrial}
                contractTerm={
                  fields.includes('contractTerm') ? (values.contractTerm ?? null) : null
                }
              />
            ) : (
              <Empty description={t('requests.preview.choosePlan')} />
            )}
          </Card>
        </Col>
      </Row>

      <FormErrorAlert
        title={t('requests.form.fixErrors')}
        messages={formErrors.general}
        style={{ marginBlock: 16 }}
      />
      <Space>
        <Button type="primary" htmlType="submit" loading={loading}>
          {resubmit ? t('requests.form.resubmit') : t('requests.form.submit')}
        </Button>
        {onCancel && <Button onClick={onCancel}>{t('requests.form.cancel')}</Button>}
      </Space>
    </Form>
  );
}

/** 「月末で解約」 (the 1st of next month, the first day without service) and 「即時」 (today, JST). */
function CancellationDateShortcuts({ onPick }: { onPick: (date: string) => void }) {
  const { t } = useTranslation();
  return (
    <Space size={4}>
      <Button size="small" onClick={() => onPick(endOfMonthCancellationDate(new Date()))}>
        {t('requests.form.endOfMonth')}
      </Button>
      <Button size="small" onClick={() => onPick(isoDateJst(new Date()))}>
        {t('requests.form.immediately')}
      </Button>
    </Space>
  );
}

function currentCodes(customer: RequestFormCustomerFragment): string[] {
  return customer.subscription?.options.map((o) => o.code) ?? [];
}
