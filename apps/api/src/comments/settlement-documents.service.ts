import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { AreaEntity } from '../areas/area.entity';
import { DocumentFormat } from '../common/download';
import { Locale } from '../common/i18n/translate';
import { DocumentsService } from '../documents/documents.service';
import { buildSettlementDocument, SettlementDocumentInput } from '../documents/settlement-document';
import { CommentStance } from './comment.enums';
import { SettlementService } from './settlement.service';

/**
 * The settlement table of a round as a Word or PDF document: the rows of settlementRows (the
 * same as the XLSX, in the requester's language) with the round, the plan and its version.
 */
@Injectable()
export class SettlementDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly settlement: SettlementService,
    private readonly documents: DocumentsService,
  ) {}

  /** The document's input; NOT_FOUND for a round of another area. */
  async input(roundId: string, locale: Locale, areaId: string): Promise<SettlementDocumentInput> {
    const { round, rows } = await this.settlement.settlementRows(roundId, locale, areaId);
    const version = await this.db.getRepository(ActionPlanVersionEntity).findOneByOrFail({ id: round.versionId });
    const [plan, area] = await Promise.all([
      this.db.getRepository(ActionPlanEntity).findOneByOrFail({ id: version.actionPlanId }),
      this.db.getRepository(AreaEntity).findOneByOrFail({ id: round.areaId }),
    ]);
    return {
      areaName: area.name,
      roundTitle: round.title,
      versionNumber: version.number,
      planTitle: plan.title,
      rows: rows.map((row) => ({
        no: row.number,
        author: row.author,
        organisation: row.organisation || null,
        target: row.target,
        // First comments always carry a stance (the input requires one); neutral is only a fallback.
        stance: row.stanceValue ?? CommentStance.NEUTRAL,
        text: row.text,
        outcome: row.outcomeValue,
        justification: row.justification || null,
        changeMade: row.changeMade || null,
        settledBy: row.settledBy || null,
        settledAt: row.settledAtDate,
      })),
    };
  }

  async render(roundId: string, locale: Locale, areaId: string, format: DocumentFormat): Promise<Buffer> {
    return this.documents.render(buildSettlementDocument(await this.input(roundId, locale, areaId), locale), format);
  }
}
