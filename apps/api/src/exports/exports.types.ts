import { Type } from 'class-transformer';
import { IsEnum, IsInt, IsOptional, IsUUID, Max, Min } from 'class-validator';
import { AreaDownloadQuery } from '../common/download';
import { IntentionKind, IntentionState } from '../intentions/intention.enums';
import { ServiceType } from '../services/service-catalogue';

/** GET /api/intentions.{csv,xlsx}?area=<slug>[&state=][&kind=][&groupId=][&year=] */
export class IntentionExportQuery extends AreaDownloadQuery {
  @IsOptional()
  @IsEnum(IntentionState)
  state?: IntentionState;

  @IsOptional()
  @IsEnum(IntentionKind)
  kind?: IntentionKind;

  /** The reviewing working group. */
  @IsOptional()
  @IsUUID('all')
  groupId?: string;

  /** The start year. */
  @IsOptional()
  @Type(() => Number)
  @IsInt()
  @Min(2000)
  @Max(2100)
  year?: number;
}

/** GET /api/services.{csv,xlsx}?area=<slug>[&serviceType=][&organisationId=] */
export class ServiceExportQuery extends AreaDownloadQuery {
  @IsOptional()
  @IsEnum(ServiceType)
  serviceType?: ServiceType;

  @IsOptional()
  @IsUUID('all')
  organisationId?: string;
}
