import { z } from 'zod';
import type { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../gql/graphql';

export const SERVICE_FORMS = ['RESIDENTIAL', 'OUTPATIENT', 'FIELD'] as const satisfies readonly ServiceForm[];
export const CAPACITY_UNITS = ['BEDS', 'CLIENTS_AT_ONCE', 'HOURS', 'INTERVENTIONS'] as const satisfies readonly CapacityUnit[];
export const TARGET_GROUPS = [
  'SENIORS',
  'PHYSICAL_DISABILITY',
  'MENTAL_DISABILITY',
  'SENSORY_DISABILITY',
  'CHRONIC_ILLNESS',
  'MENTAL_ILLNESS',
  'CHILDREN_AND_YOUTH',
  'FAMILIES_WITH_CHILDREN',
  'ADDICTION',
  'HOMELESS',
  'SOCIAL_EXCLUSION',
  'VIOLENCE_AND_CRISIS',
  'ETHNIC_MINORITIES_AND_FOREIGNERS',
] as const satisfies readonly TargetGroup[];

/** One type of the Act's catalogue as the API describes it (serviceTypes). */
export interface ServiceTypeOption {
  type: ServiceType;
  section: string;
  name: string;
  forms: readonly ServiceForm[];
  units: readonly CapacityUnit[];
}

/** "§49 Domovy pro seniory" (the Act names the types in lower case: "domovy pro seniory"). */
export const typeLabel = (info: Pick<ServiceTypeOption, 'section' | 'name'>): string =>
  `§${info.section} ${info.name.charAt(0).toLocaleUpperCase()}${info.name.slice(1)}`;

/**
 * The units a service of this type and form may be counted in: beds only where people live
 * (residential), the other units only where they do not — and only those the type allows.
 */
export function unitsFor(info: Pick<ServiceTypeOption, 'units'> | undefined, form: ServiceForm | null | undefined): CapacityUnit[] {
  if (!info || !form) return [];
  return info.units.filter((unit) => (form === 'RESIDENTIAL' ? unit === 'BEDS' : unit !== 'BEDS'));
}

export const serviceSchema = z.object({
  organisationId: z.string().min(1, 'choose'),
  type: z.string().min(1, 'choose'),
  name: z.string().trim().min(1, 'required').max(300, 'tooLong'),
  form: z.enum(SERVICE_FORMS, 'choose'),
  capacity: z.number('required').int('services:form.wholeNumber').min(0, 'services:form.wholeNumber'),
  capacityUnit: z.enum(CAPACITY_UNITS, 'choose'),
  targetGroups: z.array(z.enum(TARGET_GROUPS)).min(1, 'chooseOne'),
  registrationId: z
    .string()
    .transform((value) => value.replace(/\s/g, ''))
    .refine((value) => /^\d{7}$/.test(value), 'services:form.registrationIdInvalid'),
  areaServed: z.string().trim().max(500, 'tooLong'),
  contact: z.string().trim().max(500, 'tooLong'),
});
export type ServiceInputValues = z.input<typeof serviceSchema>;
export type ServiceValues = z.output<typeof serviceSchema>;
