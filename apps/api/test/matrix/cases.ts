import { actionPlansCases } from './action-plans.cases';
import { approvalsCases } from './approvals.cases';
import { authCases } from './auth.cases';
import { commentsCases } from './comments.cases';
import { groupsCases } from './groups.cases';
import { intentionsCases } from './intentions.cases';
import { meetingCases } from './meetings.cases';
import { monitoringCases } from './monitoring.cases';
import { notificationsCases } from './notifications.cases';
import { organisationsCases } from './organisations.cases';
import { peopleCases } from './people.cases';
import { privacyCases } from './privacy.cases';
import { strategyCases } from './strategy.cases';
import { trainingsCases } from './trainings.cases';
import { practicesCases } from './practices.cases';
import { MutationCase } from './world';

/** Every mutation of the schema must appear here; each capability keeps its cases in its own file. */
export const MUTATION_CASES: MutationCase[] = [
  ...authCases,
  ...peopleCases,
  ...organisationsCases,
  ...groupsCases,
  ...meetingCases,
  ...trainingsCases,
  ...strategyCases,
  ...intentionsCases,
  ...actionPlansCases,
  ...commentsCases,
  ...approvalsCases,
  ...monitoringCases,
  ...privacyCases,
  ...notificationsCases,
  ...practicesCases,
];
