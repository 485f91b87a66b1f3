import { recordAudit } from '../audit/audit-log';
import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, IsNull } from 'typeorm';
import { areaIdOf, Viewer } from '../access/viewer';
import { badInput, notFound } from '../common/errors/domain.exception';
import { isNameTaken } from '../common/search';
import { isUniqueViolation } from '../database/unique-violation';
import { CURRENT_MEMBERSHIP_SQL } from '../organisations/organisation-membership.loaders';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { PersonEntity } from '../people/person.entity';
import { AddGroupMemberInput, RemoveGroupMemberInput } from './dto/group-member.input';
import { CreateGroupInput, UpdateGroupInput } from './dto/group.input';
import { GroupKind, GroupRole } from './group.enums';
import { GroupMembershipEntity } from './group-membership.entity';
import { WorkingGroupEntity } from './working-group.entity';

const NAME_KEY = 'working_groups_area_name_key';
const ACTIVE_MEMBER_KEY = 'group_memberships_active_key';

/** Working groups of an area and who sits in them. Archived groups keep their history and refuse changes. */
@Injectable()
export class GroupsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  /** The management team first, then the groups by name in the area's language. */
  async list(viewer: Viewer, includeArchived: boolean): Promise<WorkingGroupEntity[]> {
    const groups = await this.db.getRepository(WorkingGroupEntity).find({
      where: { areaId: areaIdOf(viewer), ...(includeArchived ? {} : { archivedAt: IsNull() }) },
    });
    const collator = new Intl.Collator(viewer.area?.defaultLocale ?? 'cs');
    const rank = (group: WorkingGroupEntity) => (group.kind === GroupKind.MANAGEMENT_TEAM ? 0 : 1);
    return groups.sort((a, b) => rank(a) - rank(b) || collator.compare(a.name, b.name) || a.id.localeCompare(b.id));
  }

  find(viewer: Viewer, id: string): Promise<WorkingGroupEntity | null> {
    return this.db.getRepository(WorkingGroupEntity).findOneBy({ id, areaId: areaIdOf(viewer) });
  }

  async create(viewer: Viewer, input: CreateGroupInput): Promise<WorkingGroupEntity> {
    const areaId = areaIdOf(viewer);
    await this.assertNameFree(this.db.manager, areaId, input.name);
    return this.uniqueName(() =>
      this.db.getRepository(WorkingGroupEntity).save({
        areaId,
        name: input.name,
        kind: input.kind,
        targetGroup: input.targetGroup ?? null,
        description: input.description ?? '',
        archivedAt: null,
      }),
    );
  }

  async update(viewer: Viewer, input: UpdateGroupInput): Promise<WorkingGroupEntity> {
    const areaId = areaIdOf(viewer);
    const groups = this.db.getRepository(WorkingGroupEntity);
    const group = await groups.findOneBy({ id: input.id, areaId });
    if (!group) throw notFound('unknownGroup', 'input.id');
    if (group.archivedAt) throw badInput('input.id', 'groupArchived');
    const changes: Partial<WorkingGroupEntity> = {};
    if (input.name !== undefined && input.name !== group.name) {
      await this.assertNameFree(this.db.manager, areaId, input.name, group.id);
      changes.name = input.name;
    }
    if (input.targetGroup !== undefined) changes.targetGroup = input.targetGroup;
    if (input.description !== undefined) changes.description = input.description ?? '';
    if (Object.keys(changes).length > 0) await this.uniqueName(() => groups.update({ id: group.id, areaId }, changes));
    return groups.findOneByOrFail({ id: group.id, areaId });
  }

  async archive(viewer: Viewer, id: string): Promise<WorkingGroupEntity> {
    const areaId = areaIdOf(viewer);
    const groups = this.db.getRepository(WorkingGroupEntity);
    const group = await groups.findOneBy({ id, areaId });
    if (!group) throw notFound('unknownGroup', 'id');
    if (group.archivedAt) throw badInput('id', 'groupArchived');
    const archivedAt = new Date();
    await groups.update({ id: group.id, areaId }, { archivedAt });
    return Object.assign(group, { archivedAt });
  }

  /**
   * Seats a person in the group. Without an organisation named, the one they currently represent
   * is taken (when there is exactly one).
   */
  async addMember(viewer: Viewer, input: AddGroupMemberInput): Promise<GroupMembershipEntity> {
    const areaId = areaIdOf(viewer);
    try {
      return await this.db.transaction(async (tx) => {
        const group = await this.changeableGroup(tx, areaId, input.groupId);
        if (!(await tx.getRepository(PersonEntity).existsBy({ id: input.personId, areaId }))) {
          throw badInput('input.personId', 'unknownPerson');
        }
        let organisationId = input.organisationId ?? null;
        if (organisationId && !(await tx.getRepository(OrganisationEntity).existsBy({ id: organisationId, areaId }))) {
          throw badInput('input.organisationId', 'unknownOrganisation');
        }
        const memberships = tx.getRepository(GroupMembershipEntity);
        if (await memberships.existsBy({ groupId: group.id, personId: input.personId, leftAt: IsNull() })) {
          throw badInput('input.personId', 'alreadyMember');
        }
        organisationId ??= await this.soleOrganisation(tx, areaId, input.personId);
        const membership = await memberships.save(
          memberships.create({
            areaId,
            groupId: group.id,
            personId: input.personId,
            role: input.role ?? GroupRole.MEMBER,
            organisationId,
            leftAt: null,
          }),
        );
        await recordAudit(tx, {
          areaId,
          actorId: viewer.person?.id ?? null,
          action: 'groupMembership.added',
          subjectType: 'WorkingGroup',
          subjectId: group.id,
          details: { personId: input.personId, role: membership.role },
        });
        return membership;
      });
    } catch (error) {
      throw isUniqueViolation(error, ACTIVE_MEMBER_KEY) ? badInput('input.personId', 'alreadyMember') : error;
    }
  }

  /** Ends a person's seat in the group; the membership stays as history with `leftAt`. */
  async removeMember(viewer: Viewer, input: RemoveGroupMemberInput): Promise<GroupMembershipEntity> {
    const areaId = areaIdOf(viewer);
    return this.db.transaction(async (tx) => {
      const group = await this.changeableGroup(tx, areaId, input.groupId);
      const memberships = tx.getRepository(GroupMembershipEntity);
      const membership = await memberships.findOneBy({ areaId, groupId: group.id, personId: input.personId, leftAt: IsNull() });
      if (!membership) throw badInput('input.personId', 'notMember');
      const leftAt = new Date();
      await memberships.update({ id: membership.id, areaId }, { leftAt });
      await recordAudit(tx, { areaId, actorId: viewer.person?.id ?? null, action: 'groupMembership.ended', subjectType: 'WorkingGroup', subjectId: group.id, details: { personId: input.personId } });
      return Object.assign(membership, { leftAt });
    });
  }

  /** The group, locked against concurrent archiving, if it exists in the area and is not archived. */
  private async changeableGroup(tx: EntityManager, areaId: string, groupId: string): Promise<WorkingGroupEntity> {
    const group = await tx.getRepository(WorkingGroupEntity).findOne({ where: { id: groupId, areaId }, lock: { mode: 'pessimistic_write' } });
    if (!group) throw badInput('input.groupId', 'unknownGroup');
    if (group.archivedAt) throw badInput('input.groupId', 'groupArchived');
    return group;
  }

  private async soleOrganisation(tx: EntityManager, areaId: string, personId: string): Promise<string | null> {
    const current = await tx
      .getRepository(OrganisationMembershipEntity)
      .createQueryBuilder('m')
      .select('DISTINCT m.organisation_id', 'organisationId')
      .where({ areaId, personId })
      .andWhere(CURRENT_MEMBERSHIP_SQL)
      .limit(2)
      .getRawMany<{ organisationId: string }>();
    return current.length === 1 ? current[0]!.organisationId : null;
  }

  private async assertNameFree(manager: EntityManager, areaId: string, name: string, exceptId?: string): Promise<void> {
    if (await isNameTaken(manager, WorkingGroupEntity, areaId, name, exceptId)) throw badInput('input.name', 'nameTaken');
  }

  /** Runs a write whose unique group name another request may have taken in the meantime. */
  private async uniqueName<T>(write: () => Promise<T>): Promise<T> {
    try {
      return await write();
    } catch (error) {
      if (isUniqueViolation(error, NAME_KEY)) throw badInput('input.name', 'nameTaken');
      throw error;
    }
  }
}
