import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Check, Column, Entity, Index, JoinColumn, ManyToOne, PrimaryColumn } from 'typeorm';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { PersonEntity } from '../people/person.entity';
import { ApprovalResult } from './approval.enums';

/**
 * An approval round on one issued version. The eligible voters are fixed when the round is set up
 * (members of the chosen groups then; `approval_round_voters`). The quorum rule: at least
 * `quorumPercent` % of the eligible voters vote, and approvals (with or without reservations) are
 * at least `approvalPercent` % of the votes for or against (abstentions count for the quorum only).
 * Closing computes the result and stores it with the counts.
 */
@ObjectType('ApprovalRound', { description: 'A vote of the participants on one issued version of an action plan.' })
@Entity('approval_rounds')
@Index('approval_rounds_version_idx', ['versionId'])
@Check('approval_rounds_percent_check', `"quorum_percent" BETWEEN 0 AND 100 AND "approval_percent" BETWEEN 1 AND 100`)
export class ApprovalRoundEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the round.' })
  declare id: string;

  @Field({ description: 'When the round was set up.' })
  declare createdAt: Date;

  @ManyToOne(() => ActionPlanVersionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  version?: ActionPlanVersionEntity;

  @Field(() => ID, { description: 'The issued version voted on.' })
  @Column({ type: 'uuid' })
  versionId!: string;

  @Field({ description: 'Title of the round.' })
  @Column({ type: 'varchar', length: 300 })
  title!: string;

  @Field({ description: 'From when votes are taken.' })
  @Column({ type: 'timestamptz' })
  opensAt!: Date;

  @Field({ description: 'Until when votes are taken and may be changed.' })
  @Column({ type: 'timestamptz' })
  closesAt!: Date;

  @Field(() => Int, { description: 'Share of the eligible voters who must vote, in per cent.' })
  @Column({ type: 'int' })
  quorumPercent!: number;

  @Field(() => Int, { description: 'Share of approvals among the votes for or against needed, in per cent.' })
  @Column({ type: 'int' })
  approvalPercent!: number;

  @Field(() => Date, { nullable: true, description: 'When the round was closed and its result computed.' })
  @Column({ type: 'timestamptz', nullable: true })
  closedAt!: Date | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  closedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  closedById!: string | null;

  @Field(() => ApprovalResult, { nullable: true, description: 'The result, once closed.' })
  @Column({ type: 'enum', enum: ApprovalResult, enumName: 'approval_result', nullable: true })
  result!: ApprovalResult | null;

  @Field(() => Int, { nullable: true, description: 'Number of eligible voters, fixed when the round is set up.' })
  @Column({ type: 'int', nullable: true })
  eligibleCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Approvals (without reservations) when closed.' })
  @Column({ type: 'int', nullable: true })
  approveCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Approvals with reservations when closed.' })
  @Column({ type: 'int', nullable: true })
  reservationsCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Rejections when closed.' })
  @Column({ type: 'int', nullable: true })
  rejectCount!: number | null;

  @Field(() => Int, { nullable: true, description: 'Abstentions when closed.' })
  @Column({ type: 'int', nullable: true })
  abstainCount!: number | null;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  createdBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  createdById!: string | null;
}

/** A working group whose members may vote in a round (as chosen by the coordinator). */
@Entity('approval_round_groups')
@Index('approval_round_groups_group_idx', ['groupId'])
export class ApprovalRoundGroupEntity {
  @ManyToOne(() => ApprovalRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: ApprovalRoundEntity;

  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => WorkingGroupEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  group?: WorkingGroupEntity;

  @PrimaryColumn({ type: 'uuid' })
  groupId!: string;
}

/** A person eligible to vote in a round, fixed when the round is set up. */
@Entity('approval_round_voters')
@Index('approval_round_voters_person_idx', ['personId'])
export class ApprovalRoundVoterEntity {
  @ManyToOne(() => ApprovalRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: ApprovalRoundEntity;

  @PrimaryColumn({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @PrimaryColumn({ type: 'uuid' })
  personId!: string;
}
