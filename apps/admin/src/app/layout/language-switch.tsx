import { useApolloClient } from '@apollo/client/react';
import { Segmented } from 'antd';
import { useTranslation } from 'react-i18next';
import { type Language, storeLanguage } from '../../i18n/language';

/** 日本語 / English. Persisted; server-made texts (messages, plan names) are fetched again. */
export function LanguageSwitch() {
  const { t, i18n } = useTranslation();
  const client = useApolloClient();
  const change = async (language: Language) => {
    storeLanguage(language);
    await i18n.changeLanguage(language);
    await client.resetStore();
  };
  return (
    <Segmented<Language>
      size="small"
      aria-label={t('header.language')}
      value={i18n.language === 'en' ? 'en' : 'ja'}
      options={[
        { label: '日本語', value: 'ja' },
        { label: 'English', value: 'en' },
      ]}
      onChange={(language) => void change(language)}
    />
  );
}
