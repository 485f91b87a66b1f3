/**
 * Everything Komplan holds about one account, as downloaded from GET /api/me/personal-data.json
 * (and printed in the PDF). Dates are ISO strings; enum values are the API's codes.
 */
export interface PersonalDataExport {
  generatedAt: string;
  account: { email: string; locale: string; createdAt: string };
  areas: AreaPersonalData[];
  /** Comments written without logging in (public rounds) with the account's or a person's e-mail, with the consent given. */
  guestComments: GuestCommentData[];
}

export interface AreaPersonalData {
  area: { slug: string; name: string };
  person: { id: string; fullName: string; email: string | null; phone: string | null; roles: string[]; createdAt: string };
  groupMemberships: { group: string; role: string; organisation: string | null; joinedAt: string; leftAt: string | null }[];
  organisationMemberships: { organisation: string; position: string | null; since: string; until: string | null }[];
  meetings: { meeting: string; startsAt: string; reply: string; repliedAt: string | null; attendance: string | null; organisation: string | null }[];
  comments: {
    id: string;
    round: string;
    createdAt: string;
    stance: string | null;
    body: string;
    hiddenAt: string | null;
    outcome: string | null;
    justification: string | null;
    revisions: { revision: number; stance: string | null; body: string; replacedAt: string }[];
  }[];
  votes: { round: string; choice: string; reservation: string | null; castAt: string; updatedAt: string }[];
  approvalRoundsEligible: { round: string }[];
  measuresProposed: { title: string; state: string; createdAt: string }[];
  auditLines: { createdAt: string; action: string; subjectType: string; subjectId: string; details: Record<string, unknown> }[];
  /** Rows of other tables that name the person (who presented, issued, settled, recorded…), whole. */
  otherRecords: { table: string; column: string; rows: Record<string, unknown>[] }[];
}

export interface GuestCommentData {
  id: string;
  area: string;
  round: string;
  createdAt: string;
  name: string;
  email: string;
  body: string;
  consentAt: string | null;
  /** The wording of the consent as shown to the visitor; null for comments written before it was recorded. */
  consentText: string | null;
}
