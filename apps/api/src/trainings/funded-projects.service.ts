import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager, Not } from 'typeorm';
import { badInput, notFound } from '../common/errors/domain.exception';
import { Page } from '../common/pagination';
import { CreateFundedProjectInput, UpdateFundedProjectInput } from './dto/funded-project.inputs';
import { FundedProjectEntity } from './funded-project.entity';

/** Funded projects of an area, which meetings are reported under. */
@Injectable()
export class FundedProjectsService {
  constructor(@InjectDataSource() private readonly db: DataSource) {}

  async list(areaId: string, offset: number, limit: number): Promise<Page<FundedProjectEntity>> {
    const [items, total] = await this.db.getRepository(FundedProjectEntity).findAndCount({
      where: { areaId },
      order: { startsOn: 'DESC', name: 'ASC', id: 'ASC' },
      skip: offset,
      take: limit,
    });
    return { items, total };
  }

  get(areaId: string, id: string): Promise<FundedProjectEntity | null> {
    return this.db.getRepository(FundedProjectEntity).findOneBy({ id, areaId });
  }

  async create(areaId: string, input: CreateFundedProjectInput): Promise<FundedProjectEntity> {
    return this.db.transaction(async (tx) => {
      const project = tx.getRepository(FundedProjectEntity).create({
        areaId,
        name: input.name.trim(),
        registrationNumber: input.registrationNumber.trim(),
        startsOn: input.startsOn,
        endsOn: input.endsOn,
        description: input.description ?? '',
      });
      await this.check(tx, project);
      return tx.getRepository(FundedProjectEntity).save(project);
    });
  }

  async update(areaId: string, input: UpdateFundedProjectInput): Promise<FundedProjectEntity> {
    return this.db.transaction(async (tx) => {
      const project = await tx.getRepository(FundedProjectEntity).findOne({ where: { id: input.id, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!project) throw notFound('notFound', 'input.id');
      if (input.name) project.name = input.name.trim();
      if (input.registrationNumber) project.registrationNumber = input.registrationNumber.trim();
      if (input.startsOn) project.startsOn = input.startsOn;
      if (input.endsOn) project.endsOn = input.endsOn;
      if (input.description !== undefined) project.description = input.description ?? '';
      await this.check(tx, project);
      return tx.getRepository(FundedProjectEntity).save(project);
    });
  }

  /** Deletes the project; its meetings stay, no longer assigned to a project. */
  async delete(areaId: string, id: string): Promise<boolean> {
    const result = await this.db.getRepository(FundedProjectEntity).delete({ id, areaId });
    if (!result.affected) throw notFound('notFound', 'id');
    return true;
  }

  private async check(tx: EntityManager, project: FundedProjectEntity): Promise<void> {
    if (project.endsOn < project.startsOn) throw badInput('input.endsOn', 'periodReversed');
    const taken = await tx.getRepository(FundedProjectEntity).existsBy({
      areaId: project.areaId,
      registrationNumber: project.registrationNumber,
      ...(project.id ? { id: Not(project.id) } : {}),
    });
    if (taken) throw badInput('input.registrationNumber', 'projectNumberTaken');
  }
}
