import { Args, Query, Resolver } from '@nestjs/graphql';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaEntity } from './area.entity';

@Resolver(() => AreaEntity)
export class AreasResolver {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  @Query(() => [AreaEntity], { description: 'Planning areas on this installation (public: their names are on their portals).' })
  @Authorize(Rules.anyone())
  areas(): Promise<AreaEntity[]> {
    return this.db.getRepository(AreaEntity).find({ order: { name: 'ASC' } });
  }

  @Query(() => AreaEntity, { nullable: true, description: 'One planning area by its short name.' })
  @Authorize(Rules.anyone())
  area(@Args('slug', { description: 'Short name of the area.' }) slug: string): Promise<AreaEntity | null> {
    return this.db.getRepository(AreaEntity).findOneBy({ slug });
  }

  @Query(() => AreaEntity, { nullable: true, description: 'The area named by the request header x-komplan-area.' })
  @Authorize(Rules.anyone())
  async currentArea(@CurrentViewer() viewer: Promise<Viewer>): Promise<AreaEntity | null> {
    return (await viewer).area;
  }
}
