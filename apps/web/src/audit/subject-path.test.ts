import { describe, expect, it } from 'vitest';
import { auditSubjectPath } from './subject-path';

describe('auditSubjectPath', () => {
  it('links the objects that have a page', () => {
    expect(auditSubjectPath('plzen', 'Meeting', 'm-1')).toBe('/a/plzen/meetings/m-1');
    expect(auditSubjectPath('plzen', 'Person', 'p-1')).toBe('/a/plzen/people/p-1');
    expect(auditSubjectPath('plzen', 'DevelopmentIntention', 'i-1')).toBe('/a/plzen/intentions/i-1');
    expect(auditSubjectPath('plzen', 'Comment', 'c-1')).toBe('/a/plzen/comments/c-1');
  });

  it('gives no link to an object without a page of its own', () => {
    expect(auditSubjectPath('plzen', 'ActionPlanVersion', 'v-1')).toBeNull();
    expect(auditSubjectPath('plzen', 'Something', 'x')).toBeNull();
  });
});
