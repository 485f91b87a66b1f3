import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, In } from 'typeorm';
import { areaIdOf, Viewer } from '../access/viewer';
import { AreaEntity } from '../areas/area.entity';
import { recordAudit } from '../audit/audit-log';
import { badInput, conflict, forbidden, notFound } from '../common/errors/domain.exception';
import { orderByNameSql } from '../common/search';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreatePracticeInput, UpdatePracticeInput } from './dto/practice.input';
import { PracticeSearchArgs, PracticesArgs } from './dto/practices.args';
import { PracticeHit, PracticeHitPage, PracticeTag } from './dto/practice.types';
import { editsArticle, writableOrganisations, WritableOrganisations, writesFor } from './practice-access';
import { HEADLINE_OPTIONS, practiceTsQuery, snippetParts } from './practice-search';
import { normaliseTag, normaliseTags } from './practice-tags';
import { PracticeEntity } from './practice.entity';
import { PracticeSort, PracticeState } from './practice.enums';

/** Which articles of an area a search sees: the published ones, or also the drafts the viewer may edit. */
interface PracticeScope {
  areaId: string;
  /** null: the public (published only); otherwise whose drafts are seen besides the published articles. */
  drafts: WritableOrganisations | null;
  locale: string | undefined;
}

/** The good-practice library of an area: search, the articles and their life (draft ⇄ published). */
@Injectable()
export class PracticesService {
  private readonly writable = new WeakMap<Viewer, Promise<WritableOrganisations>>();

  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** Whose articles the viewer writes (once per request). */
  writableBy(viewer: Viewer): Promise<WritableOrganisations> {
    let known = this.writable.get(viewer);
    if (!known) this.writable.set(viewer, (known = writableOrganisations(this.db, viewer)));
    return known;
  }

  async mayEdit(viewer: Viewer, practice: PracticeEntity): Promise<boolean> {
    return viewer.area?.id === practice.areaId && editsArticle(await this.writableBy(viewer), practice);
  }

  // ---- reading -------------------------------------------------------------------------------

  /** Articles of the viewer's area: published ones and the drafts the viewer may edit. */
  async search(viewer: Viewer, args: PracticesArgs): Promise<PracticeHitPage> {
    const scope: PracticeScope = { areaId: areaIdOf(viewer), drafts: await this.writableBy(viewer), locale: viewer.locale };
    return this.find(scope, args, args.state ?? null);
  }

  /** Published articles of an area named by its slug (no login). */
  async searchPublic(areaSlug: string, args: PracticeSearchArgs, locale: string | undefined): Promise<PracticeHitPage> {
    const area = await this.db.getRepository(AreaEntity).findOneBy({ slug: areaSlug });
    if (!area) return { items: [], total: 0 };
    return this.find({ areaId: area.id, drafts: null, locale }, args, null);
  }

  async get(viewer: Viewer, id: string): Promise<PracticeEntity | null> {
    const practice = await this.db.getRepository(PracticeEntity).findOneBy({ id, areaId: areaIdOf(viewer) });
    if (!practice || practice.state === PracticeState.PUBLISHED) return practice;
    return editsArticle(await this.writableBy(viewer), practice) ? practice : null;
  }

  async getPublic(areaSlug: string, id: string): Promise<PracticeEntity | null> {
    return this.db
      .getRepository(PracticeEntity)
      .createQueryBuilder('p')
      .innerJoin(AreaEntity, 'a', 'a.id = p.areaId')
      .where('a.slug = :areaSlug AND p.id = :id AND p.state = :state', { areaSlug, id, state: PracticeState.PUBLISHED })
      .getOne();
  }

  /** Tags of the published articles of an area (and of the drafts the viewer edits), most used first. */
  async tags(areaId: string, drafts: WritableOrganisations | null): Promise<PracticeTag[]> {
    const params: unknown[] = [areaId];
    const visible = this.visibleSql(drafts, params);
    const rows: { tag: string; count: number }[] = await this.db.query(
      `SELECT tag, count(*)::int AS count FROM practices p, unnest(p.tags) AS tag
        WHERE p.area_id = $1 AND ${visible}
        GROUP BY tag ORDER BY count(*) DESC, tag LIMIT 200`,
      params,
    );
    return rows;
  }

  async publicTags(areaSlug: string): Promise<PracticeTag[]> {
    const area = await this.db.getRepository(AreaEntity).findOneBy({ slug: areaSlug });
    return area ? this.tags(area.id, null) : [];
  }

  /** SQL condition (on alias p) of what the scope sees; parameters appended to `params`. */
  private visibleSql(drafts: WritableOrganisations | null, params: unknown[]): string {
    if (drafts === 'all') return 'TRUE';
    if (drafts === null || drafts.length === 0) return `p.state = 'PUBLISHED'`;
    params.push([...drafts]);
    return `(p.state = 'PUBLISHED' OR p.organisation_id = ANY($${params.length}::uuid[]))`;
  }

  /**
   * One statement for the page: the matching ids ranked and counted, then the highlighted snippets
   * of just that page (ts_headline is the costly part), then the rows.
   */
  private async find(scope: PracticeScope, args: PracticeSearchArgs, state: PracticeState | null): Promise<PracticeHitPage> {
    const query = practiceTsQuery(args.search);
    const params: unknown[] = [scope.areaId];
    const where = ['p.area_id = $1', this.visibleSql(scope.drafts, params)];
    const add = (value: unknown) => {
      params.push(value);
      return `$${params.length}`;
    };
    const tsquery = query ? `to_tsquery('komplan_unaccent', ${add(query)})` : null;
    if (tsquery) where.push(`p.search @@ ${tsquery}`);
    if (args.tag?.trim()) where.push(`p.tags @> ARRAY[${add(normaliseTag(args.tag))}]::text[]`);
    if (args.targetGroup) where.push(`${add(args.targetGroup)}::target_group = ANY(p.target_groups)`);
    if (args.organisationId) where.push(`p.organisation_id = ${add(args.organisationId)}`);
    if (args.language) where.push(`p.language = ${add(args.language)}::practice_language`);
    if (state) where.push(`p.state = ${add(state)}::practice_state`);

    const newest = 'coalesce(p.published_at, p.updated_at) DESC, p.id';
    const order =
      args.sort === PracticeSort.TITLE
        ? `${await orderByNameSql(this.db, 'p.title', scope.locale)}, p.id`
        : args.sort === PracticeSort.RELEVANCE && tsquery
          ? `ts_rank(p.search, ${tsquery}) DESC, ${newest}`
          : newest;
    const filterParams = params.length;
    const rank = tsquery ? `ts_rank(p.search, ${tsquery})` : 'NULL::real';
    const headline = tsquery ? `ts_headline('komplan_unaccent', p.summary || E'\\n' || p.body, ${tsquery}, ${add(HEADLINE_OPTIONS)})` : 'p.summary';
    const limit = add(args.pageSize);
    const offset = add(args.offset);
    const rows: { id: string; rank: number | null; total: string; headline: string }[] = await this.db.query(
      `SELECT page.id, page.rank, page.total, ${headline} AS headline
         FROM (SELECT p.id, ${rank} AS rank, count(*) OVER () AS total, row_number() OVER (ORDER BY ${order}) AS position
                 FROM practices p WHERE ${where.join(' AND ')}
                ORDER BY position LIMIT ${limit} OFFSET ${offset}) page
         JOIN practices p ON p.id = page.id
        ORDER BY page.position`,
      params,
    );
    const total = rows.length > 0 ? Number(rows[0]!.total) : await this.count(where, params.slice(0, filterParams));
    const practices = rows.length ? await this.db.getRepository(PracticeEntity).findBy({ id: In(rows.map((row) => row.id)) }) : [];
    const byId = new Map(practices.map((practice) => [practice.id, practice]));
    const items: PracticeHit[] = rows.flatMap((row) => {
      const practice = byId.get(row.id);
      return practice ? [{ practice, rank: row.rank === null ? null : Number(row.rank), snippet: snippetParts(row.headline) }] : [];
    });
    return { items, total };
  }

  /** The number of results when the page asked for is past the end. */
  private async count(where: string[], params: unknown[]): Promise<number> {
    const rows: { total: number }[] = await this.db.query(`SELECT count(*)::int AS total FROM practices p WHERE ${where.join(' AND ')}`, params);
    return rows[0]?.total ?? 0;
  }

  // ---- writing -------------------------------------------------------------------------------

  async create(viewer: Viewer, input: CreatePracticeInput): Promise<PracticeEntity> {
    const areaId = areaIdOf(viewer);
    const writable = await this.writableBy(viewer);
    const organisationId = input.organisationId ?? null;
    await this.assertOrganisation(this.db.manager, areaId, writable, organisationId, 'input.organisationId');
    const practices = this.db.getRepository(PracticeEntity);
    const saved = await practices.save(
      practices.create({
        areaId,
        title: input.title,
        summary: input.summary,
        body: input.body,
        tags: normaliseTags(input.tags),
        targetGroups: [...new Set(input.targetGroups)],
        organisationId,
        authorId: viewer.person?.id ?? null,
        state: PracticeState.DRAFT,
        publishedAt: null,
        language: input.language,
        revision: 1,
      }),
    );
    return practices.findOneByOrFail({ id: saved.id, areaId });
  }

  /**
   * Saves an edit when nobody saved since `input.revision`; otherwise CONFLICT with the current
   * revision. The check and the write are one UPDATE, so of two saves from one revision one wins.
   */
  async update(viewer: Viewer, input: UpdatePracticeInput): Promise<PracticeEntity> {
    const areaId = areaIdOf(viewer);
    const writable = await this.writableBy(viewer);
    return this.db.transaction(async (tx) => {
      const practices = tx.getRepository(PracticeEntity);
      const practice = await practices.findOneBy({ id: input.id, areaId });
      if (!practice) throw notFound('notFound', 'input.id');
      const changes: Partial<PracticeEntity> = {};
      if (input.organisationId !== undefined && input.organisationId !== practice.organisationId) {
        await this.assertOrganisation(tx, areaId, writable, input.organisationId, 'input.organisationId');
        changes.organisationId = input.organisationId;
      }
      if (input.title !== undefined) changes.title = input.title;
      if (input.summary !== undefined) changes.summary = input.summary;
      if (input.body !== undefined) changes.body = input.body;
      if (input.tags !== undefined) changes.tags = normaliseTags(input.tags);
      if (input.targetGroups !== undefined) changes.targetGroups = [...new Set(input.targetGroups)];
      if (input.language !== undefined) changes.language = input.language;
      const result = await practices
        .createQueryBuilder()
        .update()
        .set({ ...changes, revision: () => 'revision + 1' })
        .where('id = :id AND area_id = :areaId AND revision = :revision', { id: practice.id, areaId, revision: input.revision })
        .execute();
      if (!result.affected) {
        throw conflict('practice.conflict', 'input.revision', { currentRevision: practice.revision });
      }
      return practices.findOneByOrFail({ id: practice.id, areaId });
    });
  }

  async publish(viewer: Viewer, id: string): Promise<PracticeEntity> {
    return this.changeState(viewer, id, PracticeState.PUBLISHED);
  }

  async unpublish(viewer: Viewer, id: string): Promise<PracticeEntity> {
    return this.changeState(viewer, id, PracticeState.DRAFT);
  }

  private async changeState(viewer: Viewer, id: string, to: PracticeState): Promise<PracticeEntity> {
    const areaId = areaIdOf(viewer);
    return this.db.transaction(async (tx) => {
      const practices = tx.getRepository(PracticeEntity);
      const practice = await practices.findOne({ where: { id, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!practice) throw notFound('notFound', 'id');
      if (practice.state === to) throw conflict(to === PracticeState.PUBLISHED ? 'practice.alreadyPublished' : 'practice.notPublished', 'id');
      if (to === PracticeState.PUBLISHED && !practice.summary.trim() && !practice.body.trim()) throw badInput('body', 'practice.emptyArticle');
      const publishedAt = to === PracticeState.PUBLISHED ? new Date() : null;
      await practices.update({ id, areaId }, { state: to, publishedAt });
      await recordAudit(tx, {
        areaId,
        actorId: viewer.person?.id ?? null,
        action: to === PracticeState.PUBLISHED ? 'practice.published' : 'practice.unpublished',
        subjectType: 'Practice',
        subjectId: id,
        details: { title: practice.title },
      });
      return practices.findOneByOrFail({ id, areaId });
    });
  }

  /** Deletes an article with its attachments; returns its id. */
  async remove(viewer: Viewer, id: string): Promise<string> {
    const areaId = areaIdOf(viewer);
    return this.db.transaction(async (tx) => {
      const practice = await tx.getRepository(PracticeEntity).findOne({ where: { id, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!practice) throw notFound('notFound', 'id');
      await tx.getRepository(PracticeEntity).delete({ id, areaId });
      await recordAudit(tx, {
        areaId,
        actorId: viewer.person?.id ?? null,
        action: 'practice.deleted',
        subjectType: 'Practice',
        subjectId: id,
        details: { title: practice.title, state: practice.state },
      });
      return id;
    });
  }

  /** The organisation exists in the area and the viewer writes for it; members and providers must name one. */
  private async assertOrganisation(
    manager: EntityManager,
    areaId: string,
    writable: WritableOrganisations,
    organisationId: string | null,
    field: string,
  ): Promise<void> {
    if (organisationId === null) {
      if (writable !== 'all') throw badInput(field, 'practice.organisationRequired');
      return;
    }
    if (!(await manager.getRepository(OrganisationEntity).existsBy({ id: organisationId, areaId }))) throw badInput(field, 'unknownOrganisation');
    if (!writesFor(writable, organisationId)) throw forbidden();
  }
}
