import { z } from 'zod';

const DATE = /^\d{4}-\d{2}-\d{2}$/;

/** The project form: name, registration number, period (not reversed), notes. */
export const projectSchema = z
  .object({
    name: z.string().trim().min(1, 'required').max(300, 'tooLong'),
    registrationNumber: z.string().trim().min(1, 'required').max(100, 'tooLong'),
    startsOn: z.string().regex(DATE, 'date'),
    endsOn: z.string().regex(DATE, 'date'),
    description: z.string().max(5000, 'tooLong'),
  })
  .refine((values) => !DATE.test(values.startsOn) || !DATE.test(values.endsOn) || values.endsOn >= values.startsOn, {
    path: ['endsOn'],
    message: 'trainings:projects.form.endsBeforeStart',
  });

export type ProjectValues = z.infer<typeof projectSchema>;
