import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, SelectQueryBuilder } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { Locale, translate } from '../common/i18n/translate';
import { Page } from '../common/pagination';
import { ExportTable } from '../common/table-export';
import { PersonEntity } from '../people/person.entity';
import { AuditEntryEntity } from './audit-entry.entity';

export interface AuditFilters {
  action?: string | null;
  subjectType?: string | null;
  actorId?: string | null;
  from?: string | null;
  to?: string | null;
}

/** Most lines one export holds (the newest first); a longer period is exported in parts. */
export const AUDIT_EXPORT_LIMIT = 50_000;

/** An action in words ("comment.settled" → "Připomínka vypořádána"); an unknown one as it is. */
export function auditActionLabel(locale: Locale, action: string): string {
  const key = `audit.actions.${action}`;
  const label = translate(locale, key);
  return label === key ? action : label;
}

/** Reading the audit log of an area: filtered, newest first, a page at a time or whole for export. */
@Injectable()
export class AuditLogService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  private query(area: AreaEntity, filters: AuditFilters): SelectQueryBuilder<AuditEntryEntity> {
    const query = this.db
      .getRepository(AuditEntryEntity)
      .createQueryBuilder('e')
      .where('e.areaId = :areaId', { areaId: area.id })
      .orderBy('e.createdAt', 'DESC')
      .addOrderBy('e.id', 'DESC');
    if (filters.action) query.andWhere('e.action = :action', { action: filters.action });
    if (filters.subjectType) query.andWhere('e.subjectType = :subjectType', { subjectType: filters.subjectType });
    if (filters.actorId) query.andWhere('e.actorId = :actorId', { actorId: filters.actorId });
    // Days of the area's calendar: from its midnight to the next one.
    if (filters.from) query.andWhere(`e.createdAt >= (:from::date)::timestamp AT TIME ZONE :tz`, { from: filters.from, tz: area.timezone });
    if (filters.to) query.andWhere(`e.createdAt < ((:to::date) + 1)::timestamp AT TIME ZONE :tz`, { to: filters.to, tz: area.timezone });
    return query;
  }

  async page(area: AreaEntity, filters: AuditFilters, offset: number, limit: number): Promise<Page<AuditEntryEntity>> {
    const [items, total] = await this.query(area, filters).skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  /** The actions recorded in the area, for the filter. */
  async actions(area: AreaEntity): Promise<string[]> {
    const rows: { action: string }[] = await this.db.query(`SELECT DISTINCT action FROM audit_log WHERE area_id = $1 ORDER BY action`, [area.id]);
    return rows.map((row) => row.action);
  }

  /** The filtered log as a table for CSV/XLSX: time, who, action in words, object, details. */
  async exportTable(area: AreaEntity, filters: AuditFilters, locale: Locale): Promise<ExportTable> {
    const entries = await this.query(area, filters).leftJoinAndSelect('e.actor', 'actor').take(AUDIT_EXPORT_LIMIT).getMany();
    const h = (key: string) => translate(locale, `audit.export.${key}`);
    const time = new Intl.DateTimeFormat(locale === 'en' ? 'en-GB' : locale, { dateStyle: 'short', timeStyle: 'medium', timeZone: area.timezone });
    return {
      sheet: h('sheet'),
      columns: [
        { header: h('time'), kind: 'text', width: 22 },
        { header: h('actor'), kind: 'text', width: 30 },
        { header: h('action'), kind: 'text', width: 36 },
        { header: h('actionCode'), kind: 'text', width: 28 },
        { header: h('subjectType'), kind: 'text', width: 22 },
        { header: h('subjectId'), kind: 'text', width: 38 },
        { header: h('details'), kind: 'text', width: 50 },
      ],
      rows: entries.map((entry) => [
        time.format(entry.createdAt),
        actorName(entry.actor ?? null, locale),
        auditActionLabel(locale, entry.action),
        entry.action,
        entry.subjectType,
        entry.subjectId,
        Object.keys(entry.details).length ? JSON.stringify(entry.details) : '',
      ]),
    };
  }
}

/** Who acted, in words: the person's name (a pseudonym after erasure) or "system". */
export const actorName = (actor: PersonEntity | null, locale: Locale): string => actor?.fullName ?? translate(locale, 'audit.system');
