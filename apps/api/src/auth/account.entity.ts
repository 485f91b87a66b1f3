import { Field, ID, ObjectType } from '@nestjs/graphql';
import { Column, CreateDateColumn, Entity, Index, PrimaryGeneratedColumn } from 'typeorm';

/** A login: e-mail and password. People in areas point at it once they accept an invitation. */
@ObjectType('Account', { description: 'A login of a person: e-mail address and preferred language.' })
@Entity('accounts')
export class AccountEntity {
  @Field(() => ID, { description: 'Identifier of the account.' })
  @PrimaryGeneratedColumn('uuid')
  id!: string;

  @Field({ description: 'E-mail address used to log in (stored lower-case).' })
  @Index('accounts_email_key', { unique: true })
  @Column({ type: 'varchar', length: 254 })
  email!: string;

  @Column({ type: 'varchar', length: 200 })
  passwordHash!: string;

  @Field({ description: 'Preferred interface language: cs, pl or en.' })
  @Column({ type: 'varchar', length: 5, default: 'cs' })
  locale!: string;

  @CreateDateColumn({ type: 'timestamptz' })
  createdAt!: Date;
}
