import { describe, expect, it } from 'vitest';
import { progressReportSchema, toReportInput, type ProgressReportValues } from './monitoring.schema';

const values = (overrides: Partial<ProgressReportValues> = {}): ProgressReportValues => ({
  state: 'FULFILLED',
  narrative: 'Hotovo.',
  spending: [
    { source: 'MUNICIPALITY', amount: '1 000 000,05' },
    { source: 'REGION', amount: '' },
  ],
  indicatorValues: [{ indicatorId: 'i1', value: '130' }],
  submit: true,
  ...overrides,
});

const messages = (input: ProgressReportValues) => {
  const result = progressReportSchema.safeParse(input);
  return result.success ? [] : result.error.issues.map((issue) => `${issue.path.join('.')}:${issue.message}`);
};

describe('progress report form', () => {
  it('sends exact decimals with a dot and leaves out empty lines', () => {
    expect(messages(values())).toEqual([]);
    expect(toReportInput(values())).toEqual({
      state: 'FULFILLED',
      narrative: 'Hotovo.',
      submit: true,
      spending: [{ source: 'MUNICIPALITY', amount: '1000000.05' }],
      indicatorValues: [{ indicatorId: 'i1', value: '130' }],
    });
  });

  it('needs the narrative and every indicator value only to submit', () => {
    const incomplete = values({ narrative: ' ', indicatorValues: [{ indicatorId: 'i1', value: '' }] });
    expect(messages(incomplete)).toEqual(['narrative:monitoring:form.narrativeRequired', 'indicatorValues.0.value:monitoring:form.valueRequired']);
    expect(messages({ ...incomplete, submit: false })).toEqual([]);
  });

  it('refuses amounts and values that are not numbers', () => {
    expect(messages(values({ spending: [{ source: 'STATE', amount: '12,505' }], indicatorValues: [{ indicatorId: 'i1', value: 'hodně' }] }))).toEqual([
      'spending.0.amount:monitoring:form.moneyInvalid',
      'indicatorValues.0.value:monitoring:form.decimalInvalid',
    ]);
  });
});
