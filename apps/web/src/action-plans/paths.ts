/** The formats an action plan (and a settlement table) is downloaded in. */
export type DocumentFormat = 'docx' | 'pdf';

/** A version of an action plan as a document for the people of the area: /api/action-plan-versions/<id>/plan.docx?area=<slug>. */
export function planVersionDocumentPath(area: string, versionId: string, format: DocumentFormat): string {
  return `/api/action-plan-versions/${encodeURIComponent(versionId)}/plan.${format}?area=${encodeURIComponent(area)}`;
}

/** The PDF of a published action plan for the public, without login (the version the council approved). */
export function publishedPlanPdfPath(slug: string, planId: string): string {
  return `/api/public/areas/${encodeURIComponent(slug)}/action-plans/${encodeURIComponent(planId)}/plan.pdf`;
}
