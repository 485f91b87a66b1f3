import DataLoader from 'dataloader';
import { DataSource } from 'typeorm';
import { RequestContext } from '../access/request-context';
import { Viewer } from '../access/viewer';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MeasureDiscussion } from './measure-discussion.types';

/**
 * Agenda items pointing at each measure with their meetings, newest meeting first: one query for
 * any number of measures. Only meetings of the viewer's area that were not cancelled; every member
 * of the area sees the meetings of the area (as `meeting(id)` does).
 */
export function discussionsLoader(ctx: RequestContext, viewer: Viewer): DataLoader<string, MeasureDiscussion[]> {
  const areaId = viewer.area!.id;
  return ctx.loaders.custom(`measureDiscussions:${areaId}`, (db: DataSource) =>
    new DataLoader<string, MeasureDiscussion[]>(async (measureIds) => {
      const items = await db
        .getRepository(AgendaItemEntity)
        .createQueryBuilder('a')
        .innerJoinAndMapOne('a.meeting', MeetingEntity, 'm', 'm.id = a.meetingId')
        .where('a.measureId IN (:...measureIds)', { measureIds: [...measureIds] })
        .andWhere('a.areaId = :areaId AND m.areaId = :areaId AND m.cancelledAt IS NULL', { areaId })
        .orderBy('m.startsAt', 'DESC')
        .addOrderBy('m.id', 'ASC')
        .addOrderBy('a.position', 'ASC')
        .getMany();
      const grouped = new Map<string, MeasureDiscussion[]>(measureIds.map((id) => [id, []]));
      for (const item of items) {
        const { meeting } = item;
        delete item.meeting;
        grouped.get(item.measureId!)?.push({ meeting: meeting!, agendaItem: item });
      }
      return measureIds.map((id) => grouped.get(id) ?? []);
    }),
  );
}
