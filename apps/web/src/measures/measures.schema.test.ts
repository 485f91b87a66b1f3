import { activitySchema, isOpenMeasure, measureKeepingGroupsSchema, measureSchema, toApiAmount, toApiDecimal } from './measures.schema';

describe('amounts typed in Czech or Polish', () => {
  it('becomes the exact decimal string of the API', () => {
    expect(toApiAmount('12 345 678,90')).toBe('12345678.90');
    expect(toApiAmount('1500')).toBe('1500');
    expect(toApiAmount('999999999999.99')).toBe('999999999999.99');
  });

  it('refuses negative, over-precise or non-numeric amounts', () => {
    expect(toApiAmount('-5')).toBeNull();
    expect(toApiAmount('1,234')).toBeNull();
    expect(toApiAmount('abc')).toBeNull();
    expect(toApiAmount('')).toBeNull();
  });

  it('reads indicator values with a decimal comma', () => {
    expect(toApiDecimal('2,5')).toBe('2.5');
    expect(toApiDecimal('x')).toBeNull();
  });
});

describe('the measure form', () => {
  const valid = {
    title: 'Odlehčovací služba',
    description: '',
    rationale: '',
    targetGroups: ['senioři 65+'],
    fromYear: 2026,
    toYear: 2027,
    responsibleOrganisationId: null,
    partnerOrganisationIds: ['o1', 'o2'],
    proposingGroupIds: ['g1'],
    costs: [{ year: 2026, source: 'MUNICIPALITY' as const, amount: '1 000,50' }],
    indicators: [{ name: 'počet klientů', unit: 'osoby', baseline: '', target: '40' }],
  };

  it('accepts a complete measure', () => {
    expect(measureSchema.safeParse(valid).success).toBe(true);
  });

  it('names the field that is wrong', () => {
    const result = measureSchema.safeParse({ ...valid, toYear: 2025, costs: [{ ...valid.costs[0], amount: '12,345' }] });
    expect(result.success).toBe(false);
    const paths = result.error?.issues.map((issue) => issue.path.join('.'));
    expect(paths).toEqual(expect.arrayContaining(['toYear', 'costs.0.amount']));
  });

  it('keeps at least one proposing group when the measure had some', () => {
    expect(measureSchema.safeParse({ ...valid, proposingGroupIds: [] }).success).toBe(true);
    const result = measureKeepingGroupsSchema.safeParse({ ...valid, proposingGroupIds: [] });
    expect(result.error?.issues.map((issue) => [issue.path.join('.'), issue.message])).toEqual([['proposingGroupIds', 'measures:form.keepOneGroup']]);
    expect(measureKeepingGroupsSchema.safeParse(valid).success).toBe(true);
  });

  it('refuses more partners than the API takes', () => {
    const partners = Array.from({ length: 51 }, (_, index) => `o${index}`);
    expect(measureSchema.safeParse({ ...valid, partnerOrganisationIds: partners }).error?.issues[0]?.path).toEqual(['partnerOrganisationIds']);
  });
});

describe('activities', () => {
  it('need a title; the description may stay empty', () => {
    expect(activitySchema.safeParse({ title: 'Nábor pečovatelek', description: '' }).success).toBe(true);
    expect(activitySchema.safeParse({ title: '   ', description: 'x' }).error?.issues.map((issue) => issue.path.join('.'))).toEqual(['title']);
    expect(activitySchema.safeParse({ title: 'x'.repeat(301), description: '' }).success).toBe(false);
  });

  it('are edited only on measures that are still open', () => {
    expect(isOpenMeasure('UNDER_DISCUSSION')).toBe(true);
    expect(isOpenMeasure('IN_PROGRESS')).toBe(true);
    expect(isOpenMeasure('MERGED')).toBe(false);
    expect(isOpenMeasure('WITHDRAWN')).toBe(false);
    expect(isOpenMeasure('REJECTED')).toBe(false);
  });
});
