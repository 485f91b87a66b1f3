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

  constructor(private readonly db: DataSource) {}

  /** Rows by primary key `id` (null where missing). */
  one<T extends ObjectLiteral & { id: string }>(entity: EntityTarget<T>): DataLoader<string, T | null> {
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

  /** A loader of a module's own making, created once per request under `key`. */
  custom<K, V>(key: string, create: (db: DataSource) => DataLoader<K, V>): DataLoader<K, V> {
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

  create(): Loaders {
    return new Loaders(this.db);
  }
}
