import { describe, expect, it } from 'vitest';
import {
  draftUpdateInput,
  hundredths,
  intentionSchema,
  measureChoices,
  normaliseDecimal,
  stepOfField,
  toIntentionInput,
  type IntentionInputValues,
  type MeasureOption,
} from './intentions.schema';

const valid: IntentionInputValues = {
  organisationId: 'o1',
  serviceMode: 'existing',
  serviceId: 's1',
  newServiceName: '',
  newServiceType: '',
  newServiceForm: null,
  newServiceTargetGroups: [],
  kind: 'CAPACITY_INCREASE',
  currentCapacity: 10,
  proposedCapacity: 14,
  capacityUnit: 'BEDS',
  fteChange: '1,5',
  annualCost: '1 250 000,10',
  funding: { state: '1000000.05', region: '250000.05', municipality: '', eu: '', other: '' },
  startYear: 2027,
  reviewingGroupId: 'g1',
  justification: 'Čekatelé na lůžka.',
  linkedMeasureIds: ['m1', 'm2'],
};

const messages = (values: IntentionInputValues) => {
  const result = intentionSchema.safeParse(values);
  return Object.fromEntries((result.error?.issues ?? []).map((issue) => [issue.path.join('.'), issue.message]));
};

describe('intention form', () => {
  it('reads decimal commas and spaces and counts exact hundredths', () => {
    expect(normaliseDecimal('1 250 000,5')).toBe('1250000.5');
    expect(hundredths('1250000.5')).toBe(125000050n);
    expect(hundredths('-0.25')).toBe(-25n);
    expect(hundredths('')).toBe(0n);
    // 0.1 + 0.2 in floating point exceeds 0.3; in hundredths it is exactly 0.3.
    expect(hundredths('0.1') + hundredths('0.2')).toBe(hundredths('0.3'));
  });

  it('accepts a sound intention whose funding equals the cost to the haléř', () => {
    expect(messages(valid)).toEqual({});
    const parsed = intentionSchema.parse(valid);
    expect(toIntentionInput(parsed)).toMatchObject({
      serviceId: 's1',
      newService: null,
      annualCost: '1250000.10',
      fteChange: '1.5',
      funding: { state: '1000000.05', region: '250000.05', municipality: '0', eu: '0', other: '0' },
    });
  });

  it('refuses funding one haléř above the cost', () => {
    expect(messages({ ...valid, funding: { ...valid.funding, other: '0.01' } })).toEqual({ funding: 'intentions:form.fundingExceedsCost' });
  });

  it('checks the capacities against the kind', () => {
    expect(messages({ ...valid, proposedCapacity: 10 })).toEqual({ proposedCapacity: 'intentions:form.mustIncrease' });
    expect(messages({ ...valid, kind: 'CAPACITY_DECREASE' })).toEqual({ proposedCapacity: 'intentions:form.mustDecrease' });
    expect(messages({ ...valid, kind: 'TERMINATION' })).toEqual({ proposedCapacity: 'intentions:form.terminationZero' });
  });

  it('needs the new service described for a NEW_SERVICE intention', () => {
    expect(messages({ ...valid, serviceMode: 'new', serviceId: '', kind: 'NEW_SERVICE' })).toEqual({
      newServiceName: 'required',
      newServiceType: 'choose',
      newServiceForm: 'choose',
      newServiceTargetGroups: 'chooseOne',
    });
    expect(messages({ ...valid, kind: 'NEW_SERVICE' })).toEqual({ kind: 'intentions:form.newServiceNeedsNew' });
  });

  it('refuses malformed amounts and FTE', () => {
    expect(messages({ ...valid, annualCost: '12.345', fteChange: 'x' })).toEqual({
      annualCost: 'intentions:form.moneyInvalid',
      fteChange: 'intentions:form.fteInvalid',
    });
  });

  it('finds the step of a field the server names', () => {
    expect(stepOfField('input.newService')).toBe(0);
    expect(stepOfField('input.proposedCapacity')).toBe(1);
    expect(stepOfField('input.funding')).toBe(2);
    expect(stepOfField('startYear')).toBe(3);
    expect(stepOfField('input.linkedMeasureIds.1')).toBe(3);
    expect(stepOfField('id')).toBeUndefined();
  });

  it('links at most 50 measures', () => {
    const many = Array.from({ length: 51 }, (_, index) => `m${index}`);
    expect(messages({ ...valid, linkedMeasureIds: many })).toEqual({ linkedMeasureIds: 'intentions:form.tooManyMeasures' });
    expect(messages({ ...valid, linkedMeasureIds: many.slice(1) })).toEqual({});
  });
});

describe('saving a draft again', () => {
  const checked = intentionSchema.parse(valid);

  it('leaves the links out when they are as saved, in any order, so the server keeps them', () => {
    expect(draftUpdateInput(checked, ['m2', 'm1'])).not.toHaveProperty('linkedMeasureIds');
    expect(draftUpdateInput(checked, ['m2', 'm1'])).toMatchObject({ justification: 'Čekatelé na lůžka.', startYear: 2027 });
  });

  it('sends the links when they changed, an empty list included', () => {
    expect(draftUpdateInput(checked, ['m1'])).toMatchObject({ linkedMeasureIds: ['m1', 'm2'] });
    expect(draftUpdateInput(intentionSchema.parse({ ...valid, linkedMeasureIds: [] }), ['m1'])).toMatchObject({ linkedMeasureIds: [] });
  });

  it('creates a draft with its links', () => {
    expect(toIntentionInput(checked).linkedMeasureIds).toEqual(['m1', 'm2']);
  });
});

describe('measure choices', () => {
  const measure = (id: string, number: string, state: MeasureOption['state'] = 'ACCEPTED'): MeasureOption => ({ id, number, title: `Opatření ${number}`, state });
  const plan = { title: 'Plán 2025–2027', measures: [measure('a', '1.1.1'), measure('b', '1.1.2', 'REJECTED'), measure('c', '2.1.1', 'IN_PROGRESS')] };

  it('reads "2.1.1 Title" and leaves out closed measures unless chosen', () => {
    expect(measureChoices([plan], [])).toEqual([
      { value: 'a', label: '1.1.1 Opatření 1.1.1' },
      { value: 'c', label: '2.1.1 Opatření 2.1.1' },
    ]);
    expect(measureChoices([plan], ['b']).map((choice) => ('value' in choice ? choice.value : ''))).toEqual(['a', 'b', 'c']);
  });

  it('groups the choices by plan when the area has several', () => {
    const older = { title: 'Plán 2022–2024', measures: [measure('d', '1.1.1')] };
    expect(measureChoices([plan, older], [])).toEqual([
      { group: 'Plán 2025–2027', items: [{ value: 'a', label: '1.1.1 Opatření 1.1.1' }, { value: 'c', label: '2.1.1 Opatření 2.1.1' }] },
      { group: 'Plán 2022–2024', items: [{ value: 'd', label: '1.1.1 Opatření 1.1.1' }] },
    ]);
  });
});
