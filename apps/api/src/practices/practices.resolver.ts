import { Args, Context, ID, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { pageComplexity } from '../common/pagination';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { PersonEntity } from '../people/person.entity';
import { CreatePracticeInput, UpdatePracticeInput } from './dto/practice.input';
import { PracticeHitPage, PracticeTag } from './dto/practice.types';
import { PracticesArgs, PublicPracticeArgs, PublicPracticesArgs, PublicPracticeTagsArgs } from './dto/practices.args';
import { PracticeAttachmentEntity } from './practice-attachment.entity';
import { PracticeAttachmentsService } from './practice-attachments.service';
import { PracticeRules } from './practice-rules';
import { PracticeEntity } from './practice.entity';
import { PracticesService } from './practices.service';

const coordinatorOn = Rules.areaRoleOn<{ id?: string }>(PracticeEntity, (args) => args.id, AreaRole.COORDINATOR);

@Resolver(() => PracticeEntity)
export class PracticesResolver {
  constructor(
    private readonly service: PracticesService,
    private readonly files: PracticeAttachmentsService,
  ) {}

  @Query(() => PracticeHitPage, {
    complexity: pageComplexity,
    description: 'The good-practice library of the area for its people: published articles and the drafts the viewer may edit.',
  })
  @Authorize(Rules.areaMember())
  async practices(@Args() args: PracticesArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeHitPage> {
    return this.service.search(await viewer, args);
  }

  @Query(() => PracticeEntity, { nullable: true, description: 'One article of the area (a draft only for who may edit it); null when there is none.' })
  @Authorize(Rules.areaMember())
  async practice(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeEntity | null> {
    return this.service.get(await viewer, id);
  }

  @Query(() => [PracticeTag], { description: 'Tags of the articles of the area the viewer sees, most used first.' })
  @Authorize(Rules.areaMember())
  async practiceTags(@CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeTag[]> {
    const current = await viewer;
    return this.service.tags(current.area!.id, await this.service.writableBy(current));
  }

  @Query(() => PracticeHitPage, {
    complexity: pageComplexity,
    description: 'Search of the published good-practice articles of an area, without login: diacritics do not matter, the last word may be unfinished.',
  })
  @Authorize(Rules.anyone())
  async publicPractices(@Args() args: PublicPracticesArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeHitPage> {
    return this.service.searchPublic(args.areaSlug, args, (await viewer).locale);
  }

  @Query(() => PracticeEntity, { nullable: true, description: 'One published good-practice article of an area (null for any other); no login needed.' })
  @Authorize(Rules.anyone())
  publicPractice(@Args() { areaSlug, id }: PublicPracticeArgs): Promise<PracticeEntity | null> {
    return this.service.getPublic(areaSlug, id);
  }

  @Query(() => [PracticeTag], { description: 'Tags of the published articles of an area, most used first; no login needed.' })
  @Authorize(Rules.anyone())
  publicPracticeTags(@Args() { areaSlug }: PublicPracticeTagsArgs): Promise<PracticeTag[]> {
    return this.service.publicTags(areaSlug);
  }

  @Mutation(() => PracticeEntity, {
    description: 'Writes a new article as a draft: area coordinators, or members and providers for an organisation they represent.',
  })
  @Authorize(PracticeRules.writerFor<{ input?: { organisationId?: string | null } }>((args) => args.input?.organisationId))
  async createPractice(@Args('input') input: CreatePracticeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeEntity> {
    return this.service.create(await viewer, input);
  }

  @Mutation(() => PracticeEntity, {
    description: 'Saves an article (coordinators any, members and providers the drafts of their organisations); a stale revision gets CONFLICT.',
  })
  @Authorize(PracticeRules.editor<{ input?: { id?: string } }>((args) => args.input?.id))
  async updatePractice(@Args('input') input: UpdatePracticeInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeEntity> {
    return this.service.update(await viewer, input);
  }

  @Mutation(() => PracticeEntity, { description: 'Publishes an article in the public library (the area coordinator).' })
  @Authorize(coordinatorOn)
  async publishPractice(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeEntity> {
    return this.service.publish(await viewer, id);
  }

  @Mutation(() => PracticeEntity, { description: 'Takes an article out of the public library back to a draft (the area coordinator).' })
  @Authorize(coordinatorOn)
  async unpublishPractice(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<PracticeEntity> {
    return this.service.unpublish(await viewer, id);
  }

  @Mutation(() => ID, { description: 'Deletes an article with its attachments (the area coordinator); returns its id.' })
  @Authorize(coordinatorOn)
  async deletePractice(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    return this.service.remove(await viewer, id);
  }

  @Mutation(() => ID, { description: 'Deletes an attachment of an article (whoever may edit the article); returns its id.' })
  @Authorize(PracticeRules.attachmentEditor<{ id?: string }>((args) => args.id))
  async deletePracticeAttachment(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<string> {
    return this.files.remove(await viewer, id);
  }

  @ResolveField(() => String, { nullable: true, description: 'Name of the organisation behind the practice.' })
  async organisationName(@Parent() practice: PracticeEntity, @Context() ctx: RequestContext): Promise<string | null> {
    if (!practice.organisationId) return null;
    return (await ctx.loaders.one(OrganisationEntity).load(practice.organisationId))?.name ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Web address of the organisation behind the practice.' })
  async organisationWebsite(@Parent() practice: PracticeEntity, @Context() ctx: RequestContext): Promise<string | null> {
    if (!practice.organisationId) return null;
    return (await ctx.loaders.one(OrganisationEntity).load(practice.organisationId))?.website ?? null;
  }

  @ResolveField(() => String, { nullable: true, description: 'Name of the author.' })
  async authorName(@Parent() practice: PracticeEntity, @Context() ctx: RequestContext): Promise<string | null> {
    if (!practice.authorId) return null;
    return (await ctx.loaders.one(PersonEntity).load(practice.authorId))?.fullName ?? null;
  }

  @ResolveField(() => [PracticeAttachmentEntity], { description: 'Files attached to the article, oldest first.' })
  attachments(@Parent() practice: PracticeEntity, @Context() ctx: RequestContext): Promise<PracticeAttachmentEntity[]> {
    return ctx.loaders.many(PracticeAttachmentEntity, 'practiceId', { createdAt: 'ASC', id: 'ASC' }).load(practice.id);
  }

  @ResolveField(() => Boolean, { description: 'Whether the viewer may edit the article (and its attachments).' })
  async mayEdit(@Parent() practice: PracticeEntity, @CurrentViewer() viewer: Promise<Viewer>): Promise<boolean> {
    return this.service.mayEdit(await viewer, practice);
  }
}
