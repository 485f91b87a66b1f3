import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index, JoinColumn, ManyToOne, Unique } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { PersonEntity } from '../people/person.entity';
import { EmailState, NotificationDelivery, NotificationKind, NotificationSubject } from './notification.enums';

/** Values filled into the text of a notification (titles, times as ISO strings, counts). */
export type NotificationParams = Record<string, string | number>;

/**
 * One piece of news for one person. `dedupeKey` is unique per person, so the same news (e.g. one
 * invitation, one "closing soon" of a round) is never stored — nor mailed — twice.
 */
@ObjectType('Notification', { description: 'A piece of news for the viewer, shown in the app and possibly sent by e-mail.' })
@Entity('notifications')
@Unique('notifications_person_key', ['personId', 'dedupeKey'])
@Index('notifications_person_created_idx', ['personId', 'createdAt'])
@Index('notifications_email_pending_idx', ['emailDelivery', 'createdAt'], { where: "email_state = 'PENDING'" })
export class NotificationEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the notification.' })
  declare id: string;

  @Field({ description: 'When it happened.' })
  declare createdAt: Date;

  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Field(() => NotificationKind, { description: 'What it is about.' })
  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Field(() => String, { description: 'Type of the object it points at, e.g. "Meeting".' })
  @Column({ type: 'varchar', length: 40 })
  subjectType!: NotificationSubject;

  @Field(() => ID, { description: 'The object it points at.' })
  @Column({ type: 'uuid' })
  subjectId!: string;

  @Column({ type: 'jsonb', default: () => "'{}'" })
  params!: NotificationParams;

  @Column({ type: 'varchar', length: 200 })
  dedupeKey!: string;

  @Field(() => Date, { nullable: true, description: 'When the viewer read it; null while unread.' })
  @Column({ type: 'timestamptz', nullable: true })
  readAt!: Date | null;

  @Field(() => NotificationDelivery, { description: 'How its e-mail was to be sent (the preference when it happened).' })
  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  emailDelivery!: NotificationDelivery;

  @Field(() => EmailState, { description: 'Whether its e-mail is waiting, sent or not sent at all.' })
  @Column({ type: 'enum', enum: EmailState, enumName: 'notification_email_state' })
  emailState!: EmailState;

  @Field(() => Date, { nullable: true, description: 'When its e-mail went out.' })
  @Column({ type: 'timestamptz', nullable: true })
  emailSentAt!: Date | null;

  /** The daily digest that carried it (a digest row). */
  @Column({ type: 'uuid', nullable: true })
  digestId!: string | null;
}

/** A person's choice of e-mail for one kind of notification; without a row the default applies. */
@Entity('notification_preferences')
@Unique('notification_preferences_person_kind_key', ['personId', 'kind'])
export class NotificationPreferenceEntity extends AreaScopedEntity {
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  @Column({ type: 'enum', enum: NotificationKind, enumName: 'notification_kind' })
  kind!: NotificationKind;

  @Column({ type: 'enum', enum: NotificationDelivery, enumName: 'notification_delivery' })
  delivery!: NotificationDelivery;
}

/**
 * One daily digest e-mail sent to a person (`createdAt` is when): at most one per person and local
 * day — the unique key also keeps two API instances from sending the same digest.
 */
@Entity('notification_digests')
@Unique('notification_digests_person_day_key', ['personId', 'day'])
export class NotificationDigestEntity extends AreaScopedEntity {
  @ManyToOne(() => PersonEntity, { onDelete: 'CASCADE' })
  @JoinColumn()
  person?: PersonEntity;

  @Column({ type: 'uuid' })
  personId!: string;

  /** The day in the area's time zone (YYYY-MM-DD). */
  @Column({ type: 'date' })
  day!: string;

  /** How many notifications it carried. */
  @Column({ type: 'int' })
  items!: number;
}
