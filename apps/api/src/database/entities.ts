import { ActionPlanMeasureEntity } from '../action-plans/action-plan-measure.entity';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ChangeLinkEntity } from '../action-plans/change-link.entity';
import { ApprovalRoundEntity, ApprovalRoundGroupEntity, ApprovalRoundVoterEntity } from '../approvals/approval-round.entity';
import { VoteEntity } from '../approvals/vote.entity';
import { AuditEntryEntity } from '../audit/audit-entry.entity';
import { CommentRevisionEntity } from '../comments/comment-revision.entity';
import { CommentRoundEntity, CommentRoundGroupEntity } from '../comments/comment-round.entity';
import { CommentEntity } from '../comments/comment.entity';
import { CouncilResolutionEntity } from '../publication/council-resolution.entity';
import { AreaEntity } from '../areas/area.entity';
import { AccountEntity } from '../auth/account.entity';
import { SessionEntity } from '../auth/session.entity';
import { WorkingGroupEntity } from '../groups/working-group.entity';
import { GroupMembershipEntity } from '../groups/group-membership.entity';
import { AgendaItemEntity } from '../meetings/agenda-item.entity';
import { DecisionEntity } from '../meetings/decision.entity';
import { MeetingGuestEntity } from '../meetings/meeting-guest.entity';
import { MeetingInvitationEntity } from '../meetings/meeting-invitation.entity';
import { MeetingEntity } from '../meetings/meeting.entity';
import { MinutesEntity } from '../meetings/minutes.entity';
import { OrganisationMembershipEntity } from '../organisations/organisation-membership.entity';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { AccountInvitationEntity } from '../people/account-invitation.entity';
import { PersonEntity } from '../people/person.entity';
import { ActivityEntity } from '../measures/activity.entity';
import { MeasureCostEntity } from '../measures/measure-cost.entity';
import { MeasureIndicatorEntity } from '../measures/measure-indicator.entity';
import { MeasurePartnerEntity, MeasureProposerEntity } from '../measures/measure-links.entity';
import { MeasureStateChangeEntity } from '../measures/measure-state-change.entity';
import { MeasureEntity } from '../measures/measure.entity';
import { GoalEntity } from '../strategy/goal.entity';
import { PriorityEntity } from '../strategy/priority.entity';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';
import { SocialServiceEntity } from '../services/social-service.entity';
import { DevelopmentIntentionEntity } from '../intentions/development-intention.entity';
import { IntentionCallEntity } from '../intentions/intention-call.entity';
import { IntentionHistoryEntity } from '../intentions/intention-history.entity';
import { IntentionMeasureEntity } from '../links/intention-measure.entity';
import { FundedProjectEntity } from '../trainings/funded-project.entity';
import { MonitoringReminderEntity } from '../monitoring/monitoring-reminder.entity';
import { ProgressIndicatorValueEntity, ProgressReportEntity, ProgressSpendingEntity } from '../monitoring/progress-report.entity';
import { NotificationDigestEntity, NotificationEntity, NotificationPreferenceEntity } from '../notifications/notification.entity';
import { PracticeAttachmentEntity } from '../practices/practice-attachment.entity';
import { PracticeEntity } from '../practices/practice.entity';

/** Every entity of the schema; the migrations must describe exactly these. */
export const ENTITIES = [
  AreaEntity,
  AccountEntity,
  SessionEntity,
  PersonEntity,
  AccountInvitationEntity,
  OrganisationEntity,
  OrganisationMembershipEntity,
  WorkingGroupEntity,
  GroupMembershipEntity,
  FundedProjectEntity,
  MeetingEntity,
  AgendaItemEntity,
  MeetingInvitationEntity,
  MeetingGuestEntity,
  MinutesEntity,
  DecisionEntity,
  StrategicPlanEntity,
  PriorityEntity,
  GoalEntity,
  MeasureEntity,
  MeasurePartnerEntity,
  MeasureProposerEntity,
  MeasureCostEntity,
  MeasureIndicatorEntity,
  MeasureStateChangeEntity,
  ActivityEntity,
  SocialServiceEntity,
  IntentionCallEntity,
  DevelopmentIntentionEntity,
  IntentionHistoryEntity,
  IntentionMeasureEntity,
  ActionPlanEntity,
  ActionPlanVersionEntity,
  ActionPlanSectionEntity,
  ActionPlanMeasureEntity,
  CommentRoundEntity,
  CommentRoundGroupEntity,
  CommentEntity,
  CommentRevisionEntity,
  ChangeLinkEntity,
  ApprovalRoundEntity,
  ApprovalRoundGroupEntity,
  ApprovalRoundVoterEntity,
  VoteEntity,
  CouncilResolutionEntity,
  AuditEntryEntity,
  ProgressReportEntity,
  ProgressSpendingEntity,
  ProgressIndicatorValueEntity,
  MonitoringReminderEntity,
  NotificationEntity,
  NotificationPreferenceEntity,
  NotificationDigestEntity,
  PracticeEntity,
  PracticeAttachmentEntity,
];
