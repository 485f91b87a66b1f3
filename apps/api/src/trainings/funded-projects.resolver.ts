import { Args, ID, Mutation, Query, Resolver } from '@nestjs/graphql';
import { isUUID } from 'class-validator';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { Page, pageComplexity } from '../common/pagination';
import { AreaRole } from '../people/area-role.enum';
import { CreateFundedProjectInput, FundedProjectsArgs, UpdateFundedProjectInput } from './dto/funded-project.inputs';
import { FundedProjectPage } from './dto/training.types';
import { FundedProjectEntity } from './funded-project.entity';
import { FundedProjectsService } from './funded-projects.service';

@Resolver(() => FundedProjectEntity)
export class FundedProjectsResolver {
  constructor(private readonly projects: FundedProjectsService) {}

  @Query(() => FundedProjectPage, { complexity: pageComplexity, description: 'Funded projects of the area, the latest first.' })
  @Authorize(Rules.areaMember())
  async fundedProjects(@Args() args: FundedProjectsArgs, @CurrentViewer() viewer: Promise<Viewer>): Promise<Page<FundedProjectEntity>> {
    return this.projects.list((await viewer).area!.id, args.offset, args.pageSize);
  }

  @Query(() => FundedProjectEntity, { nullable: true, description: 'One funded project of the area.' })
  @Authorize(Rules.areaMember())
  async fundedProject(
    @Args('id', { type: () => ID, description: 'The project.' }) id: string,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<FundedProjectEntity | null> {
    return isUUID(id, 'all') ? this.projects.get((await viewer).area!.id, id) : null;
  }

  @Mutation(() => FundedProjectEntity, { description: 'Adds a funded project (area coordinators).' })
  @Authorize(Rules.areaRole(AreaRole.COORDINATOR))
  async createFundedProject(@Args('input') input: CreateFundedProjectInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<FundedProjectEntity> {
    return this.projects.create((await viewer).area!.id, input);
  }

  @Mutation(() => FundedProjectEntity, { description: 'Changes a funded project (area coordinators).' })
  @Authorize(Rules.areaRoleOn<{ input?: { id?: string } }>(FundedProjectEntity, (args) => args.input?.id, AreaRole.COORDINATOR))
  async updateFundedProject(@Args('input') input: UpdateFundedProjectInput, @CurrentViewer() viewer: Promise<Viewer>): Promise<FundedProjectEntity> {
    return this.projects.update((await viewer).area!.id, input);
  }

  @Mutation(() => Boolean, { description: 'Deletes a funded project; its meetings stay, assigned to no project (area coordinators).' })
  @Authorize(Rules.areaRoleOn<{ id?: string }>(FundedProjectEntity, (args) => args.id, AreaRole.COORDINATOR))
  async deleteFundedProject(
    @Args('id', { type: () => ID, description: 'The project.' }) id: string,
    @CurrentViewer() viewer: Promise<Viewer>,
  ): Promise<boolean> {
    return this.projects.delete((await viewer).area!.id, id);
  }
}
