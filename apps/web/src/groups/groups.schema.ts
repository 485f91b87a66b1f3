import { z } from 'zod';

export const GROUP_KINDS = ['TARGET_GROUP', 'MANAGEMENT_TEAM'] as const;
export const GROUP_ROLES = ['MEMBER', 'COORDINATOR'] as const;

/** New group or changes to one (kind is fixed once the group exists). */
export const groupSchema = z.object({
  name: z.string().trim().min(1, 'required').max(200, 'tooLong'),
  kind: z.enum(GROUP_KINDS, 'choose'),
  targetGroup: z.string().trim().max(200, 'tooLong'),
  description: z.string().trim().max(5000, 'tooLong'),
});
export type GroupValues = z.infer<typeof groupSchema>;

export const addMemberSchema = z.object({
  personId: z.string('required').min(1, 'required'),
  role: z.enum(GROUP_ROLES, 'choose'),
  organisationId: z.string().nullable(),
});
export type AddMemberValues = z.infer<typeof addMemberSchema>;
