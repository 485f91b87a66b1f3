import { Locale, translate } from '../common/i18n/translate';

/**
 * The consent a visitor gives when commenting in a public round, in the visitor's language. The
 * web form shows the same catalogue text (`privacy:guestConsent`), and the comment stores the
 * wording (`comments.consent_text`), so what the visitor agreed to can be shown to them later.
 */
export const guestConsentText = (locale: Locale): string => translate(locale, 'privacy.guestConsent');
