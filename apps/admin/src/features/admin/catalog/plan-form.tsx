import { useMutation } from '@apollo/client/react';
import { Form, Input, InputNumber, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AdminPlanRowFragment,
  CreatePlanDocument,
  UpdatePlanDocument,
} from '../../../gql/graphql';
import { FormDrawer } from '../shared/form-drawer';
import {
  CREATE_PLAN_FIELDS,
  checkPlan,
  type PlanFormValues,
  serializeCreatePlan,
  serializeUpdatePlan,
  UPDATE_PLAN_FIELDS,
} from './catalog-forms.serializer';
import { NameFields } from './name-fields';

/** Create a plan, or edit one (its code and fee stay: a fee changes by a scheduled price). */
export function PlanForm({
  plan,
  onDone,
  onClose,
}: {
  plan: AdminPlanRowFragment | null;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation();
  const [create] = useMutation(CreatePlanDocument, { refetchQueries: ['AdminCatalog'] });
  const [update] = useMutation(UpdatePlanDocument);
  const mode = plan ? 'update' : 'create';
  return (
    <FormDrawer<PlanFormValues, { id: string }>
      title={
        plan ? t('admin.catalog.editPlan', { name: plan.nameJa }) : t('admin.catalog.createPlan')
      }
      okText={plan ? t('admin.common.save') : t('admin.catalog.createPlan')}
      fields={plan ? UPDATE_PLAN_FIELDS : CREATE_PLAN_FIELDS}
      initialValues={
        plan
          ? {
              nameJa: plan.nameJa,
              nameEn: plan.nameEn,
              slaTargetPercent: plan.slaTargetPercent,
              sortOrder: plan.sortOrder,
              active: plan.active,
            }
          : { monthlyFeeYen: 0, slaTargetPercent: 99.9, sortOrder: 0, limits: '{}' }
      }
      check={(values) => checkPlan(values, mode)}
      send={async (values) => {
        if (plan) {
          const { data } = await update({
            variables: { input: serializeUpdatePlan(plan.id, values) },
          });
          return data && { result: data.updatePlan.plan, userErrors: data.updatePlan.userErrors };
        }
        const { data } = await create({ variables: { input: serializeCreatePlan(values) } });
        return data && { result: data.createPlan.plan, userErrors: data.createPlan.userErrors };
      }}
      onDone={onDone}
      onClose={onClose}
    >
      {!plan && (
        <Form.Item
          name="code"
          label={t('admin.catalog.code')}
          extra={t('admin.catalog.codeHelp')}
          required
        >
          <Input autoFocus maxLength={40} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      <NameFields autoFocus={!!plan} />
      {!plan && (
        <Form.Item
          name="monthlyFeeYen"
          label={t('admin.catalog.monthlyFee')}
          extra={t('admin.catalog.monthlyFeeHelp')}
          required
        >
          <InputNumber<number> min={0} precision={0} step={10} prefix="￥" style={{ width: 200 }} />
        </Form.Item>
      )}
      <Form.Item name="slaTargetPercent" label={t('admin.catalog.slaTargetPercent')} required>
        <InputNumber<number> min={0} max={100} step={0.01} precision={3} style={{ width: 200 }} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('admin.catalog.sortOrder')}>
        <InputNumber<number> precision={0} style={{ width: 200 }} />
      </Form.Item>
      {!plan && (
        <Form.Item
          name="limits"
          label={t('admin.catalog.limits')}
          extra={t('admin.catalog.limitsHelp')}
        >
          <Input.TextArea rows={3} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      {plan && (
        <Form.Item
          name="active"
          label={t('admin.catalog.activeLabel')}
          extra={t('admin.catalog.activeHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
