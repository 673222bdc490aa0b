import { useMutation } from '@apollo/client/react';
import { SURVEY_KIND_LABELS, SURVEY_KINDS } from '@kizuna/domain';
import { Form, Input, Select, Switch } from 'antd';
import { useTranslation } from 'react-i18next';
import {
  type AdminSurveyRowFragment,
  CreateSurveyDocument,
  UpdateSurveyDocument,
} from '../../../gql/graphql';
import { pick } from '../../../i18n/language';
import { FormDrawer } from '../shared/form-drawer';
import {
  CREATE_SURVEY_FIELDS,
  checkSurvey,
  serializeCreateSurvey,
  serializeUpdateSurvey,
  type SurveyFormValues,
  UPDATE_SURVEY_FIELDS,
} from './survey-form.serializer';

/** Create a survey, or correct one's wording (its code and kind stay: answers depend on them). */
export function SurveyForm({
  survey,
  onDone,
  onClose,
}: {
  survey: AdminSurveyRowFragment | null;
  onDone: () => void;
  onClose: () => void;
}) {
  const { t, i18n } = useTranslation();
  const [create] = useMutation(CreateSurveyDocument, { refetchQueries: ['AdminSurveys'] });
  const [update] = useMutation(UpdateSurveyDocument);
  return (
    <FormDrawer<SurveyFormValues, { id: string }>
      title={
        survey ? t('admin.surveys.editTitle', { name: survey.titleJa }) : t('admin.surveys.create')
      }
      okText={survey ? t('admin.common.save') : t('admin.surveys.create')}
      fields={survey ? UPDATE_SURVEY_FIELDS : CREATE_SURVEY_FIELDS}
      width={640}
      initialValues={
        survey
          ? {
              titleJa: survey.titleJa,
              titleEn: survey.titleEn,
              questionJa: survey.questionJa,
              questionEn: survey.questionEn,
              active: survey.active,
            }
          : { kind: 'NPS' }
      }
      check={(values) => checkSurvey(values, survey ? 'update' : 'create')}
      send={async (values) => {
        if (survey) {
          const { data } = await update({
            variables: { input: serializeUpdateSurvey(survey.id, values) },
          });
          return (
            data && { result: data.updateSurvey.survey, userErrors: data.updateSurvey.userErrors }
          );
        }
        const { data } = await create({ variables: { input: serializeCreateSurvey(values) } });
        return (
          data && { result: data.createSurvey.survey, userErrors: data.createSurvey.userErrors }
        );
      }}
      onDone={onDone}
      onClose={onClose}
    >
      {!survey && (
        <>
          <Form.Item
            name="code"
            label={t('admin.surveys.code')}
            extra={t('admin.surveys.codeHelp')}
            required
          >
            <Input autoFocus maxLength={40} style={{ fontFamily: 'monospace' }} />
          </Form.Item>
          <Form.Item name="kind" label={t('admin.surveys.kind')} required>
            <Select
              options={SURVEY_KINDS.map((k) => ({
                value: k,
                label: pick(SURVEY_KIND_LABELS[k], i18n.language),
              }))}
            />
          </Form.Item>
        </>
      )}
      <Form.Item name="titleJa" label={t('admin.surveys.titleJa')} required>
        <Input maxLength={200} autoFocus={!!survey} />
      </Form.Item>
      <Form.Item name="titleEn" label={t('admin.surveys.titleEn')} required>
        <Input maxLength={200} />
      </Form.Item>
      <Form.Item name="questionJa" label={t('admin.surveys.questionJa')} required>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      <Form.Item name="questionEn" label={t('admin.surveys.questionEn')} required>
        <Input.TextArea rows={2} maxLength={500} />
      </Form.Item>
      {survey && (
        <Form.Item
          name="active"
          label={t('admin.common.active')}
          extra={t('admin.surveys.activeHelp')}
          valuePropName="checked"
        >
          <Switch />
        </Form.Item>
      )}
    </FormDrawer>
  );
}
