import { TestApp } from './harness';

describe('migrations', () => {
  let t: TestApp;
  beforeAll(async () => {
    t = await TestApp.start();
  });
  afterAll(() => t.stop());

  it('describe exactly the entities (nothing left for synchronize to do)', async () => {
    const pending = await t.db.driver.createSchemaBuilder().log();
    expect(pending.upQueries.map((query) => query.query)).toEqual([]);
  });

  it('can all be reverted with their down() and applied again', async () => {
    const applied = t.db.migrations.length;
    expect(applied).toBeGreaterThan(0);
    for (let i = 0; i < applied; i += 1) await t.db.undoLastMigration({ transaction: 'each' });
    const tables = await t.db.query(`SELECT count(*)::int AS n FROM information_schema.tables WHERE table_schema = 'public' AND table_name <> 'migrations'`);
    expect(tables[0].n).toBe(0);
    const again = await t.db.runMigrations({ transaction: 'each' });
    expect(again).toHaveLength(applied);
    expect((await t.db.driver.createSchemaBuilder().log()).upQueries).toEqual([]);
  });
});
