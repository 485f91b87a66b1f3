import { AreaEntity } from '../src/areas/area.entity';
import { AccountEntity } from '../src/auth/account.entity';
import { SessionEntity } from '../src/auth/session.entity';
import { AuditEntryEntity } from '../src/audit/audit-entry.entity';
import { CommentAudience } from '../src/comments/comment.enums';
import { CommentEntity } from '../src/comments/comment.entity';
import { GroupMembershipEntity } from '../src/groups/group-membership.entity';
import { Attendance, InvitationReply } from '../src/meetings/meeting.enums';
import { AreaRole } from '../src/people/area-role.enum';
import { PersonEntity } from '../src/people/person.entity';
import { guestConsentText } from '../src/privacy/consent';
import { PersonalDataExport } from '../src/privacy/personal-data.types';
import { PERSON_REFERENCES } from '../src/privacy/person-references';
import { approvalFixtures } from './approval-fixtures';
import { actionPlans } from './comment-fixtures';
import { User } from './fixtures';
import { TestApp } from './harness';
import { aMeeting } from './meeting-fixtures';
import { inflatePdf, pdfPages, plain } from './pdf-text';

const POST = `mutation($input: PostCommentInput!) { postComment(input: $input) { id } }`;
const EDIT = `mutation($input: EditCommentInput!) { editComment(input: $input) { id revision } }`;
const VOTE = `mutation($input: CastVoteInput!) { castVote(input: $input) { id } }`;
const ERASE_SELF = `mutation($input: ErasePersonalDataInput!) { erasePersonalData(input: $input) }`;
const ERASE_PERSON = `mutation($input: ErasePersonInput!) { erasePerson(input: $input) { id fullName anonymisedAt } }`;
const ME = `query { me { account { email } } }`;
const STATISTICS = `query($from: String!, $to: String!) { participationStatistics(from: $from, to: $to) {
  meetings distinctPersons distinctOrganisations invited present guests personHours } }`;
const PSEUDONYM = /^Účastník [0-9A-F]{4}$/;

/** Every (table, column, value) of the database whose text, varchar or jsonb value contains `needle` (case-insensitive). */
async function findEverywhere(t: TestApp, needle: string): Promise<string[]> {
  const columns: { table_name: string; column_name: string; data_type: string }[] = await t.db.query(
    `SELECT table_name, column_name, data_type FROM information_schema.columns
      WHERE table_schema = current_schema() AND data_type IN ('text', 'character varying', 'jsonb')`,
  );
  const found: string[] = [];
  for (const { table_name: table, column_name: column, data_type: type } of columns) {
    const value = type === 'jsonb' ? `"${column}"::text` : `"${column}"`;
    const rows: { value: string }[] = await t.db.query(`SELECT ${value} AS value FROM "${table}" WHERE strpos(lower(${value}), lower($1)) > 0`, [needle]);
    for (const row of rows) found.push(`${table}.${column}: ${row.value}`);
  }
  return found;
}

describe('personal data: download and erasure', () => {
  let t: TestApp;
  let area: AreaEntity;
  let coordinator: User;
  let plans: ReturnType<typeof actionPlans>;

  beforeAll(async () => {
    t = await TestApp.start();
    plans = actionPlans(t.db);
    area = await t.fixtures.area({ timezone: 'Europe/Prague' });
    coordinator = await t.fixtures.user(area, [AreaRole.COORDINATOR]);
  });
  afterAll(() => t.stop());

  /** A member who sits in a group, attended a meeting, commented (and edited), voted and commented as a visitor in a public round. */
  async function aParticipant(fullName: string, email: string) {
    const member = await t.fixtures.user(area, [AreaRole.MEMBER], { fullName, email, phone: '+420 777 123 456' });
    const group = await t.fixtures.group(area, { name: `Senioři ${fullName}` });
    await t.fixtures.membership(group, member.person);
    const charity = await t.fixtures.organisation(area, { name: `Charita ${fullName}` });
    await t.fixtures.organisationMembership(charity, member.person, { position: 'sociální pracovnice' });
    const meeting = await aMeeting(t, area)
      .inGroup(group)
      .at('2026-03-10T08:00:00Z', 2)
      .invite(member.person, { reply: InvitationReply.ATTEND, attendance: Attendance.PRESENT, organisation: charity })
      .guest(fullName, 'Spolek Naděje')
      .agendaItem(`Zpráva, kterou přednese ${fullName}`, member.person)
      .decision(`Úkol pro ${fullName}: připravit podklady.`)
      .minutes(`Přítomni: ${fullName}, ostatní dle prezenční listiny. ${fullName.toUpperCase()} shrnul(a) potřeby.`)
      .build();
    const draft = await plans.issuedVersion(area);
    const round = await plans.round(draft.version);
    const { postComment } = await member.client.ok<{ postComment: { id: string } }>(POST, {
      input: { roundId: round.id, target: 'DRAFT', stance: 'OBJECTION', body: `První znění připomínky (${fullName}).` },
    });
    await member.client.ok(EDIT, { input: { id: postComment.id, body: 'Druhé znění připomínky.', revision: 1 } });
    const publicRound = await plans.round(draft.version, { audience: CommentAudience.PUBLIC });
    await t
      .anonymous(area.slug, 'pl')
      .ok(POST, {
        input: { roundId: publicRound.id, target: 'DRAFT', stance: 'SUPPORT', body: 'Jako host.', guest: { name: fullName, email: email.toUpperCase(), consent: true } },
      });
    const approvals = approvalFixtures(t.db);
    const approvalRound = await approvals.round(draft.version, [member.person]);
    await member.client.ok(VOTE, { input: { roundId: approvalRound.id, choice: 'APPROVE_WITH_RESERVATIONS', reservation: `Výhrada, kterou podává ${fullName}.` } });
    await t.db.getRepository(AuditEntryEntity).save({
      areaId: area.id,
      actorId: coordinator.person.id,
      action: 'person.updated',
      subjectType: 'Person',
      subjectId: member.person.id,
      details: { fullName, email },
    });
    return { member, meeting, group, comment: postComment.id };
  }

  it('covers every column that points at a person or an account (a new one must be added to the export)', () => {
    const references = t.db.entityMetadatas.flatMap((entity) =>
      entity.manyToOneRelations
        .filter((relation) => relation.inverseEntityMetadata.target === PersonEntity || relation.inverseEntityMetadata.target === AccountEntity)
        .map((relation) => `${entity.tableName}.${relation.joinColumns[0]!.databaseName}`),
    );
    expect(references.length).toBeGreaterThan(20);
    expect([...references].sort()).toEqual(PERSON_REFERENCES.map((reference) => `${reference.table}.${reference.column}`).sort());
  });

  it('downloads everything held about the account as JSON, and nothing of another person', async () => {
    const { member, comment } = await aParticipant('Alžběta Soukromá', 'alzbeta@example.test');
    const other = await aParticipant('Bohumil Jiný', 'bohumil@example.test');
    const response = await member.client.get('/api/me/personal-data.json');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-disposition')).toMatch(/attachment; filename="komplan-osobni-udaje-\d{4}-\d{2}-\d{2}\.json"/);
    const data = (await response.json()) as PersonalDataExport;
    expect(data.account).toMatchObject({ email: 'alzbeta@example.test', locale: 'cs' });
    expect(data.areas).toHaveLength(1);
    const mine = data.areas[0]!;
    expect(mine.person).toMatchObject({ fullName: 'Alžběta Soukromá', email: 'alzbeta@example.test', phone: '+420 777 123 456', roles: ['MEMBER'] });
    expect(mine.groupMemberships).toEqual([expect.objectContaining({ group: 'Senioři Alžběta Soukromá', role: 'MEMBER', leftAt: null })]);
    expect(mine.organisationMemberships).toEqual([expect.objectContaining({ organisation: 'Charita Alžběta Soukromá', position: 'sociální pracovnice' })]);
    expect(mine.meetings).toEqual([expect.objectContaining({ reply: 'ATTEND', attendance: 'PRESENT', organisation: 'Charita Alžběta Soukromá' })]);
    expect(mine.comments).toEqual([
      expect.objectContaining({ id: comment, body: 'Druhé znění připomínky.', revisions: [expect.objectContaining({ revision: 1, body: 'První znění připomínky (Alžběta Soukromá).' })] }),
    ]);
    expect(mine.votes).toEqual([expect.objectContaining({ choice: 'APPROVE_WITH_RESERVATIONS', reservation: 'Výhrada, kterou podává Alžběta Soukromá.' })]);
    expect(mine.approvalRoundsEligible).toHaveLength(1);
    expect(mine.otherRecords).toEqual([expect.objectContaining({ table: 'agenda_items', column: 'presenter_id', rows: [expect.objectContaining({ title: 'Zpráva, kterou přednese Alžběta Soukromá' })] })]);
    // The visitor's comment with the same e-mail, with the consent as the (Polish) form showed it.
    expect(data.guestComments).toEqual([
      expect.objectContaining({ name: 'Alžběta Soukromá', email: 'alzbeta@example.test', body: 'Jako host.', consentText: guestConsentText('pl') }),
    ]);
    expect(guestConsentText('pl')).toContain('zgod');
    const text = JSON.stringify(data);
    expect(text).not.toContain('Bohumil');
    expect(text).not.toContain(other.comment);
    expect(text).not.toContain('token');

    const anonymous = await t.anonymous().get('/api/me/personal-data.json');
    expect(anonymous.status).toBe(401);
  });

  it('prints the same data as a readable PDF in the requester\'s language', async () => {
    const { member } = await aParticipant('Cecílie Tisková', 'cecilie@example.test');
    const response = await member.client.withLocale('en').get('/api/me/personal-data.pdf');
    expect(response.status).toBe(200);
    expect(response.headers.get('content-type')).toBe('application/pdf');
    const text = pdfPages(inflatePdf(Buffer.from(await response.arrayBuffer()))).map(plain).join('\n');
    for (const expected of ['Personal data in Komplan', 'Account', 'cecilie@example.test', 'Cecílie Tisková', 'Working groups', 'Senioři Cecílie', 'Vote cast', 'present', 'Druhé znění připomínky.', 'Revision 1', 'approve with reservations', 'Comments without logging in', 'Presenter of an agenda item']) {
      expect(text).toContain(expected);
    }
  });

  it('erases the account: pseudonym everywhere, no trace of the name or e-mail, counts unchanged, others untouched', async () => {
    const { member, comment, group } = await aParticipant('Dominika Zapomenutá', 'dominika@example.test');
    const bystander = await aParticipant('Emil Zůstává', 'emil@example.test');
    const before = await coordinator.client.ok(STATISTICS, { from: '2026-01-01', to: '2026-12-31' });

    const wrong = await member.client.withLocale('en').error(ERASE_SELF, { input: { confirmEmail: 'someone@example.test' } });
    expect(wrong.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'input.confirmEmail' });
    expect(wrong.message).toContain('does not match');
    expect((await t.db.getRepository(PersonEntity).findOneByOrFail({ id: member.person.id })).fullName).toBe('Dominika Zapomenutá');

    expect(await member.client.ok(ERASE_SELF, { input: { confirmEmail: ' Dominika@Example.test ' } })).toEqual({ erasePersonalData: true });
    expect(member.client.sessionCookie).toBeUndefined();
    expect(await member.client.ok(ME)).toEqual({ me: null });
    expect(await t.db.getRepository(AccountEntity).countBy({ id: member.account.id })).toBe(0);
    expect(await t.db.getRepository(SessionEntity).countBy({ accountId: member.account.id })).toBe(0);

    const person = await t.db.getRepository(PersonEntity).findOneByOrFail({ id: member.person.id });
    expect(person.fullName).toMatch(PSEUDONYM);
    expect(person).toMatchObject({ email: null, phone: null, accountId: null });
    expect(person.anonymisedAt).not.toBeNull();
    expect(person.calendarToken).not.toBe(member.person.calendarToken);
    expect(await t.db.getRepository(GroupMembershipEntity).findOneByOrFail({ groupId: group.id, personId: person.id })).toMatchObject({ leftAt: expect.any(Date) });

    // A real scan of every text column of every table: neither the name nor the e-mail is left anywhere.
    expect(await findEverywhere(t, 'Dominika Zapomenutá')).toEqual([]);
    expect(await findEverywhere(t, 'dominika@example.test')).toEqual([]);
    expect((await findEverywhere(t, person.fullName)).length).toBeGreaterThanOrEqual(7);

    // The comment stays, now by the pseudonym; the visitor comment with the same e-mail became the person's.
    expect(await t.db.getRepository(CommentEntity).findOneByOrFail({ id: comment })).toMatchObject({ authorId: person.id });
    expect(await t.db.getRepository(CommentEntity).countBy({ authorId: person.id })).toBe(2);
    const after = await coordinator.client.ok(STATISTICS, { from: '2026-01-01', to: '2026-12-31' });
    expect(after).toEqual(before);

    // Somebody else keeps their name, texts and account.
    expect((await t.db.getRepository(PersonEntity).findOneByOrFail({ id: bystander.member.person.id })).fullName).toBe('Emil Zůstává');
    expect((await findEverywhere(t, 'Emil Zůstává')).length).toBeGreaterThanOrEqual(7);
    expect(await bystander.member.client.ok(ME)).toEqual({ me: { account: { email: 'emil@example.test' } } });

    // Recorded in the audit log, without the name.
    const lines = await t.db.getRepository(AuditEntryEntity).findBy({ subjectId: person.id, action: 'person.erased' });
    expect(lines).toHaveLength(1);
    expect(lines[0]).toMatchObject({ actorId: person.id, details: { self: true } });
  });

  it('lets a coordinator erase a person without an account, once; members and people with an account are refused', async () => {
    const person = await t.fixtures.person(area, { fullName: 'František Bezúčtu', email: 'frantisek@example.test' });
    await aMeeting(t, area).at('2026-04-02T08:00:00Z').invite(person, { attendance: Attendance.PRESENT }).minutes('Zapsal František Bezúčtu.').build();
    const member = await t.fixtures.user(area, [AreaRole.MEMBER]);
    expect((await member.client.error(ERASE_PERSON, { input: { personId: person.id } })).extensions?.code).toBe('FORBIDDEN');
    const withAccount = await t.fixtures.user(area, [AreaRole.MEMBER]);
    const refused = await coordinator.client.error(ERASE_PERSON, { input: { personId: withAccount.person.id } });
    expect(refused.extensions).toEqual({ code: 'BAD_USER_INPUT', field: 'personId' });

    const first = await coordinator.client.ok<{ erasePerson: { fullName: string } }>(ERASE_PERSON, { input: { personId: person.id } });
    expect(first.erasePerson.fullName).toMatch(PSEUDONYM);
    const second = await coordinator.client.ok<{ erasePerson: { fullName: string } }>(ERASE_PERSON, { input: { personId: person.id } });
    expect(second.erasePerson.fullName).toBe(first.erasePerson.fullName);
    expect(await findEverywhere(t, 'František Bezúčtu')).toEqual([]);
    expect(await t.db.getRepository(AuditEntryEntity).findBy({ subjectId: person.id, action: 'person.erased' })).toEqual([
      expect.objectContaining({ actorId: coordinator.person.id, details: { self: false } }),
    ]);

    // Whole names only: erasing "Eva Nová" leaves "Eva Nováková", somebody else, in the same minutes.
    const eva = await t.fixtures.person(area, { fullName: 'Eva Nová' });
    await aMeeting(t, area).at('2026-04-03T08:00:00Z').invite(eva).minutes('Zapsala Eva Nováková, přítomna Eva Nová (EVA NOVÁ).').build();
    const { erasePerson } = await coordinator.client.ok<{ erasePerson: { fullName: string } }>(ERASE_PERSON, { input: { personId: eva.id } });
    const [minutes] = await t.db.query(`SELECT body FROM meeting_minutes WHERE body LIKE 'Zapsala Eva Nováková%'`);
    expect(minutes).toEqual({ body: `Zapsala Eva Nováková, přítomna ${erasePerson.fullName} (${erasePerson.fullName}).` });

    const elsewhere = await t.fixtures.area();
    const otherCoordinator = await t.fixtures.user(elsewhere, [AreaRole.COORDINATOR]);
    const stranger = await t.fixtures.person(area, { fullName: 'Gustav Cizí' });
    expect((await otherCoordinator.client.error(ERASE_PERSON, { input: { personId: stranger.id } })).extensions?.code).toBe('FORBIDDEN');
    expect((await t.db.getRepository(PersonEntity).findOneByOrFail({ id: stranger.id })).fullName).toBe('Gustav Cizí');
  });
});
