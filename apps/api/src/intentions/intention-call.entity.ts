import { Field, ID, Int, ObjectType } from '@nestjs/graphql';
import { Column, Entity, Index } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';

@ObjectType('IntentionCall', { description: 'The call for intentions of one year: until when providers may submit.' })
@Entity('intention_calls')
@Index('intention_calls_area_year_key', ['areaId', 'year'], { unique: true })
export class IntentionCallEntity extends AreaScopedEntity {
  @Field(() => ID, { description: 'Identifier of the call.' })
  declare id: string;

  @Field(() => Int, { description: 'Start year of the intentions the call is for.' })
  @Column({ type: 'integer' })
  year!: number;

  @Field({ description: 'Last day of submission (YYYY-MM-DD, in the area\'s time zone).' })
  @Column({ type: 'date' })
  deadline!: string;
}
