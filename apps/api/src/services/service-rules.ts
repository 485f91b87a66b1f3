import { badInput, DomainException } from '../common/errors/domain.exception';
import { CapacityUnit, MAX_CAPACITY, SERVICE_TYPES, ServiceForm, ServiceType, UNITS_BY_FORM } from './service-catalogue';

/** Field names of the checks below, so a register row and an intention name their own fields. */
export interface ServiceFields {
  form: string;
  capacityUnit: string;
  capacity: string;
}

/**
 * What the Act and common sense require of a service's shape: the type allows the form, the unit
 * fits the form (beds only where people live), the capacity is within the unit's bound. Returns
 * every problem (an import reports them all); an empty list means the shape is sound.
 */
export function serviceShapeProblems(
  shape: { type: ServiceType; form: ServiceForm; capacityUnit: CapacityUnit; capacities: number[] },
  fields: ServiceFields,
): DomainException[] {
  const problems: DomainException[] = [];
  const info = SERVICE_TYPES[shape.type];
  if (!info.forms.includes(shape.form)) {
    problems.push(badInput(fields.form, 'formNotAllowedForType', { section: info.section }));
  }
  if (!UNITS_BY_FORM[shape.form].includes(shape.capacityUnit)) {
    problems.push(badInput(fields.capacityUnit, 'unitNotForForm'));
  }
  const max = MAX_CAPACITY[shape.capacityUnit];
  if (shape.capacities.some((capacity) => capacity > max)) {
    problems.push(badInput(fields.capacity, 'capacityTooLarge', { max }));
  }
  return problems;
}

/** Throws the first problem of `serviceShapeProblems` (for single edits). */
export function assertServiceShape(...args: Parameters<typeof serviceShapeProblems>): void {
  const [first] = serviceShapeProblems(...args);
  if (first) throw first;
}
