import { TestApp } from './harness';

describe('request limits on the running API', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('refuses a request body over 512 kB', async () => {
    const response = await fetch(`${t.baseUrl}/graphql`, {
      method: 'POST',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify({ query: `{ areas { id } }`, variables: { padding: 'x'.repeat(600 * 1024) } }),
    });
    expect(response.status).toBe(413);
  });

  it('refuses alias amplification before running anything', async () => {
    const query = `{ ${Array.from({ length: 40 }, (_, i) => `a${i}: areas { id }`).join(' ')} }`;
    const result = await t.anonymous().request(query);
    expect(result.data).toBeUndefined();
    expect(result.errors?.[0]?.extensions?.code).toBe('GRAPHQL_VALIDATION_FAILED');
    expect(result.errors?.[0]?.message).toBe('More than 30 aliases in one request.');
  });

  it('weighs a page by its size and refuses one too costly to compute', async () => {
    const area = await t.fixtures.area();
    const member = await t.fixtures.user(area);
    const nested = Array.from({ length: 20 }, (_, i) => `o${i}: organisations { organisation { members { person { fullName } } } }`).join(' ');
    const query = (pageSize: number) => `{ people(pageSize: ${pageSize}) { total items { id ${nested} } } }`;
    expect((await member.client.request(query(10))).errors).toBeUndefined();
    const refused = await member.client.error(query(200));
    expect(refused.extensions?.code).toBe('BAD_USER_INPUT');
    expect(refused.message).toMatch(/^Query complexity \d+ exceeds the limit of 10000\.$/);
  });

  it('names a variable that does not fit its type, in the requester’s language', async () => {
    const login = `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`;
    const missing = await t.anonymous(undefined, 'en').error(login, { input: { email: 'a@example.test' } });
    expect(missing.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(missing.message).toBe('“input” has the wrong format.');
    const none = await t.anonymous(undefined, 'cs').error(login, { input: null });
    expect(none.extensions).toMatchObject({ code: 'BAD_USER_INPUT', field: 'input' });
    expect(none.message).toBe('Pole „input“ nemá správný tvar.');
  });
});
