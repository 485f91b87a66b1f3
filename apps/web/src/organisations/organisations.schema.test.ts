import { addOrganisationMemberSchema, endMembershipSchema, organisationSchema } from './organisations.schema';

const valid = { name: 'Diakonie ČCE – středisko Plzeň', side: 'PROVIDER', registrationNumber: '', website: '' };

describe('organisation form', () => {
  it('takes an IČO with spaces, or a Polish REGON', () => {
    expect(organisationSchema.parse({ ...valid, registrationNumber: '001 12 345' }).registrationNumber).toBe('00112345');
    expect(organisationSchema.safeParse({ ...valid, registrationNumber: '123456789' }).success).toBe(true);
    expect(organisationSchema.safeParse({ ...valid, registrationNumber: '12345' }).error?.issues[0]?.message).toBe(
      'organisations:form.registrationNumberInvalid',
    );
  });

  it('wants a web address with http(s), or none', () => {
    expect(organisationSchema.safeParse({ ...valid, website: 'https://diakonie.cz' }).success).toBe(true);
    expect(organisationSchema.safeParse({ ...valid, website: 'diakonie' }).error?.issues[0]?.message).toBe('url');
    expect(organisationSchema.safeParse({ ...valid, website: 'javascript:alert(1)' }).success).toBe(false);
  });

  it('knows only the three sides of community planning', () => {
    expect(organisationSchema.safeParse({ ...valid, side: 'SPONSOR' }).success).toBe(false);
  });
});

describe('membership dates', () => {
  it('needs a first day', () => {
    expect(addOrganisationMemberSchema.safeParse({ personId: 'p', position: '', since: '' }).error?.issues[0]?.message).toBe('date');
  });

  it('does not end before it began', () => {
    const schema = endMembershipSchema('2025-03-01');
    expect(schema.safeParse({ until: '2025-02-28' }).error?.issues[0]?.message).toBe('organisations:form.untilBeforeSince');
    expect(schema.safeParse({ until: '2025-03-01' }).success).toBe(true);
  });
});
