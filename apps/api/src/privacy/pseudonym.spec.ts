import { pseudonym, pseudonymCode } from './pseudonym';

describe('pseudonym', () => {
  const id = '3f1c2a9e-7d4b-4c51-9a0e-2b6f8d1c0e47';

  it('is stable for a person and differs between people', () => {
    expect(pseudonymCode(id)).toMatch(/^[0-9A-F]{4}$/);
    expect(pseudonymCode(id)).toBe(pseudonymCode(id));
    expect(pseudonymCode('9b7e4c1a-0d2f-4e6b-8a3c-5f1d2e7b9c60')).not.toBe(pseudonymCode(id));
  });

  it('reads in the language of the area', () => {
    const code = pseudonymCode(id);
    expect(pseudonym(id, 'cs')).toBe(`Účastník ${code}`);
    expect(pseudonym(id, 'pl')).toBe(`Uczestnik ${code}`);
    expect(pseudonym(id, 'en')).toBe(`Participant ${code}`);
    expect(pseudonym(id, 'de')).toBe(`Účastník ${code}`);
  });
});
