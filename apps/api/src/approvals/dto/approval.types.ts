import { Field, Float, Int, ObjectType } from '@nestjs/graphql';
import { PersonEntity } from '../../people/person.entity';
import { ApprovalResult } from '../approval.enums';

@ObjectType('ApprovalTally', { description: 'The votes of a round so far (or at its close), and whether the quorum rule is met.' })
export class ApprovalTally {
  @Field(() => Int, { description: 'Eligible voters.' })
  eligible!: number;

  @Field(() => Int, { description: 'Approvals without reservations.' })
  approve!: number;

  @Field(() => Int, { description: 'Approvals with reservations.' })
  approveWithReservations!: number;

  @Field(() => Int, { description: 'Rejections.' })
  reject!: number;

  @Field(() => Int, { description: 'Abstentions.' })
  abstain!: number;

  @Field(() => Int, { description: 'Votes cast (every choice).' })
  votesCast!: number;

  @Field(() => Float, { description: 'Votes cast as a share of the eligible voters, in per cent (0 with nobody eligible).' })
  turnoutPercent!: number;

  @Field(() => Int, { description: 'Votes needed for the quorum (quorum % of the eligible, rounded up).' })
  quorumVotes!: number;

  @Field({ description: 'Whether enough eligible voters have voted.' })
  quorumMet!: boolean;

  @Field({ description: 'Whether the approvals reach the approval share of the votes for or against.' })
  approvalMet!: boolean;

  @Field(() => ApprovalResult, { description: 'What the result would be if the round closed now (the stored result once closed).' })
  result!: ApprovalResult;
}

@ObjectType('ApprovalVoter', { description: 'An eligible voter of a round and whether they have voted (not how).' })
export class ApprovalVoter {
  @Field(() => PersonEntity, { description: 'The voter.' })
  person!: PersonEntity;

  @Field({ description: 'Whether the voter has voted.' })
  voted!: boolean;

  @Field(() => Date, { nullable: true, description: 'When the vote was last cast or changed.' })
  votedAt!: Date | null;
}
