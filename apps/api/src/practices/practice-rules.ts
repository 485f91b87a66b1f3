import { Rule } from '../access/authorize.decorator';

type Pick<Args> = (args: Args) => unknown;

/** Authorisation rules of the good-practice library, answered by the AccessPolicy (practices/practice-access.ts). */
export const PracticeRules = {
  /** Writes a new article for the named organisation: area coordinators, or members and providers of that organisation. */
  writerFor: <Args>(organisationId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.mayWritePracticeFor(viewer, organisationId(args)),

  /** Edits the named article: area coordinators any, members and providers the drafts of their organisations. */
  editor: <Args>(practiceId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.mayEditPractice(viewer, practiceId(args)),

  /** Deletes the named attachment: whoever edits its article. */
  attachmentEditor: <Args>(attachmentId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.mayEditPracticeAttachment(viewer, attachmentId(args)),
};
