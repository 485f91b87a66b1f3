import JSZip from 'jszip';
import { ActionPlanMeasureEntity } from '../src/action-plans/action-plan-measure.entity';
import { ActionPlanEntity } from '../src/action-plans/action-plan.entity';
import { ActionPlanState, ActionPlanVersionState } from '../src/action-plans/action-plan.enums';
import { AreaEntity } from '../src/areas/area.entity';
import { SettlementOutcome } from '../src/comments/comment.enums';
import { FundingSource } from '../src/measures/measure.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { CouncilResolutionEntity, ResolutionOutcome } from '../src/publication/council-resolution.entity';
import { actionPlans, IssuedDraft } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';
import { inflatePdf, pdfPages, plain } from './pdf-text';

const DOCX = 'application/vnd.openxmlformats-officedocument.wordprocessingml.document';

/** The text of a DOCX body and its core properties, read with jszip. */
async function docxText(response: Response): Promise<{ body: string; core: string }> {
  const zip = await JSZip.loadAsync(Buffer.from(await response.arrayBuffer()));
  return { body: await zip.file('word/document.xml')!.async('string'), core: await zip.file('docProps/core.xml')!.async('string') };
}

/** All the text of a PDF as the API serves it, with runs of white space as one space. */
async function pdfText(response: Response): Promise<string> {
  const pdf = Buffer.from(await response.arrayBuffer());
  expect(pdf.subarray(0, 5).toString('latin1')).toBe('%PDF-');
  return pdfPages(inflatePdf(pdf)).map(plain).join('\n').replace(/\s+/g, ' ');
}

describe('documents of action plans and settlements (downloads)', () => {
  let t: TestApp;
  let plans: ReturnType<typeof actionPlans>;
  let area: AreaEntity;
  let coordinator: User;
  let member: User;
  let stranger: User;
  let issued: IssuedDraft;

  beforeAll(async () => {
    t = await TestApp.start();
    plans = actionPlans(t.db);
    area = await t.fixtures.area({ name: 'Statutární město Plzeň' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    stranger = await t.fixtures.user(await t.fixtures.area(), [AreaRole.COORDINATOR]);
    issued = await plans.issuedVersion(area);
  });
  afterAll(() => t.stop());

  const versionUrl = (versionId: string, format: 'docx' | 'pdf', slug = area.slug) => `/api/action-plan-versions/${versionId}/plan.${format}?area=${slug}`;
  const publicUrl = (planId: string, slug = area.slug) => `/api/public/areas/${slug}/action-plans/${planId}/plan.pdf`;

  function resolve(draft: IssuedDraft, outcome = ResolutionOutcome.APPROVED, number = 'ZMP 12/2031'): Promise<CouncilResolutionEntity> {
    return t.db.getRepository(CouncilResolutionEntity).save({
      areaId: area.id,
      actionPlanId: draft.plan.id,
      versionId: draft.version.id,
      body: 'Zastupitelstvo města Plzně',
      number,
      decidedOn: '2031-02-19',
      outcome,
      note: '',
      recordedById: null,
    });
  }

  it('gives a member of the area an issued version as DOCX with its sections, its measures and the approving resolution', async () => {
    const draft = await plans.issuedVersion(area);
    await t.db.getRepository(ActionPlanMeasureEntity).update(draft.measures[0]!.id, {
      costs: [{ year: draft.plan.year, source: FundingSource.REGION, amount: '1250000.10' }],
    });
    await resolve(draft, ResolutionOutcome.RETURNED, 'ZMP 1/2031');
    await resolve(draft);

    const response = await member.client.get(versionUrl(draft.version.id, 'docx'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe(DOCX);
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="komplan-akcni-plan-${draft.plan.year}-v1.docx"`);
    const { body, core } = await docxText(response);
    expect(body).toContain('Akční plán navazuje na střednědobý plán a popisuje, co se v roce udělá pro seniory a rodiny.');
    expect(body).toContain('1.1.1 Rozšíření pečovatelské služby');
    expect(body).toContain('1.1.2 Odlehčovací služba');
    expect(body.indexOf('Úvod')).toBeLessThan(body.indexOf('Rozpočet'));
    expect(body).toContain('Statutární město Plzeň');
    expect(body).toContain('Zastupitelstvo města Plzně, usnesení č. ZMP 12/2031');
    expect(body).not.toContain('ZMP 1/2031');
    expect(body).toContain('Náklady podle zdrojů financování (Kč)');
    expect(body).toContain('Souhrnný rozpočet');
    expect(body).toMatch(/1\s250\s000,10/);
    expect(body).not.toContain('pracovní verze');
    expect(core).toContain(`<dc:title>${draft.plan.title}</dc:title>`);
  });

  it('gives the same version as PDF, in the requester\'s language, with the plan\'s title', async () => {
    const response = await coordinator.client.withLocale('en').get(versionUrl(issued.version.id, 'pdf'));
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    expect(response.headers.get('content-disposition')).toBe(`attachment; filename="komplan-akcni-plan-${issued.plan.year}-v1.pdf"`);
    const text = await pdfText(response);
    expect(text).toContain(issued.plan.title);
    expect(text).toContain('1.1.1 Rozšíření pečovatelské služby');
    expect(text).toContain('Contents');
  });

  it('marks a draft version as a draft on its title page', async () => {
    const draft = await plans.issuedVersion(area, { state: ActionPlanVersionState.DRAFT });
    const docx = await docxText(await coordinator.client.get(versionUrl(draft.version.id, 'docx')));
    expect(docx.core).toContain('<dc:subject>pracovní verze (nevydaná)</dc:subject>');
    expect(docx.body).toContain('pracovní verze (nevydaná)');
    expect(await pdfText(await member.client.get(versionUrl(draft.version.id, 'pdf')))).toContain('pracovní verze (nevydaná)');
  });

  it('refuses a version to the anonymous public, to people of another area, and under another area\'s name', async () => {
    for (const format of ['docx', 'pdf'] as const) {
      expect((await t.anonymous().get(versionUrl(issued.version.id, format))).status).toBe(401);
      expect((await stranger.client.get(versionUrl(issued.version.id, format))).status).toBe(403);
    }
    const elsewhere = await t.fixtures.area();
    const there = await t.fixtures.user(elsewhere, [AreaRole.MEMBER]);
    expect((await there.client.get(versionUrl(issued.version.id, 'pdf', elsewhere.slug))).status).toBe(403);
    expect((await member.client.get(versionUrl('00000000-0000-4000-8000-000000000000', 'pdf'))).status).toBe(403);
  });

  it('gives the settlement table as DOCX and PDF with the comments and their settlement, to people of the area only', async () => {
    const round = await plans.round(issued.version);
    await plans.comment(round, member.person.id, {
      body: 'Chybí počet hodin terénní péče v neděli.',
      outcome: SettlementOutcome.PARTLY_ACCEPTED,
      justification: 'Doplníme po jednání s poskytovateli.',
      settledById: coordinator.person.id,
      settledAt: new Date(),
    });
    await plans.comment(round, null, { body: 'Žluťoučký kůň úpěl ďábelské ódy.', guestName: 'Petr Host' });

    const docx = await coordinator.client.get(`/api/comment-rounds/${round.id}/settlement.docx?area=${area.slug}`);
    expect(docx.status).toBe(200);
    expect(docx.headers.get('content-type')).toBe(DOCX);
    expect(docx.headers.get('content-disposition')).toMatch(/^attachment; filename="komplan-vyporadani-\d{4}-\d{2}-\d{2}\.docx"$/);
    const { body } = await docxText(docx);
    expect(body).toContain('Chybí počet hodin terénní péče v neděli.');
    expect(body).toContain('Doplníme po jednání s poskytovateli.');
    expect(body).toContain('částečně akceptováno');
    expect(body).toContain('Žluťoučký kůň úpěl ďábelské ódy.');
    expect(body).toContain('Petr Host (veřejnost)');
    expect(body).toContain(issued.plan.title);

    const pdf = await member.client.withLocale('pl').get(`/api/comment-rounds/${round.id}/settlement.pdf?area=${area.slug}`);
    expect(pdf.status).toBe(200);
    expect(pdf.headers.get('content-disposition')).toMatch(/^attachment; filename="komplan-vyporadani-\d{4}-\d{2}-\d{2}\.pdf"$/);
    const text = await pdfText(pdf);
    expect(text).toContain('Chybí počet hodin terénní péče v neděli.');
    expect(text).toContain('Zestawienie uwag wraz ze sposobem ich rozpatrzenia');

    for (const format of ['docx', 'pdf']) {
      expect((await t.anonymous().get(`/api/comment-rounds/${round.id}/settlement.${format}?area=${area.slug}`)).status).toBe(401);
      expect((await stranger.client.get(`/api/comment-rounds/${round.id}/settlement.${format}?area=${area.slug}`)).status).toBe(403);
    }
  });

  it('gives the public, without login, the PDF of a published plan: the version the council approved', async () => {
    const draft = await plans.issuedVersion(area);
    const url = publicUrl(draft.plan.id);
    const repo = t.db.getRepository(ActionPlanEntity);

    const unpublished = await t.anonymous(undefined, 'en').get(url);
    expect(unpublished.status).toBe(404);
    expect(await unpublished.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('no such published action plan') });
    // Approved by the council but not yet published; published but not approved: still not there.
    await repo.update(draft.plan.id, { state: ActionPlanState.APPROVED, approvedAt: new Date() });
    expect((await t.anonymous().get(url)).status).toBe(404);
    await repo.update(draft.plan.id, { state: ActionPlanState.AWAITING_COUNCIL, publishedAt: new Date() });
    expect((await t.anonymous().get(url)).status).toBe(404);

    await repo.update(draft.plan.id, { state: ActionPlanState.APPROVED });
    const withoutResolution = await t.anonymous(undefined, 'en').get(url);
    expect(withoutResolution.status).toBe(404);
    expect(await withoutResolution.json()).toMatchObject({ code: 'NOT_FOUND', message: expect.stringContaining('no approving council resolution') });

    await resolve(draft, ResolutionOutcome.NOT_APPROVED, 'ZMP 3/2031');
    expect((await t.anonymous().get(url)).status).toBe(404);
    await resolve(draft);
    const published = await t.anonymous().get(url);
    expect(published.status).toBe(200);
    expect(published.headers.get('content-type')).toBe('application/pdf');
    expect(published.headers.get('content-disposition')).toBe(`attachment; filename="komplan-akcni-plan-${draft.plan.year}-v1.pdf"`);
    const text = await pdfText(published);
    expect(text).toContain(draft.plan.title);
    expect(text).toContain('usnesení č. ZMP 12/2031');

    // Only under the plan's own area, and only for a plan id.
    const elsewhere = await t.fixtures.area();
    expect((await t.anonymous().get(publicUrl(draft.plan.id, elsewhere.slug))).status).toBe(404);
    expect((await t.anonymous().get(publicUrl('not-a-plan'))).status).toBe(404);
  });
});
