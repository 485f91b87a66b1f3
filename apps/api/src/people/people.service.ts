import { recordAudit } from '../audit/audit-log';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull, Not } from 'typeorm';
import { areaIdOf, hasAreaRole, Viewer } from '../access/viewer';
import { todayIn } from '../common/dates';
import { badInput, notFound } from '../common/errors/domain.exception';
import { Page } from '../common/pagination';
import { containsPattern, foldSql, orderByNameSql } from '../common/search';
import { isUniqueViolation } from '../database/unique-violation';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AccountInvitationEntity } from './account-invitation.entity';
import { AreaRole } from './area-role.enum';
import { CreatePersonInput, UpdatePersonInput } from './dto/person.input';
import { PeopleArgs } from './dto/people.args';
import { PersonEntity } from './person.entity';

/** The participants of an area: who they are, how to reach them, what roles they have. */
@Injectable()
export class PeopleService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** E-mail and phone are personal data: shown to the area's coordinators and to the person. */
  static canSeeContacts(viewer: Viewer, person: PersonEntity): boolean {
    if (viewer.account && person.accountId === viewer.account.id) return true;
    return viewer.area?.id === person.areaId && hasAreaRole(viewer, AreaRole.COORDINATOR);
  }

  /** People of the area sorted by name; the search matches the name (and, for coordinators, the e-mail). */
  async list(viewer: Viewer, args: PeopleArgs): Promise<Page<PersonEntity>> {
    const query = this.db.getRepository(PersonEntity).createQueryBuilder('p').where('p.areaId = :areaId', { areaId: areaIdOf(viewer) });
    if (args.search?.trim()) {
      const byEmail = hasAreaRole(viewer, AreaRole.COORDINATOR) ? ` OR ${foldSql('p.email')} LIKE :pattern` : '';
      query.andWhere(`(${foldSql('p.full_name')} LIKE :pattern${byEmail})`, { pattern: containsPattern(args.search) });
    }
    if (args.role) query.andWhere(':role = ANY(p.roles)', { role: args.role });
    const [items, total] = await query
      .orderBy(await orderByNameSql(this.db, 'p.full_name', viewer.area?.defaultLocale))
      .addOrderBy('p.full_name')
      .addOrderBy('p.id')
      .offset(args.offset)
      .limit(args.pageSize)
      .getManyAndCount();
    return { items, total };
  }

  find(viewer: Viewer, id: string): Promise<PersonEntity | null> {
    return this.db.getRepository(PersonEntity).findOneBy({ id, areaId: areaIdOf(viewer) });
  }

  /** Adds a person; with an organisation, also their membership in it from today. */
  async create(viewer: Viewer, input: CreatePersonInput): Promise<PersonEntity> {
    const areaId = areaIdOf(viewer);
    try {
      return await this.db.transaction(async (tx) => {
        if (input.email) await this.assertEmailFree(tx, areaId, input.email);
        if (input.organisationId && !(await tx.getRepository(OrganisationEntity).existsBy({ id: input.organisationId, areaId }))) {
          throw badInput('input.organisationId', 'unknownOrganisation');
        }
        const people = tx.getRepository(PersonEntity);
        const person = await people.save(
          people.create({
            areaId,
            fullName: input.fullName,
            email: input.email ?? null,
            phone: input.phone ?? null,
            roles: input.roles,
          }),
        );
        if (input.organisationId) {
          await tx.getRepository(OrganisationMembershipEntity).insert({
            areaId,
            personId: person.id,
            organisationId: input.organisationId,
            position: input.position ?? null,
            since: todayIn(viewer.area!.timezone),
            until: null,
          });
        }
        await recordAudit(tx, { areaId, actorId: viewer.person?.id ?? null, action: 'person.created', subjectType: 'Person', subjectId: person.id, details: { roles: input.roles } });
        return person;
      });
    } catch (error) {
      throw isUniqueViolation(error, 'people_area_email_key') ? badInput('input.email', 'emailTaken') : error;
    }
  }

  /**
   * Changes a person. A changed e-mail voids open invitations (they were meant for the old
   * address), and the area's last coordinator keeps the role.
   */
  async update(viewer: Viewer, input: UpdatePersonInput): Promise<PersonEntity> {
    const areaId = areaIdOf(viewer);
    try {
      return await this.db.transaction(async (tx) => {
        const people = tx.getRepository(PersonEntity);
        const person = await people.findOne({ where: { id: input.id, areaId }, lock: { mode: 'pessimistic_write' } });
        if (!person) throw notFound('unknownPerson', 'input.id');
        const changes: Partial<PersonEntity> = {};
        if (input.fullName !== undefined) changes.fullName = input.fullName;
        if (input.phone !== undefined) changes.phone = input.phone;
        const emailChanged = input.email !== undefined && input.email !== person.email;
        if (emailChanged) {
          if (input.email) await this.assertEmailFree(tx, areaId, input.email);
          changes.email = input.email ?? null;
        }
        if (input.roles !== undefined) {
          const losesCoordinator = person.roles.includes(AreaRole.COORDINATOR) && !input.roles.includes(AreaRole.COORDINATOR);
          if (losesCoordinator && !(await this.hasOtherCoordinator(tx, areaId, person.id))) {
            throw badInput('input.roles', 'lastCoordinator');
          }
          changes.roles = input.roles;
        }
        if (Object.keys(changes).length > 0) {
          await people.update({ id: person.id, areaId }, changes);
          // Which fields changed (not their values: the log must not keep copies of personal data); roles in full.
          const rolesChanged = changes.roles !== undefined && [...changes.roles].sort().join() !== [...person.roles].sort().join();
          await recordAudit(tx, {
            areaId,
            actorId: viewer.person?.id ?? null,
            action: rolesChanged ? 'person.rolesChanged' : 'person.updated',
            subjectType: 'Person',
            subjectId: person.id,
            details: { fields: Object.keys(changes), ...(rolesChanged ? { roles: { from: person.roles, to: changes.roles } } : {}) },
          });
        }
        if (emailChanged) {
          await tx.getRepository(AccountInvitationEntity).delete({ personId: person.id, areaId, acceptedAt: IsNull() });
        }
        return people.findOneByOrFail({ id: person.id, areaId });
      });
    } catch (error) {
      throw isUniqueViolation(error, 'people_area_email_key') ? badInput('input.email', 'emailTaken') : error;
    }
  }

  private async assertEmailFree(tx: EntityManager, areaId: string, email: string): Promise<void> {
    if (await tx.getRepository(PersonEntity).existsBy({ areaId, email })) throw badInput('input.email', 'emailTaken');
  }

  private async hasOtherCoordinator(tx: EntityManager, areaId: string, personId: string): Promise<boolean> {
    const count = await tx
      .getRepository(PersonEntity)
      .createQueryBuilder('p')
      .where({ areaId, id: Not(personId) })
      .andWhere(':role = ANY(p.roles)', { role: AreaRole.COORDINATOR })
      .getCount();
    return count > 0;
  }
}
