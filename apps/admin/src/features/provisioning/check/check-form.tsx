import { useMutation } from '@apollo/client/react';
import { CONFIRMATION_FIELDS_BY_KIND, type ProvisioningKind } from '@kizuna/domain';
import { Alert, Button, Form, Input, InputNumber } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  ApproveProvisioningRequestDocument,
  type ApproveProvisioningRequestMutation,
  type ProvisioningCatalogQuery,
  type ProvisioningConfirmationInput,
  type RequestFormCustomerFragment,
} from '../../../gql/graphql';
import { FormErrorAlert, useFormErrors } from '../../../shared/form-errors';
import { clearChangedFieldErrors } from '../../../shared/user-errors';
import { OptionChoice } from '../new-request/option-choice';
import { PlanChoice } from '../new-request/plan-choice';
import { ContractTermChoice } from '../shared/contract-term-choice';
import { EffectiveDatePicker } from '../shared/effective-date-picker';
import { useRequestLabels } from '../shared/request-labels';
import {
  CONFIRMATION_FORM_FIELDS,
  missingConfirmationFields,
  serializeConfirmation,
  type ConfirmationFormValues,
} from './confirmation.serializer';

export interface CheckOutcome {
  confirmation: ProvisioningConfirmationInput;
  payload: ApproveProvisioningRequestMutation['approveProvisioningRequest'];
}

export interface CheckFormProps {
  request: { id: string; version: number; kind: ProvisioningKind };
  customer: RequestFormCustomerFragment;
  catalog: ProvisioningCatalogQuery;
  /** A decided check: applied, scheduled, or returned after a mismatch. */
  onChecked: (outcome: CheckOutcome) => void;
}

/**
 * The blind re-entry: the checker types the fields the kind checks (plan, options, effective
 * date and a new contract's term; the new trial end date; the company's corporate number; or a
 * service credit's amount) from the customer's order or the facts, without seeing the maker's
 * values. Starts empty on purpose — the term too, though a request without one is MONTHLY.
 */
export function CheckForm({ request, customer, catalog, onChecked }: CheckFormProps) {
  const { t } = useTranslation();
  const labels = useRequestLabels();
  const [form] = Form.useForm<ConfirmationFormValues>();
  const formErrors = useFormErrors(form, CONFIRMATION_FORM_FIELDS);
  const [approve, { loading }] = useMutation(ApproveProvisioningRequestDocument, {
    // The result shows the contract as it is after the decision: refetch what shows it.
    refetchQueries: ['RequestTable', 'HomeWork', 'CheckRequest'],
    awaitRefetchQueries: true,
  });
  const asked = CONFIRMATION_FIELDS_BY_KIND[request.kind];
  const current = customer.subscription;
  const isTrial = current?.status === 'TRIAL';

  const submit = async (values: ConfirmationFormValues) => {
    formErrors.clear();
    const missing = missingConfirmationFields(request.kind, values);
    if (missing.length > 0) {
      formErrors.showDomainErrors(missing);
      return;
    }
    const confirmation = serializeConfirmation(request.kind, values);
    try {
      const { data } = await approve({
        variables: { input: { requestId: request.id, version: request.version, confirmation } },
      });
      const payload = data?.approveProvisioningRequest;
      if (!payload) {
        formErrors.showUserErrors([]);
        return;
      }
      const decided =
        payload.userErrors.length === 0 ||
        payload.userErrors.some((e) => e.code === 'CONFIRMATION_MISMATCH');
      if (decided) {
        onChecked({ confirmation, payload });
        return;
      }
      formErrors.showUserErrors(payload.userErrors);
    } catch (error) {
      formErrors.showFailure(error);
    }
  };

  return (
    <Form<ConfirmationFormValues>
      form={form}
      layout="vertical"
      noValidate
      initialValues={{ optionCodes: [] }}
      onFinish={(values) => void submit(values)}
      onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
      aria-label={t('check.formLabel')}
    >
      {asked.includes('planCode') && (
        <Form.Item name="planCode" label={t('requests.fields.planCode')} required>
          <PlanChoice plans={catalog.plans} />
        </Form.Item>
      )}
      {asked.includes('planCode') && request.kind !== 'CONVERSION' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('check.wholeContract')} />
      )}
      {asked.includes('optionCodes') && (
        <Form.Item
          name="optionCodes"
          label={t('requests.fields.optionCodes')}
          extra={t('check.optionsHelp')}
        >
          <OptionChoice
            options={catalog.options}
            currentCodes={current?.options.map((o) => o.code) ?? []}
            currentLabel={isTrial ? t('requests.form.inTrial') : t('requests.form.current')}
          />
        </Form.Item>
      )}
      {asked.includes('contractTerm') && (
        <Form.Item
          name="contractTerm"
          label={labels.field('contractTerm')}
          required
          extra={t('requestEconomics.term.checkHelp')}
        >
          <ContractTermChoice />
        </Form.Item>
      )}
      {request.kind === 'CANCELLATION' && (
        <Alert type="info" showIcon style={{ marginBottom: 16 }} title={t('check.cancellation')} />
      )}
      {asked.includes('effectiveDate') && (
        <Form.Item name="effectiveDate" label={t('requests.fields.effectiveDate')} required>
          <EffectiveDatePicker />
        </Form.Item>
      )}
      {asked.includes('corporateNumber') && (
        <Form.Item
          name="corporateNumber"
          label={labels.field('corporateNumber')}
          required
          extra={t('erasure.check.corporateNumberHelp')}
        >
          <Input
            inputMode="numeric"
            autoComplete="off"
            maxLength={20}
            className="kizuna-tabular"
            style={{ width: 240 }}
          />
        </Form.Item>
      )}
      {asked.includes('creditAmountYen') && (
        <Form.Item
          name="creditAmountYen"
          label={t('requestEconomics.check.amountLabel')}
          required
          extra={t('requestEconomics.check.amountHelp')}
        >
          <InputNumber<number>
            min={0}
            step={1}
            suffix="円"
            inputMode="numeric"
            autoComplete="off"
            className="kizuna-tabular"
            style={{ width: 200 }}
          />
        </Form.Item>
      )}
      {asked.includes('trialEndsOn') && (
        <Form.Item name="trialEndsOn" label={t('check.newTrialEndsOn')} required>
          <EffectiveDatePicker />
        </Form.Item>
      )}
      <FormErrorAlert title={t('check.failed')} messages={formErrors.general} />
      <Button type="primary" htmlType="submit" loading={loading}>
        {t('check.submit')}
      </Button>
    </Form>
  );
}
