import type { EntityManager } from 'typeorm';
import { AuditEntryEntity } from './audit-entry.entity';

/** What an audit line records; `action` reads "<subject>.<verb>", e.g. "comment.settled". */
export interface AuditRecord {
  areaId: string;
  actorId: string | null;
  action: string;
  subjectType: string;
  subjectId: string;
  details?: Record<string, unknown>;
}

/**
 * Writes a line of the area's audit log with the manager of the transaction that makes the change,
 * so the line exists exactly when the change does.
 */
export async function recordAudit(manager: EntityManager, record: AuditRecord): Promise<void> {
  await manager.save(AuditEntryEntity, { ...record, details: record.details ?? {} });
}
