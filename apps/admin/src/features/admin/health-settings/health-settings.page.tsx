import { useMutation, useQuery } from '@apollo/client/react';
import {
  DEFAULT_HEALTH_SETTINGS,
  DEFAULT_TOUCH_MODEL_THRESHOLDS,
  formatYen,
  HEALTH_SIGNAL_LABELS,
  HEALTH_SIGNALS,
} from '@kizuna/domain';
import { App, Button, Card, Flex, Form, InputNumber, Typography } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  HealthSettingsPageDocument,
  UpdateHealthSettingsDocument,
  type HealthSettingsFormFragment,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { formatDateTime } from '../../../shared/dates';
import { FormErrorAlert, useFormErrors } from '../../../shared/form-errors';
import { ErrorState, LoadingState } from '../../../shared/page-states';
import { clearChangedFieldErrors } from '../../../shared/user-errors';
import { AdminPageHeader } from '../shared/admin-page-header';
import {
  checkHealthSettings,
  DEFAULT_VALUES,
  HEALTH_SETTINGS_FIELDS,
  healthSettingsValues,
  serializeHealthSettings,
  TOUCH_MODEL_FIELDS,
  type HealthSettingsValues,
} from './health-settings.serializer';

const yenInput = {
  min: 0,
  precision: 0,
  step: 10_000_000,
  prefix: '￥',
  style: { width: 240 },
  formatter: (v: number | string | undefined) =>
    v === undefined || v === '' ? '' : String(v).replace(/\B(?=(\d{3})+(?!\d))/g, ','),
  parser: (v: string | undefined) => Number((v ?? '').replace(/[^\d]/g, '')),
};

/**
 * 管理 › ヘルススコア設定: the weights, band thresholds and touch-model thresholds (data, not code),
 * each with its default; checked by the domain's rules before sending and by the API again
 * (its userErrors go on the fields). The API audits every change.
 */
export function HealthSettingsPage() {
  const { data, error, refetch } = useQuery(HealthSettingsPageDocument);
  if (!data && error) return <ErrorState error={error} onRetry={() => void refetch()} />;
  if (!data) return <LoadingState />;
  return <HealthSettingsForm settings={data.healthSettings} key={data.healthSettings.version} />;
}

function HealthSettingsForm({ settings }: { settings: HealthSettingsFormFragment }) {
  const { t, i18n } = useTranslation();
  const { message } = App.useApp();
  const [form] = Form.useForm<HealthSettingsValues>();
  const errors = useFormErrors(form, HEALTH_SETTINGS_FIELDS);
  const [update, { loading }] = useMutation(UpdateHealthSettingsDocument, {
    update(cache, { data }) {
      const saved = data?.updateHealthSettings.healthSettings;
      if (saved)
        cache.writeQuery({ query: HealthSettingsPageDocument, data: { healthSettings: saved } });
    },
  });
  const weights = Form.useWatch<HealthSettingsValues['weights'] | undefined>(['weights'], form);
  const total = HEALTH_SIGNALS.reduce((sum, s) => sum + (Number(weights?.[s]) || 0), 0);

  const submit = async (values: HealthSettingsValues) => {
    errors.clear();
    const refused = checkHealthSettings(values);
    if (refused.length > 0) return errors.showDomainErrors(refused);
    try {
      const { data } = await update({
        variables: { input: serializeHealthSettings(values, settings.version) },
      });
      const payload = data?.updateHealthSettings;
      if (payload?.healthSettings) void message.success(t('healthSettings.saved'));
      else errors.showUserErrors(payload?.userErrors ?? []);
    } catch (e) {
      errors.showFailure(e);
    }
  };

  const defaultText = (value: string | number) => t('healthSettings.default', { value });
  return (
    <Flex vertical gap={16}>
      <AdminPageHeader
        title={t('healthSettings.title')}
        description={t('healthSettings.description')}
      />
      <Typography.Text type="secondary" data-testid="health-settings-version">
        {settings.updatedAt
          ? t('healthSettings.version', {
              version: settings.version,
              at: formatDateTime(settings.updatedAt),
            })
          : t('healthSettings.defaultsInUse')}
      </Typography.Text>
      <Form<HealthSettingsValues>
        form={form}
        layout="vertical"
        initialValues={healthSettingsValues(settings)}
        onFinish={(values) => void submit(values)}
        onValuesChange={(changed: object) => clearChangedFieldErrors(form, changed)}
        aria-label={t('healthSettings.title')}
      >
        <Flex vertical gap={16}>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('healthSettings.weights')}</h2>}>
            <Typography.Paragraph type="secondary">
              {t('healthSettings.weightsHelp')}
            </Typography.Paragraph>
            <Flex gap={16} wrap>
              {HEALTH_SIGNALS.map((signal) => (
                <Form.Item
                  key={signal}
                  name={['weights', signal]}
                  label={pick(HEALTH_SIGNAL_LABELS[signal], i18n.language)}
                  extra={`${defaultText(DEFAULT_HEALTH_SETTINGS.weights[signal])}・${t(
                    'healthSettings.share',
                    {
                      share:
                        total > 0
                          ? Math.round(((Number(weights?.[signal]) || 0) / total) * 100)
                          : 0,
                    },
                  )}`}
                  style={{ minWidth: 220 }}
                >
                  <InputNumber<number> min={0} max={100} precision={0} style={{ width: 120 }} />
                </Form.Item>
              ))}
            </Flex>
          </Card>
          <Card title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('healthSettings.bands')}</h2>}>
            <Typography.Paragraph type="secondary">
              {t('healthSettings.bandsHelp')}
            </Typography.Paragraph>
            <Flex gap={16} wrap>
              <Form.Item
                name="goodAtLeast"
                label={t('healthSettings.goodAtLeast')}
                extra={defaultText(DEFAULT_HEALTH_SETTINGS.goodAtLeast)}
              >
                <InputNumber<number> min={0} max={100} precision={0} style={{ width: 120 }} />
              </Form.Item>
              <Form.Item
                name="watchAtLeast"
                label={t('healthSettings.watchAtLeast')}
                extra={defaultText(DEFAULT_HEALTH_SETTINGS.watchAtLeast)}
              >
                <InputNumber<number> min={0} max={100} precision={0} style={{ width: 120 }} />
              </Form.Item>
            </Flex>
          </Card>
          <Card
            title={<h2 style={{ margin: 0, fontSize: 16 }}>{t('healthSettings.touchModel')}</h2>}
          >
            <Typography.Paragraph type="secondary">
              {t('healthSettings.touchModelHelp')}
            </Typography.Paragraph>
            <Flex gap={16} wrap>
              {TOUCH_MODEL_FIELDS.map((field) => {
                const fallback = DEFAULT_TOUCH_MODEL_THRESHOLDS[field];
                const ratio = field === 'techTouchCurrentRatioBelow';
                return (
                  <Form.Item
                    key={field}
                    name={['touchModel', field]}
                    label={t(`healthSettings.${field}`)}
                    extra={defaultText(ratio ? fallback.toFixed(2) : formatYen(fallback))}
                  >
                    {ratio ? (
                      <InputNumber<number>
                        min={0}
                        step={0.1}
                        precision={2}
                        style={{ width: 120 }}
                      />
                    ) : (
                      <InputNumber<number> {...yenInput} />
                    )}
                  </Form.Item>
                );
              })}
            </Flex>
          </Card>
          <FormErrorAlert title={t('healthSettings.notSaved')} messages={errors.general} />
          <Flex gap={8}>
            <Button type="primary" htmlType="submit" loading={loading}>
              {t('healthSettings.save')}
            </Button>
            <Button onClick={() => form.setFieldsValue(DEFAULT_VALUES)}>
              {t('healthSettings.resetDefaults')}
            </Button>
          </Flex>
        </Flex>
      </Form>
    </Flex>
  );
}
