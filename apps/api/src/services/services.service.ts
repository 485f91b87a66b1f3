import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { plainToInstance } from 'class-transformer';
import { DataSource, EntityManager } from 'typeorm';
import { badInput, DomainException, notFound } from '../common/errors/domain.exception';
import { fieldLabel, Locale, translate } from '../common/i18n/translate';
import { Page } from '../common/pagination';
import { parseCsv } from '../common/csv';
import { validationErrors } from '../common/validation/validation.pipe';
import { isUniqueViolation } from '../database/unique-violation';
import { OrganisationSide } from '../organisations/organisation-side.enum';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { CreateServiceInput, ImportServicesInput, ServiceFieldsInput, ServiceFilter, UpdateServiceInput } from './dto/service.input';
import { ServiceImportReport } from './service-import.types';
import { SERVICE_TYPES, ServiceType } from './service-catalogue';
import { serviceShapeProblems } from './service-rules';
import { SocialServiceEntity } from './social-service.entity';

const REGISTRATION_KEY = 'social_services_area_registration_key';
const IMPORT_COLUMNS = ['type', 'registrationId', 'name', 'targetGroups', 'form', 'capacity', 'capacityUnit', 'areaServed', 'contact'] as const;
const MAX_IMPORT_ROWS = 2000;

/** "40", "§40", "§ 60a" or the code → the type; unknown text stays as it is (and fails validation). */
function typeFromCell(value: string): string {
  const section = value.replace(/^§\s*/, '').trim().toLowerCase();
  const bySection = (Object.keys(SERVICE_TYPES) as ServiceType[]).find((type) => SERVICE_TYPES[type].section === section);
  return bySection ?? value.trim().toUpperCase();
}

/** The providers' register of social services of an area. */
@Injectable()
export class ServicesService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(areaId: string, filter: ServiceFilter | null | undefined, offset: number, limit: number): Promise<Page<SocialServiceEntity>> {
    const query = this.db.getRepository(SocialServiceEntity).createQueryBuilder('s').where('s.areaId = :areaId', { areaId });
    if (filter?.organisationId) query.andWhere('s.organisationId = :organisationId', { organisationId: filter.organisationId });
    if (filter?.type) query.andWhere('s.type = :type', { type: filter.type });
    if (filter?.targetGroup) query.andWhere(':targetGroup = ANY(s.target_groups)', { targetGroup: filter.targetGroup });
    const [items, total] = await query.orderBy('s.name').addOrderBy('s.id').skip(offset).take(limit).getManyAndCount();
    return { items, total };
  }

  find(areaId: string, id: string): Promise<SocialServiceEntity | null> {
    return this.db.getRepository(SocialServiceEntity).findOneBy({ id, areaId });
  }

  async create(areaId: string, input: CreateServiceInput): Promise<SocialServiceEntity> {
    await this.assertProvider(this.db.manager, areaId, input.organisationId, 'input.organisationId');
    this.assertShape(input);
    const repo = this.db.getRepository(SocialServiceEntity);
    return this.uniqueRegistration(() => repo.save(repo.create({ areaId, ...this.columns(input), organisationId: input.organisationId })));
  }

  async update(areaId: string, input: UpdateServiceInput): Promise<SocialServiceEntity> {
    return this.uniqueRegistration(() =>
      this.db.transaction(async (tx) => {
        const repo = tx.getRepository(SocialServiceEntity);
        const service = await repo.findOne({ where: { id: input.id, areaId }, lock: { mode: 'pessimistic_write' } });
        if (!service) throw notFound('unknownService', 'input.id');
        const changes = Object.entries(input).filter(([key, value]) => key !== 'id' && value !== undefined);
        const merged = { ...service, ...Object.fromEntries(changes) };
        this.assertShape(merged);
        Object.assign(service, { ...merged, areaServed: merged.areaServed ?? '', contact: merged.contact ?? '' });
        return repo.save(service);
      }),
    );
  }

  /**
   * Imports a provider's register from CSV: every row is validated first; one bad row and nothing
   * is stored, the report lists every problem by row (line of the file) and field. Otherwise all
   * rows are inserted in one transaction.
   */
  async importCsv(areaId: string, input: ImportServicesInput, locale: Locale): Promise<ServiceImportReport> {
    await this.assertProvider(this.db.manager, areaId, input.organisationId, 'input.organisationId');
    const [header, ...rows] = parseCsv(input.csv);
    const problems: { row: number; error: DomainException }[] = [];
    const columns = (header?.cells ?? []).map((cell) => cell.trim());
    const missing = IMPORT_COLUMNS.filter((column) => !columns.includes(column));
    if (!header || missing.length > 0) {
      return this.report(locale, 0, [{ row: header?.line ?? 1, error: badInput(missing[0] ?? 'csv', 'importMissingColumn', { column: missing[0] ?? '' }) }]);
    }
    if (rows.length === 0) return this.report(locale, 0, [{ row: 1, error: badInput('csv', 'importEmpty') }]);
    if (rows.length > MAX_IMPORT_ROWS) return this.report(locale, 0, [{ row: 1, error: badInput('csv', 'importTooLarge', { max: MAX_IMPORT_ROWS }) }]);

    const parsed: { row: number; input: ServiceFieldsInput }[] = [];
    const seen = new Map<string, number>();
    for (const { line, cells } of rows) {
      const value = (column: (typeof IMPORT_COLUMNS)[number]) => (cells[columns.indexOf(column)] ?? '').trim();
      const capacity = value('capacity');
      const plain = {
        type: typeFromCell(value('type')),
        registrationId: value('registrationId'),
        name: value('name'),
        targetGroups: value('targetGroups')
          .split(/[|,]/)
          .map((group) => group.trim().toUpperCase())
          .filter((group) => group !== ''),
        form: value('form').toUpperCase(),
        capacity: /^-?\d+$/.test(capacity) ? Number(capacity) : capacity,
        capacityUnit: value('capacityUnit').toUpperCase(),
        areaServed: value('areaServed'),
        contact: value('contact'),
      };
      const row = plainToInstance(ServiceFieldsInput, plain);
      const errors = await validationErrors(row);
      if (errors.length === 0) errors.push(...this.shapeProblems(row));
      const earlier = seen.get(row.registrationId);
      if (earlier !== undefined) errors.push(badInput('registrationId', 'importDuplicateRegistration', { row: earlier }));
      seen.set(row.registrationId, line);
      problems.push(...errors.map((error) => ({ row: line, error })));
      parsed.push({ row: line, input: row });
    }
    if (problems.length === 0) {
      const taken = await this.db
        .getRepository(SocialServiceEntity)
        .createQueryBuilder('s')
        .select('s.registrationId', 'registrationId')
        .where('s.areaId = :areaId AND s.registrationId IN (:...ids)', { areaId, ids: [...seen.keys()] })
        .getRawMany<{ registrationId: string }>();
      const takenIds = new Set(taken.map((t) => t.registrationId));
      for (const { row, input: service } of parsed) {
        if (takenIds.has(service.registrationId)) problems.push({ row, error: badInput('registrationId', 'registrationTaken') });
      }
    }
    if (problems.length > 0) return this.report(locale, 0, problems);
    await this.uniqueRegistration(() =>
      this.db.transaction((tx) =>
        tx.getRepository(SocialServiceEntity).insert(parsed.map(({ input: service }) => ({ areaId, organisationId: input.organisationId, ...this.columns(service) }))),
      ),
    );
    return this.report(locale, parsed.length, []);
  }

  private report(locale: Locale, imported: number, problems: { row: number; error: DomainException }[]): ServiceImportReport {
    return {
      imported,
      errors: problems.map(({ row, error }) => ({
        row,
        field: error.field ?? '',
        message: translate(locale, `errors.${error.messageKey}`, { ...(error.options.params ?? {}), field: fieldLabel(locale, error.field ?? '') }),
      })),
    };
  }

  private columns(input: Omit<ServiceFieldsInput, 'organisationId'>) {
    return {
      type: input.type,
      registrationId: input.registrationId,
      name: input.name,
      targetGroups: input.targetGroups,
      form: input.form,
      capacity: input.capacity,
      capacityUnit: input.capacityUnit,
      areaServed: input.areaServed ?? '',
      contact: input.contact ?? '',
    };
  }

  private shapeProblems(input: Pick<ServiceFieldsInput, 'type' | 'form' | 'capacityUnit' | 'capacity'>, prefix = ''): DomainException[] {
    return serviceShapeProblems(
      { type: input.type, form: input.form, capacityUnit: input.capacityUnit, capacities: [input.capacity] },
      { form: `${prefix}form`, capacityUnit: `${prefix}capacityUnit`, capacity: `${prefix}capacity` },
    );
  }

  private assertShape(input: Pick<ServiceFieldsInput, 'type' | 'form' | 'capacityUnit' | 'capacity'>): void {
    const [first] = this.shapeProblems(input, 'input.');
    if (first) throw first;
  }

  /** Services belong to provider organisations of the area only. */
  private async assertProvider(manager: EntityManager, areaId: string, organisationId: string, field: string): Promise<void> {
    const organisation = await manager.getRepository(OrganisationEntity).findOneBy({ id: organisationId, areaId });
    if (!organisation) throw badInput(field, 'unknownOrganisation');
    if (organisation.side !== OrganisationSide.PROVIDER) throw badInput(field, 'notProviderOrganisation');
  }

  private async uniqueRegistration<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, REGISTRATION_KEY)) throw badInput('input.registrationId', 'registrationTaken');
      throw error;
    }
  }
}
