import { z } from 'zod';

export const PROGRESS_STATES = ['IN_PROGRESS', 'FULFILLED', 'PARTLY_FULFILLED', 'NOT_FULFILLED'] as const;
export const FUNDING_SOURCES = ['MUNICIPALITY', 'REGION', 'STATE', 'EU_FUNDS', 'OTHER'] as const;

/** Money as the API takes it: major units, a dot or a comma, at most two decimals ("125000,50"). */
const MONEY = /^\d{1,12}([.,]\d{1,2})?$/;
/** An indicator value: a decimal with at most four places. */
const DECIMAL = /^-?\d{1,12}([.,]\d{1,4})?$/;

/** "125 000,50" → "125000.50" (spaces gone, a decimal comma as a dot); empty stays empty. */
export const normaliseDecimal = (text: string): string => text.replace(/[\s\u00a0]/g, '').replace(',', '.');

/**
 * The report form: a draft may be incomplete; submitting needs the narrative and every indicator's
 * value (the API checks the same and names the field).
 */
export const progressReportSchema = z
  .object({
    state: z.enum(PROGRESS_STATES, { error: 'choose' }),
    narrative: z.string().max(20000, 'tooLong'),
    spending: z.array(
      z.object({
        source: z.enum(FUNDING_SOURCES),
        amount: z.string().refine((value) => value.trim() === '' || MONEY.test(normaliseDecimal(value)), 'monitoring:form.moneyInvalid'),
      }),
    ),
    indicatorValues: z.array(
      z.object({
        indicatorId: z.string(),
        value: z.string().refine((value) => value.trim() === '' || DECIMAL.test(normaliseDecimal(value)), 'monitoring:form.decimalInvalid'),
      }),
    ),
    submit: z.boolean(),
  })
  .superRefine((values, ctx) => {
    if (!values.submit) return;
    if (values.narrative.trim() === '') ctx.addIssue({ code: 'custom', path: ['narrative'], message: 'monitoring:form.narrativeRequired' });
    values.indicatorValues.forEach((line, index) => {
      if (line.value.trim() === '') ctx.addIssue({ code: 'custom', path: ['indicatorValues', index, 'value'], message: 'monitoring:form.valueRequired' });
    });
  });

export type ProgressReportValues = z.infer<typeof progressReportSchema>;

/** The API's input from the form: empty amounts and values left out, decimals with a dot. */
export function toReportInput(values: ProgressReportValues) {
  return {
    state: values.state,
    narrative: values.narrative,
    submit: values.submit,
    spending: values.spending.filter((line) => line.amount.trim() !== '').map((line) => ({ source: line.source, amount: normaliseDecimal(line.amount) })),
    indicatorValues: values.indicatorValues
      .filter((line) => line.value.trim() !== '')
      .map((line) => ({ indicatorId: line.indicatorId, value: normaliseDecimal(line.value) })),
  };
}
