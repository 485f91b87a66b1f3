import { describe, expect, it } from 'vitest';
import { planVersionDocumentPath, publishedPlanPdfPath } from './paths';

describe('action-plan download paths', () => {
  it('names the version and the area of a document for the people of the area', () => {
    expect(planVersionDocumentPath('plzen', 'v-1', 'docx')).toBe('/api/action-plan-versions/v-1/plan.docx?area=plzen');
    expect(planVersionDocumentPath('ústí nad labem', 'v-1', 'pdf')).toBe('/api/action-plan-versions/v-1/plan.pdf?area=%C3%BAst%C3%AD%20nad%20labem');
  });

  it('names the area and the plan of a published plan\'s PDF, with no query string (no login, no area header)', () => {
    expect(publishedPlanPdfPath('plzen', 'p-1')).toBe('/api/public/areas/plzen/action-plans/p-1/plan.pdf');
  });
});
