import { z } from 'zod';

export const AREA_ROLES = ['COORDINATOR', 'MEMBER', 'PROVIDER', 'COUNCIL_CLERK'] as const;

const optionalEmail = z
  .string()
  .trim()
  .max(254, 'tooLong')
  .refine((value) => value === '' || z.email().safeParse(value).success, 'email');

/** A person's own data, as the coordinator edits it. */
export const personSchema = z.object({
  fullName: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  email: optionalEmail,
  phone: z.string().trim().max(40, 'tooLong'),
  roles: z.array(z.enum(AREA_ROLES)).min(1, 'chooseOne'),
});
export type PersonValues = z.infer<typeof personSchema>;

/** A new person may come with the organisation they represent and their position there. */
export const newPersonSchema = personSchema.extend({
  organisationId: z.string().nullable(),
  position: z.string().trim().max(200, 'tooLong'),
});
export type NewPersonValues = z.infer<typeof newPersonSchema>;

/** The password an invited person sets (or the one of the account they already have). */
export const acceptInvitationSchema = z
  .object({ password: z.string().min(10, 'passwordTooShort'), repeat: z.string() })
  .refine((values) => values.password === values.repeat, { path: ['repeat'], message: 'passwordMismatch' });
export type AcceptInvitationValues = z.infer<typeof acceptInvitationSchema>;
