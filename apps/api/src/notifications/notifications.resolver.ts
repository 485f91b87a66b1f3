import { Args, Context, Field, Int, Mutation, ObjectType, Parent, Query, ResolveField, Resolver, Subscription } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity } from '../common/pagination';
import { LoadersService } from '../graphql/loaders.service';
import { NotificationsArgs, SetNotificationPreferenceInput } from './dto/notification.inputs';
import { NotificationDelivery, NotificationKind } from './notification.enums';
import { NotificationEntity } from './notification.entity';
import { NotificationEvent, NotificationEvents } from './notification-events';
import { notificationText, subjectPath } from './notification-texts';
import { NotificationsService } from './notifications.service';

@ObjectType('NotificationPage', { description: "A page of the viewer's notifications, newest first." })
class NotificationPage {
  @Field(() => [NotificationEntity], { description: 'Items of this page.' })
  items!: NotificationEntity[];

  @Field(() => Int, { description: 'Number of items on all pages.' })
  total!: number;

  @Field(() => Int, { description: 'How many of all the viewer’s notifications are unread.' })
  unread!: number;
}

@ObjectType('NotificationPreference', { description: 'When the viewer gets e-mail about one kind of notification.' })
class NotificationPreferenceType {
  @Field(() => NotificationKind, { description: 'The kind of notification.' })
  kind!: NotificationKind;

  @Field(() => NotificationDelivery, { description: 'Right away, in the daily digest, or never (in the app only).' })
  delivery!: NotificationDelivery;

  @Field({ description: 'The viewer has not chosen: the default applies.' })
  isDefault!: boolean;
}

const ownNotification = Rules.ownerOf<{ id?: string }>(NotificationEntity, (args) => args.id);

/** The viewer's notifications in the area: the list, reading them, live arrivals and e-mail preferences. */
@Resolver(() => NotificationEntity)
export class NotificationsResolver {
  constructor(
    private readonly service: NotificationsService,
    private readonly events: NotificationEvents,
    private readonly loaders: LoadersService,
  ) {}

  @Query(() => NotificationPage, { complexity: pageComplexity, description: "The viewer's notifications in this area, newest first, with the unread count." })
  @Authorize(Rules.areaMember())
  async notifications(@Args() args: NotificationsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<NotificationPage> {
    return this.service.list(await viewer, args.unreadOnly, args.offset, args.pageSize);
  }

  @Query(() => [NotificationPreferenceType], { description: 'For every kind of notification: when the viewer gets e-mail about it.' })
  @Authorize(Rules.areaMember())
  async notificationPreferences(@CurrentViewer() viewer: Promise<Viewer>): Promise<NotificationPreferenceType[]> {
    return this.service.preferences(await viewer);
  }

  @Mutation(() => NotificationEntity, { description: 'Marks one of the viewer’s notifications as read.' })
  @Authorize(ownNotification)
  async markNotificationRead(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<NotificationEntity> {
    return this.service.markRead(await viewer, id);
  }

  @Mutation(() => Int, { description: 'Marks all of the viewer’s notifications in this area as read; returns how many were unread.' })
  @Authorize(Rules.areaMember())
  async markAllNotificationsRead(@CurrentViewer() viewer: Promise<Viewer>): Promise<number> {
    return this.service.markAllRead(await viewer);
  }

  @Mutation(() => NotificationPreferenceType, { description: 'Chooses when the viewer gets e-mail about one kind of notification (from now on).' })
  @Authorize(Rules.areaMember())
  async setNotificationPreference(@Args('input') input: SetNotificationPreferenceInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<NotificationPreferenceType> {
    return this.service.setPreference(await viewer, input.kind, input.delivery);
  }

  @Subscription(() => NotificationEvent, {
    description: "The viewer's notifications as they arrive: first SUBSCRIBED, then each new one and each read. Resolve `notification` and `unread`.",
    resolve(this: NotificationsResolver, event: NotificationEvent, _args: unknown, context: RequestContext) {
      context.loaders = this.loaders.forEvent(event);
      return event;
    },
  })
  @Authorize(Rules.areaMember())
  async notificationEvents(@CurrentViewer() viewer: Promise<Viewer>): Promise<AsyncIterableIterator<NotificationEvent>> {
    return this.events.stream((await viewer).person!.id);
  }

  @ResolveField(() => String, { description: 'What happened, in the viewer’s language (times in the area’s time zone).' })
  async text(@Parent() notification: NotificationEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    const { locale, area } = await viewer;
    return notificationText(notification.kind, notification.params, locale, area?.timezone ?? 'Europe/Prague');
  }

  @ResolveField(() => String, { description: 'Where the web app shows what it is about, e.g. /a/plzen/meetings/<id>.' })
  async path(@Parent() notification: NotificationEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    return subjectPath((await viewer).area?.slug ?? '', notification.subjectType, notification.subjectId);
  }

  @ResolveField(() => Boolean, { description: 'Read by the viewer.' })
  read(@Parent() notification: NotificationEntity): boolean {
    return notification.readAt !== null;
  }
}

/** What a subscriber sees of an event: only its own notification (events go to the recipient's topic only). */
@Resolver(() => NotificationEvent)
export class NotificationEventResolver {
  constructor(private readonly service: NotificationsService) {}

  @ResolveField(() => NotificationEntity, { nullable: true, description: 'The new or read notification, if any.' })
  async notification(@Parent() event: NotificationEvent, @CurrentViewer() viewer: Promise<Viewer>, @Context() ctx: RequestContext): Promise<NotificationEntity | null> {
    if (!event.notificationId) return null;
    const notification = await ctx.loaders.one(NotificationEntity).load(event.notificationId);
    const { person } = await viewer;
    return notification && person && notification.personId === person.id ? notification : null;
  }

  @ResolveField(() => Int, { description: 'How many of the viewer’s notifications are unread now.' })
  async unread(@CurrentViewer() viewer: Promise<Viewer>): Promise<number> {
    return this.service.unreadCount(await viewer);
  }
}
