import { DEMO_AREA_SLUG, loadDemoData } from '../src/demo/demo-data';
import { TestApp } from './harness';

describe('demo good-practice library', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
    await loadDemoData(t.db, { now: new Date('2026-11-20T10:00:00Z') });
  }, 120_000);
  afterAll(() => t.stop());

  const SEARCH = `query($areaSlug: String!, $search: String) {
    publicPractices(areaSlug: $areaSlug, search: $search, pageSize: 50) {
      total items { practice { title language organisationName attachments { id fileName size } } }
    }
  }`;
  type Result = { publicPractices: { total: number; items: { practice: { title: string; language: string; organisationName: string | null; attachments: { id: string; fileName: string; size: number }[] } }[] } };

  it('publishes a dozen realistic articles, Czech and Polish, with organisations', async () => {
    const { publicPractices } = await t.anonymous().ok<Result>(SEARCH, { areaSlug: DEMO_AREA_SLUG });
    expect(publicPractices.total).toBeGreaterThanOrEqual(10);
    expect(publicPractices.items.filter((item) => item.practice.language === 'PL')).toHaveLength(2);
    expect(publicPractices.items.filter((item) => item.practice.organisationName).length).toBeGreaterThanOrEqual(8);
  });

  it('finds the respite care article typed without diacritics, with its PDF to download', async () => {
    const { publicPractices } = await t.anonymous().ok<Result>(SEARCH, { areaSlug: DEMO_AREA_SLUG, search: 'odlehcovaci sluzba' });
    const article = publicPractices.items[0]?.practice;
    expect(article?.title).toBe('Odlehčovací služba pro rodiny pečující o seniory');
    const file = article!.attachments[0]!;
    const response = await t.anonymous().get(`/api/practices/attachments/${file.id}?area=${DEMO_AREA_SLUG}`);
    expect(response.status).toBe(200);
    const body = Buffer.from(await response.arrayBuffer());
    expect(body.subarray(0, 5).toString()).toBe('%PDF-');
    expect(body.length).toBe(file.size);
  });
});
