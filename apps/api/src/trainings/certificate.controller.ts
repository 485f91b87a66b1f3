import { Controller, Get, Param, ParseUUIDPipe, Query, Res } from '@nestjs/common';
import type { Response } from 'express';
import { IsOptional, IsUUID } from 'class-validator';
import { Authorize, Rule } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { AreaDownloadQuery, DOCUMENT_CONTENT_TYPES, sendDownload } from '../common/download';
import { MeetingEntity } from '../meetings/meeting.entity';
import { AreaRole } from '../people/area-role.enum';
import { CertificateService } from './certificate.service';

class CertificateQuery extends AreaDownloadQuery {
  @IsOptional()
  @IsUUID('all')
  person?: string;
}

type CertificateArgs = { id?: string; person?: string };

/** Asking for one's own certificate (no `person`, or one's own id). */
const OWN: Rule<CertificateArgs> = ({ viewer, args }) => !args.person || args.person === viewer.person?.id;

/**
 * Any person of the area for their own certificate of a meeting of that area; the meeting's
 * organisers for anybody's (`&person=<id>`).
 */
const CERTIFICATE_RULE = Rules.all<CertificateArgs>(
  Rules.areaRoleOn<CertificateArgs>(MeetingEntity, (args) => args.id, AreaRole.COORDINATOR, AreaRole.MEMBER, AreaRole.PROVIDER, AreaRole.COUNCIL_CLERK),
  Rules.any<CertificateArgs>(OWN, Rules.meetingOrganiser<CertificateArgs>((args) => args.id)),
);

/** GET /api/meetings/:id/certificate.pdf?area=<slug>[&person=<id>] — the certificate of attendance, in the requester's language. */
@Controller('api/meetings')
export class CertificateController {
  constructor(private readonly certificates: CertificateService) {}

  @Get(':id/certificate.pdf')
  @Authorize(CERTIFICATE_RULE)
  async pdf(
    @Param('id', new ParseUUIDPipe()) id: string,
    @Query() query: CertificateQuery,
    @CurrentViewer() viewer: Promise<Viewer>,
    @Res() res: Response,
  ): Promise<void> {
    const current = await viewer;
    const file = await this.certificates.render(current.area!, id, query.person ?? current.person!.id, current.locale);
    sendDownload(res, `komplan-osvedceni-${id.slice(0, 8)}.pdf`, DOCUMENT_CONTENT_TYPES.pdf, file);
  }
}
