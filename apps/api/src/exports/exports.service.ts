import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, In } from 'typeorm';
import { Viewer } from '../access/viewer';
import { Locale } from '../common/i18n/translate';
import { ColumnKind, ExportTable } from '../common/table-export';
import { IntentionHistoryEntity } from '../intentions/intention-history.entity';
import { IntentionState } from '../intentions/intention.enums';
import { IntentionsService } from '../intentions/intentions.service';
import { SERVICE_TYPES, ServiceType, TARGET_GROUP_NAMES } from '../services/service-catalogue';
import { SocialServiceEntity } from '../services/social-service.entity';
import { EXPORT_LABELS, INTENTION_COLUMNS, SERVICE_COLUMNS } from './export-labels';
import { IntentionExportQuery, ServiceExportQuery } from './exports.types';

/** Type and width of every column of both exports. */
const COLUMN_SHAPES: Record<(typeof INTENTION_COLUMNS)[number] | (typeof SERVICE_COLUMNS)[number], { kind: ColumnKind; width: number }> = {
  organisation: { kind: 'text', width: 36 },
  registrationNumber: { kind: 'text', width: 12 },
  registrationId: { kind: 'text', width: 14 },
  section: { kind: 'text', width: 7 },
  serviceType: { kind: 'text', width: 34 },
  serviceName: { kind: 'text', width: 36 },
  kind: { kind: 'text', width: 20 },
  state: { kind: 'text', width: 20 },
  currentCapacity: { kind: 'integer', width: 12 },
  proposedCapacity: { kind: 'integer', width: 12 },
  capacityUnit: { kind: 'text', width: 20 },
  fteChange: { kind: 'decimal', width: 12 },
  annualCost: { kind: 'money', width: 18 },
  municipality: { kind: 'money', width: 16 },
  region: { kind: 'money', width: 16 },
  stateFunding: { kind: 'money', width: 16 },
  eu: { kind: 'money', width: 16 },
  other: { kind: 'money', width: 16 },
  startYear: { kind: 'year', width: 10 },
  reviewingGroup: { kind: 'text', width: 28 },
  opinion: { kind: 'text', width: 16 },
  opinionReasons: { kind: 'text', width: 48 },
  outcome: { kind: 'text', width: 14 },
  outcomeNote: { kind: 'text', width: 32 },
  targetGroups: { kind: 'text', width: 40 },
  form: { kind: 'text', width: 14 },
  capacity: { kind: 'integer', width: 12 },
  areaServed: { kind: 'text', width: 30 },
  contact: { kind: 'text', width: 30 },
};

/** States after a recommendation: the group's opinion was "recommended". */
const RECOMMENDED_STATES: readonly IntentionState[] = [IntentionState.RECOMMENDED, IntentionState.FORWARDED, IntentionState.INCLUDED, IntentionState.NOT_INCLUDED];
const OUTCOME_STATES: readonly IntentionState[] = [IntentionState.INCLUDED, IntentionState.NOT_INCLUDED];

const sectionLabel = (type: ServiceType | null | undefined): string => (type ? `§ ${SERVICE_TYPES[type].section}` : '');

/**
 * The intentions and the service register as tables for the regional authority: one row per
 * intention (or service), typed columns, headers and values in the requester's language. Each
 * export costs a constant number of SQL statements, whatever the number of rows.
 */
@Injectable()
export class ExportsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly intentions: IntentionsService,
  ) {}

  /** The intentions the viewer may see (the list's visibility rule: other providers' drafts never), oldest first. */
  async intentionTable(viewer: Viewer, query: IntentionExportQuery): Promise<ExportTable> {
    const labels = EXPORT_LABELS[viewer.locale];
    const intentions = await (
      await this.intentions.visibleQuery(viewer, { state: query.state, kind: query.kind, reviewingGroupId: query.groupId, startYear: query.year })
    )
      .leftJoinAndSelect('i.organisation', 'organisation')
      .leftJoinAndSelect('i.service', 'service')
      .leftJoinAndSelect('i.reviewingGroup', 'reviewingGroup')
      .orderBy('i.createdAt', 'ASC')
      .addOrderBy('i.id')
      .getMany();
    const outcomes = await this.outcomeNotes(intentions.filter((i) => OUTCOME_STATES.includes(i.state)).map((i) => i.id));
    const rows = intentions.map((i) => {
      const type = i.service?.type ?? i.newServiceType;
      const opinion = RECOMMENDED_STATES.includes(i.state)
        ? labels.opinion.recommended
        : i.state === IntentionState.NOT_RECOMMENDED
          ? labels.opinion.notRecommended
          : '';
      const outcome = i.state === IntentionState.INCLUDED ? labels.outcome.included : i.state === IntentionState.NOT_INCLUDED ? labels.outcome.notIncluded : '';
      const cells: Record<(typeof INTENTION_COLUMNS)[number], string | number | null> = {
        organisation: i.organisation?.name ?? '',
        registrationNumber: i.organisation?.registrationNumber ?? '',
        registrationId: i.service?.registrationId ?? '',
        section: sectionLabel(type),
        serviceType: type ? SERVICE_TYPES[type].names[viewer.locale] : '',
        serviceName: i.service?.name ?? i.newServiceName ?? '',
        kind: labels.kinds[i.kind],
        state: labels.states[i.state],
        currentCapacity: i.currentCapacity,
        proposedCapacity: i.proposedCapacity,
        capacityUnit: labels.units[i.capacityUnit],
        fteChange: i.fteChange,
        annualCost: i.annualCost,
        municipality: i.funding.municipality,
        region: i.funding.region,
        stateFunding: i.funding.state,
        eu: i.funding.eu,
        other: i.funding.other,
        startYear: i.startYear,
        reviewingGroup: i.reviewingGroup?.name ?? '',
        opinion,
        opinionReasons: i.opinionReasons ?? '',
        outcome,
        outcomeNote: outcomes.get(i.id) ?? '',
      };
      return INTENTION_COLUMNS.map((column) => cells[column]);
    });
    return { sheet: labels.intentionsSheet, columns: this.columns(INTENTION_COLUMNS, viewer.locale), rows };
  }

  /** The register of the area (every member sees it), by provider and name. */
  async serviceTable(viewer: Viewer, query: ServiceExportQuery): Promise<ExportTable> {
    const labels = EXPORT_LABELS[viewer.locale];
    const builder = this.db
      .getRepository(SocialServiceEntity)
      .createQueryBuilder('s')
      .leftJoinAndSelect('s.organisation', 'organisation')
      .where('s.areaId = :areaId', { areaId: viewer.area!.id });
    if (query.serviceType) builder.andWhere('s.type = :type', { type: query.serviceType });
    if (query.organisationId) builder.andWhere('s.organisationId = :organisationId', { organisationId: query.organisationId });
    const services = await builder.orderBy('organisation.name').addOrderBy('s.name').addOrderBy('s.id').getMany();
    const rows = services.map((s) => {
      const cells: Record<(typeof SERVICE_COLUMNS)[number], string | number | null> = {
        organisation: s.organisation?.name ?? '',
        registrationNumber: s.organisation?.registrationNumber ?? '',
        registrationId: s.registrationId,
        section: sectionLabel(s.type),
        serviceType: SERVICE_TYPES[s.type].names[viewer.locale],
        serviceName: s.name,
        targetGroups: s.targetGroups.map((group) => TARGET_GROUP_NAMES[group][viewer.locale]).join(', '),
        form: labels.forms[s.form],
        capacity: s.capacity,
        capacityUnit: labels.units[s.capacityUnit],
        areaServed: s.areaServed,
        contact: s.contact,
      };
      return SERVICE_COLUMNS.map((column) => cells[column]);
    });
    return { sheet: labels.servicesSheet, columns: this.columns(SERVICE_COLUMNS, viewer.locale), rows };
  }

  private columns(names: readonly (keyof typeof COLUMN_SHAPES)[], locale: Locale) {
    return names.map((name) => ({ header: EXPORT_LABELS[locale].headers[name], ...COLUMN_SHAPES[name] }));
  }

  /** The region's note of each decided intention: the reason of its last step into INCLUDED / NOT_INCLUDED (one statement). */
  private async outcomeNotes(ids: string[]): Promise<Map<string, string>> {
    if (ids.length === 0) return new Map();
    const entries = await this.db.getRepository(IntentionHistoryEntity).find({
      where: { intentionId: In(ids), toState: In(OUTCOME_STATES) },
      order: { createdAt: 'ASC', id: 'ASC' },
    });
    return new Map(entries.map((entry) => [entry.intentionId, entry.reason]));
  }
}
