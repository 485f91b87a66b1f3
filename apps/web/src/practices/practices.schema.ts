import { z } from 'zod';
import { TARGET_GROUPS } from '../services/services.schema';
import { PRACTICE_LANGUAGES } from './practice-options';

/** The article form; the same limits as the API (CreatePracticeInput / UpdatePracticeInput). */
export const practiceSchema = z.object({
  title: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  summary: z.string().trim().max(1000, 'tooLong'),
  body: z.string().max(100_000, 'tooLong'),
  tags: z.array(z.string().trim().min(1).max(40, 'practices:form.tagTooLong')).max(20, 'practices:form.tooManyTags'),
  targetGroups: z.array(z.enum(TARGET_GROUPS)),
  organisationId: z.string().nullable(),
  language: z.enum(PRACTICE_LANGUAGES),
});

export type PracticeInputValues = z.input<typeof practiceSchema>;
export type PracticeValues = z.output<typeof practiceSchema>;
