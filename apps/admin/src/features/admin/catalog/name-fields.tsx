import { Form, Input } from 'antd';
import { useTranslation } from 'react-i18next';

/** 名称（日本語） and 名称（英語）, both required. */
export function NameFields({ autoFocus = false }: { autoFocus?: boolean }) {
  const { t } = useTranslation();
  return (
    <>
      <Form.Item name="nameJa" label={t('admin.catalog.nameJa')} required>
        <Input maxLength={100} autoFocus={autoFocus} />
      </Form.Item>
      <Form.Item name="nameEn" label={t('admin.catalog.nameEn')} required>
        <Input maxLength={100} />
      </Form.Item>
    </>
  );
}
