import { Rule } from '../access/authorize.decorator';

type Pick<Args> = (args: Args) => unknown;

/** Authorisation rules of comments (the audience of a round, the author of a comment), answered by the AccessPolicy. */
export const CommentRules = {
  /** In the audience of the named round (PUBLIC rounds: anybody, as a guest without a person in the area). */
  commenter: <Args>(roundId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.mayCommentIn(viewer, roundId(args)),

  /** In the audience of the round of the named comment. */
  replier: <Args>(commentId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.mayReplyTo(viewer, commentId(args)),

  /** The author of the named comment. */
  author: <Args>(commentId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.wroteComment(viewer, commentId(args)),
};
