import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource, EntityManager } from 'typeorm';
import { badInput } from '../common/errors/domain.exception';
import { Siblings } from '../strategy/ordering';
import { ActivityEntity } from './activity.entity';
import { CreateActivityInput, MoveActivityInput, UpdateActivityInput } from './dto/measure.inputs';
import { assertOpen, MeasuresService } from './measures.service';

/** Activities of measures, numbered under their measure ("2.1.3.1"). Closed measures refuse changes. */
@Injectable()
export class ActivitiesService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly measures: MeasuresService,
  ) {}

  create(areaId: string, input: CreateActivityInput): Promise<ActivityEntity> {
    return this.db.transaction(async (tx) => {
      const { measure } = await this.measures.lockedMeasure(tx, areaId, input.measureId, 'input.measureId');
      assertOpen(measure);
      const position = await new Siblings(tx, ActivityEntity, 'measureId').openAt(measure.id, input.position, 'input.position');
      const activities = tx.getRepository(ActivityEntity);
      return activities.save(
        activities.create({ areaId, planId: measure.planId, measureId: measure.id, position, title: input.title, description: input.description ?? '' }),
      );
    });
  }

  update(areaId: string, input: UpdateActivityInput): Promise<ActivityEntity> {
    return this.db.transaction(async (tx) => {
      const activity = await this.lockedActivity(tx, areaId, input.id);
      const changes: Partial<ActivityEntity> = {};
      if (input.title !== undefined) changes.title = input.title;
      if (input.description !== undefined) changes.description = input.description ?? '';
      if (Object.keys(changes).length) await tx.getRepository(ActivityEntity).update({ id: activity.id, areaId }, changes);
      return Object.assign(activity, changes);
    });
  }

  /** Moves an activity within its measure or into another measure of the same plan. */
  move(areaId: string, input: MoveActivityInput): Promise<ActivityEntity> {
    return this.db.transaction(async (tx) => {
      const activity = await this.lockedActivity(tx, areaId, input.id);
      const { measure: target } = await this.measures.lockedMeasure(tx, areaId, input.measureId, 'input.measureId');
      if (target.planId !== activity.planId) throw badInput('input.measureId', 'notInThisPlan');
      assertOpen(target);
      const position = await new Siblings(tx, ActivityEntity, 'measureId').move(activity, target.id, input.position, 'input.position');
      return Object.assign(activity, { measureId: target.id, position });
    });
  }

  delete(areaId: string, id: string): Promise<boolean> {
    return this.db.transaction(async (tx) => {
      const activity = await this.lockedActivity(tx, areaId, id, 'id');
      await tx.getRepository(ActivityEntity).delete({ id: activity.id, areaId });
      await new Siblings(tx, ActivityEntity, 'measureId').closeAt(activity.measureId, activity.position);
      return true;
    });
  }

  /** The activity, read under its plan's lock, of a measure that is still open. */
  private async lockedActivity(tx: EntityManager, areaId: string, id: string, field = 'input.id'): Promise<ActivityEntity> {
    const found = await tx.getRepository(ActivityEntity).findOneBy({ id, areaId });
    if (!found) throw badInput(field, 'unknownActivity');
    const { measure } = await this.measures.lockedMeasure(tx, areaId, found.measureId);
    assertOpen(measure);
    return tx.getRepository(ActivityEntity).findOneByOrFail({ id, areaId });
  }
}
