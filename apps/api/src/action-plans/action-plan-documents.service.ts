import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { DataSource } from 'typeorm';
import { AreaEntity } from '../areas/area.entity';
import { DocumentFormat } from '../common/download';
import { notFound } from '../common/errors/domain.exception';
import { Locale } from '../common/i18n/translate';
import { ActionPlanDocumentInput, buildActionPlanDocument } from '../documents/action-plan-document';
import { documentText } from '../documents/document-labels';
import { DocumentsService } from '../documents/documents.service';
import { CouncilResolutionEntity, ResolutionOutcome } from '../publication/council-resolution.entity';
import { ActionPlanMeasureEntity } from './action-plan-measure.entity';
import { ActionPlanSectionEntity } from './action-plan-section.entity';
import { ActionPlanVersionEntity } from './action-plan-version.entity';
import { ActionPlanEntity } from './action-plan.entity';
import { ActionPlanState } from './action-plan.enums';

/** A rendered action plan with the name to save it under. */
export interface ActionPlanFile {
  filename: string;
  body: Buffer;
}

/** The currency the amounts of an area are in: złoty in a Polish area, koruna otherwise (as the web app shows them). */
export const currencyOf = (area: AreaEntity): string => (area.defaultLocale === 'pl' ? 'zł' : 'Kč');

/**
 * An action plan version as a document for the council and the public (DOCX, PDF): its sections
 * and measure copies in order, the plan, the area, and the council's approving resolution when
 * one names the version. A draft says so on its title page.
 */
@Injectable()
export class ActionPlanDocumentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly documents: DocumentsService,
  ) {}

  /** A version of an action plan of the area, in the requester's language; NOT_FOUND for a version of another area. */
  async version(areaId: string, versionId: string, locale: Locale, format: DocumentFormat): Promise<ActionPlanFile> {
    const version = await this.db.getRepository(ActionPlanVersionEntity).findOneBy({ id: versionId, areaId });
    if (!version) throw notFound('unknownActionPlanVersion', 'versionId');
    const plan = await this.db.getRepository(ActionPlanEntity).findOneByOrFail({ id: version.actionPlanId });
    return this.render(plan, version, locale, format);
  }

  /**
   * The PDF of a plan published on the public portal (state APPROVED, publishedAt set) of the area
   * named by its slug: the version the council approved. NOT_FOUND for any other plan.
   */
  async published(slug: string, planId: string, locale: Locale): Promise<ActionPlanFile> {
    const area = await this.db.getRepository(AreaEntity).findOneBy({ slug });
    const plan = area ? await this.db.getRepository(ActionPlanEntity).findOneBy({ id: planId, areaId: area.id }) : null;
    if (!plan || plan.state !== ActionPlanState.APPROVED || !plan.publishedAt) throw notFound('publishedPlanNotFound', 'planId');
    const resolution = await this.approvingResolution({ actionPlanId: plan.id });
    if (!resolution) throw notFound('publishedPlanWithoutResolution', 'planId');
    const version = await this.db.getRepository(ActionPlanVersionEntity).findOneByOrFail({ id: resolution.versionId });
    return this.render(plan, version, locale, 'pdf');
  }

  /** The document's input: sections and measure copies in their order, the resolution approving this version if any. */
  async input(plan: ActionPlanEntity, version: ActionPlanVersionEntity): Promise<ActionPlanDocumentInput> {
    const [area, sections, measures, resolution] = await Promise.all([
      this.db.getRepository(AreaEntity).findOneByOrFail({ id: plan.areaId }),
      this.db.getRepository(ActionPlanSectionEntity).find({ where: { versionId: version.id }, order: { position: 'ASC' } }),
      this.db.getRepository(ActionPlanMeasureEntity).find({ where: { versionId: version.id }, order: { position: 'ASC' } }),
      this.approvingResolution({ versionId: version.id }),
    ]);
    return {
      areaName: area.name,
      plan: { title: plan.title, year: plan.year },
      version: { number: version.number, issuedAt: version.issuedAt },
      resolution: resolution ? { body: resolution.body, number: resolution.number, decidedOn: resolution.decidedOn } : null,
      sections: sections.map((section) => ({ title: section.title, body: section.body })),
      measures,
      currency: currencyOf(area),
    };
  }

  private async render(plan: ActionPlanEntity, version: ActionPlanVersionEntity, locale: Locale, format: DocumentFormat): Promise<ActionPlanFile> {
    const model = buildActionPlanDocument(await this.input(plan, version), locale);
    if (!version.issuedAt) model.subtitle = documentText(locale, 'actionPlan.draft');
    return { filename: `komplan-akcni-plan-${plan.year}-v${version.number}.${format}`, body: await this.documents.render(model, format) };
  }

  /** The latest APPROVED resolution on the plan or on the version. */
  private approvingResolution(where: { actionPlanId: string } | { versionId: string }): Promise<CouncilResolutionEntity | null> {
    return this.db.getRepository(CouncilResolutionEntity).findOne({
      where: { ...where, outcome: ResolutionOutcome.APPROVED },
      order: { decidedOn: 'DESC', createdAt: 'DESC' },
    });
  }
}
