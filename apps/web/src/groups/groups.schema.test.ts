import { addMemberSchema, groupSchema } from './groups.schema';

describe('group form', () => {
  it('needs a name and trims it', () => {
    const ok = groupSchema.parse({ name: '  Senioři ', kind: 'TARGET_GROUP', targetGroup: '', description: '' });
    expect(ok.name).toBe('Senioři');
    const empty = groupSchema.safeParse({ name: '   ', kind: 'TARGET_GROUP', targetGroup: '', description: '' });
    expect(empty.success).toBe(false);
    expect(empty.error?.issues[0]?.message).toBe('required');
  });

  it('accepts only the known kinds', () => {
    expect(groupSchema.safeParse({ name: 'X', kind: 'CLUB', targetGroup: '', description: '' }).success).toBe(false);
  });
});

describe('adding a member', () => {
  it('needs a person; the organisation is optional', () => {
    expect(addMemberSchema.safeParse({ personId: '', role: 'MEMBER', organisationId: null }).success).toBe(false);
    expect(addMemberSchema.safeParse({ personId: 'p1', role: 'MEMBER', organisationId: null }).success).toBe(true);
  });
});
