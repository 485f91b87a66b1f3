import { Injectable } from '@nestjs/common';
import { InjectDataSource } from '@nestjs/typeorm';
import { createHash } from 'node:crypto';
import { DataSource } from 'typeorm';
import { areaIdOf, Viewer } from '../access/viewer';
import { badInput, notFound } from '../common/errors/domain.exception';
import { editsArticle } from './practice-access';
import { PracticeAttachmentEntity } from './practice-attachment.entity';
import { attachmentMediaType, cleanFileName, MAX_ATTACHMENTS } from './practice-files';
import { PracticeEntity } from './practice.entity';
import { PracticeState } from './practice.enums';
import { PracticesService } from './practices.service';

/** An uploaded file as multer hands it over (memory storage). */
export interface UploadedFile {
  originalname: string;
  buffer: Buffer;
  size: number;
}

/** Files of good-practice articles, stored in PostgreSQL. */
@Injectable()
export class PracticeAttachmentsService {
  constructor(
    @InjectDataSource() private readonly db: DataSource,
    private readonly practices: PracticesService,
  ) {}

  /** Stores a file for an article the viewer edits (the rule checked that). */
  async upload(viewer: Viewer, practiceId: string, file: UploadedFile | undefined): Promise<PracticeAttachmentEntity> {
    const areaId = areaIdOf(viewer);
    if (!file || file.size === 0) throw badInput('file', 'practice.fileMissing');
    const fileName = cleanFileName(file.originalname);
    if (!fileName) throw badInput('file', 'practice.fileMissing');
    const mediaType = attachmentMediaType(fileName, file.buffer);
    if (!mediaType) throw badInput('file', 'practice.fileType');
    return this.db.transaction(async (tx) => {
      const practice = await tx.getRepository(PracticeEntity).findOne({ where: { id: practiceId, areaId }, lock: { mode: 'pessimistic_write' } });
      if (!practice) throw notFound('notFound', 'id');
      const count = await tx.getRepository(PracticeAttachmentEntity).countBy({ practiceId, areaId });
      if (count >= MAX_ATTACHMENTS) throw badInput('file', 'practice.tooManyFiles', { max: MAX_ATTACHMENTS });
      const attachments = tx.getRepository(PracticeAttachmentEntity);
      const saved = await attachments.save(
        attachments.create({
          areaId,
          practiceId,
          fileName,
          mediaType,
          size: file.buffer.length,
          sha256: createHash('sha256').update(file.buffer).digest('hex'),
          content: file.buffer,
          uploadedById: viewer.person?.id ?? null,
        }),
      );
      return attachments.findOneByOrFail({ id: saved.id });
    });
  }

  /**
   * The file of an attachment of the viewer's area: anybody's when its article is published,
   * otherwise only for who may edit the draft. Anything else is not there (404).
   */
  async download(viewer: Viewer, attachmentId: string): Promise<Required<Pick<PracticeAttachmentEntity, 'fileName' | 'mediaType' | 'content'>>> {
    if (!viewer.area) throw notFound('notFound', 'id');
    const attachment = await this.db
      .getRepository(PracticeAttachmentEntity)
      .createQueryBuilder('f')
      .addSelect('f.content')
      .innerJoinAndSelect('f.practice', 'p')
      .where('f.id = :attachmentId AND f.areaId = :areaId', { attachmentId, areaId: viewer.area.id })
      .getOne();
    const practice = attachment?.practice;
    if (!attachment?.content || !practice) throw notFound('notFound', 'id');
    if (practice.state !== PracticeState.PUBLISHED && !editsArticle(await this.practices.writableBy(viewer), practice)) throw notFound('notFound', 'id');
    return { fileName: attachment.fileName, mediaType: attachment.mediaType, content: attachment.content };
  }

  /** Deletes an attachment (the rule checked the viewer edits its article); returns its id. */
  async remove(viewer: Viewer, attachmentId: string): Promise<string> {
    const areaId = areaIdOf(viewer);
    const result = await this.db.getRepository(PracticeAttachmentEntity).delete({ id: attachmentId, areaId });
    if (!result.affected) throw notFound('notFound', 'id');
    return attachmentId;
  }
}
