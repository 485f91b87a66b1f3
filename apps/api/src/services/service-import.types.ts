import { Field, Int, ObjectType } from '@nestjs/graphql';
import { CapacityUnit, ServiceForm, ServiceType } from './service-catalogue';

@ObjectType('ServiceImportError', { description: 'One problem of an imported file.' })
export class ServiceImportError {
  @Field(() => Int, { description: 'Line of the file (the header is line 1).' })
  row!: number;

  @Field({ description: 'Column of the problem (empty when it concerns the whole file).' })
  field!: string;

  @Field({ description: "What is wrong, in the requester's language." })
  message!: string;
}

@ObjectType('ServiceImportReport', { description: 'Outcome of an import: either every row imported, or nothing and the problems.' })
export class ServiceImportReport {
  @Field(() => Int, { description: 'Number of services imported (0 when any row failed).' })
  imported!: number;

  @Field(() => [ServiceImportError], { description: 'Every problem found; empty when the import succeeded.' })
  errors!: ServiceImportError[];
}

@ObjectType('ServiceTypeInfo', { description: 'A kind of social service of Act 108/2006 Coll.' })
export class ServiceTypeInfoType {
  @Field(() => ServiceType, { description: 'Code of the type.' })
  type!: ServiceType;

  @Field({ description: 'Section of the Act, e.g. "40" or "60a".' })
  section!: string;

  @Field({ description: "Name in the requester's language." })
  name!: string;

  @Field(() => [ServiceForm], { description: 'Forms the Act allows for this type.' })
  forms!: ServiceForm[];

  @Field(() => [CapacityUnit], { description: 'Capacity units that fit at least one of these forms.' })
  units!: CapacityUnit[];
}
