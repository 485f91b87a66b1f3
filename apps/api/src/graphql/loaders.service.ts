import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import DataLoader from 'dataloader';
import { DataSource, EntityTarget, FindOptionsOrder, FindOptionsWhere, In, ObjectLiteral } from 'typeorm';

/**
 * Per-request batching: every field that loads related rows asks these loaders, so a list of
 * 200 meetings costs one query per relation, not 200. A new Loaders is made for each request,
 * so nothing is cached across users.
 */
export class Loaders {
  private readonly loaders = new Map<string, DataLoader<unknown, unknown>>();

  /**
   * `shared`: the loaders of one live event, shared by every subscriber it goes to. Rows by id or
   * by column are the same whoever asks (resolvers apply each viewer's rights after loading; a
   * `many` whose `extra` depends on the viewer names the viewer in its `variant`), so they are
   * loaded once per event instead of once per subscriber; `custom` loaders stay the viewer's own
   * unless declared shared.
   */
  constructor(
    private readonly db: DataSource,
    private readonly shared?: Loaders,
  ) {}

  /** Rows by primary key `id` (null where missing). */
  one<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | null> {
    if (this.shared) return this.shared.one(entity);
    const name = this.db.getMetadata(entity).name;
    return this.memo(`one:${name}`, () =>
      new DataLoader<string, T | null>(async (ids) => {
        const rows = await this.db.getRepository(entity).findBy({ id: In([...ids]) } as FindOptionsWhere<T>);
        const byId = new Map(rows.map((row) => [row.id, row]));
        return ids.map((id) => byId.get(id) ?? null);
      }),
    );
  }

  /** All rows whose `column` equals the key, in the given order (e.g. agenda items of meetings). */
  many<T extends ObjectLiteral>(
    entity: EntityTarget<T>,
    column: keyof T & string,
    order: FindOptionsOrder<T> = {},
    extra: FindOptionsWhere<T> = {},
    variant = '',
  ): DataLoader<string, T[]> {
    if (this.shared) return this.shared.many(entity, column, order, extra, variant);
    const name = this.db.getMetadata(entity).name;
    return this.memo(`many:${name}:${column}:${variant}`, () =>
      new DataLoader<string, T[]>(async (keys) => {
        const rows = await this.db.getRepository(entity).find({
          where: { ...extra, [column]: In([...keys]) } as FindOptionsWhere<T>,
          order,
        });
        const grouped = new Map<string, T[]>(keys.map((key) => [key, []]));
        for (const row of rows) grouped.get(row[column] as string)?.push(row);
        return keys.map((key) => grouped.get(key) ?? []);
      }),
    );
  }

  /**
   * A loader of a module's own making, created once per request under `key`. `scope: 'shared'`
   * declares that what it loads is the same for every viewer (e.g. counts), so the subscribers of
   * one live event share it.
   */
  custom<K, V>(key: string, create: (db: DataSource) => DataLoader<K, V>, scope: 'viewer' | 'shared' = 'viewer'): DataLoader<K, V> {
    if (scope === 'shared' && this.shared) return this.shared.custom(key, create);
    return this.memo(`custom:${key}`, () => create(this.db));
  }

  private memo<K, V>(key: string, create: () => DataLoader<K, V>): DataLoader<K, V> {
    let loader = this.loaders.get(key) as DataLoader<K, V> | undefined;
    if (!loader) {
      loader = create();
      this.loaders.set(key, loader as DataLoader<unknown, unknown>);
    }
    return loader;
  }
}

@Injectable()
export class LoadersService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private readonly byEvent = new WeakMap<object, Loaders>();

  create(): Loaders {
    return new Loaders(this.db);
  }

  /**
   * Loaders for one subscriber's share of a live event: fresh (nothing from earlier events is
   * served stale), with the viewer-independent loads shared by all subscribers of that event.
   */
  forEvent(event: object): Loaders {
    let shared = this.byEvent.get(event);
    if (!shared) {
      shared = new Loaders(this.db);
      this.byEvent.set(event, shared);
    }
    return new Loaders(this.db, shared);
  }
}
