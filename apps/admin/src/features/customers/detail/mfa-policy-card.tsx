import { CheckCircleFilled, CloseCircleOutlined } from '@ant-design/icons';
import {
  MFA_FACTOR_CATEGORIES,
  MFA_FACTOR_CATEGORY_LABELS,
  type MfaFactorCategory,
} from '@kizuna/domain';
import { Alert, Card, Flex, Table, Tag, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import type { MfaPolicyCardFragment } from '../../../gql/graphql';
import { pick } from '../../../i18n/language';

interface CategoryRow {
  category: MfaFactorCategory;
  methods: MfaPolicyCardFragment['methods'];
}

/**
 * The customer's MFA methods by factor category (記憶・所持・属性). Multi-factor needs two
 * different categories: password + PIN is not, and that is shown as a red warning.
 */
export function MfaPolicyCard({ policy }: { policy: MfaPolicyCardFragment }) {
  const { t, i18n } = useTranslation();
  const label = (c: MfaFactorCategory) => pick(MFA_FACTOR_CATEGORY_LABELS[c], i18n.language);
  const separator = i18n.language === 'en' ? ', ' : '・';
  const rows: CategoryRow[] = MFA_FACTOR_CATEGORIES.map((category) => ({
    category,
    methods: policy.methods.filter((m) => m.category === category),
  }));

  return (
    <Card title={t('customers.detail.mfa')} data-testid="mfa-policy">
      <Flex vertical gap={12}>
        {policy.isMultiFactor ? (
          <Alert
            type="success"
            showIcon
            title={t('customers.detail.mfaIsMultiFactor')}
            description={t('customers.detail.mfaIsMultiFactorDetail', {
              categories: policy.categories.map(label).join(separator),
            })}
          />
        ) : (
          <Alert
            type="error"
            showIcon
            role="alert"
            title={<strong>{t('customers.detail.mfaNotMultiFactor')}</strong>}
            description={
              policy.methods.length === 0
                ? t('customers.detail.mfaNoMethods')
                : t('customers.detail.mfaNotMultiFactorDetail', {
                    missing: policy.missingCategories.map(label).join(separator),
                  })
            }
          />
        )}
        <Table<CategoryRow>
          size="small"
          rowKey="category"
          pagination={false}
          dataSource={rows}
          columns={[
            {
              key: 'category',
              title: t('customers.detail.mfaCategory'),
              width: 140,
              render: (_, row) => (
                <Flex gap={6} align="center">
                  {row.methods.length > 0 ? (
                    <CheckCircleFilled style={{ color: '#389e0d' }} />
                  ) : (
                    <CloseCircleOutlined style={{ color: '#bfbfbf' }} />
                  )}
                  <Typography.Text strong>{label(row.category)}</Typography.Text>
                </Flex>
              ),
            },
            {
              key: 'methods',
              title: t('customers.detail.mfaMethods'),
              render: (_, row) =>
                row.methods.length === 0 ? (
                  <Typography.Text type="secondary">{t('common.none')}</Typography.Text>
                ) : (
                  row.methods.map((m) => (
                    <Tag key={m.code} color="geekblue">
                      {m.name}
                    </Tag>
                  ))
                ),
            },
          ]}
        />
      </Flex>
    </Card>
  );
}
