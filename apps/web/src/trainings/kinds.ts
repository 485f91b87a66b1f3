import type { MeetingKind } from '../gql/graphql';

/** Kinds of meeting people register for themselves (as the API's TRAINING_KINDS). */
export const TRAINING_KINDS: readonly MeetingKind[] = ['TRAINING', 'SEMINAR', 'WORKSHOP'];

export const isTrainingKind = (kind: MeetingKind): boolean => TRAINING_KINDS.includes(kind);
