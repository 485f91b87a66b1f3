import { createHash } from 'node:crypto';
import { AreaEntity } from '../src/areas/area.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { OrganisationEntity } from '../src/organisations/organisation.entity';
import { AreaRole } from '../src/people/area-role.enum';
import { PracticeAttachmentEntity } from '../src/practices/practice-attachment.entity';
import { PracticeEntity } from '../src/practices/practice.entity';
import { PracticeLanguage, PracticeState } from '../src/practices/practice.enums';
import { TargetGroup } from '../src/services/service-catalogue';
import { User } from './fixtures';
import { GqlClient, TestApp } from './harness';
import { A_PDF, A_PNG, aPractice, uploadAttachment } from './practice-fixtures';

const SEARCH = `query($areaSlug: String!, $search: String, $tag: String, $targetGroup: TargetGroup, $organisationId: ID, $sort: PracticeSort, $page: Int, $pageSize: Int) {
  publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, organisationId: $organisationId, sort: $sort, page: $page, pageSize: $pageSize) {
    total items { rank snippet { text match } practice { id title state organisationName attachments { id fileName } } }
  }
}`;
const MEMBER_SEARCH = `query($search: String) { practices(search: $search, pageSize: 50) { total items { practice { id title state mayEdit } } } }`;
const UPDATE = `mutation($input: UpdatePracticeInput!) { updatePractice(input: $input) { id title revision tags } }`;

interface Hit {
  rank: number | null;
  snippet: { text: string; match: boolean }[];
  practice: { id: string; title: string; state: string; organisationName: string | null; attachments: { id: string; fileName: string }[] };
}

describe('good-practice library', () => {
  let t: TestApp;
  let area: AreaEntity;
  let otherArea: AreaEntity;
  let coordinator: User;
  let member: User;
  let outsider: User;
  let organisation: OrganisationEntity;
  let respite: PracticeEntity;
  let homeCare: PracticeEntity;
  let polish: PracticeEntity;
  let housing: PracticeEntity;
  let draft: PracticeEntity;
  let foreign: PracticeEntity;

  const titles = async (variables: Record<string, unknown>, client: GqlClient = t.anonymous()): Promise<string[]> =>
    (await search(variables, client)).map((hit) => hit.practice.title);
  const search = async (variables: Record<string, unknown>, client: GqlClient = t.anonymous()): Promise<Hit[]> =>
    (await client.ok<{ publicPractices: { items: Hit[] } }>(SEARCH, { areaSlug: area.slug, ...variables })).publicPractices.items;

  beforeAll(async () => {
    t = await TestApp.start();
    area = await t.fixtures.area();
    otherArea = await t.fixtures.area();
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]);
    member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    outsider = await t.fixtures.user(area, [AreaRole.MEMBER]);
    organisation = await t.fixtures.organisation(area, { name: 'Diakonie Valašsko' });
    await t.fixtures.organisationMembership(organisation, member.person);
    respite = await aPractice(t.db, area, {
      title: 'Odlehčovací služba pro pečující rodiny',
      summary: 'Pečující si mohou na pár dní odpočinout.',
      body: 'Pobytová **odlehčovací** služba přijme seniora až na tři týdny.',
      tags: ['odlehčovací služba', 'senioři'],
      targetGroups: [TargetGroup.SENIORS],
      organisationId: organisation.id,
      publishedAt: new Date('2026-01-10T10:00:00Z'),
    });
    homeCare = await aPractice(t.db, area, {
      title: 'Pečovatelská služba v malých obcích',
      summary: 'Terénní pečovatelky dojíždějí do dvanácti obcí mikroregionu.',
      body: 'Pečovatelská služba zajišťuje dovoz obědů a pomoc s hygienou.',
      tags: ['terénní služby', 'senioři'],
      targetGroups: [TargetGroup.SENIORS, TargetGroup.CHRONIC_ILLNESS],
      publishedAt: new Date('2026-03-01T10:00:00Z'),
    });
    polish = await aPractice(t.db, area, {
      title: 'Opieka wytchnieniowa w gminie',
      summary: 'Usługi opiekuńcze dla rodzin osób z niepełnosprawnością.',
      body: 'Dzięki opiece wytchnieniowej opiekunowie mogą odpocząć.',
      tags: ['opieka'],
      targetGroups: [TargetGroup.MENTAL_DISABILITY],
      language: PracticeLanguage.PL,
      publishedAt: new Date('2026-02-01T10:00:00Z'),
    });
    housing = await aPractice(t.db, area, {
      title: 'Housing First v Brně',
      summary: 'Byt jako první krok.',
      body: 'Program navazuje na terénní sociální práci; pečovatelská služba se zapojuje výjimečně.',
      tags: ['bydlení'],
      targetGroups: [TargetGroup.HOMELESS],
      publishedAt: new Date('2025-11-01T10:00:00Z'),
    });
    draft = await aPractice(t.db, area, {
      title: 'Odlehčovací pobyty – koncept',
      state: PracticeState.DRAFT,
      organisationId: organisation.id,
      tags: ['rozpracované'],
    });
    foreign = await aPractice(t.db, otherArea, { title: 'Odlehčovací služba jinde', tags: ['odlehčovací služba'] });
  });
  afterAll(() => t.stop());

  describe('search', () => {
    it('finds Czech words typed without diacritics, with them, and unfinished', async () => {
      expect(await titles({ search: 'odlehcovaci' })).toEqual([respite.title]);
      expect(await titles({ search: 'pecovatelska sluzba' })).toContain(homeCare.title);
      expect(await titles({ search: 'Pečovatelská' })).toContain(homeCare.title);
      expect(await titles({ search: 'pecovatel' })).toContain(homeCare.title);
      expect(await titles({ search: 'PEČOVATELSKÁ SLUŽBA' })).toContain(homeCare.title);
    });

    it('finds Polish words without diacritics, in other endings too', async () => {
      expect(await titles({ search: 'opieka wytchnieniowa' })).toEqual([polish.title]);
      expect(await titles({ search: 'uslugi opiekuncze' })).toEqual([polish.title]);
      expect(await titles({ search: 'opiekunowie' })).toEqual([polish.title]);
    });

    it('ranks a match in the title above one in the body', async () => {
      const hits = await search({ search: 'pecovatelska' });
      expect(hits.map((hit) => hit.practice.title)).toEqual([homeCare.title, housing.title]);
      expect(hits[0]!.rank).toBeGreaterThan(hits[1]!.rank!);
    });

    it('shows a snippet with the words found highlighted as written', async () => {
      const [hit] = await search({ search: 'tri tydny' });
      expect(hit?.practice.title).toBe(respite.title);
      expect(hit?.snippet.filter((part) => part.match).map((part) => part.text)).toEqual(['tři', 'týdny']);
      expect(hit?.snippet.map((part) => part.text).join('')).not.toContain('**');
    });

    it('finds nothing for words that are not there, and everything without words', async () => {
      expect(await titles({ search: 'kosmonaut' })).toEqual([]);
      expect(await titles({ search: '  ' })).toHaveLength(4);
    });

    it('filters by tag, target group and organisation', async () => {
      expect((await titles({ tag: 'Senioři ' })).sort()).toEqual([homeCare.title, respite.title].sort());
      expect(await titles({ targetGroup: 'HOMELESS' })).toEqual([housing.title]);
      expect(await titles({ organisationId: organisation.id })).toEqual([respite.title]);
      expect(await titles({ search: 'sluzba', targetGroup: 'CHRONIC_ILLNESS' })).toEqual([homeCare.title]);
    });

    it('sorts by newest and by title, and pages', async () => {
      expect(await titles({ sort: 'NEWEST' })).toEqual([homeCare.title, polish.title, respite.title, housing.title]);
      expect(await titles({ sort: 'TITLE' })).toEqual([housing.title, respite.title, polish.title, homeCare.title]);
      const page = await t.anonymous().ok<{ publicPractices: { total: number; items: Hit[] } }>(SEARCH, {
        areaSlug: area.slug,
        sort: 'NEWEST',
        page: 2,
        pageSize: 3,
      });
      expect(page.publicPractices.total).toBe(4);
      expect(page.publicPractices.items.map((hit) => hit.practice.title)).toEqual([housing.title]);
    });

    it('lists the tags of published articles only', async () => {
      const { publicPracticeTags } = await t.anonymous().ok<{ publicPracticeTags: { tag: string; count: number }[] }>(
        `query($areaSlug: String!) { publicPracticeTags(areaSlug: $areaSlug) { tag count } }`,
        { areaSlug: area.slug },
      );
      expect(publicPracticeTags[0]).toEqual({ tag: 'senioři', count: 2 });
      expect(publicPracticeTags.map((row) => row.tag)).not.toContain('rozpracované');
    });
  });

  describe('visibility', () => {
    it('keeps drafts from the public and another area’s articles out', async () => {
      expect(await titles({ search: 'odlehcovaci' })).toEqual([respite.title]);
      const one = `query($areaSlug: String!, $id: ID!) { publicPractice(areaSlug: $areaSlug, id: $id) { id } }`;
      expect((await t.anonymous().ok<{ publicPractice: null }>(one, { areaSlug: area.slug, id: draft.id })).publicPractice).toBeNull();
      expect((await t.anonymous().ok<{ publicPractice: null }>(one, { areaSlug: area.slug, id: foreign.id })).publicPractice).toBeNull();
      expect((await t.anonymous().ok<{ publicPractice: { id: string } }>(one, { areaSlug: area.slug, id: respite.id })).publicPractice?.id).toBe(respite.id);
    });

    it('shows a draft to its organisation’s member and the coordinator, not to other members', async () => {
      type Page = { practices: { items: { practice: { title: string; mayEdit: boolean } }[] } };
      const seen = async (user: User) => (await user.client.ok<Page>(MEMBER_SEARCH, { search: 'odlehcovaci' })).practices.items.map((i) => i.practice);
      expect(await seen(member)).toEqual(
        expect.arrayContaining([{ title: draft.title, mayEdit: true, id: draft.id, state: 'DRAFT' }, expect.objectContaining({ title: respite.title, mayEdit: false })]),
      );
      expect((await seen(outsider)).map((p) => p.title)).toEqual([respite.title]);
      expect((await seen(coordinator)).map((p) => p.title).sort()).toEqual([draft.title, respite.title].sort());
      const otherCoordinator = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR]);
      expect((await seen(otherCoordinator)).map((p) => p.title)).toEqual([foreign.title]);
    });
  });

  describe('writing', () => {
    it('lets a member write a draft for their organisation, normalising the tags', async () => {
      const { createPractice } = await member.client.ok<{ createPractice: { id: string; state: string; tags: string[]; revision: number; authorName: string } }>(
        `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id state tags revision authorName } }`,
        { input: { title: 'Sdílená péče', organisationId: organisation.id, tags: ['  #Senioři ', 'senioři', 'Terénní   služby'] } },
      );
      expect(createPractice).toMatchObject({ state: 'DRAFT', tags: ['senioři', 'terénní služby'], revision: 1, authorName: member.person.fullName });
    });

    it('asks a member for the organisation and refuses another one', async () => {
      const create = `mutation($input: CreatePracticeInput!) { createPractice(input: $input) { id } }`;
      const missing = await member.client.error(create, { input: { title: 'Bez organizace' } });
      expect(missing.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.organisationId' });
      expect(missing.message).toBe('Vyberte organizaci, za kterou článek píšete.');
      const strange = await t.fixtures.organisation(area);
      expect((await member.client.error(create, { input: { title: 'Cizí', organisationId: strange.id } })).extensions?.code).toBe('FORBIDDEN');
    });

    it('detects a stale save', async () => {
      const article = await aPractice(t.db, area, { title: 'Verze', state: PracticeState.DRAFT, organisationId: organisation.id });
      const saved = await member.client.ok<{ updatePractice: { revision: number } }>(UPDATE, { input: { id: article.id, revision: 1, title: 'Verze 2' } });
      expect(saved.updatePractice.revision).toBe(2);
      const stale = await coordinator.client.error(UPDATE, { input: { id: article.id, revision: 1, title: 'Verze B' } });
      expect(stale.extensions).toMatchObject({ code: 'CONFLICT', field: 'input.revision' });
      expect((await t.db.getRepository(PracticeEntity).findOneByOrFail({ id: article.id })).title).toBe('Verze 2');
    });

    it('lets only the coordinator edit a published article', async () => {
      expect((await member.client.error(UPDATE, { input: { id: respite.id, revision: 1, title: 'Změna' } })).extensions?.code).toBe('FORBIDDEN');
    });

    it('publishes, unpublishes and deletes with audit lines', async () => {
      const article = await aPractice(t.db, area, { title: 'Ke zveřejnění', summary: 'Krátce.', state: PracticeState.DRAFT });
      const publish = `mutation($id: ID!) { publishPractice(id: $id) { state publishedAt } }`;
      const published = await coordinator.client.ok<{ publishPractice: { state: string; publishedAt: string } }>(publish, { id: article.id });
      expect(published.publishPractice.state).toBe('PUBLISHED');
      expect((await coordinator.client.error(publish, { id: article.id })).extensions?.code).toBe('CONFLICT');
      expect(await titles({ search: 'zverejneni' })).toEqual(['Ke zveřejnění']);
      await coordinator.client.ok(`mutation($id: ID!) { unpublishPractice(id: $id) { state } }`, { id: article.id });
      expect(await titles({ search: 'zverejneni' })).toEqual([]);
      await coordinator.client.ok(`mutation($id: ID!) { deletePractice(id: $id) }`, { id: article.id });
      expect(await t.db.getRepository(PracticeEntity).existsBy({ id: article.id })).toBe(false);
      const audit = await t.db.getRepository(AuditEntryEntity).find({ where: { subjectId: article.id }, order: { createdAt: 'ASC' } });
      expect(audit.map((line) => [line.action, line.actorId])).toEqual([
        ['practice.published', coordinator.person.id],
        ['practice.unpublished', coordinator.person.id],
        ['practice.deleted', coordinator.person.id],
      ]);
    });
  });

  describe('attachments', () => {
    it('are uploaded by an editor and downloaded by anybody once the article is published', async () => {
      const article = await aPractice(t.db, area, { title: 'S přílohou', body: 'Metodika ke stažení.', state: PracticeState.DRAFT, organisationId: organisation.id });
      const response = await uploadAttachment(member.client, article.id, 'Metodika odlehčovací služby.pdf', A_PDF, 'application/pdf');
      expect(response.status).toBe(201);
      const attachment = (await response.json()) as { id: string; fileName: string; size: number; sha256: string; mediaType: string };
      expect(attachment).toMatchObject({
        fileName: 'Metodika odlehčovací služby.pdf',
        size: A_PDF.length,
        mediaType: 'application/pdf',
        sha256: createHash('sha256').update(A_PDF).digest('hex'),
      });
      const url = `/api/practices/attachments/${attachment.id}?area=${area.slug}`;
      expect((await t.anonymous().get(url)).status).toBe(404);
      expect((await outsider.client.get(url)).status).toBe(404);
      const own = await member.client.get(url);
      expect(own.status).toBe(200);
      expect(own.headers.get('content-disposition')).toContain("filename*=UTF-8''Metodika%20odleh%C4%8Dovac%C3%AD%20slu%C5%BEby.pdf");
      expect(Buffer.from(await own.arrayBuffer()).equals(A_PDF)).toBe(true);

      await coordinator.client.ok(`mutation($id: ID!) { publishPractice(id: $id) { id } }`, { id: article.id });
      const visitor = await t.anonymous().get(url);
      expect(visitor.status).toBe(200);
      expect(visitor.headers.get('content-type')).toBe('application/pdf');
      expect((await t.anonymous().get(`/api/practices/attachments/${attachment.id}?area=${otherArea.slug}`)).status).toBe(404);
      const [hit] = await search({ search: 's prilohou' });
      expect(hit?.practice.attachments).toEqual([{ id: attachment.id, fileName: 'Metodika odlehčovací služby.pdf' }]);
    });

    it('are refused to who may not edit the article', async () => {
      const article = await aPractice(t.db, area, { title: 'Cizí koncept', state: PracticeState.DRAFT, organisationId: organisation.id });
      expect((await uploadAttachment(outsider.client, article.id, 'a.pdf', A_PDF)).status).toBe(403);
      expect((await uploadAttachment(t.anonymous(area.slug), article.id, 'a.pdf', A_PDF)).status).toBe(401);
      const stranger = await t.fixtures.user(otherArea, [AreaRole.COORDINATOR]);
      expect((await uploadAttachment(stranger.client.withArea(area.slug), article.id, 'a.pdf', A_PDF)).status).toBe(403);
      expect((await uploadAttachment(member.client, respite.id, 'a.pdf', A_PDF)).status).toBe(403);
      expect(await t.db.getRepository(PracticeAttachmentEntity).countBy({ practiceId: article.id })).toBe(0);
    });

    it('refuse other types, disguised files and files over 10 MB with a translated message', async () => {
      const article = await aPractice(t.db, area, { title: 'Limity', state: PracticeState.DRAFT });
      const exe = await uploadAttachment(coordinator.client, article.id, 'program.exe', Buffer.from('MZ....'));
      expect(exe.status).toBe(400);
      expect(await exe.json()).toMatchObject({ code: 'BAD_USER_INPUT', field: 'file', message: expect.stringContaining('PDF, DOCX, XLSX, ODT, PNG a JPEG') });
      expect((await uploadAttachment(coordinator.client, article.id, 'fake.pdf', A_PNG)).status).toBe(400);
      const big = Buffer.alloc(10 * 1024 * 1024 + 1, 0x20);
      A_PDF.copy(big);
      const tooLarge = await uploadAttachment(coordinator.client.withLocale('en'), article.id, 'big.pdf', big);
      expect(tooLarge.status).toBe(400);
      expect(await tooLarge.json()).toMatchObject({ field: 'file', message: 'The file is too large; at most 10 MB.' });
      expect((await uploadAttachment(coordinator.client, article.id, 'obrazek.png', A_PNG)).status).toBe(201);
      expect(await t.db.getRepository(PracticeAttachmentEntity).countBy({ practiceId: article.id })).toBe(1);
    });

    it('are deleted by an editor', async () => {
      const article = await aPractice(t.db, area, { title: 'Mazání', state: PracticeState.DRAFT, organisationId: organisation.id });
      const uploaded = (await (await uploadAttachment(member.client, article.id, 'a.pdf', A_PDF)).json()) as { id: string };
      const remove = `mutation($id: ID!) { deletePracticeAttachment(id: $id) }`;
      expect((await outsider.client.error(remove, { id: uploaded.id })).extensions?.code).toBe('FORBIDDEN');
      await member.client.ok(remove, { id: uploaded.id });
      expect(await t.db.getRepository(PracticeAttachmentEntity).existsBy({ id: uploaded.id })).toBe(false);
    });
  });
});
