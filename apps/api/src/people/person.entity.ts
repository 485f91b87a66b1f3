import { Field, ID, ObjectType } from '@nestjs/graphql';
import { randomBytes } from 'node:crypto';
import { BeforeInsert, Column, Entity, Index, JoinColumn, ManyToOne } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { AccountEntity } from '../auth/account.entity';
import { AreaRole } from './area-role.enum';

/** A participant of an area's planning. Many participants never log in (no account). */
@ObjectType('Person', { description: 'A participant in the planning of one area.' })
@Entity('people')
@Index('people_area_account_key', ['areaId', 'accountId'], { unique: true, where: 'account_id IS NOT NULL' })
@Index('people_area_email_key', ['areaId', 'email'], { unique: true, where: 'email IS NOT NULL' })
export class PersonEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the person.' })
  declare id: string;

  @Field({ description: 'When the person was added to the area.' })
  declare createdAt: Date;

  @Field({ description: 'Full name as shown in attendance lists.' })
  @Column({ type: 'varchar', length: 200 })
  fullName!: string;

  /** Contact e-mail (lower-case). Exposed through PeopleResolver: only coordinators and the person see it. */
  @Column({ type: 'varchar', length: 254, nullable: true })
  email!: string | null;

  /** Contact phone number. Exposed through PeopleResolver like the e-mail. */
  @Column({ type: 'varchar', length: 40, nullable: true })
  phone!: string | null;

  @Field(() => [AreaRole], { description: 'Roles of the person in the area.' })
  @Column({ type: 'enum', enum: AreaRole, enumName: 'area_role', array: true, default: () => "'{MEMBER}'" })
  roles!: AreaRole[];

  @ManyToOne(() => AccountEntity, { onDelete: 'SET NULL', nullable: true })
  @JoinColumn()
  account?: AccountEntity | null;

  @Column({ type: 'uuid', nullable: true })
  accountId!: string | null;

  /** Secret of the person's personal calendar feed (subscribed to by calendar apps without a cookie). */
  @Column({ type: 'varchar', length: 64 })
  calendarToken!: string;

  /** When the person was anonymised (erasure of personal data); the name is then a pseudonym. */
  @Field(() => Date, { nullable: true, description: 'When the person\'s personal data were erased; the name is then a pseudonym.' })
  @Column({ type: 'timestamptz', nullable: true })
  anonymisedAt!: Date | null;

  @BeforeInsert()
  protected assignCalendarToken(): void {
    this.calendarToken ??= randomBytes(24).toString('hex');
  }
}
