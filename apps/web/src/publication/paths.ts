/** The PDF of a published plan as the documents capability serves it (one place to align the path). */
export const publishedPlanPdfPath = (areaSlug: string, planId: string): string =>
  `/api/areas/${encodeURIComponent(areaSlug)}/published-plans/${encodeURIComponent(planId)}.pdf`;

/** The public portal's list of published plans of an area. */
export const publishedPlansPath = (areaSlug: string): string => `/p/${encodeURIComponent(areaSlug)}/plans`;

/** One published plan on the public portal. */
export const publishedPlanPath = (areaSlug: string, planId: string): string => `${publishedPlansPath(areaSlug)}/${encodeURIComponent(planId)}`;

/** The council page of an action plan (resolution, publication) inside the area. */
export const councilPath = (areaSlug: string, planId: string): string => `/a/${encodeURIComponent(areaSlug)}/action-plans/${encodeURIComponent(planId)}/council`;
