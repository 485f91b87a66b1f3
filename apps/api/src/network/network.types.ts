import { ArgsType, Field, Int, ObjectType } from '@nestjs/graphql';
import { IsEnum, IsOptional } from 'class-validator';
import { CapacityUnit, ServiceType, TargetGroup } from '../services/service-catalogue';

@ArgsType()
export class ServiceNetworkArgs {
  @Field(() => ServiceType, { nullable: true, description: 'Services of this type only.' })
  @IsOptional()
  @IsEnum(ServiceType)
  serviceType?: ServiceType | null;

  @Field(() => TargetGroup, { nullable: true, description: 'Services for this target group only.' })
  @IsOptional()
  @IsEnum(TargetGroup)
  targetGroup?: TargetGroup | null;
}

@ObjectType({
  description:
    'Capacity of one service type for one target group in one unit. A service for several target groups counts in the row of each of them, so rows do not add up to the totals.',
})
export class ServiceNetworkRow {
  @Field(() => ServiceType, { description: 'Type of service.' })
  serviceType!: ServiceType;

  @Field({ description: 'Section of Act 108/2006 Coll., e.g. "§49".' })
  section!: string;

  @Field(() => TargetGroup, { description: 'Target group.' })
  targetGroup!: TargetGroup;

  @Field(() => CapacityUnit, { description: 'Unit of the capacities of the row.' })
  unit!: CapacityUnit;

  @Field(() => Int, { description: 'Registered services of the row.' })
  services!: number;

  @Field(() => Int, { description: 'Capacity of the registered services today.' })
  current!: number;

  @Field(() => Int, {
    description: 'Capacity with the intentions that are recommended, forwarded or included: current plus the changes they ask for.',
  })
  proposed!: number;

  @Field(() => Int, { description: 'proposed − current.' })
  change!: number;

  @Field(() => Int, { description: 'Recommended, forwarded or included intentions that change the row.' })
  intentions!: number;
}

@ObjectType({ description: 'Capacity of one service type in one unit, each service counted once (whatever its target groups).' })
export class ServiceNetworkTypeTotal {
  @Field(() => ServiceType, { description: 'Type of service.' })
  serviceType!: ServiceType;

  @Field({ description: 'Section of Act 108/2006 Coll., e.g. "§49".' })
  section!: string;

  @Field(() => CapacityUnit, { description: 'Unit of the capacities.' })
  unit!: CapacityUnit;

  @Field(() => Int, { description: 'Registered services of the type in the unit.' })
  services!: number;

  @Field(() => Int, { description: 'Capacity of the registered services today.' })
  current!: number;

  @Field(() => Int, { description: 'Capacity with the recommended, forwarded and included intentions.' })
  proposed!: number;

  @Field(() => Int, { description: 'proposed − current.' })
  change!: number;

  @Field(() => Int, { description: 'Recommended, forwarded or included intentions that change it.' })
  intentions!: number;
}

@ObjectType({ description: 'Capacity of the network in one unit, each service counted once (whatever its target groups).' })
export class ServiceNetworkTotal {
  @Field(() => CapacityUnit, { description: 'Unit.' })
  unit!: CapacityUnit;

  @Field(() => Int, { description: 'Capacity of the registered services today.' })
  current!: number;

  @Field(() => Int, { description: 'Capacity with the recommended, forwarded and included intentions.' })
  proposed!: number;

  @Field(() => Int, { description: 'proposed − current.' })
  change!: number;
}

@ObjectType({ description: "The area's service network: capacity today beside what the recommended intentions would make it." })
export class ServiceNetwork {
  @Field(() => [ServiceNetworkRow], { description: 'One row per service type, target group and unit, in the order of the Act.' })
  rows!: ServiceNetworkRow[];

  @Field(() => [ServiceNetworkTypeTotal], { description: 'One entry per service type and unit (each service once), in the order of the Act.' })
  types!: ServiceNetworkTypeTotal[];

  @Field(() => [ServiceNetworkTotal], { description: 'One total per unit that occurs.' })
  totals!: ServiceNetworkTotal[];
}
