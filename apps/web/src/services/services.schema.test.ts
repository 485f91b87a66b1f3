import { describe, expect, it } from 'vitest';
import { serviceSchema, typeLabel, unitsFor } from './services.schema';

const homes = { type: 'HOMES_FOR_ELDERLY' as const, section: '49', name: 'domovy pro seniory', forms: ['RESIDENTIAL' as const], units: ['BEDS' as const] };
const centres = {
  type: 'DAY_SERVICE_CENTRES' as const,
  section: '45',
  name: 'Centra denních služeb',
  forms: ['OUTPATIENT' as const],
  units: ['CLIENTS_AT_ONCE' as const, 'HOURS' as const, 'INTERVENTIONS' as const],
};
const both = { units: ['BEDS' as const, 'CLIENTS_AT_ONCE' as const, 'HOURS' as const] };

const valid = {
  organisationId: 'o1',
  type: 'HOMES_FOR_ELDERLY',
  name: 'Domov Vyhlídka',
  form: 'RESIDENTIAL' as const,
  capacity: 80,
  capacityUnit: 'BEDS' as const,
  targetGroups: ['SENIORS' as const],
  registrationId: '123 4567',
  areaServed: '',
  contact: '',
};

describe('service form', () => {
  it('labels a type with its section', () => {
    expect(typeLabel(homes)).toBe('§49 Domovy pro seniory');
  });

  it('offers beds only for a residential form and the other units otherwise', () => {
    expect(unitsFor(homes, 'RESIDENTIAL')).toEqual(['BEDS']);
    expect(unitsFor(centres, 'OUTPATIENT')).toEqual(['CLIENTS_AT_ONCE', 'HOURS', 'INTERVENTIONS']);
    expect(unitsFor(both, 'FIELD')).toEqual(['CLIENTS_AT_ONCE', 'HOURS']);
    expect(unitsFor(both, 'RESIDENTIAL')).toEqual(['BEDS']);
    expect(unitsFor(undefined, 'FIELD')).toEqual([]);
    expect(unitsFor(centres, null)).toEqual([]);
  });

  it('accepts a sound service and drops spaces of the identifier', () => {
    const parsed = serviceSchema.parse(valid);
    expect(parsed.registrationId).toBe('1234567');
  });

  it('refuses a short identifier, a negative capacity and no target group', () => {
    const result = serviceSchema.safeParse({ ...valid, registrationId: '12345', capacity: -1, targetGroups: [] });
    expect(result.success).toBe(false);
    const messages = Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
    expect(messages).toEqual({
      registrationId: 'services:form.registrationIdInvalid',
      capacity: 'services:form.wholeNumber',
      targetGroups: 'chooseOne',
    });
  });
});
