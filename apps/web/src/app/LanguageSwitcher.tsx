import { useApolloClient } from '@apollo/client/react';
import { SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { LOCALES } from '../i18n';

/** cs / pl / en; refetches what is on screen so server messages follow the language too. */
export function LanguageSwitcher() {
  const { i18n, t } = useTranslation();
  const client = useApolloClient();
  return (
    <SegmentedControl
      size="xs"
      aria-label={t('language')}
      value={i18n.language}
      onChange={(value) => {
        void i18n.changeLanguage(value).then(() => client.refetchQueries({ include: 'active' }));
      }}
      data={LOCALES.map((locale) => ({ value: locale, label: locale.toUpperCase() }))}
    />
  );
}
