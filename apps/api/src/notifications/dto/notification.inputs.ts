import { ArgsType, Field, InputType } from '@nestjs/graphql';
import { IsBoolean, IsEnum } from 'class-validator';
import { PageArgs } from '../../common/pagination';
import { NotificationDelivery, NotificationKind } from '../notification.enums';

@ArgsType()
export class NotificationsArgs extends PageArgs {
  @Field(() => Boolean, { defaultValue: false, description: 'Only the unread ones.' })
  @IsBoolean()
  unreadOnly = false;
}

@InputType({ description: 'When the viewer wants e-mail about one kind of notification.' })
export class SetNotificationPreferenceInput {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  @IsEnum(NotificationKind)
  kind!: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'Right away, in the daily digest, or never (in the app only).' })
  @IsEnum(NotificationDelivery)
  delivery!: NotificationDelivery;
}
