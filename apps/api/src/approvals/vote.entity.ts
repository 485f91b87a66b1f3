import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, JoinColumn, ManyToOne, PrimaryGeneratedColumn, UpdateDateColumn } from 'typeorm';
import { PersonEntity } from '../people/person.entity';
import { ApprovalRoundEntity } from './approval-round.entity';
import { VoteChoice } from './approval.enums';

/** One person's vote in an approval round; the unique key holds "one vote per person", a change updates it. */
@ObjectType('Vote', { description: 'A vote in an approval round.' })
@Entity('votes')
@Index('votes_round_person_key', ['roundId', 'personId'], { unique: true })
export class VoteEntity {
  @Field(() => ID, { description: 'Identifier of the vote.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @ManyToOne(() => ApprovalRoundEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  round?: ApprovalRoundEntity;

  @Field(() => ID, { description: 'The round.' })
  @Column({ type: 'uuid' })
  roundId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Field(() => VoteChoice, { description: 'The choice.' })
  @Column({ type: 'enum', enum: VoteChoice, enumName: 'vote_choice' })
  choice!: VoteChoice;

  @Field(() => String, { nullable: true, description: 'The reservation, for an approval with reservations.' })
  @Column({ type: 'text', nullable: true })
  reservation!: string | null;

  @Field({ description: 'When the vote was first cast.' })
  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;

  @Field({ description: 'When the vote was last changed.' })
  @UpdateDateColumn({ type: 'timestamptz' })
  updatedAt!: Date;
}
