import { registerEnumType } from '@nestjs/graphql';
import { MeasureState } from '../measures/measure.enums';

/** What a progress report says about a measure in its year; the same words as the measure's lifecycle. */
export enum ProgressState {
  IN_PROGRESS = 'IN_PROGRESS',
  FULFILLED = 'FULFILLED',
  PARTLY_FULFILLED = 'PARTLY_FULFILLED',
  NOT_FULFILLED = 'NOT_FULFILLED',
}
registerEnumType(ProgressState, {
  name: 'ProgressState',
  description: 'How far a measure got in the reported year.',
  valuesMap: {
    IN_PROGRESS: { description: 'Being carried out; continues.' },
    FULFILLED: { description: 'Fulfilled.' },
    PARTLY_FULFILLED: { description: 'Partly fulfilled.' },
    NOT_FULFILLED: { description: 'Not fulfilled.' },
  },
});

/** The measure state a submitted report moves the measure to (when the lifecycle allows it). */
export const MEASURE_STATE_OF: Record<ProgressState, MeasureState> = {
  [ProgressState.IN_PROGRESS]: MeasureState.IN_PROGRESS,
  [ProgressState.FULFILLED]: MeasureState.FULFILLED,
  [ProgressState.PARTLY_FULFILLED]: MeasureState.PARTLY_FULFILLED,
  [ProgressState.NOT_FULFILLED]: MeasureState.NOT_FULFILLED,
};

/** Where the report of a measure for a year is. */
export enum ReportStatus {
  MISSING = 'MISSING',
  DRAFT = 'DRAFT',
  SUBMITTED = 'SUBMITTED',
}
registerEnumType(ReportStatus, {
  name: 'ReportStatus',
  description: 'Whether the responsible organisation has reported on a measure for the year.',
  valuesMap: {
    MISSING: { description: 'Nothing written yet.' },
    DRAFT: { description: 'Written but not submitted: not counted in the evaluation.' },
    SUBMITTED: { description: 'Submitted: counted in the evaluation.' },
  },
});
