import { ArgsType, Field, ID, InputType, ObjectType } from '@nestjs/graphql';
import { Type } from 'class-transformer';
import { IsDateString, IsOptional, IsString, IsUUID, MaxLength, ValidateNested } from 'class-validator';
import { AreaDownloadQuery } from '../common/download';
import { PageArgs, Paginated } from '../common/pagination';
import { AuditEntryEntity } from './audit-entry.entity';

@InputType({ description: 'Filters of the audit log; every one is optional.' })
export class AuditLogFilter {
  @Field(() => String, { nullable: true, description: 'Only this action, e.g. "comment.settled".' })
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string | null;

  @Field(() => String, { nullable: true, description: 'Only this kind of object, e.g. "Comment".' })
  @IsOptional()
  @IsString()
  @MaxLength(40)
  subjectType?: string | null;

  @Field(() => ID, { nullable: true, description: 'Only what this person did.' })
  @IsOptional()
  @IsUUID('all')
  actorId?: string | null;

  @Field(() => String, { nullable: true, description: 'From this day (YYYY-MM-DD, in the area\'s time zone), inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  from?: string | null;

  @Field(() => String, { nullable: true, description: 'Until this day (YYYY-MM-DD, in the area\'s time zone), inclusive.' })
  @IsOptional()
  @IsDateString({ strict: true })
  to?: string | null;
}

/** The same filters in the query string of the CSV/XLSX download. */
export class AuditLogExportQuery extends AreaDownloadQuery {
  @IsOptional()
  @IsString()
  @MaxLength(80)
  action?: string;

  @IsOptional()
  @IsString()
  @MaxLength(40)
  subjectType?: string;

  @IsOptional()
  @IsUUID('all')
  actorId?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  from?: string;

  @IsOptional()
  @IsDateString({ strict: true })
  to?: string;
}

@ArgsType()
export class AuditLogArgs extends PageArgs {
  @Field(() => AuditLogFilter, { nullable: true, description: 'Conditions on the lines listed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => AuditLogFilter)
  filter?: AuditLogFilter | null;
}

export const AuditLogPage = Paginated(AuditEntryEntity, 'AuditLogPage');

@ObjectType('AuditActionOption', { description: 'An action recorded in the audit log, with its label.' })
export class AuditActionOption {
  @Field({ description: 'The action code, e.g. "comment.settled".' })
  action!: string;

  @Field({ description: 'The action in words, in the requester\'s language.' })
  label!: string;
}
