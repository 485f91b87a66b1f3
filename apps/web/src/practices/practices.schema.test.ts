import { describe, expect, it } from 'vitest';
import { practiceSchema } from './practices.schema';

const valid = { title: 'Odlehčovací služba', summary: '', body: '', tags: ['senioři'], targetGroups: ['SENIORS' as const], organisationId: null, language: 'CS' as const };

describe('practiceSchema', () => {
  it('accepts an article and trims its title', () => {
    expect(practiceSchema.parse({ ...valid, title: '  Odlehčovací služba ' }).title).toBe('Odlehčovací služba');
  });

  it('asks for a title and refuses too many or too long tags', () => {
    const result = practiceSchema.safeParse({ ...valid, title: ' ', tags: Array.from({ length: 21 }, (_, i) => `t${i}`) });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({ title: 'required', tags: 'practices:form.tooManyTags' });
    expect(practiceSchema.safeParse({ ...valid, tags: ['x'.repeat(41)] }).error?.issues[0]?.message).toBe('practices:form.tagTooLong');
  });
});
