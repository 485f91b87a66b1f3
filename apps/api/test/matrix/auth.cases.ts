import { inviteLink } from './invite-link';
import { MutationCase } from './world';

export const authCases: MutationCase[] = [
  {
    mutation: 'login',
    public: true,
    document: `mutation($input: LoginInput!) { login(input: $input) { account { id } } }`,
    async arrange({ t, area, member }) {
      // A client of its own: it receives the session cookie and must not make world.anonymous a logged-in one.
      const anonymous = t.anonymous(area.slug);
      return { variables: { input: { email: member.account.email, password: 'correct horse battery' } }, allowed: anonymous, refused: [] };
    },
  },
  {
    mutation: 'logout',
    public: true,
    document: `mutation { logout }`,
    async arrange({ anonymous }) {
      return { variables: {}, allowed: anonymous, refused: [] };
    },
  },
  {
    mutation: 'acceptInvitation',
    public: true,
    document: `mutation($input: AcceptInvitationInput!) { acceptInvitation(input: $input) { id } }`,
    async arrange({ t, area, coordinator }) {
      const person = await t.fixtures.person(area, { email: `invited-${Date.now()}@example.test` });
      const token = await inviteLink(coordinator.client, person.id);
      // A client of its own: accepting logs it in (see login).
      return { variables: { input: { token, password: 'a-long-enough-password' } }, allowed: t.anonymous(area.slug), refused: [] };
    },
  },
  {
    mutation: 'changePassword',
    ownAccount: true,
    document: `mutation($input: ChangePasswordInput!) { changePassword(input: $input) }`,
    async arrange({ t, area }) {
      const user = await t.fixtures.user(area);
      return {
        variables: { input: { currentPassword: 'correct horse battery', newPassword: 'another-long-password' } },
        allowed: user.client,
        refused: [],
      };
    },
  },
  {
    mutation: 'setLocale',
    ownAccount: true,
    document: `mutation($input: SetLocaleInput!) { setLocale(input: $input) { locale } }`,
    async arrange({ member }) {
      return { variables: { input: { locale: 'pl' } }, allowed: member.client, refused: [] };
    },
  },
];
