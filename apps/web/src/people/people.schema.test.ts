import { acceptInvitationSchema, newPersonSchema } from './people.schema';

const valid = { fullName: 'Jana Nováková', email: '', phone: '', roles: ['MEMBER'], organisationId: null, position: '' };

describe('new person', () => {
  it('needs a name and at least one role; e-mail and phone are optional', () => {
    expect(newPersonSchema.safeParse(valid).success).toBe(true);
    const noName = newPersonSchema.safeParse({ ...valid, fullName: ' ' });
    expect(noName.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['fullName', 'required']]);
    const noRole = newPersonSchema.safeParse({ ...valid, roles: [] });
    expect(noRole.error?.issues.map((issue) => [issue.path[0], issue.message])).toEqual([['roles', 'chooseOne']]);
  });

  it('checks the e-mail only when one is given', () => {
    expect(newPersonSchema.safeParse({ ...valid, email: ' jana@example.cz ' }).data?.email).toBe('jana@example.cz');
    const wrong = newPersonSchema.safeParse({ ...valid, email: 'jana@' });
    expect(wrong.error?.issues[0]?.message).toBe('email');
  });
});

describe('accepting an invitation', () => {
  it('needs ten characters, typed twice the same', () => {
    expect(acceptInvitationSchema.safeParse({ password: 'short', repeat: 'short' }).error?.issues[0]?.message).toBe('passwordTooShort');
    const mismatch = acceptInvitationSchema.safeParse({ password: 'long-enough-1', repeat: 'long-enough-2' });
    expect(mismatch.error?.issues[0]).toMatchObject({ path: ['repeat'], message: 'passwordMismatch' });
    expect(acceptInvitationSchema.safeParse({ password: 'long-enough-1', repeat: 'long-enough-1' }).success).toBe(true);
  });
});
