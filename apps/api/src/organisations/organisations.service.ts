import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { areaIdOf, Viewer } from '../access/viewer';
import { badInput, notFound } from '../common/errors/domain.exception';
import { Page } from '../common/pagination';
import { containsPattern, foldSql, isNameTaken, orderByNameSql } from '../common/search';
import { isUniqueViolation } from '../database/unique-violation';
import { PersonEntity } from '../people/person.entity';
import { AddOrganisationMemberInput, EndOrganisationMembershipInput } from './dto/organisation-membership.input';
import { CreateOrganisationInput, UpdateOrganisationInput } from './dto/organisation.input';
import { OrganisationsArgs } from './dto/organisations.args';
import { OrganisationMembershipEntity } from './organisation-membership.entity';
import { OrganisationEntity } from './organisation.entity';

const NAME_KEY = 'organisations_area_name_key';

/** Organisations of an area (the three sides of planning) and the people who represent them. */
@Injectable()
export class OrganisationsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(viewer: Viewer, args: OrganisationsArgs): Promise<Page<OrganisationEntity>> {
    const query = this.db.getRepository(OrganisationEntity).createQueryBuilder('o').where('o.areaId = :areaId', { areaId: areaIdOf(viewer) });
    if (args.search?.trim()) {
      query.andWhere(`(${foldSql('o.name')} LIKE :pattern OR ${foldSql('o.registration_number')} LIKE :pattern)`, {
        pattern: containsPattern(args.search),
      });
    }
    if (args.side) query.andWhere('o.side = :side', { side: args.side });
    const [items, total] = await query
      .orderBy(await orderByNameSql(this.db, 'o.name', viewer.area?.defaultLocale))
      .addOrderBy('o.name')
      .addOrderBy('o.id')
      .offset(args.offset)
      .limit(args.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  find(viewer: Viewer, id: string): Promise<OrganisationEntity | null> {
    return this.db.getRepository(OrganisationEntity).findOneBy({ id, areaId: areaIdOf(viewer) });
  }

  async create(viewer: Viewer, input: CreateOrganisationInput): Promise<OrganisationEntity> {
    const areaId = areaIdOf(viewer);
    await this.assertNameFree(this.db.manager, areaId, input.name);
    try {
      return await this.db.getRepository(OrganisationEntity).save({
        areaId,
        name: input.name,
        side: input.side,
        registrationNumber: input.registrationNumber ?? null,
        website: input.website ?? null,
      });
    } catch (error) {
      throw isUniqueViolation(error, NAME_KEY) ? badInput('input.name', 'nameTaken') : error;
    }
  }

  async update(viewer: Viewer, input: UpdateOrganisationInput): Promise<OrganisationEntity> {
    const areaId = areaIdOf(viewer);
    const organisations = this.db.getRepository(OrganisationEntity);
    const organisation = await organisations.findOneBy({ id: input.id, areaId });
    if (!organisation) throw notFound('unknownOrganisation', 'input.id');
    const changes: Partial<OrganisationEntity> = {};
    if (input.name !== undefined && input.name !== organisation.name) {
      await this.assertNameFree(this.db.manager, areaId, input.name, organisation.id);
      changes.name = input.name;
    }
    if (input.side !== undefined) changes.side = input.side;
    if (input.registrationNumber !== undefined) changes.registrationNumber = input.registrationNumber;
    if (input.website !== undefined) changes.website = input.website;
    try {
      if (Object.keys(changes).length > 0) await organisations.update({ id: organisation.id, areaId }, changes);
    } catch (error) {
      throw isUniqueViolation(error, NAME_KEY) ? badInput('input.name', 'nameTaken') : error;
    }
    return organisations.findOneByOrFail({ id: organisation.id, areaId });
  }

  /** The person starts representing the organisation; a period overlapping an existing one is refused. */
  async addMember(viewer: Viewer, input: AddOrganisationMemberInput): Promise<OrganisationMembershipEntity> {
    const areaId = areaIdOf(viewer);
    return this.db.transaction(async (tx) => {
      const organisation = await tx
        .getRepository(OrganisationEntity)
        .findOne({ where: { id: input.organisationId, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!organisation) throw badInput('input.organisationId', 'unknownOrganisation');
      if (!(await tx.getRepository(PersonEntity).existsBy({ id: input.personId, areaId }))) {
        throw badInput('input.personId', 'unknownPerson');
      }
      const overlapping = await tx
        .getRepository(OrganisationMembershipEntity)
        .createQueryBuilder('m')
        .where({ areaId, organisationId: organisation.id, personId: input.personId })
        .andWhere('(m.until IS NULL OR m.until >= :since)', { since: input.since })
        .getExists();
      if (overlapping) throw badInput('input.personId', 'alreadyInOrganisation');
      const memberships = tx.getRepository(OrganisationMembershipEntity);
      return memberships.save(
        memberships.create({
          areaId,
          organisationId: organisation.id,
          personId: input.personId,
          position: input.position ?? null,
          since: input.since,
          until: null,
        }),
      );
    });
  }

  /** Sets (or corrects) the last day of a membership. */
  async endMembership(viewer: Viewer, input: EndOrganisationMembershipInput): Promise<OrganisationMembershipEntity> {
    const areaId = areaIdOf(viewer);
    const memberships = this.db.getRepository(OrganisationMembershipEntity);
    const membership = await memberships.findOneBy({ id: input.membershipId, areaId });
    if (!membership) throw notFound('notFound', 'input.membershipId');
    if (input.until < membership.since) throw badInput('input.until', 'untilBeforeSince', { since: membership.since });
    await memberships.update({ id: membership.id, areaId }, { until: input.until });
    return Object.assign(membership, { until: input.until });
  }

  private async assertNameFree(manager: EntityManager, areaId: string, name: string, exceptId?: string): Promise<void> {
    if (await isNameTaken(manager, OrganisationEntity, areaId, name, exceptId)) throw badInput('input.name', 'nameTaken');
  }

}
