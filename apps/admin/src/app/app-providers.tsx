import type { ApolloClient } from '@apollo/client';
import { ApolloProvider } from '@apollo/client/react';
import { App as AntApp, ConfigProvider } from 'antd';
import enUS from 'antd/locale/en_US';
import jaJP from 'antd/locale/ja_JP';
import dayjs from 'dayjs';
import 'dayjs/locale/ja';
import type { i18n as I18n } from 'i18next';
import { type ReactNode, useEffect } from 'react';
import { I18nextProvider, useTranslation } from 'react-i18next';
import { kizunaTheme } from './theme';

/** antd and dayjs follow the UI language; the page's lang attribute too. */
function LocalisedAntd({ children }: { children: ReactNode }) {
  const { i18n } = useTranslation();
  const language = i18n.language === 'en' ? 'en' : 'ja';
  useEffect(() => {
    dayjs.locale(language);
    document.documentElement.lang = language;
  }, [language]);
  return (
    <ConfigProvider locale={language === 'en' ? enUS : jaJP} theme={kizunaTheme}>
      <AntApp>{children}</AntApp>
    </ConfigProvider>
  );
}

/** Everything a screen needs around it: Apollo, i18n, antd (used by the app and by tests). */
export function AppProviders({
  client,
  i18n,
  children,
}: {
  client: ApolloClient;
  i18n: I18n;
  children: ReactNode;
}) {
  return (
    <ApolloProvider client={client}>
      <I18nextProvider i18n={i18n}>
        <LocalisedAntd>{children}</LocalisedAntd>
      </I18nextProvider>
    </ApolloProvider>
  );
}
