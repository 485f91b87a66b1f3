/** The PDF of a published plan, served by the action-plans capability (GET /api/public/areas/:slug/action-plans/:planId/plan.pdf). */
export { publishedPlanPdfPath } from '../action-plans/paths';

/** The public portal's list of published plans of an area. */
export const publishedPlansPath = (areaSlug: string): string => `/p/${encodeURIComponent(areaSlug)}/plans`;

/** One published plan on the public portal. */
export const publishedPlanPath = (areaSlug: string, planId: string): string => `${publishedPlansPath(areaSlug)}/${encodeURIComponent(planId)}`;

/** The council page of an action plan (resolution, publication) inside the area. */
export const councilPath = (areaSlug: string, planId: string): string => `/a/${encodeURIComponent(areaSlug)}/action-plans/${encodeURIComponent(planId)}/council`;
