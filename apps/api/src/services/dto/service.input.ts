import { ArgsType, Field, ID, InputType, Int } from '@nestjs/graphql';
import { Transform, Type } from 'class-transformer';
import {
  ArrayMaxSize,
  ArrayMinSize,
  ArrayUnique,
  IsEnum,
  IsInt,
  IsNotEmpty,
  IsOptional,
  IsString,
  IsUUID,
  Matches,
  MaxLength,
  Min,
  ValidateNested,
} from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { IsOptionalNotNull } from '../../common/validation/is-optional-not-null.decorator';
import { trim } from '../../common/validation/transforms';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../service-catalogue';

/** The fields of a service that a provider fills in (shared by the form and the import). */
@InputType({ isAbstract: true })
export class ServiceFieldsInput {
  @Field(() => ServiceType, { description: 'Kind of service under Act 108/2006 Coll.' })
  @IsEnum(ServiceType)
  type!: ServiceType;

  @Field({ description: 'Registration identifier of the service (7 digits), unique in the area.' })
  @Transform(trim)
  @IsString()
  @Matches(/^\d{7}$/)
  registrationId!: string;

  @Field({ description: 'Name of the service.' })
  @Transform(trim)
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name!: string;

  @Field(() => [TargetGroup], { description: 'Whom the service is for (at least one).' })
  @ArrayMinSize(1)
  @ArrayMaxSize(13)
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  targetGroups!: TargetGroup[];

  @Field(() => ServiceForm, { description: 'Residential, outpatient or field; the type must allow it.' })
  @IsEnum(ServiceForm)
  form!: ServiceForm;

  @Field(() => Int, { description: 'Capacity (whole number, 0 or more), counted in `capacityUnit`.' })
  @IsInt()
  @Min(0)
  capacity!: number;

  @Field(() => CapacityUnit, { description: 'Unit of the capacity; beds only for residential services.' })
  @IsEnum(CapacityUnit)
  capacityUnit!: CapacityUnit;

  @Field(() => String, { nullable: true, description: 'Where the service is provided.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  areaServed?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact: telephone, e-mail or address.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string | null;
}

@InputType({ description: 'A service registered by a provider organisation.' })
export class CreateServiceInput extends ServiceFieldsInput {
  @Field(() => ID, { description: 'The provider organisation that runs the service.' })
  @IsUUID('all')
  organisationId!: string;
}

@InputType({ description: 'Changes to a registered service; fields left out stay as they are.' })
export class UpdateServiceInput {
  @Field(() => ID, { description: 'The service to change.' })
  @IsUUID('all')
  id!: string;

  @Field(() => ServiceType, { nullable: true, description: 'Kind of service.' })
  @IsOptionalNotNull()
  @IsEnum(ServiceType)
  type?: ServiceType;

  @Field(() => String, { nullable: true, description: 'Registration identifier (7 digits).' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @Matches(/^\d{7}$/)
  registrationId?: string;

  @Field(() => String, { nullable: true, description: 'Name of the service.' })
  @Transform(trim)
  @IsOptionalNotNull()
  @IsString()
  @IsNotEmpty()
  @MaxLength(200)
  name?: string;

  @Field(() => [TargetGroup], { nullable: true, description: 'Whom the service is for.' })
  @IsOptionalNotNull()
  @ArrayMinSize(1)
  @ArrayMaxSize(13)
  @ArrayUnique()
  @IsEnum(TargetGroup, { each: true })
  targetGroups?: TargetGroup[];

  @Field(() => ServiceForm, { nullable: true, description: 'Residential, outpatient or field.' })
  @IsOptionalNotNull()
  @IsEnum(ServiceForm)
  form?: ServiceForm;

  @Field(() => Int, { nullable: true, description: 'Capacity (whole number, 0 or more).' })
  @IsOptionalNotNull()
  @IsInt()
  @Min(0)
  capacity?: number;

  @Field(() => CapacityUnit, { nullable: true, description: 'Unit of the capacity.' })
  @IsOptionalNotNull()
  @IsEnum(CapacityUnit)
  capacityUnit?: CapacityUnit;

  @Field(() => String, { nullable: true, description: 'Where the service is provided.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  areaServed?: string | null;

  @Field(() => String, { nullable: true, description: 'Contact.' })
  @Transform(trim)
  @IsOptional()
  @IsString()
  @MaxLength(300)
  contact?: string | null;
}

@InputType({ description: 'The register of one provider organisation as CSV text.' })
export class ImportServicesInput {
  @Field(() => ID, { description: 'The provider organisation whose services the file lists.' })
  @IsUUID('all')
  organisationId!: string;

  @Field({
    description:
      'CSV (`;` or `,` separated, UTF-8) with a header row of the columns type (code or § number), registrationId, name, targetGroups (codes separated by `|`), form, capacity, capacityUnit, areaServed, contact.',
  })
  @IsString()
  @IsNotEmpty()
  @MaxLength(2_000_000)
  csv!: string;
}

@InputType({ description: 'Which services to list; every condition is optional.' })
export class ServiceFilter {
  @Field(() => ID, { nullable: true, description: 'Services of this organisation only.' })
  @IsOptional()
  @IsUUID('all')
  organisationId?: string | null;

  @Field(() => ServiceType, { nullable: true, description: 'Services of this type only.' })
  @IsOptional()
  @IsEnum(ServiceType)
  type?: ServiceType | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Services for this target group only.' })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup | null;
}

@ArgsType()
export class ServicesArgs extends PageArgs {
  @Field(() => ServiceFilter, { nullable: true, description: 'Conditions on the services listed.' })
  @IsOptional()
  @ValidateNested()
  @Type(() => ServiceFilter)
  filter?: ServiceFilter | null;
}
