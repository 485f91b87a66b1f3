import { z } from 'zod';

export const ORGANISATION_SIDES = ['COMMISSIONER', 'PROVIDER', 'USER'] as const;

const DATE = /^\d{4}-\d{2}-\d{2}$/;

export const organisationSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  side: z.enum(ORGANISATION_SIDES, 'choose'),
  // IČO has 8 digits, Polish REGON 9 or 14; spaces are dropped.
  registrationNumber: z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .refine((value) => value === '' || /^(\d{8}|\d{9}|\d{14})$/.test(value), 'organisations:form.registrationNumberInvalid'),
  website: z
    .string()
    .trim()
    .max(300, 'tooLong')
    .refine((value) => value === '' || z.url({ protocol: /^https?$/ }).safeParse(value).success, 'url'),
});
export type OrganisationInputValues = z.input<typeof organisationSchema>;
export type OrganisationValues = z.output<typeof organisationSchema>;

export const addOrganisationMemberSchema = z.object({
  personId: z.string().min(1, 'required'),
  position: z.string().trim().max(200, 'tooLong'),
  since: z.string().regex(DATE, 'date'),
});
export type AddOrganisationMemberValues = z.infer<typeof addOrganisationMemberSchema>;

/** Ending a membership: the last day cannot come before the first. */
export const endMembershipSchema = (since: string) =>
  z.object({
    until: z
      .string()
      .regex(DATE, 'date')
      .refine((until) => until >= since, 'organisations:form.untilBeforeSince'),
  });
export type EndMembershipValues = { until: string };
