import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from './person.entity';

/** A one-time link by which an invited person sets a password and joins an area. */
@ObjectType('AccountInvitation', { description: 'A one-time link that lets an invited person join the area.' })
@Entity('account_invitations')
export class AccountInvitationEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the invitation.' })
  declare id: string;

  @Field({ description: 'When the invitation was created.' })
  declare createdAt: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @ManyToOne(() => PersonEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  invitedBy?: PersonEntity | null;

  @Column({ type: 'uuid', nullable: true })
  invitedById!: string | null;

  @Index('account_invitations_token_hash_key', { unique: true })
  @Column({ type: 'varchar', length: 64 })
  tokenHash!: string;

  @Field({ description: 'After this moment the link no longer works.' })
  @Column({ type: 'timestamptz' })
  expiresAt!: Date;

  @Field(() => Date, { nullable: true, description: 'When the invitation was accepted; a link works once.' })
  @Column({ type: 'timestamptz', nullable: true })
  acceptedAt!: Date | null;
}
