import { Page } from 'playwright-core';

/** A GraphQL request with the page's session, about the demo area (the way the web app asks). */
export async function gql<T>(page: Page, query: string, variables: Record<string, unknown> = {}): Promise<T> {
  const response = await page.request.post('/graphql', { headers: { 'x-komplan-area': 'plzen' }, data: { query, variables } });
  const body = (await response.json()) as { data?: T; errors?: unknown[] };
  if (body.errors) throw new Error(`GraphQL errors: ${JSON.stringify(body.errors)}`);
  return body.data!;
}

export interface IssuedPlan {
  planId: string;
  planTitle: string;
  year: number;
  /** The issued version 1. */
  versionId: string;
  /** Its first section (the introduction), holding `introduction`. */
  introductionId: string;
}

/**
 * A fresh action plan of the demo area, in a year no other plan takes, with `introduction` as the
 * text of its first section and version 1 issued — made through the API as the coordinator whose
 * session `page` holds, so a browser test does not depend on what other tests did to the demo plan.
 */
export async function issuedPlan(page: Page, options: { title: (year: number) => string; introduction: string; changeNote: string }): Promise<IssuedPlan> {
  const existing = await gql<{ strategicPlans: { id: string; fromYear: number; toYear: number }[]; actionPlans: { year: number }[] }>(
    page,
    `{ strategicPlans { id fromYear toYear } actionPlans { year } }`,
  );
  const taken = new Set(existing.actionPlans.map((plan) => plan.year));
  let free = existing.strategicPlans
    .flatMap((plan) => Array.from({ length: plan.toYear - plan.fromYear + 1 }, (_, i) => ({ id: plan.id, year: plan.fromYear + i })))
    .find((slot) => !taken.has(slot.year));
  if (!free) {
    // Every year of the demo's medium-term plans has its action plan (several browser tests make one): a later plan.
    const fromYear = Math.max(...existing.strategicPlans.map((plan) => plan.toYear), ...taken) + 1;
    const made = await gql<{ createStrategicPlan: { id: string } }>(page, `mutation($input: CreateStrategicPlanInput!) { createStrategicPlan(input: $input) { id } }`, {
      input: { title: `Střednědobý plán ${fromYear}–${fromYear + 2}`, fromYear, toYear: fromYear + 2 },
    });
    free = { id: made.createStrategicPlan.id, year: fromYear };
  }
  const planTitle = options.title(free.year);
  const created = await gql<{ createActionPlan: { id: string; draft: { id: string; sections: { id: string; title: string; revision: number }[] } } }>(
    page,
    `mutation($input: CreateActionPlanInput!) { createActionPlan(input: $input) { id draft { id sections { id title revision } } } }`,
    { input: { strategicPlanId: free.id, year: free.year, title: planTitle } },
  );
  const versionId = created.createActionPlan.draft.id;
  const intro = created.createActionPlan.draft.sections[0]!;
  await gql(page, `mutation($input: UpdateActionPlanSectionInput!) { updateActionPlanSection(input: $input) { id } }`, {
    input: { id: intro.id, title: intro.title, body: options.introduction, revision: intro.revision },
  });
  await gql(page, `mutation($input: IssueActionPlanVersionInput!) { issueActionPlanVersion(input: $input) { id } }`, {
    input: { versionId, changeNote: options.changeNote },
  });
  return { planId: created.createActionPlan.id, planTitle, year: free.year, versionId, introductionId: intro.id };
}
