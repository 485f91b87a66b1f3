import { authCases } from './auth.cases';
import { meetingCases } from './meetings.cases';
import { MutationCase } from './world';

/** Every mutation of the schema must appear here; each capability keeps its cases in its own file. */
export const MUTATION_CASES: MutationCase[] = [...authCases, ...meetingCases];
