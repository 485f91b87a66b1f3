import { EntityTarget } from 'typeorm';
import { AreaScopedEntity } from '../areas/area-scoped.entity';
import { AreaRole } from '../people/area-role.enum';
import { Rule } from './authorize.decorator';
import { hasAreaRole } from './viewer';

type Pick<Args> = (args: Args) => string | undefined | null;

/** The vocabulary of authorisation rules. Each rule is checked for the object named in the args. */
export const Rules = {
  /** Anybody, including the anonymous public (the handler shows only what is published). */
  anyone: (): Rule => () => true,

  /** Any logged-in account, whatever the area. */
  signedIn: (): Rule => ({ viewer }) => viewer.account !== null,

  /** A person of the area named by the request. */
  areaMember: (): Rule => ({ viewer }) => viewer.person !== null,

  /** A person with one of these roles in the area of the request. */
  areaRole: (...roles: AreaRole[]): Rule => ({ viewer }) => hasAreaRole(viewer, ...roles),

  /**
   * A person with one of these roles in the area of the request, acting on an object of that area
   * (e.g. area coordinator changing a person). An object of another area is not there: refused.
   */
  areaRoleOn: <Args>(entity: EntityTarget<AreaScopedEntity>, id: Pick<Args>, ...roles: AreaRole[]): Rule<Args> =>
    async ({ viewer, args, policy }) => hasAreaRole(viewer, ...roles) && policy.inArea(viewer, entity, id(args)),

  /** The person the named row of this area belongs to (e.g. the recipient of a notification). */
  ownerOf: <Args>(entity: EntityTarget<AreaScopedEntity & { personId: string }>, id: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.ownedByViewer(viewer, entity, id(args)),

  /** Area coordinator, or coordinator of the named group of this area. */
  groupCoordinator: <Args>(groupId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.coordinatesGroup(viewer, groupId(args)),

  /** Who organises the named meeting: area coordinator, or coordinator of the meeting's group. */
  meetingOrganiser: <Args>(meetingId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.organisesMeeting(viewer, meetingId(args)),

  /** A person invited to the named meeting. */
  meetingInvitee: <Args>(meetingId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.isInvitedTo(viewer, meetingId(args)),

  /** Who may see the named meeting's internals: organisers, invitees and the group's members. */
  meetingParticipant: <Args>(meetingId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.takesPartIn(viewer, meetingId(args)),

  /** A public meeting of the area of the request (calendar downloads without login). */
  publicMeeting: <Args>(meetingId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.isPublicMeeting(viewer, meetingId(args)),

  /** A current member (any role) of every named working group of this area (e.g. proposing a measure for them). */
  groupMembers: <Args>(groupIds: (args: Args) => readonly unknown[] | undefined | null): Rule<Args> => ({ viewer, args, policy }) =>
    policy.memberOfGroups(viewer, groupIds(args)),

  /** Who edits the named measure: area coordinator, or coordinator of a group proposing it. */
  measureEditor: <Args>(measureId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.editsMeasure(viewer, measureId(args)),

  /** Who reports progress on the named measure: the area coordinator, or a current member of its responsible organisation. */
  measureReporter: <Args>(measureId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.reportsOnMeasure(viewer, measureId(args)),

  /** Who edits the named activity: whoever edits its measure. */
  activityEditor: <Args>(activityId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.editsActivity(viewer, activityId(args)),

  /** Provider staff (AreaRole.PROVIDER with a current membership) of the named provider organisation. */
  providerOf: <Args>(organisationId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.representsProvider(viewer, organisationId(args)),

  /** Provider staff of the organisation that owns the named service. */
  serviceProvider: <Args>(serviceId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.providesOwnerOf(viewer, 'social_services', serviceId(args)),

  /** Provider staff of the organisation that owns the named development intention. */
  intentionProvider: <Args>(intentionId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.providesOwnerOf(viewer, 'development_intentions', intentionId(args)),

  /** Coordinator of the group reviewing the named (submitted) intention, or the area coordinator. */
  intentionReviewer: <Args>(intentionId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) =>
    policy.reviewsIntention(viewer, intentionId(args)),

  /** An eligible voter of the named approval round (the voters are fixed when the round opens). */
  approvalVoter: <Args>(roundId: Pick<Args>): Rule<Args> => ({ viewer, args, policy }) => policy.votesIn(viewer, roundId(args)),

  /** `then` when the args name something (e.g. a group), `otherwise` when they do not. */
  given: <Args>(value: Pick<Args>, then: Rule<Args>, otherwise: Rule<Args>): Rule<Args> => (check) =>
    value(check.args) !== undefined && value(check.args) !== null ? then(check) : otherwise(check),

  /** Every rule holds (checked in order, stopping at the first that does not). */
  all: <Args>(...rules: Rule<Args>[]): Rule<Args> => async (check) => {
    for (const rule of rules) if (!(await rule(check))) return false;
    return true;
  },

  /** At least one rule holds (checked in order, stopping at the first that does). */
  any: <Args>(...rules: Rule<Args>[]): Rule<Args> => async (check) => {
    for (const rule of rules) if (await rule(check)) return true;
    return false;
  },
};
