import i18n from '../i18n';
import { fieldError } from './errors';

describe('messages under form fields', () => {
  const t = (key: string) => i18n.t(key, { lng: 'cs' });

  it("shows the server's translated message as it is", () => {
    expect(fieldError({ type: 'server', message: 'Osoba s tímto e-mailem už v území je.' }, t)).toBe('Osoba s tímto e-mailem už v území je.');
  });

  it('translates client-side checks from common:form', () => {
    expect(fieldError({ type: 'too_small', message: 'required' }, t)).toBe('Vyplňte toto pole.');
    expect(fieldError({ type: 'custom' }, t)).toBe('Zkontrolujte hodnotu.');
    expect(fieldError(undefined, t)).toBeUndefined();
  });
});
