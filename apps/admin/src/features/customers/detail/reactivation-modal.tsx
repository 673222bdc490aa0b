import { Card, Col, Empty, Form, Modal, Row } from 'antd';
import { useState } from 'react';
import { useMutation } from '@apollo/client/react';
import { useTranslation } from 'react-i18next';
import {
  CustomerRequestReactivationDocument,
  type CustomerActionsFragment,
  type ProvisioningCatalogQuery,
} from '../../../gql/graphql';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { OptionChoice } from '../../provisioning/new-request/option-choice';
import { PlanChoice } from '../../provisioning/new-request/plan-choice';
import { DEFAULT_CONTRACT_TERM } from '@kizuna/domain';
import { ChangePreview, proratedFromDomain } from '../../provisioning/shared/change-preview';
import { ContractTermChoice } from '../../provisioning/shared/contract-term-choice';
import { EffectiveDatePicker } from '../../provisioning/shared/effective-date-picker';
import { useProvisioningCatalog } from '../../provisioning/shared/use-catalog';
import {
  checkReactivationDraft,
  REACTIVATION_FIELDS,
  serializeReactivation,
  type ReactivationFormValues,
} from './reactivation.serializer';
import { RequestModal } from './request-modal';

/** A new contract: nothing chosen but the default term (the churned contract's is not kept). */
const initialValues: ReactivationFormValues = {
  optionCodes: [],
  contractTerm: DEFAULT_CONTRACT_TERM,
};

function ReactivationForm({
  customer,
  catalog,
  onDone,
  onCancel,
}: {
  customer: CustomerActionsFragment;
  catalog: ProvisioningCatalogQuery;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const [send] = useMutation(CustomerRequestReactivationDocument, {
    refetchQueries: ['CustomerDetail', 'RequestTable', 'HomeWork'],
  });
  const [values, setValues] = useState<ReactivationFormValues>(initialValues);
  const draft = (v: ReactivationFormValues) =>
    checkReactivationDraft({
      stage: customer.stage,
      subscription: customer.subscription,
      values: v,
      catalog,
      today: new Date(),
    });
  const { preview } = draft(values);
  const planName = (code: string | null) =>
    code === null ? '—' : (catalog.plans.find((p) => p.code === code)?.name ?? code);
  const optionName = (code: string) => catalog.options.find((o) => o.code === code)?.name ?? code;
  const previous = customer.subscription?.options.map((o) => o.code) ?? [];

  return (
    <RequestModal<ReactivationFormValues>
      title={t('customers.actions.reactivation')}
      okText={t('customers.actions.submit')}
      description={t('customers.actions.reactivationHelp')}
      width={1000}
      fields={REACTIVATION_FIELDS}
      initialValues={initialValues}
      onValuesChange={setValues}
      check={(v) => draft(v).errors}
      send={async (v) =>
        (await send({ variables: { input: serializeReactivation(customer.id, v) } })).data
          ?.requestReactivation
      }
      onDone={onDone}
      onCancel={onCancel}
    >
      <Row gutter={[24, 16]}>
        <Col xs={24} lg={13}>
          <Form.Item name="planCode" label={t('requests.fields.planCode')} required>
            <PlanChoice plans={catalog.plans} />
          </Form.Item>
          <Form.Item name="optionCodes" label={t('requests.fields.optionCodes')}>
            <OptionChoice
              options={catalog.options}
              currentCodes={previous}
              currentLabel={t('customers.actions.previousContract')}
            />
          </Form.Item>
          <Form.Item
            name="contractTerm"
            label={t('requestEconomics.term.label')}
            extra={t('requestEconomics.term.help')}
            required
          >
            <ContractTermChoice />
          </Form.Item>
          <Form.Item
            name="effectiveDate"
            label={t('requests.fields.effectiveDate')}
            required
            extra={t('requests.form.effectiveDateHelp')}
          >
            <EffectiveDatePicker />
          </Form.Item>
        </Col>
        <Col xs={24} lg={11}>
          <Card size="small" title={t('requests.preview.title')} aria-live="polite">
            {preview ? (
              <ChangePreview
                preview={{
                  ...preview,
                  proratedFirstMonth: proratedFromDomain(preview.proratedFirstMonth),
                }}
                planName={planName}
                optionName={optionName}
                beforeIsTrial
                contractTerm={values.contractTerm ?? null}
              />
            ) : (
              <Empty description={t('requests.preview.choosePlan')} />
            )}
          </Card>
        </Col>
      </Row>
    </RequestModal>
  );
}

/** Ask to reactivate a churned customer: a new plan, options and date, double-checked. */
export function ReactivationModal(props: {
  customer: CustomerActionsFragment;
  onDone: (request: { id: string }) => void;
  onCancel: () => void;
}) {
  const { t } = useTranslation();
  const { catalog, loading, error, refetch } = useProvisioningCatalog();
  if (!catalog) {
    return (
      <Modal
        open
        title={t('customers.actions.reactivation')}
        footer={null}
        onCancel={props.onCancel}
      >
        {loading ? <LoadingState /> : <ErrorState error={error} onRetry={() => void refetch()} />}
      </Modal>
    );
  }
  return <ReactivationForm {...props} catalog={catalog} />;
}
