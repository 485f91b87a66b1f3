import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { DevelopmentIntentionEntity } from './development-intention.entity';
import { IntentionState } from './intention.enums';

@ObjectType('IntentionHistoryEntry', { description: 'One change of an intention: who, when, from which state to which, and why.' })
@Entity('intention_history')
export class IntentionHistoryEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the entry.' })
  declare id: string;

  @Field({ description: 'When it happened.' })
  declare createdAt: Date;

  @ManyToOne(() => DevelopmentIntentionEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  intention?: DevelopmentIntentionEntity;

  @Column({ type: 'uuid' })
  intentionId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'RESTRICT' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Field(() => IntentionState, { nullable: true, description: 'State before (empty when the intention was created).' })
  @Column({ type: 'enum', enum: IntentionState, enumName: 'intention_state', nullable: true })
  fromState!: IntentionState | null;

  @Field(() => IntentionState, { description: 'State after (the same as before for an edit of a draft).' })
  @Column({ type: 'enum', enum: IntentionState, enumName: 'intention_state' })
  toState!: IntentionState;

  @Field({ description: 'Why (reasons of an opinion, of an outcome, or a note).' })
  @Column({ type: 'text', default: '' })
  reason!: string;
}
