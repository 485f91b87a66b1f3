import { describe, expect, it } from 'vitest';
import { hundredths, intentionSchema, normaliseDecimal, stepOfField, toIntentionInput, type IntentionInputValues } from './intentions.schema';

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
    expect(stepOfField('id')).toBeUndefined();
  });
});
