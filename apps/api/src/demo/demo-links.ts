import { IntentionState } from '../intentions/intention.enums';
import { MeasureState } from '../measures/measure.enums';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { MeetingKind } from '../meetings/meeting.enums';
import { DemoPlanning } from './demo-planning';
import { DemoRandom } from './demo-random';
import { CLOSING } from './demo-texts';

type Row<E, Relations extends keyof E = never> = Omit<E, 'area' | Relations>;

/** The rows of the demo that agenda links read and change. */
export interface DemoAgendaRows extends Pick<DemoPlanning, 'priorities' | 'goals' | 'measures' | 'measureStateChanges' | 'measureProposers' | 'intentions' | 'services'> {
  meetings: readonly { id: string; groupId: string | null; kind: MeetingKind; startsAt: Date; cancelledAt: Date | null }[];
  agendaItems: Row<AgendaItemEntity, 'meeting' | 'presenter' | 'measure' | 'intention'>[];
  minutes: { meetingId: string; body: string }[];
  organisations: readonly { id: string; name: string }[];
}

const S = MeasureState;
const EVALUATED: readonly MeasureState[] = [S.FULFILLED, S.PARTLY_FULFILLED, S.NOT_FULFILLED];
const CLOSING_TITLE = CLOSING.title({} as never);

/**
 * Points agenda items of the working groups' meetings at what they discussed, in step with the
 * state history: a fresh proposal at the group's first meeting after it was proposed or put on the
 * agenda, a measure being carried out in a progress report, an evaluated one at the meeting before
 * its evaluation, and each intention at the meeting where the group gave its opinion. The item goes
 * before "Různé" and the meeting's minutes gain its paragraph. No randomness but the identifiers.
 */
export function linkDemoAgenda(rows: DemoAgendaRows, cutoff: number): void {
  const ids = new DemoRandom('komplan-demo-links-ids');
  const meetingsOf = (groupId: string) =>
    rows.meetings
      .filter((m) => m.groupId === groupId && m.kind === MeetingKind.WORKING_GROUP && !m.cancelledAt)
      .sort((x, y) => x.startsAt.getTime() - y.startsAt.getTime());
  const add = (meetingId: string, link: { measureId?: string; intentionId?: string }, title: string, record: string) => {
    const items = rows.agendaItems.filter((item) => item.meetingId === meetingId).sort((x, y) => x.position - y.position);
    const closing = items.at(-1);
    if (!closing || closing.title !== CLOSING_TITLE) throw new Error(`The demo meeting ${meetingId} does not end with "${CLOSING_TITLE}"`);
    const position = closing.position;
    rows.agendaItems.push({
      id: ids.uuid(),
      areaId: closing.areaId,
      meetingId,
      position,
      title,
      presenterId: null,
      measureId: link.measureId ?? null,
      intentionId: link.intentionId ?? null,
      notes: '',
      durationMinutes: 15,
      createdAt: closing.createdAt,
    });
    closing.position = position + 1;
    const minutes = rows.minutes.find((m) => m.meetingId === meetingId);
    if (minutes) {
      const lines = minutes.body.split('\n');
      const listed = lines.indexOf(`${position}. ${CLOSING_TITLE}`);
      const section = lines.indexOf(`### ${position}. ${CLOSING_TITLE}`);
      if (listed < 0 || section < 0) throw new Error(`The minutes of the demo meeting ${meetingId} do not list its agenda`);
      lines[section] = `### ${position + 1}. ${CLOSING_TITLE}`;
      lines.splice(section, 0, `### ${position}. ${title}`, '', record, '');
      lines[listed] = `${position + 1}. ${CLOSING_TITLE}`;
      lines.splice(listed, 0, `${position}. ${title}`);
      minutes.body = lines.join('\n');
    }
  };

  // "2.1.3" from the positions of the measure, its goal and its priority.
  const numberOf = (measure: DemoAgendaRows['measures'][number]) => {
    const goal = rows.goals.find((g) => g.id === measure.goalId)!;
    const priority = rows.priorities.find((p) => p.id === goal.priorityId)!;
    return `${priority.position}.${goal.position}.${measure.position}`;
  };
  const progressReports = new Map<string, number>();

  for (const measure of rows.measures) {
    const groupId = rows.measureProposers.find((p) => p.measureId === measure.id)?.groupId;
    if (!groupId) continue;
    const meetings = meetingsOf(groupId);
    const history = rows.measureStateChanges.filter((c) => c.measureId === measure.id).sort((x, y) => x.changedAt.getTime() - y.changedAt.getTime());
    const last = history.at(-1)!;
    const label = `${numberOf(measure)} ${measure.title}`;
    if (measure.state === S.PROPOSED || measure.state === S.UNDER_DISCUSSION) {
      // Proposed lately: presented at the group's next meeting (held or coming).
      const meeting = meetings.find((m) => m.startsAt > last.changedAt);
      if (meeting) {
        add(
          meeting.id,
          { measureId: measure.id },
          `Návrh opatření ${label}`,
          `Skupina projednala návrh opatření ${label}. Navrhovatelé doplní odhad nákladů a ukazatele; návrh bude předložen k zařazení do akčního plánu.`,
        );
      }
    } else if (measure.state === S.IN_PROGRESS) {
      // A progress report at one of the group's meetings held since it started, spread over the year.
      const held = meetings.filter((m) => m.startsAt > last.changedAt && m.startsAt.getTime() < cutoff).reverse();
      const n = progressReports.get(groupId) ?? 0;
      progressReports.set(groupId, n + 1);
      const meeting = held[n % Math.max(held.length, 1)];
      if (meeting) {
        add(
          meeting.id,
          { measureId: measure.id },
          `Průběžná zpráva o plnění opatření ${label}`,
          `Odpovědná organizace informovala o plnění opatření ${label}. Aktivity probíhají podle harmonogramu; případná rizika skupina zapracuje do podkladů pro vyhodnocení akčního plánu.`,
        );
      }
    } else if (EVALUATED.includes(measure.state)) {
      // Evaluated at the group's last meeting before the evaluation was recorded, while it was being carried out.
      const started = history.find((c) => c.toState === S.IN_PROGRESS)!.changedAt;
      const meeting = meetings.filter((m) => m.startsAt > started && m.startsAt < last.changedAt).at(-1);
      if (meeting) {
        add(meeting.id, { measureId: measure.id }, `Vyhodnocení opatření ${label}`, `Skupina projednala vyhodnocení opatření ${label}. ${last.reason}`);
      }
    }
  }

  for (const intention of rows.intentions) {
    if (!intention.opinionMeetingId) continue;
    const organisation = rows.organisations.find((o) => o.id === intention.organisationId)!.name;
    const service = rows.services.find((s) => s.id === intention.serviceId)?.name ?? intention.newServiceName ?? '';
    const recommended = intention.state !== IntentionState.NOT_RECOMMENDED;
    add(
      intention.opinionMeetingId,
      { intentionId: intention.id },
      `Rozvojový záměr: ${organisation} – ${service}`,
      `Skupina posoudila rozvojový záměr organizace ${organisation} (${service}) a ${recommended ? 'doporučila' : 'nedoporučila'} jeho zařazení do sítě sociálních služeb. ${intention.opinionReasons ?? ''}`.trim(),
    );
  }
}
