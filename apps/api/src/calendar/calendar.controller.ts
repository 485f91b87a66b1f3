import { Controller, Get, Inject, Param, Query, Req, Res } from '@nestjs/common';
import type { Request, Response } from 'express';
import { Authorize } from '../access/authorize.decorator';
import { Rules } from '../access/rules';
import { Viewer } from '../access/viewer';
import { CurrentViewer } from '../common/current.decorators';
import { CONFIGURATION, EnvironmentVariables } from '../config/configuration';
import { ViewerService } from '../access/viewer.service';
import { localeFromAcceptLanguage } from '../common/i18n/translate';
import { CalendarService, FeedLanguage } from './calendar.service';
import { publicBaseUrl } from './public-url';

type MeetingParams = { id?: string };

function sendCalendar(res: Response, body: string, filename?: string): void {
  res.status(200).setHeader('Content-Type', 'text/calendar; charset=utf-8');
  res.setHeader('Cache-Control', 'private, max-age=300');
  if (filename) res.setHeader('Content-Disposition', `attachment; filename="${filename}"`);
  res.send(body);
}

const tokenOf = (token: unknown): string | undefined => (typeof token === 'string' && token.length > 0 ? token : undefined);

/** iCalendar downloads and feeds; feeds are read by calendar apps, which send no cookie but a token. */
@Controller('calendar')
export class CalendarController {
  constructor(
    private readonly calendar: CalendarService,
    @Inject(CONFIGURATION) private readonly config: EnvironmentVariables,
    private readonly viewers: ViewerService,
  ) {}

  private language(req: Request): FeedLanguage {
    return { asked: this.viewers.explicitLocale(req), browser: localeFromAcceptLanguage(req.header('accept-language')) };
  }

  /** GET /calendar/meetings/<id>.ics?area=<slug>: a public meeting for anyone, others for participants. */
  @Get('meetings/:id.ics')
  @Authorize(Rules.any<MeetingParams>(Rules.publicMeeting((args) => args.id), Rules.meetingParticipant((args) => args.id)))
  async meeting(@Param('id') id: string, @CurrentViewer() viewer: Promise<Viewer>, @Req() req: Request, @Res() res: Response): Promise<void> {
    const { area, locale } = await viewer;
    const body = await this.calendar.meeting(area!, id, publicBaseUrl(this.config, req), locale);
    sendCalendar(res, body, `komplan-${id}.ics`);
  }

  /** GET /calendar/areas/<slug>.ics[?token=]: public meetings, with the token also the person's own. */
  @Get('areas/:slug.ics')
  @Authorize(Rules.anyone())
  async area(@Param('slug') slug: string, @Query('token') token: unknown, @Req() req: Request, @Res() res: Response): Promise<void> {
    sendCalendar(res, await this.calendar.areaFeed(slug, tokenOf(token), publicBaseUrl(this.config, req), this.language(req)));
  }

  /** GET /calendar/areas/<slug>/groups/<groupId>.ics[?token=]: the group's public meetings, all with a member's token. */
  @Get('areas/:slug/groups/:groupId.ics')
  @Authorize(Rules.anyone())
  async group(
    @Param('slug') slug: string,
    @Param('groupId') groupId: string,
    @Query('token') token: unknown,
    @Req() req: Request,
    @Res() res: Response,
  ): Promise<void> {
    sendCalendar(res, await this.calendar.groupFeed(slug, groupId, tokenOf(token), publicBaseUrl(this.config, req), this.language(req)));
  }
}
