import { Field, ObjectType } from '@nestjs/graphql';
import { WorkingGroupEntity } from '../groups/working-group.entity';

@ObjectType({ description: 'The calendar feed of one working group.' })
export class GroupFeed {
  @Field(() => WorkingGroupEntity, { description: 'The group.' })
  group!: WorkingGroupEntity;

  @Field({ description: 'Address to subscribe to (with the viewer’s token where they are a member).' })
  url!: string;
}

@ObjectType({ description: 'Addresses of iCalendar feeds to subscribe to in a calendar app.' })
export class CalendarFeeds {
  @Field({ description: 'Public meetings of the area.' })
  area!: string;

  @Field(() => String, { nullable: true, description: 'Public meetings plus every meeting the viewer takes part in (keep it private).' })
  personal!: string | null;

  @Field(() => [GroupFeed], { description: 'Feeds of the area’s working groups.' })
  groups!: GroupFeed[];
}
