import { AreaEntity } from '../src/areas/area.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { FIXTURE_PASSWORD } from './fixtures';
import { TestApp } from './harness';

const ME = `{ me { account { email locale } person { fullName roles } memberships { area { slug } } } }`;

describe('accounts and sessions', () => {
  let t: TestApp;
  let area: AreaEntity;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
  });
  afterAll(() => t.stop());

  it('logs in, sees itself in the area, and logs out', async () => {
    const { account } = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName: 'Eva Nováková' });
    const client = await t.login(account.email, FIXTURE_PASSWORD, area.slug);
    const me = await client.ok<{ me: { person: { fullName: string }; memberships: { area: { slug: string } }[] } }>(ME);
    expect(me.me.person.fullName).toBe('Eva Nováková');
    expect(me.me.memberships.map((m) => m.area.slug)).toEqual([area.slug]);

    await client.ok(`mutation { logout }`);
    expect((await client.ok<{ me: null }>(ME)).me).toBeNull();
  });

  it('refuses a wrong password with a translated message and no cookie', async () => {
    const { account } = await t.fixtures.user(area);
    const error = await t.anonymous(area.slug, 'en').error(
      `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`,
      { input: { email: account.email, password: 'not the password' } },
    );
    expect(error.extensions?.code).toBe('UNAUTHENTICATED');
    expect(error.message).toBe('Wrong e-mail or password.');
  });

  it('names the field of bad input in the requester’s language', async () => {
    const query = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
    const input = { input: { email: 'not-an-email', password: 'x' } };
    const cs = await t.anonymous(area.slug, 'cs').error(query, input);
    const pl = await t.anonymous(area.slug, 'pl').error(query, input);
    expect(cs.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.email' });
    expect(cs.message).toBe('Pole „E-mail“ musí být platná e-mailová adresa.');
    expect(pl.message).toBe('Pole „E-mail” musi być prawidłowym adresem e-mail.');
  });

  it('changes the password only with the current one, ending other sessions', async () => {
    const { account, client } = await t.fixtures.user(area);
    const other = await t.login(account.email, FIXTURE_PASSWORD, area.slug);
    const change = `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`;

    const wrong = await client.error(change, { input: { currentPassword: 'nope', newPassword: 'a-new-long-password' } });
    expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.currentPassword' });

    await client.ok(change, { input: { currentPassword: FIXTURE_PASSWORD, newPassword: 'a-new-long-password' } });
    expect((await client.ok<{ me: unknown }>(ME)).me).not.toBeNull();
    expect((await other.ok<{ me: unknown }>(ME)).me).toBeNull();
    await t.login(account.email, 'a-new-long-password', area.slug);
  });

  it('keeps the session cookie httpOnly', async () => {
    const { account } = await t.fixtures.user(area);
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({
        query: `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`,
        variables: { input: { email: account.email, password: FIXTURE_PASSWORD } },
      }),
    });
    expect(response.headers.get('set-cookie')).toMatch(/komplan_session=.+; .*HttpOnly/i);
  });
});
