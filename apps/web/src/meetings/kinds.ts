import type { MeetingKind } from '../gql/graphql';

/** Kinds of meeting in the order the forms and filters offer them. */
export const MEETING_KINDS: MeetingKind[] = ['WORKING_GROUP', 'MANAGEMENT_TEAM', 'PUBLIC_FORUM', 'TRAINING', 'SEMINAR', 'WORKSHOP', 'SUPERVISION'];
