import { useMutation } from '@apollo/client/react';
import { MFA_FACTOR_CATEGORIES, MFA_FACTOR_CATEGORY_LABELS, OPTION_KINDS } from '@kizuna/domain';
import { Form, Input, InputNumber, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AdminOptionRowFragment,
  CreateOptionDocument,
  UpdateOptionDocument,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { FormDrawer } from '../shared/form-drawer';
import {
  CREATE_OPTION_FIELDS,
  checkOption,
  type OptionFormValues,
  serializeCreateOption,
  serializeUpdateOption,
  UPDATE_OPTION_FIELDS,
} from './catalog-forms.serializer';
import { NameFields } from './name-fields';

/** Create an option, or edit one (code, fee, kind and factor category stay). */
export function OptionForm({
  option,
  onDone,
  onClose,
}: {
  option: AdminOptionRowFragment | null;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [create] = useMutation(CreateOptionDocument, { refetchQueries: ['AdminCatalog'] });
  const [update] = useMutation(UpdateOptionDocument);
  const mode = option ? 'update' : 'create';
  return (
    <FormDrawer<OptionFormValues, { id: string }>
      title={
        option
          ? t('admin.catalog.editOption', { name: option.nameJa })
          : t('admin.catalog.createOption')
      }
      okText={option ? t('admin.common.save') : t('admin.catalog.createOption')}
      fields={option ? UPDATE_OPTION_FIELDS : CREATE_OPTION_FIELDS}
      initialValues={
        option
          ? {
              nameJa: option.nameJa,
              nameEn: option.nameEn,
              optionGroup: option.optionGroup,
              sortOrder: option.sortOrder,
              active: option.active,
            }
          : { kind: 'FEATURE', monthlyFeeYen: 0, sortOrder: 0, factorCategory: null }
      }
      check={(values) => checkOption(values, mode)}
      send={async (values) => {
        if (option) {
          const { data } = await update({
            variables: { input: serializeUpdateOption(option.id, values) },
          });
          return (
            data && { result: data.updateOption.option, userErrors: data.updateOption.userErrors }
          );
        }
        const { data } = await create({ variables: { input: serializeCreateOption(values) } });
        return (
          data && { result: data.createOption.option, userErrors: data.createOption.userErrors }
        );
      }}
      onDone={onDone}
      onClose={onClose}
    >
      {!option && (
        <Form.Item
          name="code"
          label={t('admin.catalog.code')}
          extra={t('admin.catalog.codeHelp')}
          required
        >
          <Input autoFocus maxLength={40} style={{ fontFamily: 'monospace' }} />
        </Form.Item>
      )}
      <NameFields autoFocus={!!option} />
      {!option && (
        <>
          <Form.Item
            name="monthlyFeeYen"
            label={t('admin.catalog.monthlyFee')}
            extra={t('admin.catalog.monthlyFeeHelp')}
            required
          >
            <InputNumber<number>
              min={0}
              precision={0}
              step={10}
              prefix="￥"
              style={{ width: 200 }}
            />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.catalog.kind')} required>
            <Select
              style={{ width: 200 }}
              options={OPTION_KINDS.map((k) => ({ value: k, label: t(`optionKind.${k}`) }))}
            />
          </Form.Item>
          <Form.Item noStyle dependencies={['kind']}>
            {({ getFieldValue }) =>
              getFieldValue('kind') === 'MFA' ? (
                <Form.Item
                  name="factorCategory"
                  label={t('admin.catalog.factorCategory')}
                  extra={t('admin.catalog.factorCategoryHelp')}
                  required
                >
                  <Select
                    style={{ width: 200 }}
                    options={MFA_FACTOR_CATEGORIES.map((c) => ({
                      value: c,
                      label: pick(MFA_FACTOR_CATEGORY_LABELS[c], i18n.language),
                    }))}
                  />
                </Form.Item>
              ) : null
            }
          </Form.Item>
        </>
      )}
      <Form.Item
        name="optionGroup"
        label={t('admin.catalog.optionGroup')}
        extra={t('admin.catalog.optionGroupHelp')}
      >
        <Input maxLength={40} style={{ fontFamily: 'monospace', width: 200 }} />
      </Form.Item>
      <Form.Item name="sortOrder" label={t('admin.catalog.sortOrder')}>
        <InputNumber<number> precision={0} style={{ width: 200 }} />
      </Form.Item>
      {option && (
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
