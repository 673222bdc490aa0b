import { useMutation } from '@apollo/client/react';
import { EditOutlined } from '@ant-design/icons';
import {
  COMPANY_PROFILE_FIELDS,
  ENGAGEMENT_LABELS,
  ENGAGEMENT_LEVELS,
  INDUSTRIES,
  INDUSTRY_LABELS,
  type CompanyProfile,
} from '@kizuna/domain';
import {
  App,
  Button,
  Card,
  Descriptions,
  Form,
  Input,
  InputNumber,
  Select,
  Typography,
} from 'antd';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { CustomerUpdateProfileDocument, type ProfileCardFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import {
  checkCompanyProfile,
  companyProfileFormValues,
  updateCustomerInput,
  type CompanyProfileFormValues,
} from './company-profile.form';
import { currentRatioPercent, readableYen } from './company-profile.format';
import { FormModal } from './form-modal';

const profileOf = (c: ProfileCardFragment): CompanyProfile => ({
  name: c.name,
  nameKana: c.nameKana ?? null,
  corporateNumber: c.corporateNumber ?? null,
  annualRevenueYen: c.annualRevenueYen ?? null,
  currentRatio: c.currentRatio ?? null,
  employeeCount: c.employeeCount ?? null,
  industry: c.industry ?? null,
  engagement: c.engagement ?? null,
});

/** Under the revenue field: the typed amount as people say it (12億円), or how to type it. */
function RevenueHint() {
  const { t, i18n } = useTranslation();
  // Inside the form: the field's value as it is typed.
  const revenue = Form.useWatch<number | null | undefined>('annualRevenueYen');
  return (
    <span data-testid="revenue-hint">
      {typeof revenue === 'number'
        ? readableYen(revenue, i18n.language)
        : t('customer360.profile.annualRevenueHelp')}
    </span>
  );
}

function ProfileEditModal({
  customer,
  onClose,
  onReload,
}: {
  customer: ProfileCardFragment;
  onClose: () => void;
  onReload?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [update] = useMutation(CustomerUpdateProfileDocument, {
    refetchQueries: ['CustomerAuditEvents'],
  });
  const [stale, setStale] = useState(false);
  const label = (key: string) => t(`customer360.profile.${key}` as 'customer360.profile.name');
  return (
    <FormModal<CompanyProfileFormValues>
      title={t('customer360.profile.editTitle')}
      okText={t('customer360.common.save')}
      // The form's fields are the company record's, as the API's UpdateCustomerInput names them.
      fields={COMPANY_PROFILE_FIELDS}
      initialValues={companyProfileFormValues(profileOf(customer))}
      check={(values) => checkCompanyProfile(profileOf(customer), values)}
      send={async (values) => {
        const payload = (
          await update({
            variables: { input: updateCustomerInput(customer.id, customer.version, values) },
          })
        ).data?.updateCustomer;
        const conflict = payload?.userErrors.some((e) => e.code === 'STALE_VERSION') ?? false;
        setStale(conflict);
        // The version is not a form field: say what happened and what to do, in the form's words.
        return conflict
          ? { userErrors: [{ field: null, message: t('customer360.profile.versionConflict') }] }
          : payload;
      }}
      onDone={() => {
        onClose();
        void message.success(t('customer360.profile.saved'));
      }}
      onCancel={onClose}
      footer={() =>
        stale && (
          <Button
            onClick={() => {
              // Close, read the customer again, and edit on what is now stored.
              onClose();
              onReload?.();
            }}
          >
            {t('customer360.common.reload')}
          </Button>
        )
      }
    >
      <Form.Item name="name" label={label('name')} required>
        <Input maxLength={200} autoComplete="organization" />
      </Form.Item>
      <Form.Item name="nameKana" label={label('nameKana')}>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="corporateNumber" label={label('corporateNumber')}>
        <Input maxLength={20} inputMode="numeric" />
      </Form.Item>
      <Form.Item name="annualRevenueYen" label={label('annualRevenueYen')} extra={<RevenueHint />}>
        <InputNumber<number> min={0} step={1} precision={0} style={{ width: '100%' }} prefix="¥" />
      </Form.Item>
      <Form.Item
        name="currentRatio"
        label={label('currentRatio')}
        extra={t('customer360.profile.currentRatioHelp')}
      >
        <InputNumber<number> min={0} precision={2} style={{ width: '100%' }} suffix="%" />
      </Form.Item>
      <Form.Item name="employeeCount" label={label('employeeCount')}>
        <InputNumber<number> min={0} precision={0} style={{ width: '100%' }} />
      </Form.Item>
      <Form.Item name="industry" label={label('industry')}>
        <Select
          allowClear
          showSearch={{ optionFilterProp: 'label' }}
          options={INDUSTRIES.map((i) => ({
            value: i,
            label: `${INDUSTRY_LABELS[i].jsic}: ${pick(INDUSTRY_LABELS[i], i18n.language)}`,
          }))}
        />
      </Form.Item>
      <Form.Item name="engagement" label={label('engagement')}>
        <Select
          allowClear
          options={ENGAGEMENT_LEVELS.map((e) => ({
            value: e,
            label: pick(ENGAGEMENT_LABELS[e], i18n.language),
          }))}
        />
      </Form.Item>
    </FormModal>
  );
}

/**
 * The company record: 年商 in yen as people say it, 流動比率 in percent, employees, industry and
 * engagement; editable (at the version read) by those who may change customers.
 */
export function ProfileCard({
  customer,
  canEdit,
  onReload,
}: {
  customer: ProfileCardFragment;
  canEdit: boolean;
  /** Read the customer again (after someone else changed it). */
  onReload?: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [editing, setEditing] = useState(false);
  const none = (
    <Typography.Text type="secondary">{t('customer360.common.notKnown')}</Typography.Text>
  );
  const revenue = customer.annualRevenueYen;
  return (
    <Card
      title={t('customer360.profile.title')}
      data-testid="profile"
      extra={
        canEdit &&
        customer.stage !== 'ERASED' && (
          <Button icon={<EditOutlined aria-hidden />} onClick={() => setEditing(true)}>
            {t('customer360.profile.edit')}
          </Button>
        )
      }
    >
      <Descriptions
        column={{ xs: 1, sm: 2 }}
        size="small"
        items={[
          {
            key: 'corporateNumber',
            label: t('customer360.profile.corporateNumber'),
            children: customer.corporateNumber ? (
              <span className="kizuna-tabular">{customer.corporateNumber}</span>
            ) : (
              none
            ),
          },
          {
            key: 'annualRevenueYen',
            label: t('customer360.profile.annualRevenueYen'),
            children:
              revenue === null || revenue === undefined ? (
                none
              ) : (
                <span data-testid="profile-revenue" title={`${revenue.toLocaleString('ja-JP')}`}>
                  {readableYen(revenue, i18n.language)}
                </span>
              ),
          },
          {
            key: 'currentRatio',
            label: t('customer360.profile.currentRatio'),
            children:
              customer.currentRatio === null || customer.currentRatio === undefined ? (
                none
              ) : (
                <span data-testid="profile-current-ratio" className="kizuna-tabular">
                  {currentRatioPercent(customer.currentRatio)}
                </span>
              ),
          },
          {
            key: 'employeeCount',
            label: t('customer360.profile.employeeCount'),
            children:
              customer.employeeCount === null || customer.employeeCount === undefined
                ? none
                : t('customer360.profile.employees', {
                    n: customer.employeeCount.toLocaleString('ja-JP'),
                  }),
          },
          {
            key: 'industry',
            label: t('customer360.profile.industry'),
            children: customer.industry
              ? pick(INDUSTRY_LABELS[customer.industry], i18n.language)
              : none,
          },
          {
            key: 'engagement',
            label: t('customer360.profile.engagement'),
            children: customer.engagement ? (
              <span data-testid="profile-engagement">
                {pick(ENGAGEMENT_LABELS[customer.engagement], i18n.language)}
              </span>
            ) : (
              none
            ),
          },
        ]}
      />
      {editing && (
        <ProfileEditModal
          customer={customer}
          onClose={() => setEditing(false)}
          onReload={onReload}
        />
      )}
    </Card>
  );
}
