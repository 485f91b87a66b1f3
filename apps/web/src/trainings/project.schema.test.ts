import { describe, expect, it } from 'vitest';
import { projectSchema } from './project.schema';

const valid = { name: 'Rozvoj KPSS', registrationNumber: 'CZ.03.02.02/00/22_005/0001234', startsOn: '2026-01-01', endsOn: '2027-12-31', description: '' };

describe('the project form', () => {
  it('accepts a project with a period in order', () => {
    expect(projectSchema.safeParse(valid).success).toBe(true);
  });

  it('puts a reversed period on the end date', () => {
    const result = projectSchema.safeParse({ ...valid, endsOn: '2025-12-31' });
    expect(result.success).toBe(false);
    expect(result.error?.issues[0]).toMatchObject({ path: ['endsOn'], message: 'trainings:projects.form.endsBeforeStart' });
  });

  it('requires the name and registration number', () => {
    const result = projectSchema.safeParse({ ...valid, name: ' ', registrationNumber: '' });
    expect(result.error?.issues.map((issue) => issue.path[0])).toEqual(['name', 'registrationNumber']);
  });
});
