import { Args, Context, Mutation, Parent, Query, ResolveField, Resolver } from '@nestjs/graphql';
import { Authorize } from '../access/authorize.decorator';
import { RequestContext } from '../access/request-context';
import { Rules } from '../access/rules';
import { areaIdOf, Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { IdArgs } from '../common/id.args';
import { Page, pageComplexity, Paginated } from '../common/pagination';
import { required } from '../graphql/required';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AreaRole } from '../people/area-role.enum';
import { CreateServiceInput, ImportServicesInput, ServicesArgs, UpdateServiceInput } from './dto/service.input';
import { CapacityUnit, SERVICE_TYPES, ServiceType, UNITS_BY_FORM } from './service-catalogue';
import { ServiceImportReport, ServiceTypeInfoType } from './service-import.types';
import { ServicesService } from './services.service';
import { SocialServiceEntity } from './social-service.entity';

const ServicePage = Paginated(SocialServiceEntity, 'SocialServicePage');
type InputOf<T> = { input?: Partial<T> };

/** The area coordinator acting on a provider organisation of this area. */
const coordinatorOfOrganisation = Rules.areaRoleOn<InputOf<{ organisationId: string }>>(OrganisationEntity, (args) => args.input?.organisationId, AreaRole.COORDINATOR);

@Resolver(() => SocialServiceEntity)
export class ServicesResolver {
  constructor(private readonly register: ServicesService) {}

  @Query(() => [ServiceTypeInfoType], { description: 'The kinds of social services of Act 108/2006 Coll. (§37–§70) with their forms.' })
  @Authorize(Rules.anyone())
  async serviceTypes(@CurrentViewer() viewer: Promise<Viewer>): Promise<ServiceTypeInfoType[]> {
    const { locale } = await viewer;
    return (Object.keys(SERVICE_TYPES) as ServiceType[]).map((type) => {
      const info = SERVICE_TYPES[type];
      const units = Object.values(CapacityUnit).filter((unit) => info.forms.some((form) => UNITS_BY_FORM[form].includes(unit)));
      return { type, section: info.section, name: info.names[locale], forms: [...info.forms], units };
    });
  }

  @Query(() => ServicePage, { complexity: pageComplexity, description: 'Registered social services of the area, by name.' })
  @Authorize(Rules.areaMember())
  async services(@Args() args: ServicesArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<SocialServiceEntity>> {
    return this.register.list(areaIdOf(await viewer), args.filter, args.offset, args.pageSize);
  }

  @Query(() => SocialServiceEntity, { nullable: true, description: 'One registered service of the area.' })
  @Authorize(Rules.areaMember())
  async service(@Args() { id }: IdArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<SocialServiceEntity | null> {
    return this.register.find(areaIdOf(await viewer), id);
  }

  @Mutation(() => SocialServiceEntity, { description: "Registers a service of a provider organisation (its provider staff or the area coordinator)." })
  @Authorize(Rules.any(coordinatorOfOrganisation, Rules.providerOf<InputOf<CreateServiceInput>>((args) => args.input?.organisationId)))
  async createService(@Args('input') input: CreateServiceInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<SocialServiceEntity> {
    return this.register.create(areaIdOf(await viewer), input);
  }

  @Mutation(() => SocialServiceEntity, { description: 'Changes a registered service (its provider staff or the area coordinator).' })
  @Authorize(
    Rules.any(
      Rules.areaRoleOn<InputOf<UpdateServiceInput>>(SocialServiceEntity, (args) => args.input?.id, AreaRole.COORDINATOR),
      Rules.serviceProvider<InputOf<UpdateServiceInput>>((args) => args.input?.id),
    ),
  )
  async updateService(@Args('input') input: UpdateServiceInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<SocialServiceEntity> {
    return this.register.update(areaIdOf(await viewer), input);
  }

  @Mutation(() => ServiceImportReport, {
    description: 'Imports a provider organisation\'s register from CSV: all rows or none, with a row-by-row report of the problems.',
  })
  @Authorize(Rules.any(coordinatorOfOrganisation, Rules.providerOf<InputOf<ImportServicesInput>>((args) => args.input?.organisationId)))
  async importServices(@Args('input') input: ImportServicesInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<ServiceImportReport> {
    const current = await viewer;
    return this.register.importCsv(areaIdOf(current), input, current.locale);
  }

  @ResolveField(() => OrganisationEntity, { description: 'The provider organisation running the service.' })
  organisation(@Parent() service: SocialServiceEntity, @Context() ctx: RequestContext): Promise<OrganisationEntity> {
    return required(ctx.loaders.one(OrganisationEntity).load(service.organisationId), `organisation ${service.organisationId}`);
  }

  @ResolveField(() => String, { description: 'Section of Act 108/2006 Coll., e.g. "40".' })
  section(@Parent() service: SocialServiceEntity): string {
    return SERVICE_TYPES[service.type].section;
  }
}
