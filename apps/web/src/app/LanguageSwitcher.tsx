import { useApolloClient, useMutation } from '@apollo/client/react';
import { MantineBreakpoint, SegmentedControl } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { SetLocaleDocument } from '../auth/auth.operations';
import { useMe } from '../auth/useMe';
import { LOCALES } from '../i18n';

/**
 * cs / pl / en; refetches what is on screen so server messages follow the language too. The choice
 * stays in this browser (localStorage) and, for a signed-in person, with the account, so it also
 * applies when they log in elsewhere and to what the server sends them by itself.
 */
export function LanguageSwitcher(props: { visibleFrom?: MantineBreakpoint }) {
  const { i18n, t } = useTranslation();
  const changeLanguage = useChangeLanguage();
  return (
    <SegmentedControl
      size="xs"
      visibleFrom={props.visibleFrom}
      aria-label={t('language')}
      value={i18n.language}
      onChange={changeLanguage}
      data={LOCALES.map((locale) => ({ value: locale, label: locale.toUpperCase() }))}
    />
  );
}

/** Switches the interface language (and saves it with a signed-in person's account). */
export function useChangeLanguage(): (locale: string) => void {
  const { i18n } = useTranslation();
  const client = useApolloClient();
  const { me } = useMe();
  const [saveLocale] = useMutation(SetLocaleDocument);
  return (locale) => {
    void i18n.changeLanguage(locale).then(async () => {
      // Saving is a convenience: the language changes on this screen even when the save fails.
      if (me) await saveLocale({ variables: { input: { locale } } }).catch(() => undefined);
      await client.refetchQueries({ include: 'active' });
    });
  };
}
