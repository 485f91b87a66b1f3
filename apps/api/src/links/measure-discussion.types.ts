import { Field, ObjectType } from '@nestjs/graphql';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';

@ObjectType('MeasureDiscussion', { description: 'A meeting that discussed a measure: the agenda item and the decisions of that meeting.' })
export class MeasureDiscussion {
  @Field(() => MeetingEntity, { description: 'The meeting.' })
  meeting!: MeetingEntity;

  @Field(() => AgendaItemEntity, { description: 'The agenda item that points at the measure.' })
  agendaItem!: AgendaItemEntity;
}
