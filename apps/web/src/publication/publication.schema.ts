import { z } from 'zod';

export const OUTCOMES = ['APPROVED', 'NOT_APPROVED', 'RETURNED'] as const;

/** The clerk's resolution form; `today` (YYYY-MM-DD in the area's zone) bounds the date. */
export const resolutionSchema = (today: string) =>
  z.object({
    body: z.string().trim().min(1, 'required').max(200, 'tooLong'),
    number: z.string().trim().min(1, 'required').max(60, 'tooLong'),
    decidedOn: z
      .string()
      .regex(/^\d{4}-\d{2}-\d{2}$/, 'date')
      .refine((value) => value <= today, 'publication:resolution.dateInFuture'),
    outcome: z.enum(OUTCOMES, { error: 'choose' }),
    note: z.string().max(4000, 'tooLong'),
  });

export type ResolutionValues = z.infer<ReturnType<typeof resolutionSchema>>;
