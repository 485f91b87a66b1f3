/* eslint-disable */
import * as types from './graphql';
import type { TypedDocumentNode as DocumentNode } from '@graphql-typed-document-node/core';

/**
 * Map of all GraphQL operations in the project.
 *
 * This map has several performance disadvantages:
 * 1. It is not tree-shakeable, so it will include all operations in the project.
 * 2. It is not minifiable, so the string of a GraphQL query will be multiple times inside the bundle.
 * 3. It does not support dead code elimination, so it will add unused operations.
 *
 * Therefore it is highly recommended to use the babel or swc plugin for production.
 * Learn more about it here: https://the-guild.dev/graphql/codegen/plugins/presets/preset-client#reducing-bundle-size
 */
type Documents = {
    "\n  fragment ActionPlanVersionFields on ActionPlanVersion {\n    id\n    number\n    state\n    isDraft\n    issuedAt\n    changeNote\n    issuedBy {\n      id\n      fullName\n    }\n    actionPlan {\n      id\n      title\n      year\n    }\n    sections {\n      id\n      lineageId\n      kind\n      position\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n    measures {\n      id\n      measureId\n      position\n      number\n      priorityTitle\n      goalTitle\n      title\n      description\n      rationale\n      targetGroups\n      responsibleOrganisationName\n      partnerNames\n      proposingGroupNames\n      fromYear\n      toYear\n      measureState\n      totalCost\n      yearCost\n      costs {\n        year\n        source\n        amount\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n      }\n      activities {\n        number\n        title\n        description\n      }\n    }\n  }\n": typeof types.ActionPlanVersionFieldsFragmentDoc,
    "\n  query ActionPlans {\n    actionPlans {\n      id\n      year\n      title\n      state\n      strategicPlan {\n        id\n        title\n      }\n      draft {\n        id\n        number\n      }\n      latestIssued {\n        id\n        number\n        issuedAt\n      }\n    }\n  }\n": typeof types.ActionPlansDocument,
    "\n  query ActionPlanStrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n    }\n  }\n": typeof types.ActionPlanStrategicPlansDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateActionPlanDocument,
    "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      title\n      state\n      publishedAt\n      strategicPlan {\n        id\n        title\n      }\n      versions {\n        id\n        number\n        state\n        issuedAt\n        changeNote\n        issuedBy {\n          id\n          fullName\n        }\n      }\n      draft {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n": typeof types.ActionPlanDocument,
    "\n  query ActionPlanVersion($id: ID!) {\n    actionPlanVersion(id: $id) {\n      ...ActionPlanVersionFields\n    }\n  }\n": typeof types.ActionPlanVersionDocument,
    "\n  mutation UpdateActionPlanSection($input: UpdateActionPlanSectionInput!) {\n    updateActionPlanSection(input: $input) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.UpdateActionPlanSectionDocument,
    "\n  mutation AddActionPlanSection($input: AddActionPlanSectionInput!) {\n    addActionPlanSection(input: $input) {\n      id\n    }\n  }\n": typeof types.AddActionPlanSectionDocument,
    "\n  mutation MoveActionPlanSection($input: MoveActionPlanSectionInput!) {\n    moveActionPlanSection(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveActionPlanSectionDocument,
    "\n  mutation RemoveActionPlanSection($id: ID!) {\n    removeActionPlanSection(id: $id)\n  }\n": typeof types.RemoveActionPlanSectionDocument,
    "\n  mutation RefreshActionPlanMeasures($versionId: ID!) {\n    refreshActionPlanMeasures(versionId: $versionId) {\n      id\n    }\n  }\n": typeof types.RefreshActionPlanMeasuresDocument,
    "\n  mutation IssueActionPlanVersion($input: IssueActionPlanVersionInput!) {\n    issueActionPlanVersion(input: $input) {\n      id\n      number\n    }\n  }\n": typeof types.IssueActionPlanVersionDocument,
    "\n  query ActionPlanDiff($from: ID!, $to: ID!) {\n    actionPlanDiff(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        lineageId\n        status\n        from {\n          id\n          title\n        }\n        to {\n          id\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n      measures {\n        measureId\n        status\n        from {\n          id\n          number\n          title\n        }\n        to {\n          id\n          number\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n    }\n  }\n": typeof types.ActionPlanDiffDocument,
    "\n  query ApprovalRound($id: ID!) {\n    approvalRound(id: $id) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      closedAt\n      quorumPercent\n      approvalPercent\n      eligibleCount\n      result\n      isVoter\n      canManage\n      version {\n        id\n        number\n      }\n      actionPlan {\n        id\n        title\n        state\n      }\n      groups {\n        id\n        name\n      }\n      myVote {\n        id\n        choice\n        reservation\n        updatedAt\n      }\n      tally {\n        eligible\n        approve\n        approveWithReservations\n        reject\n        abstain\n        votesCast\n        turnoutPercent\n        quorumVotes\n        quorumMet\n        approvalMet\n        result\n      }\n      voters {\n        voted\n        votedAt\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.ApprovalRoundDocument,
    "\n  query ApprovalRounds($actionPlanId: ID, $versionId: ID) {\n    approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      result\n      version {\n        id\n        number\n      }\n    }\n  }\n": typeof types.ApprovalRoundsDocument,
    "\n  query ApprovalRoundGroups {\n    groups {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n": typeof types.ApprovalRoundGroupsDocument,
    "\n  mutation OpenApprovalRound($input: OpenApprovalRoundInput!) {\n    openApprovalRound(input: $input) {\n      id\n    }\n  }\n": typeof types.OpenApprovalRoundDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      choice\n      reservation\n      updatedAt\n    }\n  }\n": typeof types.CastVoteDocument,
    "\n  mutation CloseApprovalRound($roundId: ID!) {\n    closeApprovalRound(roundId: $roundId) {\n      id\n      result\n      closedAt\n    }\n  }\n": typeof types.CloseApprovalRoundDocument,
    "\n  subscription ApprovalRoundEvents($roundId: ID!) {\n    approvalRoundEvents(roundId: $roundId) {\n      kind\n      round {\n        id\n        phase\n        closedAt\n        result\n        tally {\n          eligible\n          approve\n          approveWithReservations\n          reject\n          abstain\n          votesCast\n          turnoutPercent\n          quorumVotes\n          quorumMet\n          approvalMet\n          result\n        }\n        voters {\n          voted\n          votedAt\n          person {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": typeof types.ApprovalRoundEventsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: Int, $pageSize: Int) {\n    auditLog(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        createdAt\n        action\n        actionLabel\n        actorId\n        actorName\n        subjectType\n        subjectId\n      }\n    }\n  }\n": typeof types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n": typeof types.AuditActionsDocument,
    "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n": typeof types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        locale\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n": typeof types.LoginDocument,
    "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": typeof types.SetLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": typeof types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": typeof types.ChangePasswordDocument,
    "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": typeof types.AreasDocument,
    "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n": typeof types.AreaDocument,
    "\n  fragment CommentRoundFields on CommentRound {\n    id\n    title\n    instructions\n    audience\n    phase\n    opensAt\n    closesAt\n    settledAt\n    versionId\n    viewerMayComment\n    groups {\n      id\n      name\n    }\n    counts {\n      comments\n      replies\n      unsettled\n      hidden\n      support\n      neutral\n      objection\n    }\n  }\n": typeof types.CommentRoundFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    createdAt\n    editedAt\n    body\n    stance\n    revision\n    hidden\n    hiddenReason\n    viewerMayEdit\n    author {\n      name\n      personId\n      guest\n    }\n    organisationName\n    revisions {\n      id\n      revision\n      body\n      stance\n      replacedAt\n    }\n  }\n": typeof types.CommentFieldsFragmentDoc,
    "\n  fragment CommentThreadFields on Comment {\n    ...CommentFields\n    number\n    target\n    sectionId\n    planMeasureId\n    quoteField\n    quoteExact\n    quotePrefix\n    quoteSuffix\n    quoteStart\n    quoteEnd\n    section {\n      id\n      title\n    }\n    planMeasure {\n      id\n      number\n      title\n    }\n    outcome\n    justification\n    changeMade\n    settledAt\n    settledBy {\n      id\n      fullName\n    }\n    replies {\n      ...CommentFields\n    }\n  }\n": typeof types.CommentThreadFieldsFragmentDoc,
    "\n  query CommentRounds($versionId: ID, $actionPlanId: ID) {\n    commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) {\n      ...CommentRoundFields\n    }\n  }\n": typeof types.CommentRoundsDocument,
    "\n  query CommentRound($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        id\n        number\n        actionPlanId\n      }\n    }\n  }\n": typeof types.CommentRoundDocument,
    "\n  query Comments($roundId: ID!, $filter: CommentFilter, $order: CommentOrder, $page: Int!, $pageSize: Int!) {\n    comments(roundId: $roundId, filter: $filter, order: $order, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...CommentThreadFields\n      }\n    }\n  }\n": typeof types.CommentsDocument,
    "\n  query RoundGroupOptions {\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.RoundGroupOptionsDocument,
    "\n  mutation OpenCommentRound($input: OpenCommentRoundInput!) {\n    openCommentRound(input: $input) {\n      ...CommentRoundFields\n    }\n  }\n": typeof types.OpenCommentRoundDocument,
    "\n  mutation CloseCommentRoundAsSettled($roundId: ID!) {\n    closeCommentRoundAsSettled(roundId: $roundId) {\n      ...CommentRoundFields\n    }\n  }\n": typeof types.CloseCommentRoundAsSettledDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.PostCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.ReplyToCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": typeof types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": typeof types.UnhideCommentDocument,
    "\n  mutation SettleComment($input: SettleCommentInput!) {\n    settleComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": typeof types.SettleCommentDocument,
    "\n  subscription CommentRoundEvents($roundId: ID!) {\n    commentRoundEvents(roundId: $roundId) {\n      kind\n      roundId\n      commentId\n      threadId\n      comment {\n        ...CommentFields\n      }\n      thread {\n        ...CommentThreadFields\n      }\n      round {\n        ...CommentRoundFields\n      }\n    }\n  }\n": typeof types.CommentRoundEventsDocument,
    "\n  query CommentQuotes($roundId: ID!, $page: Int!) {\n    comments(roundId: $roundId, filter: { target: PASSAGE }, order: OLDEST, page: $page, pageSize: 200) {\n      total\n      items {\n        id\n        hidden\n        sectionId\n        planMeasureId\n        quoteField\n        quoteExact\n        quotePrefix\n        quoteSuffix\n        quoteStart\n        quoteEnd\n      }\n    }\n  }\n": typeof types.CommentQuotesDocument,
    "\n  query CommentLocation($id: ID!) {\n    comment(id: $id) {\n      id\n      threadId\n      sectionId\n      planMeasureId\n      round {\n        id\n        version {\n          id\n          actionPlanId\n        }\n      }\n    }\n  }\n": typeof types.CommentLocationDocument,
    "\n  query LinkChangeContext($versionId: ID!) {\n    actionPlanVersion(id: $versionId) {\n      id\n      number\n      actionPlan {\n        id\n        draft {\n          id\n          number\n          sections {\n            id\n            lineageId\n            title\n          }\n          measures {\n            id\n            measureId\n            number\n            title\n          }\n          changeLinks {\n            id\n            commentId\n            field\n            sectionLineageId\n            measureId\n          }\n        }\n      }\n    }\n  }\n": typeof types.LinkChangeContextDocument,
    "\n  mutation LinkChange($input: LinkChangeInput!) {\n    linkChange(input: $input) {\n      id\n      commentId\n      field\n      sectionLineageId\n      measureId\n      versionId\n    }\n  }\n": typeof types.LinkChangeDocument,
    "\n  mutation UnlinkChange($id: ID!) {\n    unlinkChange(id: $id)\n  }\n": typeof types.UnlinkChangeDocument,
    "\n  query PublicCommentRounds($areaSlug: String!) {\n    publicCommentRounds(areaSlug: $areaSlug) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      version {\n        id\n        number\n        actionPlan {\n          id\n          title\n          year\n        }\n      }\n    }\n  }\n": typeof types.PublicCommentRoundsDocument,
    "\n  query PublicConsultation($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n": typeof types.PublicConsultationDocument,
    "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n": typeof types.DashboardDocument,
    "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n": typeof types.GroupsDocument,
    "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": typeof types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n": typeof types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": typeof types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": typeof types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n": typeof types.RemoveGroupMemberDocument,
    "\n  fragment IntentionFields on DevelopmentIntention {\n    id\n    state\n    kind\n    serviceId\n    serviceType\n    service {\n      id\n      name\n      type\n      form\n      capacity\n      capacityUnit\n    }\n    newServiceName\n    newServiceType\n    newServiceForm\n    newServiceTargetGroups\n    currentCapacity\n    proposedCapacity\n    capacityUnit\n    fteChange\n    annualCost\n    funding {\n      state\n      region\n      municipality\n      eu\n      other\n    }\n    startYear\n    reviewingGroup {\n      id\n      name\n    }\n    justification\n    opinionReasons\n    opinionMeetingId\n    measures {\n      id\n      number\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    createdAt\n    submittedAt\n  }\n": typeof types.IntentionFieldsFragmentDoc,
    "\n  query Intentions($filter: IntentionFilter, $page: Int!, $pageSize: Int!) {\n    intentions(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        state\n        kind\n        serviceType\n        service {\n          id\n          name\n        }\n        newServiceName\n        currentCapacity\n        proposedCapacity\n        capacityUnit\n        startYear\n        reviewingGroup {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        submittedAt\n      }\n    }\n  }\n": typeof types.IntentionsDocument,
    "\n  query Intention($id: ID!) {\n    intention(id: $id) {\n      ...IntentionFields\n      history {\n        id\n        createdAt\n        fromState\n        toState\n        reason\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": typeof types.IntentionDocument,
    "\n  query PlanMeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n            state\n          }\n        }\n      }\n    }\n  }\n": typeof types.PlanMeasureOptionsDocument,
    "\n  query IntentionCalls {\n    intentionCalls {\n      year\n      deadline\n    }\n  }\n": typeof types.IntentionCallsDocument,
    "\n  query ReviewingGroups {\n    groups {\n      id\n      name\n    }\n  }\n": typeof types.ReviewingGroupsDocument,
    "\n  query GroupMeetingOptions($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }, page: 1, pageSize: 50) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": typeof types.GroupMeetingOptionsDocument,
    "\n  query OrganisationServices($organisationId: ID!) {\n    services(filter: { organisationId: $organisationId }, page: 1, pageSize: 200) {\n      items {\n        id\n        name\n        type\n        form\n        capacity\n        capacityUnit\n      }\n    }\n  }\n": typeof types.OrganisationServicesDocument,
    "\n  mutation CreateIntention($input: CreateIntentionInput!) {\n    createIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n": typeof types.CreateIntentionDocument,
    "\n  mutation UpdateIntention($input: UpdateIntentionInput!) {\n    updateIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n": typeof types.UpdateIntentionDocument,
    "\n  mutation SubmitIntention($input: IntentionStepInput!) {\n    submitIntention(input: $input) {\n      id\n      state\n      submittedAt\n    }\n  }\n": typeof types.SubmitIntentionDocument,
    "\n  mutation WithdrawIntention($input: IntentionStepInput!) {\n    withdrawIntention(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.WithdrawIntentionDocument,
    "\n  mutation ForwardIntention($input: IntentionStepInput!) {\n    forwardIntention(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.ForwardIntentionDocument,
    "\n  mutation RecordIntentionOpinion($input: IntentionOpinionInput!) {\n    recordIntentionOpinion(input: $input) {\n      id\n      state\n      opinionReasons\n      opinionMeetingId\n    }\n  }\n": typeof types.RecordIntentionOpinionDocument,
    "\n  mutation RecordIntentionOutcome($input: IntentionOutcomeInput!) {\n    recordIntentionOutcome(input: $input) {\n      id\n      state\n    }\n  }\n": typeof types.RecordIntentionOutcomeDocument,
    "\n  mutation SetIntentionCall($input: IntentionCallInput!) {\n    setIntentionCall(input: $input) {\n      year\n      deadline\n    }\n  }\n": typeof types.SetIntentionCallDocument,
    "\n  fragment MeasureFields on Measure {\n    id\n    number\n    planId\n    goalId\n    title\n    state\n    description\n    rationale\n    targetGroups\n    fromYear\n    toYear\n    canEdit\n    totalCost\n    createdAt\n    responsibleOrganisation {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    proposingGroups {\n      id\n      name\n    }\n    proposedBy {\n      id\n      fullName\n    }\n    mergedInto {\n      id\n      number\n      title\n    }\n    costs {\n      id\n      year\n      source\n      amount\n    }\n    indicators {\n      id\n      position\n      name\n      unit\n      baseline\n      target\n    }\n    activities {\n      id\n      number\n      title\n      description\n    }\n    history {\n      id\n      changedAt\n      fromState\n      toState\n      reason\n      changedBy {\n        id\n        fullName\n      }\n      mergedInto {\n        id\n        number\n        title\n      }\n    }\n  }\n": typeof types.MeasureFieldsFragmentDoc,
    "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureFields\n      ...MeasureDiscussions\n    }\n  }\n": typeof types.MeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": typeof types.UpdateMeasureDocument,
    "\n  mutation ChangeMeasureState($input: ChangeMeasureStateInput!) {\n    changeMeasureState(input: $input) {\n      ...MeasureFields\n    }\n  }\n": typeof types.ChangeMeasureStateDocument,
    "\n  query MeasureArea {\n    me {\n      memberships {\n        area {\n          id\n          slug\n          defaultLocale\n        }\n      }\n    }\n  }\n": typeof types.MeasureAreaDocument,
    "\n  fragment MeasureDiscussions on Measure {\n    id\n    discussions {\n      meeting {\n        id\n        title\n        startsAt\n        timezone\n        group {\n          id\n          name\n        }\n      }\n      agendaItem {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        position\n        text\n      }\n    }\n  }\n": typeof types.MeasureDiscussionsFragmentDoc,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": typeof types.UpdateActivityDocument,
    "\n  mutation MoveActivity($input: MoveActivityInput!) {\n    moveActivity(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": typeof types.DeleteActivityDocument,
    "\n  query MeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": typeof types.MeasureOptionsDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    notes\n    durationMinutes\n    presenter {\n      id\n      fullName\n    }\n  }\n": typeof types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaItemLinkFields on AgendaItem {\n    id\n    intentionId\n    measure {\n      id\n      number\n      title\n    }\n    intention {\n      id\n      organisation {\n        id\n        name\n      }\n      service {\n        id\n        name\n      }\n      newServiceName\n    }\n  }\n": typeof types.AgendaItemLinkFieldsFragmentDoc,
    "\n  fragment InvitationFields on MeetingInvitation {\n    id\n    reply\n    repliedAt\n    attendance\n    person {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.InvitationFieldsFragmentDoc,
    "\n  fragment AttendanceSummaryFields on AttendanceSummary {\n    invited\n    attending\n    declined\n    maybe\n    pending\n    present\n    excused\n    absent\n    guests\n  }\n": typeof types.AttendanceSummaryFieldsFragmentDoc,
    "\n  fragment MinutesFields on Minutes {\n    id\n    body\n    status\n    version\n    publishedAt\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n": typeof types.MinutesFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    position\n    text\n    createdAt\n  }\n": typeof types.DecisionFieldsFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $page: Int, $pageSize: Int) {\n    meetings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        isPublic\n        cancelledAt\n        groupId\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.MeetingsDocument,
    "\n  query MeetingGroups {\n    groups {\n      id\n      name\n      kind\n    }\n  }\n": typeof types.MeetingGroupsDocument,
    "\n  query MeetingPeople($search: String, $pageSize: Int) {\n    people(search: $search, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.MeetingPeopleDocument,
    "\n  query MeetingOrganisations($search: String) {\n    organisations(search: $search, pageSize: 50) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": typeof types.MeetingOrganisationsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      groupId\n      group {\n        id\n        name\n        kind\n      }\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      cancelledAt\n      canManage\n      projectId\n      project {\n        id\n        name\n        registrationNumber\n      }\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n      registered\n      freePlaces\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n      myInvitation {\n        id\n        reply\n        repliedAt\n        attendance\n        person {\n          id\n          fullName\n        }\n      }\n      guests {\n        id\n        fullName\n        organisationName\n        organisation {\n          id\n          name\n        }\n      }\n      minutes {\n        ...MinutesFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": typeof types.MeetingDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      groupId\n    }\n  }\n": typeof types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      projectId\n    }\n  }\n": typeof types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": typeof types.CancelMeetingDocument,
    "\n  mutation SetAgenda($input: SetAgendaInput!) {\n    setAgenda(input: $input) {\n      id\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n    }\n  }\n": typeof types.SetAgendaDocument,
    "\n  mutation InviteToMeeting($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": typeof types.InviteToMeetingDocument,
    "\n  mutation ReplyToInvitation($input: ReplyToInvitationInput!) {\n    replyToInvitation(input: $input) {\n      id\n      reply\n      repliedAt\n    }\n  }\n": typeof types.ReplyToInvitationDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      invitations {\n        id\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": typeof types.RecordAttendanceDocument,
    "\n  mutation AddMeetingGuest($input: AddMeetingGuestInput!) {\n    addMeetingGuest(input: $input) {\n      id\n      fullName\n      organisationName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": typeof types.AddMeetingGuestDocument,
    "\n  mutation RemoveMeetingGuest($input: RemoveMeetingGuestInput!) {\n    removeMeetingGuest(input: $input)\n  }\n": typeof types.RemoveMeetingGuestDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n": typeof types.SaveMinutesDocument,
    "\n  mutation PublishMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      id\n      body\n      status\n      version\n      publishedAt\n      updatedAt\n    }\n  }\n": typeof types.PublishMinutesDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": typeof types.AddDecisionDocument,
    "\n  mutation RemoveDecision($input: RemoveDecisionInput!) {\n    removeDecision(input: $input)\n  }\n": typeof types.RemoveDecisionDocument,
    "\n  query IntentionOptions($pageSize: Int!) {\n    intentions(page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        startYear\n        organisation {\n          id\n          name\n        }\n        service {\n          id\n          name\n        }\n        newServiceName\n      }\n    }\n  }\n": typeof types.IntentionOptionsDocument,
    "\n  query MonitoringPlans {\n    monitoringPlans {\n      id\n      year\n      title\n    }\n  }\n": typeof types.MonitoringPlansDocument,
    "\n  query MonitoringOverview($actionPlanId: ID!) {\n    monitoringOverview(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        status\n        report {\n          id\n          state\n          submittedAt\n          submittedByName\n        }\n      }\n      organisations {\n        organisationId\n        name\n        measureCount\n        submittedCount\n        missingCount\n        lastReminder {\n          id\n          createdAt\n          remindedByName\n        }\n      }\n    }\n  }\n": typeof types.MonitoringOverviewDocument,
    "\n  query MonitoringEvaluation($actionPlanId: ID!) {\n    monitoringEvaluation(actionPlanId: $actionPlanId) {\n      actionPlanId\n      planTitle\n      year\n      measureCount\n      notReportedCount\n      stateCounts {\n        state\n        count\n      }\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        state\n      }\n      indicators {\n        indicatorId\n        measureNumber\n        measureTitle\n        name\n        unit\n        baseline\n        target\n        value\n        percentOfTarget\n      }\n      money {\n        source\n        planned\n        spent\n      }\n      plannedTotal\n      spentTotal\n    }\n  }\n": typeof types.MonitoringEvaluationDocument,
    "\n  query MyProgressReports($actionPlanId: ID!) {\n    myProgressReports(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        year\n        number\n        title\n        organisationName\n        status\n        indicators {\n          id\n          name\n          unit\n          baseline\n          target\n        }\n        plannedCosts {\n          source\n          amount\n        }\n        report {\n          id\n          revision\n          state\n          narrative\n          submittedAt\n          updatedAt\n          updatedByName\n          spending {\n            source\n            amount\n          }\n          indicatorValues {\n            indicatorId\n            value\n          }\n        }\n      }\n      reminders {\n        id\n        createdAt\n        organisationName\n        remindedByName\n        measureIds\n      }\n    }\n  }\n": typeof types.MyProgressReportsDocument,
    "\n  mutation SaveProgressReport($input: SaveProgressReportInput!) {\n    saveProgressReport(input: $input) {\n      id\n      revision\n      state\n      narrative\n      submittedAt\n      updatedAt\n    }\n  }\n": typeof types.SaveProgressReportDocument,
    "\n  mutation RemindOrganisation($input: RemindOrganisationInput!) {\n    remindOrganisation(input: $input) {\n      id\n      createdAt\n    }\n  }\n": typeof types.RemindOrganisationDocument,
    "\n  query ServiceNetwork($serviceType: ServiceType, $targetGroup: TargetGroup) {\n    serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {\n      rows {\n        serviceType\n        section\n        targetGroup\n        unit\n        services\n        current\n        proposed\n        change\n        intentions\n      }\n      types {\n        serviceType\n        section\n        unit\n        current\n        proposed\n        change\n      }\n      totals {\n        unit\n        current\n        proposed\n        change\n      }\n    }\n    serviceTypes {\n      type\n      section\n      name\n    }\n  }\n": typeof types.ServiceNetworkDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    read\n    readAt\n    createdAt\n    emailState\n  }\n": typeof types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {\n    notifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationsDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      kind\n      notificationId\n      unread\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": typeof types.NotificationEventsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": typeof types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": typeof types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": typeof types.SetNotificationPreferenceDocument,
    "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n": typeof types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n": typeof types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": typeof types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n": typeof types.UpdateOrganisationDocument,
    "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n": typeof types.AddOrganisationMemberDocument,
    "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n": typeof types.EndOrganisationMembershipDocument,
    "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PeopleDocument,
    "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.PersonOptionsDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      anonymisedAt\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": typeof types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": typeof types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n": typeof types.UpdatePersonDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": typeof types.InvitePersonDocument,
    "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": typeof types.AccountInvitationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n": typeof types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": typeof types.AcceptInvitationDocument,
    "\n  query PersonGroups($id: ID!) {\n    person(id: $id) {\n      id\n      groups(includeFormer: true) {\n        id\n        role\n        joinedAt\n        leftAt\n        group {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n": typeof types.PersonGroupsDocument,
    "\n  fragment PracticeHitFields on PracticeHit {\n    rank\n    snippet {\n      text\n      match\n    }\n    practice {\n      id\n      title\n      summary\n      tags\n      targetGroups\n      language\n      state\n      publishedAt\n      updatedAt\n      organisationName\n      mayEdit\n    }\n  }\n": typeof types.PracticeHitFieldsFragmentDoc,
    "\n  fragment PracticeFields on Practice {\n    id\n    title\n    summary\n    body\n    tags\n    targetGroups\n    language\n    state\n    publishedAt\n    updatedAt\n    revision\n    organisationId\n    organisationName\n    organisationWebsite\n    authorName\n    mayEdit\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      createdAt\n    }\n  }\n": typeof types.PracticeFieldsFragmentDoc,
    "\n  query PublicPractices(\n    $areaSlug: String!\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    publicPracticeTags(areaSlug: $areaSlug) {\n      tag\n      count\n    }\n  }\n": typeof types.PublicPracticesDocument,
    "\n  query PublicPractice($areaSlug: String!, $id: ID!) {\n    publicPractice(areaSlug: $areaSlug, id: $id) {\n      ...PracticeFields\n    }\n  }\n": typeof types.PublicPracticeDocument,
    "\n  query Practices(\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $state: PracticeState\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    practices(search: $search, tag: $tag, targetGroup: $targetGroup, state: $state, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    practiceTags {\n      tag\n      count\n    }\n  }\n": typeof types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    practice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": typeof types.PracticeDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": typeof types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": typeof types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": typeof types.PublishPracticeDocument,
    "\n  mutation UnpublishPractice($id: ID!) {\n    unpublishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": typeof types.UnpublishPracticeDocument,
    "\n  mutation DeletePractice($id: ID!) {\n    deletePractice(id: $id)\n  }\n": typeof types.DeletePracticeDocument,
    "\n  mutation DeletePracticeAttachment($id: ID!) {\n    deletePracticeAttachment(id: $id)\n  }\n": typeof types.DeletePracticeAttachmentDocument,
    "\n  mutation ErasePersonalData($input: ErasePersonalDataInput!) {\n    erasePersonalData(input: $input)\n  }\n": typeof types.ErasePersonalDataDocument,
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      hasAccount\n      anonymisedAt\n    }\n  }\n": typeof types.ErasePersonDocument,
    "\n  query PublicMeetings($areaSlug: String!, $past: Boolean, $page: Int, $pageSize: Int) {\n    publicMeetings(areaSlug: $areaSlug, past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": typeof types.PublicMeetingsDocument,
    "\n  query PublicMeeting($areaSlug: String!, $id: ID!) {\n    publicMeeting(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      kind\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      cancelledAt\n      group {\n        id\n        name\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      decisions {\n        id\n        position\n        text\n      }\n      minutes {\n        id\n        body\n        status\n        publishedAt\n      }\n    }\n  }\n": typeof types.PublicMeetingDocument,
    "\n  query ActionPlanCouncil($actionPlanId: ID!) {\n    actionPlanCouncil(actionPlanId: $actionPlanId) {\n      actionPlan {\n        id\n        title\n        year\n        state\n        approvedAt\n        publishedAt\n      }\n      approvedVersion {\n        id\n        number\n        issuedAt\n      }\n      resolutions {\n        id\n        body\n        number\n        decidedOn\n        outcome\n        note\n        createdAt\n      }\n      canRecord\n      canPublish\n    }\n  }\n": typeof types.ActionPlanCouncilDocument,
    "\n  mutation RecordCouncilResolution($input: RecordCouncilResolutionInput!) {\n    recordCouncilResolution(input: $input) {\n      id\n    }\n  }\n": typeof types.RecordCouncilResolutionDocument,
    "\n  mutation PublishActionPlan($actionPlanId: ID!) {\n    publishActionPlan(actionPlanId: $actionPlanId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": typeof types.PublishActionPlanDocument,
    "\n  query PublishedActionPlans($areaSlug: String!) {\n    publishedActionPlans(areaSlug: $areaSlug) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      resolution {\n        id\n        body\n        number\n        decidedOn\n      }\n    }\n  }\n": typeof types.PublishedActionPlansDocument,
    "\n  query PublishedActionPlan($areaSlug: String!, $id: ID!) {\n    publishedActionPlan(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      versionNumber\n      resolution {\n        id\n        body\n        number\n        decidedOn\n        note\n      }\n      sections {\n        id\n        kind\n        position\n        title\n        body\n      }\n      measures {\n        id\n        position\n        number\n        priorityTitle\n        goalTitle\n        title\n        description\n        rationale\n        targetGroups\n        responsibleOrganisationName\n        partnerNames\n        fromYear\n        toYear\n        costs {\n          year\n          source\n          amount\n        }\n        indicators {\n          name\n          unit\n          baseline\n          target\n        }\n      }\n    }\n  }\n": typeof types.PublishedActionPlanDocument,
    "\n  fragment ServiceFields on SocialService {\n    id\n    type\n    name\n    form\n    capacity\n    capacityUnit\n    targetGroups\n    registrationId\n    areaServed\n    contact\n    organisation {\n      id\n      name\n    }\n  }\n": typeof types.ServiceFieldsFragmentDoc,
    "\n  query ServiceTypes {\n    serviceTypes {\n      type\n      section\n      name\n      forms\n      units\n    }\n  }\n": typeof types.ServiceTypesDocument,
    "\n  query Services($filter: ServiceFilter, $page: Int!, $pageSize: Int!) {\n    services(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n": typeof types.ServicesDocument,
    "\n  query MyOrganisations {\n    me {\n      person {\n        id\n        roles\n        organisations {\n          id\n          organisation {\n            id\n            name\n            side\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyOrganisationsDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.CreateServiceDocument,
    "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": typeof types.UpdateServiceDocument,
    "\n  mutation ImportServices($input: ImportServicesInput!) {\n    importServices(input: $input) {\n      imported\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": typeof types.ImportServicesDocument,
    "\n  query ParticipationStatistics($from: String!, $to: String!, $groupId: ID, $projectId: ID) {\n    participationStatistics(from: $from, to: $to, groupId: $groupId, projectId: $projectId) {\n      from\n      to\n      groupId\n      projectId\n      meetings\n      meetingsByKind {\n        kind\n        count\n      }\n      distinctPersons\n      distinctOrganisations\n      invited\n      present\n      guests\n      attendanceRate\n      personHours\n    }\n  }\n": typeof types.ParticipationStatisticsDocument,
    "\n  query StatisticsGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      archivedAt\n    }\n  }\n": typeof types.StatisticsGroupsDocument,
    "\n  query StrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n      status\n      adoptedAt\n    }\n  }\n": typeof types.StrategicPlansDocument,
    "\n  query StrategicPlan($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      fromYear\n      toYear\n      status\n      adoptedAt\n      priorities {\n        id\n        number\n        position\n        title\n        description\n        goals {\n          id\n          number\n          position\n          priorityId\n          title\n          description\n          measures {\n            id\n            number\n            position\n            goalId\n            title\n            state\n            canEdit\n            activities {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": typeof types.StrategicPlanDocument,
    "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateStrategicPlanDocument,
    "\n  mutation AdoptStrategicPlan($id: ID!) {\n    adoptStrategicPlan(id: $id) {\n      id\n      status\n      adoptedAt\n    }\n  }\n": typeof types.AdoptStrategicPlanDocument,
    "\n  mutation DeleteStrategicPlan($id: ID!) {\n    deleteStrategicPlan(id: $id)\n  }\n": typeof types.DeleteStrategicPlanDocument,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n": typeof types.CreatePriorityDocument,
    "\n  mutation UpdatePriority($input: UpdateStrategyNodeInput!) {\n    updatePriority(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdatePriorityDocument,
    "\n  mutation MovePriority($input: MovePriorityInput!) {\n    movePriority(input: $input) {\n      id\n    }\n  }\n": typeof types.MovePriorityDocument,
    "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n": typeof types.DeletePriorityDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateStrategyNodeInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n    }\n  }\n": typeof types.UpdateGoalDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": typeof types.DeleteGoalDocument,
    "\n  mutation ProposeMeasure($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.ProposeMeasureDocument,
    "\n  mutation MoveMeasure($input: MoveMeasureInput!) {\n    moveMeasure(input: $input) {\n      id\n    }\n  }\n": typeof types.MoveMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": typeof types.DeleteMeasureDocument,
    "\n  query MyGroups {\n    me {\n      person {\n        id\n        groups {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": typeof types.MyGroupsDocument,
    "\n  fragment TrainingCardFields on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timezone\n    place\n    onlineUrl\n    capacity\n    registered\n    freePlaces\n    registrationOpen\n    registrationDeadline\n    registrationAvailable\n    cancelledAt\n    group {\n      id\n      name\n    }\n    myInvitation {\n      id\n      reply\n      attendance\n    }\n  }\n": typeof types.TrainingCardFieldsFragmentDoc,
    "\n  query Trainings($past: Boolean, $page: Int, $pageSize: Int) {\n    trainings(past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n": typeof types.TrainingsDocument,
    "\n  query MyTrainings($page: Int, $pageSize: Int) {\n    myTrainings(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n": typeof types.MyTrainingsDocument,
    "\n  mutation RegisterForMeeting($input: MeetingRegistrationInput!) {\n    registerForMeeting(input: $input) {\n      id\n      reply\n    }\n  }\n": typeof types.RegisterForMeetingDocument,
    "\n  mutation CancelMeetingRegistration($input: MeetingRegistrationInput!) {\n    cancelMeetingRegistration(input: $input) {\n      id\n      reply\n    }\n  }\n": typeof types.CancelMeetingRegistrationDocument,
    "\n  mutation SetMeetingRegistration($input: SetMeetingRegistrationInput!) {\n    setMeetingRegistration(input: $input) {\n      id\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n    }\n  }\n": typeof types.SetMeetingRegistrationDocument,
    "\n  fragment FundedProjectFields on FundedProject {\n    id\n    name\n    registrationNumber\n    startsOn\n    endsOn\n    description\n  }\n": typeof types.FundedProjectFieldsFragmentDoc,
    "\n  query FundedProjects($page: Int, $pageSize: Int) {\n    fundedProjects(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FundedProjectFields\n      }\n    }\n  }\n": typeof types.FundedProjectsDocument,
    "\n  mutation CreateFundedProject($input: CreateFundedProjectInput!) {\n    createFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n": typeof types.CreateFundedProjectDocument,
    "\n  mutation UpdateFundedProject($input: UpdateFundedProjectInput!) {\n    updateFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n": typeof types.UpdateFundedProjectDocument,
    "\n  mutation DeleteFundedProject($id: ID!) {\n    deleteFundedProject(id: $id)\n  }\n": typeof types.DeleteFundedProjectDocument,
};
const documents: Documents = {
    "\n  fragment ActionPlanVersionFields on ActionPlanVersion {\n    id\n    number\n    state\n    isDraft\n    issuedAt\n    changeNote\n    issuedBy {\n      id\n      fullName\n    }\n    actionPlan {\n      id\n      title\n      year\n    }\n    sections {\n      id\n      lineageId\n      kind\n      position\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n    measures {\n      id\n      measureId\n      position\n      number\n      priorityTitle\n      goalTitle\n      title\n      description\n      rationale\n      targetGroups\n      responsibleOrganisationName\n      partnerNames\n      proposingGroupNames\n      fromYear\n      toYear\n      measureState\n      totalCost\n      yearCost\n      costs {\n        year\n        source\n        amount\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n      }\n      activities {\n        number\n        title\n        description\n      }\n    }\n  }\n": types.ActionPlanVersionFieldsFragmentDoc,
    "\n  query ActionPlans {\n    actionPlans {\n      id\n      year\n      title\n      state\n      strategicPlan {\n        id\n        title\n      }\n      draft {\n        id\n        number\n      }\n      latestIssued {\n        id\n        number\n        issuedAt\n      }\n    }\n  }\n": types.ActionPlansDocument,
    "\n  query ActionPlanStrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n    }\n  }\n": types.ActionPlanStrategicPlansDocument,
    "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateActionPlanDocument,
    "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      title\n      state\n      publishedAt\n      strategicPlan {\n        id\n        title\n      }\n      versions {\n        id\n        number\n        state\n        issuedAt\n        changeNote\n        issuedBy {\n          id\n          fullName\n        }\n      }\n      draft {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n": types.ActionPlanDocument,
    "\n  query ActionPlanVersion($id: ID!) {\n    actionPlanVersion(id: $id) {\n      ...ActionPlanVersionFields\n    }\n  }\n": types.ActionPlanVersionDocument,
    "\n  mutation UpdateActionPlanSection($input: UpdateActionPlanSectionInput!) {\n    updateActionPlanSection(input: $input) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n  }\n": types.UpdateActionPlanSectionDocument,
    "\n  mutation AddActionPlanSection($input: AddActionPlanSectionInput!) {\n    addActionPlanSection(input: $input) {\n      id\n    }\n  }\n": types.AddActionPlanSectionDocument,
    "\n  mutation MoveActionPlanSection($input: MoveActionPlanSectionInput!) {\n    moveActionPlanSection(input: $input) {\n      id\n    }\n  }\n": types.MoveActionPlanSectionDocument,
    "\n  mutation RemoveActionPlanSection($id: ID!) {\n    removeActionPlanSection(id: $id)\n  }\n": types.RemoveActionPlanSectionDocument,
    "\n  mutation RefreshActionPlanMeasures($versionId: ID!) {\n    refreshActionPlanMeasures(versionId: $versionId) {\n      id\n    }\n  }\n": types.RefreshActionPlanMeasuresDocument,
    "\n  mutation IssueActionPlanVersion($input: IssueActionPlanVersionInput!) {\n    issueActionPlanVersion(input: $input) {\n      id\n      number\n    }\n  }\n": types.IssueActionPlanVersionDocument,
    "\n  query ActionPlanDiff($from: ID!, $to: ID!) {\n    actionPlanDiff(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        lineageId\n        status\n        from {\n          id\n          title\n        }\n        to {\n          id\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n      measures {\n        measureId\n        status\n        from {\n          id\n          number\n          title\n        }\n        to {\n          id\n          number\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n    }\n  }\n": types.ActionPlanDiffDocument,
    "\n  query ApprovalRound($id: ID!) {\n    approvalRound(id: $id) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      closedAt\n      quorumPercent\n      approvalPercent\n      eligibleCount\n      result\n      isVoter\n      canManage\n      version {\n        id\n        number\n      }\n      actionPlan {\n        id\n        title\n        state\n      }\n      groups {\n        id\n        name\n      }\n      myVote {\n        id\n        choice\n        reservation\n        updatedAt\n      }\n      tally {\n        eligible\n        approve\n        approveWithReservations\n        reject\n        abstain\n        votesCast\n        turnoutPercent\n        quorumVotes\n        quorumMet\n        approvalMet\n        result\n      }\n      voters {\n        voted\n        votedAt\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.ApprovalRoundDocument,
    "\n  query ApprovalRounds($actionPlanId: ID, $versionId: ID) {\n    approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      result\n      version {\n        id\n        number\n      }\n    }\n  }\n": types.ApprovalRoundsDocument,
    "\n  query ApprovalRoundGroups {\n    groups {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n": types.ApprovalRoundGroupsDocument,
    "\n  mutation OpenApprovalRound($input: OpenApprovalRoundInput!) {\n    openApprovalRound(input: $input) {\n      id\n    }\n  }\n": types.OpenApprovalRoundDocument,
    "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      choice\n      reservation\n      updatedAt\n    }\n  }\n": types.CastVoteDocument,
    "\n  mutation CloseApprovalRound($roundId: ID!) {\n    closeApprovalRound(roundId: $roundId) {\n      id\n      result\n      closedAt\n    }\n  }\n": types.CloseApprovalRoundDocument,
    "\n  subscription ApprovalRoundEvents($roundId: ID!) {\n    approvalRoundEvents(roundId: $roundId) {\n      kind\n      round {\n        id\n        phase\n        closedAt\n        result\n        tally {\n          eligible\n          approve\n          approveWithReservations\n          reject\n          abstain\n          votesCast\n          turnoutPercent\n          quorumVotes\n          quorumMet\n          approvalMet\n          result\n        }\n        voters {\n          voted\n          votedAt\n          person {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n": types.ApprovalRoundEventsDocument,
    "\n  query AuditLog($filter: AuditLogFilter, $page: Int, $pageSize: Int) {\n    auditLog(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        createdAt\n        action\n        actionLabel\n        actorId\n        actorName\n        subjectType\n        subjectId\n      }\n    }\n  }\n": types.AuditLogDocument,
    "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n": types.AuditActionsDocument,
    "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n": types.MeDocument,
    "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        locale\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n": types.LoginDocument,
    "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n": types.SetLocaleDocument,
    "\n  mutation Logout {\n    logout\n  }\n": types.LogoutDocument,
    "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n": types.ChangePasswordDocument,
    "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n": types.AreasDocument,
    "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n": types.AreaDocument,
    "\n  fragment CommentRoundFields on CommentRound {\n    id\n    title\n    instructions\n    audience\n    phase\n    opensAt\n    closesAt\n    settledAt\n    versionId\n    viewerMayComment\n    groups {\n      id\n      name\n    }\n    counts {\n      comments\n      replies\n      unsettled\n      hidden\n      support\n      neutral\n      objection\n    }\n  }\n": types.CommentRoundFieldsFragmentDoc,
    "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    createdAt\n    editedAt\n    body\n    stance\n    revision\n    hidden\n    hiddenReason\n    viewerMayEdit\n    author {\n      name\n      personId\n      guest\n    }\n    organisationName\n    revisions {\n      id\n      revision\n      body\n      stance\n      replacedAt\n    }\n  }\n": types.CommentFieldsFragmentDoc,
    "\n  fragment CommentThreadFields on Comment {\n    ...CommentFields\n    number\n    target\n    sectionId\n    planMeasureId\n    quoteField\n    quoteExact\n    quotePrefix\n    quoteSuffix\n    quoteStart\n    quoteEnd\n    section {\n      id\n      title\n    }\n    planMeasure {\n      id\n      number\n      title\n    }\n    outcome\n    justification\n    changeMade\n    settledAt\n    settledBy {\n      id\n      fullName\n    }\n    replies {\n      ...CommentFields\n    }\n  }\n": types.CommentThreadFieldsFragmentDoc,
    "\n  query CommentRounds($versionId: ID, $actionPlanId: ID) {\n    commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) {\n      ...CommentRoundFields\n    }\n  }\n": types.CommentRoundsDocument,
    "\n  query CommentRound($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        id\n        number\n        actionPlanId\n      }\n    }\n  }\n": types.CommentRoundDocument,
    "\n  query Comments($roundId: ID!, $filter: CommentFilter, $order: CommentOrder, $page: Int!, $pageSize: Int!) {\n    comments(roundId: $roundId, filter: $filter, order: $order, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...CommentThreadFields\n      }\n    }\n  }\n": types.CommentsDocument,
    "\n  query RoundGroupOptions {\n    groups {\n      id\n      name\n    }\n  }\n": types.RoundGroupOptionsDocument,
    "\n  mutation OpenCommentRound($input: OpenCommentRoundInput!) {\n    openCommentRound(input: $input) {\n      ...CommentRoundFields\n    }\n  }\n": types.OpenCommentRoundDocument,
    "\n  mutation CloseCommentRoundAsSettled($roundId: ID!) {\n    closeCommentRoundAsSettled(roundId: $roundId) {\n      ...CommentRoundFields\n    }\n  }\n": types.CloseCommentRoundAsSettledDocument,
    "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": types.PostCommentDocument,
    "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.ReplyToCommentDocument,
    "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.EditCommentDocument,
    "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n": types.HideCommentDocument,
    "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n": types.UnhideCommentDocument,
    "\n  mutation SettleComment($input: SettleCommentInput!) {\n    settleComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n": types.SettleCommentDocument,
    "\n  subscription CommentRoundEvents($roundId: ID!) {\n    commentRoundEvents(roundId: $roundId) {\n      kind\n      roundId\n      commentId\n      threadId\n      comment {\n        ...CommentFields\n      }\n      thread {\n        ...CommentThreadFields\n      }\n      round {\n        ...CommentRoundFields\n      }\n    }\n  }\n": types.CommentRoundEventsDocument,
    "\n  query CommentQuotes($roundId: ID!, $page: Int!) {\n    comments(roundId: $roundId, filter: { target: PASSAGE }, order: OLDEST, page: $page, pageSize: 200) {\n      total\n      items {\n        id\n        hidden\n        sectionId\n        planMeasureId\n        quoteField\n        quoteExact\n        quotePrefix\n        quoteSuffix\n        quoteStart\n        quoteEnd\n      }\n    }\n  }\n": types.CommentQuotesDocument,
    "\n  query CommentLocation($id: ID!) {\n    comment(id: $id) {\n      id\n      threadId\n      sectionId\n      planMeasureId\n      round {\n        id\n        version {\n          id\n          actionPlanId\n        }\n      }\n    }\n  }\n": types.CommentLocationDocument,
    "\n  query LinkChangeContext($versionId: ID!) {\n    actionPlanVersion(id: $versionId) {\n      id\n      number\n      actionPlan {\n        id\n        draft {\n          id\n          number\n          sections {\n            id\n            lineageId\n            title\n          }\n          measures {\n            id\n            measureId\n            number\n            title\n          }\n          changeLinks {\n            id\n            commentId\n            field\n            sectionLineageId\n            measureId\n          }\n        }\n      }\n    }\n  }\n": types.LinkChangeContextDocument,
    "\n  mutation LinkChange($input: LinkChangeInput!) {\n    linkChange(input: $input) {\n      id\n      commentId\n      field\n      sectionLineageId\n      measureId\n      versionId\n    }\n  }\n": types.LinkChangeDocument,
    "\n  mutation UnlinkChange($id: ID!) {\n    unlinkChange(id: $id)\n  }\n": types.UnlinkChangeDocument,
    "\n  query PublicCommentRounds($areaSlug: String!) {\n    publicCommentRounds(areaSlug: $areaSlug) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      version {\n        id\n        number\n        actionPlan {\n          id\n          title\n          year\n        }\n      }\n    }\n  }\n": types.PublicCommentRoundsDocument,
    "\n  query PublicConsultation($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n": types.PublicConsultationDocument,
    "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n": types.DashboardDocument,
    "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n": types.GroupsDocument,
    "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": types.GroupDocument,
    "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateGroupDocument,
    "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n": types.UpdateGroupDocument,
    "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n": types.ArchiveGroupDocument,
    "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n": types.AddGroupMemberDocument,
    "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n": types.RemoveGroupMemberDocument,
    "\n  fragment IntentionFields on DevelopmentIntention {\n    id\n    state\n    kind\n    serviceId\n    serviceType\n    service {\n      id\n      name\n      type\n      form\n      capacity\n      capacityUnit\n    }\n    newServiceName\n    newServiceType\n    newServiceForm\n    newServiceTargetGroups\n    currentCapacity\n    proposedCapacity\n    capacityUnit\n    fteChange\n    annualCost\n    funding {\n      state\n      region\n      municipality\n      eu\n      other\n    }\n    startYear\n    reviewingGroup {\n      id\n      name\n    }\n    justification\n    opinionReasons\n    opinionMeetingId\n    measures {\n      id\n      number\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    createdAt\n    submittedAt\n  }\n": types.IntentionFieldsFragmentDoc,
    "\n  query Intentions($filter: IntentionFilter, $page: Int!, $pageSize: Int!) {\n    intentions(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        state\n        kind\n        serviceType\n        service {\n          id\n          name\n        }\n        newServiceName\n        currentCapacity\n        proposedCapacity\n        capacityUnit\n        startYear\n        reviewingGroup {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        submittedAt\n      }\n    }\n  }\n": types.IntentionsDocument,
    "\n  query Intention($id: ID!) {\n    intention(id: $id) {\n      ...IntentionFields\n      history {\n        id\n        createdAt\n        fromState\n        toState\n        reason\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n": types.IntentionDocument,
    "\n  query PlanMeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n            state\n          }\n        }\n      }\n    }\n  }\n": types.PlanMeasureOptionsDocument,
    "\n  query IntentionCalls {\n    intentionCalls {\n      year\n      deadline\n    }\n  }\n": types.IntentionCallsDocument,
    "\n  query ReviewingGroups {\n    groups {\n      id\n      name\n    }\n  }\n": types.ReviewingGroupsDocument,
    "\n  query GroupMeetingOptions($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }, page: 1, pageSize: 50) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n": types.GroupMeetingOptionsDocument,
    "\n  query OrganisationServices($organisationId: ID!) {\n    services(filter: { organisationId: $organisationId }, page: 1, pageSize: 200) {\n      items {\n        id\n        name\n        type\n        form\n        capacity\n        capacityUnit\n      }\n    }\n  }\n": types.OrganisationServicesDocument,
    "\n  mutation CreateIntention($input: CreateIntentionInput!) {\n    createIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n": types.CreateIntentionDocument,
    "\n  mutation UpdateIntention($input: UpdateIntentionInput!) {\n    updateIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n": types.UpdateIntentionDocument,
    "\n  mutation SubmitIntention($input: IntentionStepInput!) {\n    submitIntention(input: $input) {\n      id\n      state\n      submittedAt\n    }\n  }\n": types.SubmitIntentionDocument,
    "\n  mutation WithdrawIntention($input: IntentionStepInput!) {\n    withdrawIntention(input: $input) {\n      id\n      state\n    }\n  }\n": types.WithdrawIntentionDocument,
    "\n  mutation ForwardIntention($input: IntentionStepInput!) {\n    forwardIntention(input: $input) {\n      id\n      state\n    }\n  }\n": types.ForwardIntentionDocument,
    "\n  mutation RecordIntentionOpinion($input: IntentionOpinionInput!) {\n    recordIntentionOpinion(input: $input) {\n      id\n      state\n      opinionReasons\n      opinionMeetingId\n    }\n  }\n": types.RecordIntentionOpinionDocument,
    "\n  mutation RecordIntentionOutcome($input: IntentionOutcomeInput!) {\n    recordIntentionOutcome(input: $input) {\n      id\n      state\n    }\n  }\n": types.RecordIntentionOutcomeDocument,
    "\n  mutation SetIntentionCall($input: IntentionCallInput!) {\n    setIntentionCall(input: $input) {\n      year\n      deadline\n    }\n  }\n": types.SetIntentionCallDocument,
    "\n  fragment MeasureFields on Measure {\n    id\n    number\n    planId\n    goalId\n    title\n    state\n    description\n    rationale\n    targetGroups\n    fromYear\n    toYear\n    canEdit\n    totalCost\n    createdAt\n    responsibleOrganisation {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    proposingGroups {\n      id\n      name\n    }\n    proposedBy {\n      id\n      fullName\n    }\n    mergedInto {\n      id\n      number\n      title\n    }\n    costs {\n      id\n      year\n      source\n      amount\n    }\n    indicators {\n      id\n      position\n      name\n      unit\n      baseline\n      target\n    }\n    activities {\n      id\n      number\n      title\n      description\n    }\n    history {\n      id\n      changedAt\n      fromState\n      toState\n      reason\n      changedBy {\n        id\n        fullName\n      }\n      mergedInto {\n        id\n        number\n        title\n      }\n    }\n  }\n": types.MeasureFieldsFragmentDoc,
    "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureFields\n      ...MeasureDiscussions\n    }\n  }\n": types.MeasureDocument,
    "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n": types.UpdateMeasureDocument,
    "\n  mutation ChangeMeasureState($input: ChangeMeasureStateInput!) {\n    changeMeasureState(input: $input) {\n      ...MeasureFields\n    }\n  }\n": types.ChangeMeasureStateDocument,
    "\n  query MeasureArea {\n    me {\n      memberships {\n        area {\n          id\n          slug\n          defaultLocale\n        }\n      }\n    }\n  }\n": types.MeasureAreaDocument,
    "\n  fragment MeasureDiscussions on Measure {\n    id\n    discussions {\n      meeting {\n        id\n        title\n        startsAt\n        timezone\n        group {\n          id\n          name\n        }\n      }\n      agendaItem {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        position\n        text\n      }\n    }\n  }\n": types.MeasureDiscussionsFragmentDoc,
    "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n": types.CreateActivityDocument,
    "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n    }\n  }\n": types.UpdateActivityDocument,
    "\n  mutation MoveActivity($input: MoveActivityInput!) {\n    moveActivity(input: $input) {\n      id\n    }\n  }\n": types.MoveActivityDocument,
    "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n": types.DeleteActivityDocument,
    "\n  query MeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n": types.MeasureOptionsDocument,
    "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    notes\n    durationMinutes\n    presenter {\n      id\n      fullName\n    }\n  }\n": types.AgendaItemFieldsFragmentDoc,
    "\n  fragment AgendaItemLinkFields on AgendaItem {\n    id\n    intentionId\n    measure {\n      id\n      number\n      title\n    }\n    intention {\n      id\n      organisation {\n        id\n        name\n      }\n      service {\n        id\n        name\n      }\n      newServiceName\n    }\n  }\n": types.AgendaItemLinkFieldsFragmentDoc,
    "\n  fragment InvitationFields on MeetingInvitation {\n    id\n    reply\n    repliedAt\n    attendance\n    person {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n": types.InvitationFieldsFragmentDoc,
    "\n  fragment AttendanceSummaryFields on AttendanceSummary {\n    invited\n    attending\n    declined\n    maybe\n    pending\n    present\n    excused\n    absent\n    guests\n  }\n": types.AttendanceSummaryFieldsFragmentDoc,
    "\n  fragment MinutesFields on Minutes {\n    id\n    body\n    status\n    version\n    publishedAt\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n": types.MinutesFieldsFragmentDoc,
    "\n  fragment DecisionFields on Decision {\n    id\n    position\n    text\n    createdAt\n  }\n": types.DecisionFieldsFragmentDoc,
    "\n  query Meetings($filter: MeetingFilter, $page: Int, $pageSize: Int) {\n    meetings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        isPublic\n        cancelledAt\n        groupId\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.MeetingsDocument,
    "\n  query MeetingGroups {\n    groups {\n      id\n      name\n      kind\n    }\n  }\n": types.MeetingGroupsDocument,
    "\n  query MeetingPeople($search: String, $pageSize: Int) {\n    people(search: $search, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.MeetingPeopleDocument,
    "\n  query MeetingOrganisations($search: String) {\n    organisations(search: $search, pageSize: 50) {\n      items {\n        id\n        name\n      }\n    }\n  }\n": types.MeetingOrganisationsDocument,
    "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      groupId\n      group {\n        id\n        name\n        kind\n      }\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      cancelledAt\n      canManage\n      projectId\n      project {\n        id\n        name\n        registrationNumber\n      }\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n      registered\n      freePlaces\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n      myInvitation {\n        id\n        reply\n        repliedAt\n        attendance\n        person {\n          id\n          fullName\n        }\n      }\n      guests {\n        id\n        fullName\n        organisationName\n        organisation {\n          id\n          name\n        }\n      }\n      minutes {\n        ...MinutesFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": types.MeetingDocument,
    "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      groupId\n    }\n  }\n": types.CreateMeetingDocument,
    "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      projectId\n    }\n  }\n": types.UpdateMeetingDocument,
    "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n": types.CancelMeetingDocument,
    "\n  mutation SetAgenda($input: SetAgendaInput!) {\n    setAgenda(input: $input) {\n      id\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n    }\n  }\n": types.SetAgendaDocument,
    "\n  mutation InviteToMeeting($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": types.InviteToMeetingDocument,
    "\n  mutation ReplyToInvitation($input: ReplyToInvitationInput!) {\n    replyToInvitation(input: $input) {\n      id\n      reply\n      repliedAt\n    }\n  }\n": types.ReplyToInvitationDocument,
    "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      invitations {\n        id\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n": types.RecordAttendanceDocument,
    "\n  mutation AddMeetingGuest($input: AddMeetingGuestInput!) {\n    addMeetingGuest(input: $input) {\n      id\n      fullName\n      organisationName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n": types.AddMeetingGuestDocument,
    "\n  mutation RemoveMeetingGuest($input: RemoveMeetingGuestInput!) {\n    removeMeetingGuest(input: $input)\n  }\n": types.RemoveMeetingGuestDocument,
    "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n": types.SaveMinutesDocument,
    "\n  mutation PublishMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      id\n      body\n      status\n      version\n      publishedAt\n      updatedAt\n    }\n  }\n": types.PublishMinutesDocument,
    "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n": types.AddDecisionDocument,
    "\n  mutation RemoveDecision($input: RemoveDecisionInput!) {\n    removeDecision(input: $input)\n  }\n": types.RemoveDecisionDocument,
    "\n  query IntentionOptions($pageSize: Int!) {\n    intentions(page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        startYear\n        organisation {\n          id\n          name\n        }\n        service {\n          id\n          name\n        }\n        newServiceName\n      }\n    }\n  }\n": types.IntentionOptionsDocument,
    "\n  query MonitoringPlans {\n    monitoringPlans {\n      id\n      year\n      title\n    }\n  }\n": types.MonitoringPlansDocument,
    "\n  query MonitoringOverview($actionPlanId: ID!) {\n    monitoringOverview(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        status\n        report {\n          id\n          state\n          submittedAt\n          submittedByName\n        }\n      }\n      organisations {\n        organisationId\n        name\n        measureCount\n        submittedCount\n        missingCount\n        lastReminder {\n          id\n          createdAt\n          remindedByName\n        }\n      }\n    }\n  }\n": types.MonitoringOverviewDocument,
    "\n  query MonitoringEvaluation($actionPlanId: ID!) {\n    monitoringEvaluation(actionPlanId: $actionPlanId) {\n      actionPlanId\n      planTitle\n      year\n      measureCount\n      notReportedCount\n      stateCounts {\n        state\n        count\n      }\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        state\n      }\n      indicators {\n        indicatorId\n        measureNumber\n        measureTitle\n        name\n        unit\n        baseline\n        target\n        value\n        percentOfTarget\n      }\n      money {\n        source\n        planned\n        spent\n      }\n      plannedTotal\n      spentTotal\n    }\n  }\n": types.MonitoringEvaluationDocument,
    "\n  query MyProgressReports($actionPlanId: ID!) {\n    myProgressReports(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        year\n        number\n        title\n        organisationName\n        status\n        indicators {\n          id\n          name\n          unit\n          baseline\n          target\n        }\n        plannedCosts {\n          source\n          amount\n        }\n        report {\n          id\n          revision\n          state\n          narrative\n          submittedAt\n          updatedAt\n          updatedByName\n          spending {\n            source\n            amount\n          }\n          indicatorValues {\n            indicatorId\n            value\n          }\n        }\n      }\n      reminders {\n        id\n        createdAt\n        organisationName\n        remindedByName\n        measureIds\n      }\n    }\n  }\n": types.MyProgressReportsDocument,
    "\n  mutation SaveProgressReport($input: SaveProgressReportInput!) {\n    saveProgressReport(input: $input) {\n      id\n      revision\n      state\n      narrative\n      submittedAt\n      updatedAt\n    }\n  }\n": types.SaveProgressReportDocument,
    "\n  mutation RemindOrganisation($input: RemindOrganisationInput!) {\n    remindOrganisation(input: $input) {\n      id\n      createdAt\n    }\n  }\n": types.RemindOrganisationDocument,
    "\n  query ServiceNetwork($serviceType: ServiceType, $targetGroup: TargetGroup) {\n    serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {\n      rows {\n        serviceType\n        section\n        targetGroup\n        unit\n        services\n        current\n        proposed\n        change\n        intentions\n      }\n      types {\n        serviceType\n        section\n        unit\n        current\n        proposed\n        change\n      }\n      totals {\n        unit\n        current\n        proposed\n        change\n      }\n    }\n    serviceTypes {\n      type\n      section\n      name\n    }\n  }\n": types.ServiceNetworkDocument,
    "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    read\n    readAt\n    createdAt\n    emailState\n  }\n": types.NotificationFieldsFragmentDoc,
    "\n  query Notifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {\n    notifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationsDocument,
    "\n  subscription NotificationEvents {\n    notificationEvents {\n      kind\n      notificationId\n      unread\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n": types.NotificationEventsDocument,
    "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n": types.MarkNotificationReadDocument,
    "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n": types.MarkAllNotificationsReadDocument,
    "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.NotificationPreferencesDocument,
    "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n": types.SetNotificationPreferenceDocument,
    "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n": types.OrganisationsDocument,
    "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n": types.OrganisationOptionsDocument,
    "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.OrganisationDocument,
    "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n": types.CreateOrganisationDocument,
    "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n": types.UpdateOrganisationDocument,
    "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n": types.AddOrganisationMemberDocument,
    "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n": types.EndOrganisationMembershipDocument,
    "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PeopleDocument,
    "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.PersonOptionsDocument,
    "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      anonymisedAt\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n": types.PersonDocument,
    "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n": types.CreatePersonDocument,
    "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n": types.UpdatePersonDocument,
    "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n": types.InvitePersonDocument,
    "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n": types.AccountInvitationsDocument,
    "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n": types.InvitationDocument,
    "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n": types.AcceptInvitationDocument,
    "\n  query PersonGroups($id: ID!) {\n    person(id: $id) {\n      id\n      groups(includeFormer: true) {\n        id\n        role\n        joinedAt\n        leftAt\n        group {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n": types.PersonGroupsDocument,
    "\n  fragment PracticeHitFields on PracticeHit {\n    rank\n    snippet {\n      text\n      match\n    }\n    practice {\n      id\n      title\n      summary\n      tags\n      targetGroups\n      language\n      state\n      publishedAt\n      updatedAt\n      organisationName\n      mayEdit\n    }\n  }\n": types.PracticeHitFieldsFragmentDoc,
    "\n  fragment PracticeFields on Practice {\n    id\n    title\n    summary\n    body\n    tags\n    targetGroups\n    language\n    state\n    publishedAt\n    updatedAt\n    revision\n    organisationId\n    organisationName\n    organisationWebsite\n    authorName\n    mayEdit\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      createdAt\n    }\n  }\n": types.PracticeFieldsFragmentDoc,
    "\n  query PublicPractices(\n    $areaSlug: String!\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    publicPracticeTags(areaSlug: $areaSlug) {\n      tag\n      count\n    }\n  }\n": types.PublicPracticesDocument,
    "\n  query PublicPractice($areaSlug: String!, $id: ID!) {\n    publicPractice(areaSlug: $areaSlug, id: $id) {\n      ...PracticeFields\n    }\n  }\n": types.PublicPracticeDocument,
    "\n  query Practices(\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $state: PracticeState\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    practices(search: $search, tag: $tag, targetGroup: $targetGroup, state: $state, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    practiceTags {\n      tag\n      count\n    }\n  }\n": types.PracticesDocument,
    "\n  query Practice($id: ID!) {\n    practice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": types.PracticeDocument,
    "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": types.CreatePracticeDocument,
    "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n": types.UpdatePracticeDocument,
    "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": types.PublishPracticeDocument,
    "\n  mutation UnpublishPractice($id: ID!) {\n    unpublishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n": types.UnpublishPracticeDocument,
    "\n  mutation DeletePractice($id: ID!) {\n    deletePractice(id: $id)\n  }\n": types.DeletePracticeDocument,
    "\n  mutation DeletePracticeAttachment($id: ID!) {\n    deletePracticeAttachment(id: $id)\n  }\n": types.DeletePracticeAttachmentDocument,
    "\n  mutation ErasePersonalData($input: ErasePersonalDataInput!) {\n    erasePersonalData(input: $input)\n  }\n": types.ErasePersonalDataDocument,
    "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      hasAccount\n      anonymisedAt\n    }\n  }\n": types.ErasePersonDocument,
    "\n  query PublicMeetings($areaSlug: String!, $past: Boolean, $page: Int, $pageSize: Int) {\n    publicMeetings(areaSlug: $areaSlug, past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n": types.PublicMeetingsDocument,
    "\n  query PublicMeeting($areaSlug: String!, $id: ID!) {\n    publicMeeting(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      kind\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      cancelledAt\n      group {\n        id\n        name\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      decisions {\n        id\n        position\n        text\n      }\n      minutes {\n        id\n        body\n        status\n        publishedAt\n      }\n    }\n  }\n": types.PublicMeetingDocument,
    "\n  query ActionPlanCouncil($actionPlanId: ID!) {\n    actionPlanCouncil(actionPlanId: $actionPlanId) {\n      actionPlan {\n        id\n        title\n        year\n        state\n        approvedAt\n        publishedAt\n      }\n      approvedVersion {\n        id\n        number\n        issuedAt\n      }\n      resolutions {\n        id\n        body\n        number\n        decidedOn\n        outcome\n        note\n        createdAt\n      }\n      canRecord\n      canPublish\n    }\n  }\n": types.ActionPlanCouncilDocument,
    "\n  mutation RecordCouncilResolution($input: RecordCouncilResolutionInput!) {\n    recordCouncilResolution(input: $input) {\n      id\n    }\n  }\n": types.RecordCouncilResolutionDocument,
    "\n  mutation PublishActionPlan($actionPlanId: ID!) {\n    publishActionPlan(actionPlanId: $actionPlanId) {\n      id\n      state\n      publishedAt\n    }\n  }\n": types.PublishActionPlanDocument,
    "\n  query PublishedActionPlans($areaSlug: String!) {\n    publishedActionPlans(areaSlug: $areaSlug) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      resolution {\n        id\n        body\n        number\n        decidedOn\n      }\n    }\n  }\n": types.PublishedActionPlansDocument,
    "\n  query PublishedActionPlan($areaSlug: String!, $id: ID!) {\n    publishedActionPlan(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      versionNumber\n      resolution {\n        id\n        body\n        number\n        decidedOn\n        note\n      }\n      sections {\n        id\n        kind\n        position\n        title\n        body\n      }\n      measures {\n        id\n        position\n        number\n        priorityTitle\n        goalTitle\n        title\n        description\n        rationale\n        targetGroups\n        responsibleOrganisationName\n        partnerNames\n        fromYear\n        toYear\n        costs {\n          year\n          source\n          amount\n        }\n        indicators {\n          name\n          unit\n          baseline\n          target\n        }\n      }\n    }\n  }\n": types.PublishedActionPlanDocument,
    "\n  fragment ServiceFields on SocialService {\n    id\n    type\n    name\n    form\n    capacity\n    capacityUnit\n    targetGroups\n    registrationId\n    areaServed\n    contact\n    organisation {\n      id\n      name\n    }\n  }\n": types.ServiceFieldsFragmentDoc,
    "\n  query ServiceTypes {\n    serviceTypes {\n      type\n      section\n      name\n      forms\n      units\n    }\n  }\n": types.ServiceTypesDocument,
    "\n  query Services($filter: ServiceFilter, $page: Int!, $pageSize: Int!) {\n    services(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n": types.ServicesDocument,
    "\n  query MyOrganisations {\n    me {\n      person {\n        id\n        roles\n        organisations {\n          id\n          organisation {\n            id\n            name\n            side\n          }\n        }\n      }\n    }\n  }\n": types.MyOrganisationsDocument,
    "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.CreateServiceDocument,
    "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n": types.UpdateServiceDocument,
    "\n  mutation ImportServices($input: ImportServicesInput!) {\n    importServices(input: $input) {\n      imported\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n": types.ImportServicesDocument,
    "\n  query ParticipationStatistics($from: String!, $to: String!, $groupId: ID, $projectId: ID) {\n    participationStatistics(from: $from, to: $to, groupId: $groupId, projectId: $projectId) {\n      from\n      to\n      groupId\n      projectId\n      meetings\n      meetingsByKind {\n        kind\n        count\n      }\n      distinctPersons\n      distinctOrganisations\n      invited\n      present\n      guests\n      attendanceRate\n      personHours\n    }\n  }\n": types.ParticipationStatisticsDocument,
    "\n  query StatisticsGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      archivedAt\n    }\n  }\n": types.StatisticsGroupsDocument,
    "\n  query StrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n      status\n      adoptedAt\n    }\n  }\n": types.StrategicPlansDocument,
    "\n  query StrategicPlan($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      fromYear\n      toYear\n      status\n      adoptedAt\n      priorities {\n        id\n        number\n        position\n        title\n        description\n        goals {\n          id\n          number\n          position\n          priorityId\n          title\n          description\n          measures {\n            id\n            number\n            position\n            goalId\n            title\n            state\n            canEdit\n            activities {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n": types.StrategicPlanDocument,
    "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n    }\n  }\n": types.CreateStrategicPlanDocument,
    "\n  mutation AdoptStrategicPlan($id: ID!) {\n    adoptStrategicPlan(id: $id) {\n      id\n      status\n      adoptedAt\n    }\n  }\n": types.AdoptStrategicPlanDocument,
    "\n  mutation DeleteStrategicPlan($id: ID!) {\n    deleteStrategicPlan(id: $id)\n  }\n": types.DeleteStrategicPlanDocument,
    "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n": types.CreatePriorityDocument,
    "\n  mutation UpdatePriority($input: UpdateStrategyNodeInput!) {\n    updatePriority(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdatePriorityDocument,
    "\n  mutation MovePriority($input: MovePriorityInput!) {\n    movePriority(input: $input) {\n      id\n    }\n  }\n": types.MovePriorityDocument,
    "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n": types.DeletePriorityDocument,
    "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n": types.CreateGoalDocument,
    "\n  mutation UpdateGoal($input: UpdateStrategyNodeInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n    }\n  }\n": types.UpdateGoalDocument,
    "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n": types.MoveGoalDocument,
    "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n": types.DeleteGoalDocument,
    "\n  mutation ProposeMeasure($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      id\n    }\n  }\n": types.ProposeMeasureDocument,
    "\n  mutation MoveMeasure($input: MoveMeasureInput!) {\n    moveMeasure(input: $input) {\n      id\n    }\n  }\n": types.MoveMeasureDocument,
    "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n": types.DeleteMeasureDocument,
    "\n  query MyGroups {\n    me {\n      person {\n        id\n        groups {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n": types.MyGroupsDocument,
    "\n  fragment TrainingCardFields on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timezone\n    place\n    onlineUrl\n    capacity\n    registered\n    freePlaces\n    registrationOpen\n    registrationDeadline\n    registrationAvailable\n    cancelledAt\n    group {\n      id\n      name\n    }\n    myInvitation {\n      id\n      reply\n      attendance\n    }\n  }\n": types.TrainingCardFieldsFragmentDoc,
    "\n  query Trainings($past: Boolean, $page: Int, $pageSize: Int) {\n    trainings(past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n": types.TrainingsDocument,
    "\n  query MyTrainings($page: Int, $pageSize: Int) {\n    myTrainings(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n": types.MyTrainingsDocument,
    "\n  mutation RegisterForMeeting($input: MeetingRegistrationInput!) {\n    registerForMeeting(input: $input) {\n      id\n      reply\n    }\n  }\n": types.RegisterForMeetingDocument,
    "\n  mutation CancelMeetingRegistration($input: MeetingRegistrationInput!) {\n    cancelMeetingRegistration(input: $input) {\n      id\n      reply\n    }\n  }\n": types.CancelMeetingRegistrationDocument,
    "\n  mutation SetMeetingRegistration($input: SetMeetingRegistrationInput!) {\n    setMeetingRegistration(input: $input) {\n      id\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n    }\n  }\n": types.SetMeetingRegistrationDocument,
    "\n  fragment FundedProjectFields on FundedProject {\n    id\n    name\n    registrationNumber\n    startsOn\n    endsOn\n    description\n  }\n": types.FundedProjectFieldsFragmentDoc,
    "\n  query FundedProjects($page: Int, $pageSize: Int) {\n    fundedProjects(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FundedProjectFields\n      }\n    }\n  }\n": types.FundedProjectsDocument,
    "\n  mutation CreateFundedProject($input: CreateFundedProjectInput!) {\n    createFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n": types.CreateFundedProjectDocument,
    "\n  mutation UpdateFundedProject($input: UpdateFundedProjectInput!) {\n    updateFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n": types.UpdateFundedProjectDocument,
    "\n  mutation DeleteFundedProject($id: ID!) {\n    deleteFundedProject(id: $id)\n  }\n": types.DeleteFundedProjectDocument,
};

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 *
 *
 * @example
 * ```ts
 * const query = graphql(`query GetUser($id: ID!) { user(id: $id) { name } }`);
 * ```
 *
 * The query argument is unknown!
 * Please regenerate the types.
 */
export function graphql(source: string): unknown;

/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ActionPlanVersionFields on ActionPlanVersion {\n    id\n    number\n    state\n    isDraft\n    issuedAt\n    changeNote\n    issuedBy {\n      id\n      fullName\n    }\n    actionPlan {\n      id\n      title\n      year\n    }\n    sections {\n      id\n      lineageId\n      kind\n      position\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n    measures {\n      id\n      measureId\n      position\n      number\n      priorityTitle\n      goalTitle\n      title\n      description\n      rationale\n      targetGroups\n      responsibleOrganisationName\n      partnerNames\n      proposingGroupNames\n      fromYear\n      toYear\n      measureState\n      totalCost\n      yearCost\n      costs {\n        year\n        source\n        amount\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n      }\n      activities {\n        number\n        title\n        description\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment ActionPlanVersionFields on ActionPlanVersion {\n    id\n    number\n    state\n    isDraft\n    issuedAt\n    changeNote\n    issuedBy {\n      id\n      fullName\n    }\n    actionPlan {\n      id\n      title\n      year\n    }\n    sections {\n      id\n      lineageId\n      kind\n      position\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n    measures {\n      id\n      measureId\n      position\n      number\n      priorityTitle\n      goalTitle\n      title\n      description\n      rationale\n      targetGroups\n      responsibleOrganisationName\n      partnerNames\n      proposingGroupNames\n      fromYear\n      toYear\n      measureState\n      totalCost\n      yearCost\n      costs {\n        year\n        source\n        amount\n      }\n      indicators {\n        name\n        unit\n        baseline\n        target\n      }\n      activities {\n        number\n        title\n        description\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlans {\n    actionPlans {\n      id\n      year\n      title\n      state\n      strategicPlan {\n        id\n        title\n      }\n      draft {\n        id\n        number\n      }\n      latestIssued {\n        id\n        number\n        issuedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlans {\n    actionPlans {\n      id\n      year\n      title\n      state\n      strategicPlan {\n        id\n        title\n      }\n      draft {\n        id\n        number\n      }\n      latestIssued {\n        id\n        number\n        issuedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanStrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanStrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActionPlan($input: CreateActionPlanInput!) {\n    createActionPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      title\n      state\n      publishedAt\n      strategicPlan {\n        id\n        title\n      }\n      versions {\n        id\n        number\n        state\n        issuedAt\n        changeNote\n        issuedBy {\n          id\n          fullName\n        }\n      }\n      draft {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlan($id: ID!) {\n    actionPlan(id: $id) {\n      id\n      year\n      title\n      state\n      publishedAt\n      strategicPlan {\n        id\n        title\n      }\n      versions {\n        id\n        number\n        state\n        issuedAt\n        changeNote\n        issuedBy {\n          id\n          fullName\n        }\n      }\n      draft {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanVersion($id: ID!) {\n    actionPlanVersion(id: $id) {\n      ...ActionPlanVersionFields\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanVersion($id: ID!) {\n    actionPlanVersion(id: $id) {\n      ...ActionPlanVersionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActionPlanSection($input: UpdateActionPlanSectionInput!) {\n    updateActionPlanSection(input: $input) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActionPlanSection($input: UpdateActionPlanSectionInput!) {\n    updateActionPlanSection(input: $input) {\n      id\n      title\n      body\n      revision\n      updatedAt\n      updatedBy {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddActionPlanSection($input: AddActionPlanSectionInput!) {\n    addActionPlanSection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddActionPlanSection($input: AddActionPlanSectionInput!) {\n    addActionPlanSection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveActionPlanSection($input: MoveActionPlanSectionInput!) {\n    moveActionPlanSection(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveActionPlanSection($input: MoveActionPlanSectionInput!) {\n    moveActionPlanSection(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveActionPlanSection($id: ID!) {\n    removeActionPlanSection(id: $id)\n  }\n"): (typeof documents)["\n  mutation RemoveActionPlanSection($id: ID!) {\n    removeActionPlanSection(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RefreshActionPlanMeasures($versionId: ID!) {\n    refreshActionPlanMeasures(versionId: $versionId) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RefreshActionPlanMeasures($versionId: ID!) {\n    refreshActionPlanMeasures(versionId: $versionId) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation IssueActionPlanVersion($input: IssueActionPlanVersionInput!) {\n    issueActionPlanVersion(input: $input) {\n      id\n      number\n    }\n  }\n"): (typeof documents)["\n  mutation IssueActionPlanVersion($input: IssueActionPlanVersionInput!) {\n    issueActionPlanVersion(input: $input) {\n      id\n      number\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanDiff($from: ID!, $to: ID!) {\n    actionPlanDiff(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        lineageId\n        status\n        from {\n          id\n          title\n        }\n        to {\n          id\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n      measures {\n        measureId\n        status\n        from {\n          id\n          number\n          title\n        }\n        to {\n          id\n          number\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanDiff($from: ID!, $to: ID!) {\n    actionPlanDiff(fromVersionId: $from, toVersionId: $to) {\n      from {\n        id\n        number\n      }\n      to {\n        id\n        number\n      }\n      sections {\n        lineageId\n        status\n        from {\n          id\n          title\n        }\n        to {\n          id\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n      measures {\n        measureId\n        status\n        from {\n          id\n          number\n          title\n        }\n        to {\n          id\n          number\n          title\n        }\n        fields {\n          field\n          changed\n          segments {\n            kind\n            text\n          }\n          reasons {\n            linkId\n            commentId\n            excerpt\n            outcome\n          }\n        }\n        reasons {\n          linkId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRound($id: ID!) {\n    approvalRound(id: $id) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      closedAt\n      quorumPercent\n      approvalPercent\n      eligibleCount\n      result\n      isVoter\n      canManage\n      version {\n        id\n        number\n      }\n      actionPlan {\n        id\n        title\n        state\n      }\n      groups {\n        id\n        name\n      }\n      myVote {\n        id\n        choice\n        reservation\n        updatedAt\n      }\n      tally {\n        eligible\n        approve\n        approveWithReservations\n        reject\n        abstain\n        votesCast\n        turnoutPercent\n        quorumVotes\n        quorumMet\n        approvalMet\n        result\n      }\n      voters {\n        voted\n        votedAt\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRound($id: ID!) {\n    approvalRound(id: $id) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      closedAt\n      quorumPercent\n      approvalPercent\n      eligibleCount\n      result\n      isVoter\n      canManage\n      version {\n        id\n        number\n      }\n      actionPlan {\n        id\n        title\n        state\n      }\n      groups {\n        id\n        name\n      }\n      myVote {\n        id\n        choice\n        reservation\n        updatedAt\n      }\n      tally {\n        eligible\n        approve\n        approveWithReservations\n        reject\n        abstain\n        votesCast\n        turnoutPercent\n        quorumVotes\n        quorumMet\n        approvalMet\n        result\n      }\n      voters {\n        voted\n        votedAt\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRounds($actionPlanId: ID, $versionId: ID) {\n    approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      result\n      version {\n        id\n        number\n      }\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRounds($actionPlanId: ID, $versionId: ID) {\n    approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      result\n      version {\n        id\n        number\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ApprovalRoundGroups {\n    groups {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n"): (typeof documents)["\n  query ApprovalRoundGroups {\n    groups {\n      id\n      name\n      kind\n      memberCount\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenApprovalRound($input: OpenApprovalRoundInput!) {\n    openApprovalRound(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation OpenApprovalRound($input: OpenApprovalRoundInput!) {\n    openApprovalRound(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      choice\n      reservation\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CastVote($input: CastVoteInput!) {\n    castVote(input: $input) {\n      id\n      choice\n      reservation\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseApprovalRound($roundId: ID!) {\n    closeApprovalRound(roundId: $roundId) {\n      id\n      result\n      closedAt\n    }\n  }\n"): (typeof documents)["\n  mutation CloseApprovalRound($roundId: ID!) {\n    closeApprovalRound(roundId: $roundId) {\n      id\n      result\n      closedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription ApprovalRoundEvents($roundId: ID!) {\n    approvalRoundEvents(roundId: $roundId) {\n      kind\n      round {\n        id\n        phase\n        closedAt\n        result\n        tally {\n          eligible\n          approve\n          approveWithReservations\n          reject\n          abstain\n          votesCast\n          turnoutPercent\n          quorumVotes\n          quorumMet\n          approvalMet\n          result\n        }\n        voters {\n          voted\n          votedAt\n          person {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription ApprovalRoundEvents($roundId: ID!) {\n    approvalRoundEvents(roundId: $roundId) {\n      kind\n      round {\n        id\n        phase\n        closedAt\n        result\n        tally {\n          eligible\n          approve\n          approveWithReservations\n          reject\n          abstain\n          votesCast\n          turnoutPercent\n          quorumVotes\n          quorumMet\n          approvalMet\n          result\n        }\n        voters {\n          voted\n          votedAt\n          person {\n            id\n            fullName\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditLog($filter: AuditLogFilter, $page: Int, $pageSize: Int) {\n    auditLog(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        createdAt\n        action\n        actionLabel\n        actorId\n        actorName\n        subjectType\n        subjectId\n      }\n    }\n  }\n"): (typeof documents)["\n  query AuditLog($filter: AuditLogFilter, $page: Int, $pageSize: Int) {\n    auditLog(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        createdAt\n        action\n        actionLabel\n        actorId\n        actorName\n        subjectType\n        subjectId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n"): (typeof documents)["\n  query AuditActions {\n    auditActions {\n      action\n      label\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n"): (typeof documents)["\n  query Me {\n    me {\n      account {\n        id\n        email\n        locale\n      }\n      memberships {\n        area {\n          id\n          slug\n          name\n        }\n        person {\n          id\n          fullName\n          roles\n        }\n      }\n      person {\n        id\n        fullName\n        roles\n      }\n      coordinatedGroupIds\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        locale\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation Login($input: LoginInput!) {\n    login(input: $input) {\n      account {\n        id\n        locale\n      }\n      memberships {\n        area {\n          slug\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"): (typeof documents)["\n  mutation SetLocale($input: SetLocaleInput!) {\n    setLocale(input: $input) {\n      id\n      locale\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation Logout {\n    logout\n  }\n"): (typeof documents)["\n  mutation Logout {\n    logout\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"): (typeof documents)["\n  mutation ChangePassword($input: ChangePasswordInput!) {\n    changePassword(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query Areas {\n    areas {\n      id\n      slug\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n"): (typeof documents)["\n  query Area($slug: String!) {\n    area(slug: $slug) {\n      id\n      slug\n      name\n      timezone\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentRoundFields on CommentRound {\n    id\n    title\n    instructions\n    audience\n    phase\n    opensAt\n    closesAt\n    settledAt\n    versionId\n    viewerMayComment\n    groups {\n      id\n      name\n    }\n    counts {\n      comments\n      replies\n      unsettled\n      hidden\n      support\n      neutral\n      objection\n    }\n  }\n"): (typeof documents)["\n  fragment CommentRoundFields on CommentRound {\n    id\n    title\n    instructions\n    audience\n    phase\n    opensAt\n    closesAt\n    settledAt\n    versionId\n    viewerMayComment\n    groups {\n      id\n      name\n    }\n    counts {\n      comments\n      replies\n      unsettled\n      hidden\n      support\n      neutral\n      objection\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentFields on Comment {\n    id\n    parentId\n    createdAt\n    editedAt\n    body\n    stance\n    revision\n    hidden\n    hiddenReason\n    viewerMayEdit\n    author {\n      name\n      personId\n      guest\n    }\n    organisationName\n    revisions {\n      id\n      revision\n      body\n      stance\n      replacedAt\n    }\n  }\n"): (typeof documents)["\n  fragment CommentFields on Comment {\n    id\n    parentId\n    createdAt\n    editedAt\n    body\n    stance\n    revision\n    hidden\n    hiddenReason\n    viewerMayEdit\n    author {\n      name\n      personId\n      guest\n    }\n    organisationName\n    revisions {\n      id\n      revision\n      body\n      stance\n      replacedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment CommentThreadFields on Comment {\n    ...CommentFields\n    number\n    target\n    sectionId\n    planMeasureId\n    quoteField\n    quoteExact\n    quotePrefix\n    quoteSuffix\n    quoteStart\n    quoteEnd\n    section {\n      id\n      title\n    }\n    planMeasure {\n      id\n      number\n      title\n    }\n    outcome\n    justification\n    changeMade\n    settledAt\n    settledBy {\n      id\n      fullName\n    }\n    replies {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  fragment CommentThreadFields on Comment {\n    ...CommentFields\n    number\n    target\n    sectionId\n    planMeasureId\n    quoteField\n    quoteExact\n    quotePrefix\n    quoteSuffix\n    quoteStart\n    quoteEnd\n    section {\n      id\n      title\n    }\n    planMeasure {\n      id\n      number\n      title\n    }\n    outcome\n    justification\n    changeMade\n    settledAt\n    settledBy {\n      id\n      fullName\n    }\n    replies {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentRounds($versionId: ID, $actionPlanId: ID) {\n    commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) {\n      ...CommentRoundFields\n    }\n  }\n"): (typeof documents)["\n  query CommentRounds($versionId: ID, $actionPlanId: ID) {\n    commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) {\n      ...CommentRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentRound($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        id\n        number\n        actionPlanId\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentRound($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        id\n        number\n        actionPlanId\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Comments($roundId: ID!, $filter: CommentFilter, $order: CommentOrder, $page: Int!, $pageSize: Int!) {\n    comments(roundId: $roundId, filter: $filter, order: $order, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...CommentThreadFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Comments($roundId: ID!, $filter: CommentFilter, $order: CommentOrder, $page: Int!, $pageSize: Int!) {\n    comments(roundId: $roundId, filter: $filter, order: $order, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...CommentThreadFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query RoundGroupOptions {\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query RoundGroupOptions {\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation OpenCommentRound($input: OpenCommentRoundInput!) {\n    openCommentRound(input: $input) {\n      ...CommentRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation OpenCommentRound($input: OpenCommentRoundInput!) {\n    openCommentRound(input: $input) {\n      ...CommentRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CloseCommentRoundAsSettled($roundId: ID!) {\n    closeCommentRoundAsSettled(roundId: $roundId) {\n      ...CommentRoundFields\n    }\n  }\n"): (typeof documents)["\n  mutation CloseCommentRoundAsSettled($roundId: ID!) {\n    closeCommentRoundAsSettled(roundId: $roundId) {\n      ...CommentRoundFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation PostComment($input: PostCommentInput!) {\n    postComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToComment($input: ReplyToCommentInput!) {\n    replyToComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation EditComment($input: EditCommentInput!) {\n    editComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation HideComment($input: HideCommentInput!) {\n    hideComment(input: $input) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnhideComment($id: ID!) {\n    unhideComment(id: $id) {\n      ...CommentFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SettleComment($input: SettleCommentInput!) {\n    settleComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"): (typeof documents)["\n  mutation SettleComment($input: SettleCommentInput!) {\n    settleComment(input: $input) {\n      ...CommentThreadFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription CommentRoundEvents($roundId: ID!) {\n    commentRoundEvents(roundId: $roundId) {\n      kind\n      roundId\n      commentId\n      threadId\n      comment {\n        ...CommentFields\n      }\n      thread {\n        ...CommentThreadFields\n      }\n      round {\n        ...CommentRoundFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription CommentRoundEvents($roundId: ID!) {\n    commentRoundEvents(roundId: $roundId) {\n      kind\n      roundId\n      commentId\n      threadId\n      comment {\n        ...CommentFields\n      }\n      thread {\n        ...CommentThreadFields\n      }\n      round {\n        ...CommentRoundFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentQuotes($roundId: ID!, $page: Int!) {\n    comments(roundId: $roundId, filter: { target: PASSAGE }, order: OLDEST, page: $page, pageSize: 200) {\n      total\n      items {\n        id\n        hidden\n        sectionId\n        planMeasureId\n        quoteField\n        quoteExact\n        quotePrefix\n        quoteSuffix\n        quoteStart\n        quoteEnd\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentQuotes($roundId: ID!, $page: Int!) {\n    comments(roundId: $roundId, filter: { target: PASSAGE }, order: OLDEST, page: $page, pageSize: 200) {\n      total\n      items {\n        id\n        hidden\n        sectionId\n        planMeasureId\n        quoteField\n        quoteExact\n        quotePrefix\n        quoteSuffix\n        quoteStart\n        quoteEnd\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query CommentLocation($id: ID!) {\n    comment(id: $id) {\n      id\n      threadId\n      sectionId\n      planMeasureId\n      round {\n        id\n        version {\n          id\n          actionPlanId\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query CommentLocation($id: ID!) {\n    comment(id: $id) {\n      id\n      threadId\n      sectionId\n      planMeasureId\n      round {\n        id\n        version {\n          id\n          actionPlanId\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query LinkChangeContext($versionId: ID!) {\n    actionPlanVersion(id: $versionId) {\n      id\n      number\n      actionPlan {\n        id\n        draft {\n          id\n          number\n          sections {\n            id\n            lineageId\n            title\n          }\n          measures {\n            id\n            measureId\n            number\n            title\n          }\n          changeLinks {\n            id\n            commentId\n            field\n            sectionLineageId\n            measureId\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query LinkChangeContext($versionId: ID!) {\n    actionPlanVersion(id: $versionId) {\n      id\n      number\n      actionPlan {\n        id\n        draft {\n          id\n          number\n          sections {\n            id\n            lineageId\n            title\n          }\n          measures {\n            id\n            measureId\n            number\n            title\n          }\n          changeLinks {\n            id\n            commentId\n            field\n            sectionLineageId\n            measureId\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation LinkChange($input: LinkChangeInput!) {\n    linkChange(input: $input) {\n      id\n      commentId\n      field\n      sectionLineageId\n      measureId\n      versionId\n    }\n  }\n"): (typeof documents)["\n  mutation LinkChange($input: LinkChangeInput!) {\n    linkChange(input: $input) {\n      id\n      commentId\n      field\n      sectionLineageId\n      measureId\n      versionId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnlinkChange($id: ID!) {\n    unlinkChange(id: $id)\n  }\n"): (typeof documents)["\n  mutation UnlinkChange($id: ID!) {\n    unlinkChange(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicCommentRounds($areaSlug: String!) {\n    publicCommentRounds(areaSlug: $areaSlug) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      version {\n        id\n        number\n        actionPlan {\n          id\n          title\n          year\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicCommentRounds($areaSlug: String!) {\n    publicCommentRounds(areaSlug: $areaSlug) {\n      id\n      title\n      phase\n      opensAt\n      closesAt\n      version {\n        id\n        number\n        actionPlan {\n          id\n          title\n          year\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicConsultation($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicConsultation($id: ID!) {\n    commentRound(id: $id) {\n      ...CommentRoundFields\n      version {\n        ...ActionPlanVersionFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Dashboard {\n    myUpcomingMeetings(limit: 5) {\n      id\n      title\n      kind\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      group {\n        id\n        name\n      }\n      myInvitation {\n        id\n        reply\n      }\n    }\n    groups {\n      id\n      name\n      kind\n      targetGroup\n      memberCount\n      members {\n        id\n        role\n        person {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n"): (typeof documents)["\n  query Groups($includeArchived: Boolean) {\n    groups(includeArchived: $includeArchived) {\n      id\n      name\n      kind\n      targetGroup\n      archivedAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Group($id: ID!, $includeFormer: Boolean) {\n    group(id: $id) {\n      id\n      name\n      kind\n      targetGroup\n      description\n      archivedAt\n      createdAt\n      memberCount\n      coordinators {\n        id\n        fullName\n      }\n      members(includeFormer: $includeFormer) {\n        id\n        role\n        joinedAt\n        leftAt\n        person {\n          id\n          fullName\n        }\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGroup($input: CreateGroupInput!) {\n    createGroup(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGroup($input: UpdateGroupInput!) {\n    updateGroup(input: $input) {\n      id\n      name\n      targetGroup\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ArchiveGroup($id: ID!) {\n    archiveGroup(id: $id) {\n      id\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation AddGroupMember($input: AddGroupMemberInput!) {\n    addGroupMember(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemoveGroupMember($input: RemoveGroupMemberInput!) {\n    removeGroupMember(input: $input) {\n      id\n      leftAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment IntentionFields on DevelopmentIntention {\n    id\n    state\n    kind\n    serviceId\n    serviceType\n    service {\n      id\n      name\n      type\n      form\n      capacity\n      capacityUnit\n    }\n    newServiceName\n    newServiceType\n    newServiceForm\n    newServiceTargetGroups\n    currentCapacity\n    proposedCapacity\n    capacityUnit\n    fteChange\n    annualCost\n    funding {\n      state\n      region\n      municipality\n      eu\n      other\n    }\n    startYear\n    reviewingGroup {\n      id\n      name\n    }\n    justification\n    opinionReasons\n    opinionMeetingId\n    measures {\n      id\n      number\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    createdAt\n    submittedAt\n  }\n"): (typeof documents)["\n  fragment IntentionFields on DevelopmentIntention {\n    id\n    state\n    kind\n    serviceId\n    serviceType\n    service {\n      id\n      name\n      type\n      form\n      capacity\n      capacityUnit\n    }\n    newServiceName\n    newServiceType\n    newServiceForm\n    newServiceTargetGroups\n    currentCapacity\n    proposedCapacity\n    capacityUnit\n    fteChange\n    annualCost\n    funding {\n      state\n      region\n      municipality\n      eu\n      other\n    }\n    startYear\n    reviewingGroup {\n      id\n      name\n    }\n    justification\n    opinionReasons\n    opinionMeetingId\n    measures {\n      id\n      number\n      title\n    }\n    organisation {\n      id\n      name\n    }\n    createdAt\n    submittedAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Intentions($filter: IntentionFilter, $page: Int!, $pageSize: Int!) {\n    intentions(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        state\n        kind\n        serviceType\n        service {\n          id\n          name\n        }\n        newServiceName\n        currentCapacity\n        proposedCapacity\n        capacityUnit\n        startYear\n        reviewingGroup {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        submittedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query Intentions($filter: IntentionFilter, $page: Int!, $pageSize: Int!) {\n    intentions(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        state\n        kind\n        serviceType\n        service {\n          id\n          name\n        }\n        newServiceName\n        currentCapacity\n        proposedCapacity\n        capacityUnit\n        startYear\n        reviewingGroup {\n          id\n          name\n        }\n        organisation {\n          id\n          name\n        }\n        submittedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Intention($id: ID!) {\n    intention(id: $id) {\n      ...IntentionFields\n      history {\n        id\n        createdAt\n        fromState\n        toState\n        reason\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Intention($id: ID!) {\n    intention(id: $id) {\n      ...IntentionFields\n      history {\n        id\n        createdAt\n        fromState\n        toState\n        reason\n        person {\n          id\n          fullName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PlanMeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n            state\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PlanMeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n            state\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntentionCalls {\n    intentionCalls {\n      year\n      deadline\n    }\n  }\n"): (typeof documents)["\n  query IntentionCalls {\n    intentionCalls {\n      year\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ReviewingGroups {\n    groups {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  query ReviewingGroups {\n    groups {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query GroupMeetingOptions($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }, page: 1, pageSize: 50) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query GroupMeetingOptions($groupId: ID!) {\n    meetings(filter: { groupId: $groupId }, page: 1, pageSize: 50) {\n      items {\n        id\n        title\n        startsAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationServices($organisationId: ID!) {\n    services(filter: { organisationId: $organisationId }, page: 1, pageSize: 200) {\n      items {\n        id\n        name\n        type\n        form\n        capacity\n        capacityUnit\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationServices($organisationId: ID!) {\n    services(filter: { organisationId: $organisationId }, page: 1, pageSize: 200) {\n      items {\n        id\n        name\n        type\n        form\n        capacity\n        capacityUnit\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateIntention($input: CreateIntentionInput!) {\n    createIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateIntention($input: CreateIntentionInput!) {\n    createIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateIntention($input: UpdateIntentionInput!) {\n    updateIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateIntention($input: UpdateIntentionInput!) {\n    updateIntention(input: $input) {\n      ...IntentionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SubmitIntention($input: IntentionStepInput!) {\n    submitIntention(input: $input) {\n      id\n      state\n      submittedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SubmitIntention($input: IntentionStepInput!) {\n    submitIntention(input: $input) {\n      id\n      state\n      submittedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation WithdrawIntention($input: IntentionStepInput!) {\n    withdrawIntention(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation WithdrawIntention($input: IntentionStepInput!) {\n    withdrawIntention(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ForwardIntention($input: IntentionStepInput!) {\n    forwardIntention(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation ForwardIntention($input: IntentionStepInput!) {\n    forwardIntention(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntentionOpinion($input: IntentionOpinionInput!) {\n    recordIntentionOpinion(input: $input) {\n      id\n      state\n      opinionReasons\n      opinionMeetingId\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntentionOpinion($input: IntentionOpinionInput!) {\n    recordIntentionOpinion(input: $input) {\n      id\n      state\n      opinionReasons\n      opinionMeetingId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordIntentionOutcome($input: IntentionOutcomeInput!) {\n    recordIntentionOutcome(input: $input) {\n      id\n      state\n    }\n  }\n"): (typeof documents)["\n  mutation RecordIntentionOutcome($input: IntentionOutcomeInput!) {\n    recordIntentionOutcome(input: $input) {\n      id\n      state\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetIntentionCall($input: IntentionCallInput!) {\n    setIntentionCall(input: $input) {\n      year\n      deadline\n    }\n  }\n"): (typeof documents)["\n  mutation SetIntentionCall($input: IntentionCallInput!) {\n    setIntentionCall(input: $input) {\n      year\n      deadline\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureFields on Measure {\n    id\n    number\n    planId\n    goalId\n    title\n    state\n    description\n    rationale\n    targetGroups\n    fromYear\n    toYear\n    canEdit\n    totalCost\n    createdAt\n    responsibleOrganisation {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    proposingGroups {\n      id\n      name\n    }\n    proposedBy {\n      id\n      fullName\n    }\n    mergedInto {\n      id\n      number\n      title\n    }\n    costs {\n      id\n      year\n      source\n      amount\n    }\n    indicators {\n      id\n      position\n      name\n      unit\n      baseline\n      target\n    }\n    activities {\n      id\n      number\n      title\n      description\n    }\n    history {\n      id\n      changedAt\n      fromState\n      toState\n      reason\n      changedBy {\n        id\n        fullName\n      }\n      mergedInto {\n        id\n        number\n        title\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureFields on Measure {\n    id\n    number\n    planId\n    goalId\n    title\n    state\n    description\n    rationale\n    targetGroups\n    fromYear\n    toYear\n    canEdit\n    totalCost\n    createdAt\n    responsibleOrganisation {\n      id\n      name\n    }\n    partners {\n      id\n      name\n    }\n    proposingGroups {\n      id\n      name\n    }\n    proposedBy {\n      id\n      fullName\n    }\n    mergedInto {\n      id\n      number\n      title\n    }\n    costs {\n      id\n      year\n      source\n      amount\n    }\n    indicators {\n      id\n      position\n      name\n      unit\n      baseline\n      target\n    }\n    activities {\n      id\n      number\n      title\n      description\n    }\n    history {\n      id\n      changedAt\n      fromState\n      toState\n      reason\n      changedBy {\n        id\n        fullName\n      }\n      mergedInto {\n        id\n        number\n        title\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureFields\n      ...MeasureDiscussions\n    }\n  }\n"): (typeof documents)["\n  query Measure($id: ID!) {\n    measure(id: $id) {\n      ...MeasureFields\n      ...MeasureDiscussions\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeasure($input: UpdateMeasureInput!) {\n    updateMeasure(input: $input) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ChangeMeasureState($input: ChangeMeasureStateInput!) {\n    changeMeasureState(input: $input) {\n      ...MeasureFields\n    }\n  }\n"): (typeof documents)["\n  mutation ChangeMeasureState($input: ChangeMeasureStateInput!) {\n    changeMeasureState(input: $input) {\n      ...MeasureFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureArea {\n    me {\n      memberships {\n        area {\n          id\n          slug\n          defaultLocale\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasureArea {\n    me {\n      memberships {\n        area {\n          id\n          slug\n          defaultLocale\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MeasureDiscussions on Measure {\n    id\n    discussions {\n      meeting {\n        id\n        title\n        startsAt\n        timezone\n        group {\n          id\n          name\n        }\n      }\n      agendaItem {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        position\n        text\n      }\n    }\n  }\n"): (typeof documents)["\n  fragment MeasureDiscussions on Measure {\n    id\n    discussions {\n      meeting {\n        id\n        title\n        startsAt\n        timezone\n        group {\n          id\n          name\n        }\n      }\n      agendaItem {\n        id\n        position\n        title\n      }\n      decisions {\n        id\n        position\n        text\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateActivity($input: CreateActivityInput!) {\n    createActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateActivity($input: UpdateActivityInput!) {\n    updateActivity(input: $input) {\n      id\n      title\n      description\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveActivity($input: MoveActivityInput!) {\n    moveActivity(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveActivity($input: MoveActivityInput!) {\n    moveActivity(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteActivity($id: ID!) {\n    deleteActivity(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeasureOptions {\n    strategicPlans {\n      id\n      title\n      priorities {\n        id\n        goals {\n          id\n          measures {\n            id\n            number\n            title\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    notes\n    durationMinutes\n    presenter {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemFields on AgendaItem {\n    id\n    position\n    title\n    notes\n    durationMinutes\n    presenter {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AgendaItemLinkFields on AgendaItem {\n    id\n    intentionId\n    measure {\n      id\n      number\n      title\n    }\n    intention {\n      id\n      organisation {\n        id\n        name\n      }\n      service {\n        id\n        name\n      }\n      newServiceName\n    }\n  }\n"): (typeof documents)["\n  fragment AgendaItemLinkFields on AgendaItem {\n    id\n    intentionId\n    measure {\n      id\n      number\n      title\n    }\n    intention {\n      id\n      organisation {\n        id\n        name\n      }\n      service {\n        id\n        name\n      }\n      newServiceName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment InvitationFields on MeetingInvitation {\n    id\n    reply\n    repliedAt\n    attendance\n    person {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment InvitationFields on MeetingInvitation {\n    id\n    reply\n    repliedAt\n    attendance\n    person {\n      id\n      fullName\n    }\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment AttendanceSummaryFields on AttendanceSummary {\n    invited\n    attending\n    declined\n    maybe\n    pending\n    present\n    excused\n    absent\n    guests\n  }\n"): (typeof documents)["\n  fragment AttendanceSummaryFields on AttendanceSummary {\n    invited\n    attending\n    declined\n    maybe\n    pending\n    present\n    excused\n    absent\n    guests\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment MinutesFields on Minutes {\n    id\n    body\n    status\n    version\n    publishedAt\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  fragment MinutesFields on Minutes {\n    id\n    body\n    status\n    version\n    publishedAt\n    updatedAt\n    updatedBy {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment DecisionFields on Decision {\n    id\n    position\n    text\n    createdAt\n  }\n"): (typeof documents)["\n  fragment DecisionFields on Decision {\n    id\n    position\n    text\n    createdAt\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meetings($filter: MeetingFilter, $page: Int, $pageSize: Int) {\n    meetings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        isPublic\n        cancelledAt\n        groupId\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meetings($filter: MeetingFilter, $page: Int, $pageSize: Int) {\n    meetings(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        isPublic\n        cancelledAt\n        groupId\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingGroups {\n    groups {\n      id\n      name\n      kind\n    }\n  }\n"): (typeof documents)["\n  query MeetingGroups {\n    groups {\n      id\n      name\n      kind\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingPeople($search: String, $pageSize: Int) {\n    people(search: $search, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingPeople($search: String, $pageSize: Int) {\n    people(search: $search, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MeetingOrganisations($search: String) {\n    organisations(search: $search, pageSize: 50) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  query MeetingOrganisations($search: String) {\n    organisations(search: $search, pageSize: 50) {\n      items {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      groupId\n      group {\n        id\n        name\n        kind\n      }\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      cancelledAt\n      canManage\n      projectId\n      project {\n        id\n        name\n        registrationNumber\n      }\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n      registered\n      freePlaces\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n      myInvitation {\n        id\n        reply\n        repliedAt\n        attendance\n        person {\n          id\n          fullName\n        }\n      }\n      guests {\n        id\n        fullName\n        organisationName\n        organisation {\n          id\n          name\n        }\n      }\n      minutes {\n        ...MinutesFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Meeting($id: ID!) {\n    meeting(id: $id) {\n      id\n      groupId\n      group {\n        id\n        name\n        kind\n      }\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      cancelledAt\n      canManage\n      projectId\n      project {\n        id\n        name\n        registrationNumber\n      }\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n      registered\n      freePlaces\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n      decisions {\n        ...DecisionFields\n      }\n      invitations {\n        ...InvitationFields\n      }\n      myInvitation {\n        id\n        reply\n        repliedAt\n        attendance\n        person {\n          id\n          fullName\n        }\n      }\n      guests {\n        id\n        fullName\n        organisationName\n        organisation {\n          id\n          name\n        }\n      }\n      minutes {\n        ...MinutesFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      groupId\n    }\n  }\n"): (typeof documents)["\n  mutation CreateMeeting($input: CreateMeetingInput!) {\n    createMeeting(input: $input) {\n      id\n      groupId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      projectId\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateMeeting($input: UpdateMeetingInput!) {\n    updateMeeting(input: $input) {\n      id\n      kind\n      title\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      capacity\n      isPublic\n      projectId\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeeting($id: ID!) {\n    cancelMeeting(id: $id) {\n      id\n      cancelledAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetAgenda($input: SetAgendaInput!) {\n    setAgenda(input: $input) {\n      id\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation SetAgenda($input: SetAgendaInput!) {\n    setAgenda(input: $input) {\n      id\n      agenda {\n        ...AgendaItemFields\n        ...AgendaItemLinkFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InviteToMeeting($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InviteToMeeting($input: InviteToMeetingInput!) {\n    inviteToMeeting(input: $input) {\n      id\n      invitations {\n        ...InvitationFields\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ReplyToInvitation($input: ReplyToInvitationInput!) {\n    replyToInvitation(input: $input) {\n      id\n      reply\n      repliedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ReplyToInvitation($input: ReplyToInvitationInput!) {\n    replyToInvitation(input: $input) {\n      id\n      reply\n      repliedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      invitations {\n        id\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation RecordAttendance($input: RecordAttendanceInput!) {\n    recordAttendance(input: $input) {\n      id\n      invitations {\n        id\n        attendance\n        organisation {\n          id\n          name\n        }\n      }\n      attendanceSummary {\n        ...AttendanceSummaryFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddMeetingGuest($input: AddMeetingGuestInput!) {\n    addMeetingGuest(input: $input) {\n      id\n      fullName\n      organisationName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation AddMeetingGuest($input: AddMeetingGuestInput!) {\n    addMeetingGuest(input: $input) {\n      id\n      fullName\n      organisationName\n      organisation {\n        id\n        name\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveMeetingGuest($input: RemoveMeetingGuestInput!) {\n    removeMeetingGuest(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveMeetingGuest($input: RemoveMeetingGuestInput!) {\n    removeMeetingGuest(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n"): (typeof documents)["\n  mutation SaveMinutes($input: SaveMinutesInput!) {\n    saveMinutes(input: $input) {\n      ...MinutesFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      id\n      body\n      status\n      version\n      publishedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishMinutes($input: PublishMinutesInput!) {\n    publishMinutes(input: $input) {\n      id\n      body\n      status\n      version\n      publishedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddDecision($input: AddDecisionInput!) {\n    addDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"): (typeof documents)["\n  mutation AddDecision($input: AddDecisionInput!) {\n    addDecision(input: $input) {\n      ...DecisionFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemoveDecision($input: RemoveDecisionInput!) {\n    removeDecision(input: $input)\n  }\n"): (typeof documents)["\n  mutation RemoveDecision($input: RemoveDecisionInput!) {\n    removeDecision(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query IntentionOptions($pageSize: Int!) {\n    intentions(page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        startYear\n        organisation {\n          id\n          name\n        }\n        service {\n          id\n          name\n        }\n        newServiceName\n      }\n    }\n  }\n"): (typeof documents)["\n  query IntentionOptions($pageSize: Int!) {\n    intentions(page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        startYear\n        organisation {\n          id\n          name\n        }\n        service {\n          id\n          name\n        }\n        newServiceName\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringPlans {\n    monitoringPlans {\n      id\n      year\n      title\n    }\n  }\n"): (typeof documents)["\n  query MonitoringPlans {\n    monitoringPlans {\n      id\n      year\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringOverview($actionPlanId: ID!) {\n    monitoringOverview(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        status\n        report {\n          id\n          state\n          submittedAt\n          submittedByName\n        }\n      }\n      organisations {\n        organisationId\n        name\n        measureCount\n        submittedCount\n        missingCount\n        lastReminder {\n          id\n          createdAt\n          remindedByName\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MonitoringOverview($actionPlanId: ID!) {\n    monitoringOverview(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        status\n        report {\n          id\n          state\n          submittedAt\n          submittedByName\n        }\n      }\n      organisations {\n        organisationId\n        name\n        measureCount\n        submittedCount\n        missingCount\n        lastReminder {\n          id\n          createdAt\n          remindedByName\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MonitoringEvaluation($actionPlanId: ID!) {\n    monitoringEvaluation(actionPlanId: $actionPlanId) {\n      actionPlanId\n      planTitle\n      year\n      measureCount\n      notReportedCount\n      stateCounts {\n        state\n        count\n      }\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        state\n      }\n      indicators {\n        indicatorId\n        measureNumber\n        measureTitle\n        name\n        unit\n        baseline\n        target\n        value\n        percentOfTarget\n      }\n      money {\n        source\n        planned\n        spent\n      }\n      plannedTotal\n      spentTotal\n    }\n  }\n"): (typeof documents)["\n  query MonitoringEvaluation($actionPlanId: ID!) {\n    monitoringEvaluation(actionPlanId: $actionPlanId) {\n      actionPlanId\n      planTitle\n      year\n      measureCount\n      notReportedCount\n      stateCounts {\n        state\n        count\n      }\n      measures {\n        measureId\n        number\n        title\n        organisationName\n        state\n      }\n      indicators {\n        indicatorId\n        measureNumber\n        measureTitle\n        name\n        unit\n        baseline\n        target\n        value\n        percentOfTarget\n      }\n      money {\n        source\n        planned\n        spent\n      }\n      plannedTotal\n      spentTotal\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyProgressReports($actionPlanId: ID!) {\n    myProgressReports(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        year\n        number\n        title\n        organisationName\n        status\n        indicators {\n          id\n          name\n          unit\n          baseline\n          target\n        }\n        plannedCosts {\n          source\n          amount\n        }\n        report {\n          id\n          revision\n          state\n          narrative\n          submittedAt\n          updatedAt\n          updatedByName\n          spending {\n            source\n            amount\n          }\n          indicatorValues {\n            indicatorId\n            value\n          }\n        }\n      }\n      reminders {\n        id\n        createdAt\n        organisationName\n        remindedByName\n        measureIds\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyProgressReports($actionPlanId: ID!) {\n    myProgressReports(actionPlanId: $actionPlanId) {\n      year\n      measures {\n        measureId\n        year\n        number\n        title\n        organisationName\n        status\n        indicators {\n          id\n          name\n          unit\n          baseline\n          target\n        }\n        plannedCosts {\n          source\n          amount\n        }\n        report {\n          id\n          revision\n          state\n          narrative\n          submittedAt\n          updatedAt\n          updatedByName\n          spending {\n            source\n            amount\n          }\n          indicatorValues {\n            indicatorId\n            value\n          }\n        }\n      }\n      reminders {\n        id\n        createdAt\n        organisationName\n        remindedByName\n        measureIds\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SaveProgressReport($input: SaveProgressReportInput!) {\n    saveProgressReport(input: $input) {\n      id\n      revision\n      state\n      narrative\n      submittedAt\n      updatedAt\n    }\n  }\n"): (typeof documents)["\n  mutation SaveProgressReport($input: SaveProgressReportInput!) {\n    saveProgressReport(input: $input) {\n      id\n      revision\n      state\n      narrative\n      submittedAt\n      updatedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RemindOrganisation($input: RemindOrganisationInput!) {\n    remindOrganisation(input: $input) {\n      id\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  mutation RemindOrganisation($input: RemindOrganisationInput!) {\n    remindOrganisation(input: $input) {\n      id\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceNetwork($serviceType: ServiceType, $targetGroup: TargetGroup) {\n    serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {\n      rows {\n        serviceType\n        section\n        targetGroup\n        unit\n        services\n        current\n        proposed\n        change\n        intentions\n      }\n      types {\n        serviceType\n        section\n        unit\n        current\n        proposed\n        change\n      }\n      totals {\n        unit\n        current\n        proposed\n        change\n      }\n    }\n    serviceTypes {\n      type\n      section\n      name\n    }\n  }\n"): (typeof documents)["\n  query ServiceNetwork($serviceType: ServiceType, $targetGroup: TargetGroup) {\n    serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {\n      rows {\n        serviceType\n        section\n        targetGroup\n        unit\n        services\n        current\n        proposed\n        change\n        intentions\n      }\n      types {\n        serviceType\n        section\n        unit\n        current\n        proposed\n        change\n      }\n      totals {\n        unit\n        current\n        proposed\n        change\n      }\n    }\n    serviceTypes {\n      type\n      section\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    read\n    readAt\n    createdAt\n    emailState\n  }\n"): (typeof documents)["\n  fragment NotificationFields on Notification {\n    id\n    kind\n    text\n    path\n    read\n    readAt\n    createdAt\n    emailState\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Notifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {\n    notifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Notifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {\n    notifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {\n      total\n      unread\n      items {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  subscription NotificationEvents {\n    notificationEvents {\n      kind\n      notificationId\n      unread\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"): (typeof documents)["\n  subscription NotificationEvents {\n    notificationEvents {\n      kind\n      notificationId\n      unread\n      notification {\n        ...NotificationFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"): (typeof documents)["\n  mutation MarkNotificationRead($id: ID!) {\n    markNotificationRead(id: $id) {\n      ...NotificationFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"): (typeof documents)["\n  mutation MarkAllNotificationsRead {\n    markAllNotificationsRead\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  query NotificationPreferences {\n    notificationPreferences {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"): (typeof documents)["\n  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {\n    setNotificationPreference(input: $input) {\n      kind\n      delivery\n      isDefault\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {\n    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n        registrationNumber\n        members {\n          id\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n"): (typeof documents)["\n  query OrganisationOptions($search: String, $pageSize: Int) {\n    organisations(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        name\n        side\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Organisation($id: ID!) {\n    organisation(id: $id) {\n      id\n      name\n      side\n      registrationNumber\n      website\n      members {\n        id\n        position\n        since\n        until\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation CreateOrganisation($input: CreateOrganisationInput!) {\n    createOrganisation(input: $input) {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {\n    updateOrganisation(input: $input) {\n      id\n      name\n      side\n      registrationNumber\n      website\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {\n    addOrganisationMember(input: $input) {\n      id\n      position\n      since\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n"): (typeof documents)["\n  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {\n    endOrganisationMembership(input: $input) {\n      id\n      until\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query People($search: String, $role: AreaRole, $page: Int, $pageSize: Int) {\n    people(search: $search, role: $role, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        phone\n        roles\n        hasAccount\n        organisations {\n          id\n          position\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonOptions($search: String, $pageSize: Int) {\n    people(search: $search, page: 1, pageSize: $pageSize) {\n      total\n      items {\n        id\n        fullName\n        email\n        organisations {\n          id\n          organisation {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      anonymisedAt\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query Person($id: ID!) {\n    person(id: $id) {\n      id\n      fullName\n      email\n      phone\n      roles\n      hasAccount\n      anonymisedAt\n      createdAt\n      organisations {\n        id\n        position\n        since\n        organisation {\n          id\n          name\n          side\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePerson($input: CreatePersonInput!) {\n    createPerson(input: $input) {\n      id\n      fullName\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePerson($input: UpdatePersonInput!) {\n    updatePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      roles\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation InvitePerson($input: InvitePersonInput!) {\n    invitePerson(input: $input) {\n      url\n      invitation {\n        id\n        expiresAt\n        person {\n          id\n          fullName\n          email\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"): (typeof documents)["\n  query AccountInvitations {\n    accountInvitations {\n      id\n      createdAt\n      expiresAt\n      person {\n        id\n        fullName\n        email\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n"): (typeof documents)["\n  query Invitation($token: String!) {\n    invitation(token: $token) {\n      areaName\n      fullName\n      email\n      expiresAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"): (typeof documents)["\n  mutation AcceptInvitation($input: AcceptInvitationInput!) {\n    acceptInvitation(input: $input) {\n      id\n      slug\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PersonGroups($id: ID!) {\n    person(id: $id) {\n      id\n      groups(includeFormer: true) {\n        id\n        role\n        joinedAt\n        leftAt\n        group {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PersonGroups($id: ID!) {\n    person(id: $id) {\n      id\n      groups(includeFormer: true) {\n        id\n        role\n        joinedAt\n        leftAt\n        group {\n          id\n          name\n          archivedAt\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeHitFields on PracticeHit {\n    rank\n    snippet {\n      text\n      match\n    }\n    practice {\n      id\n      title\n      summary\n      tags\n      targetGroups\n      language\n      state\n      publishedAt\n      updatedAt\n      organisationName\n      mayEdit\n    }\n  }\n"): (typeof documents)["\n  fragment PracticeHitFields on PracticeHit {\n    rank\n    snippet {\n      text\n      match\n    }\n    practice {\n      id\n      title\n      summary\n      tags\n      targetGroups\n      language\n      state\n      publishedAt\n      updatedAt\n      organisationName\n      mayEdit\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment PracticeFields on Practice {\n    id\n    title\n    summary\n    body\n    tags\n    targetGroups\n    language\n    state\n    publishedAt\n    updatedAt\n    revision\n    organisationId\n    organisationName\n    organisationWebsite\n    authorName\n    mayEdit\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      createdAt\n    }\n  }\n"): (typeof documents)["\n  fragment PracticeFields on Practice {\n    id\n    title\n    summary\n    body\n    tags\n    targetGroups\n    language\n    state\n    publishedAt\n    updatedAt\n    revision\n    organisationId\n    organisationName\n    organisationWebsite\n    authorName\n    mayEdit\n    attachments {\n      id\n      fileName\n      mediaType\n      size\n      createdAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPractices(\n    $areaSlug: String!\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    publicPracticeTags(areaSlug: $areaSlug) {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query PublicPractices(\n    $areaSlug: String!\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    publicPractices(areaSlug: $areaSlug, search: $search, tag: $tag, targetGroup: $targetGroup, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    publicPracticeTags(areaSlug: $areaSlug) {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicPractice($areaSlug: String!, $id: ID!) {\n    publicPractice(areaSlug: $areaSlug, id: $id) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  query PublicPractice($areaSlug: String!, $id: ID!) {\n    publicPractice(areaSlug: $areaSlug, id: $id) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practices(\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $state: PracticeState\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    practices(search: $search, tag: $tag, targetGroup: $targetGroup, state: $state, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    practiceTags {\n      tag\n      count\n    }\n  }\n"): (typeof documents)["\n  query Practices(\n    $search: String\n    $tag: String\n    $targetGroup: TargetGroup\n    $state: PracticeState\n    $sort: PracticeSort\n    $page: Int\n    $pageSize: Int\n  ) {\n    practices(search: $search, tag: $tag, targetGroup: $targetGroup, state: $state, sort: $sort, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...PracticeHitFields\n      }\n    }\n    practiceTags {\n      tag\n      count\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Practice($id: ID!) {\n    practice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  query Practice($id: ID!) {\n    practice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePractice($input: CreatePracticeInput!) {\n    createPractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePractice($input: UpdatePracticeInput!) {\n    updatePractice(input: $input) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation PublishPractice($id: ID!) {\n    publishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UnpublishPractice($id: ID!) {\n    unpublishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"): (typeof documents)["\n  mutation UnpublishPractice($id: ID!) {\n    unpublishPractice(id: $id) {\n      ...PracticeFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePractice($id: ID!) {\n    deletePractice(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePractice($id: ID!) {\n    deletePractice(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePracticeAttachment($id: ID!) {\n    deletePracticeAttachment(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePracticeAttachment($id: ID!) {\n    deletePracticeAttachment(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePersonalData($input: ErasePersonalDataInput!) {\n    erasePersonalData(input: $input)\n  }\n"): (typeof documents)["\n  mutation ErasePersonalData($input: ErasePersonalDataInput!) {\n    erasePersonalData(input: $input)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      hasAccount\n      anonymisedAt\n    }\n  }\n"): (typeof documents)["\n  mutation ErasePerson($input: ErasePersonInput!) {\n    erasePerson(input: $input) {\n      id\n      fullName\n      email\n      phone\n      hasAccount\n      anonymisedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMeetings($areaSlug: String!, $past: Boolean, $page: Int, $pageSize: Int) {\n    publicMeetings(areaSlug: $areaSlug, past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMeetings($areaSlug: String!, $past: Boolean, $page: Int, $pageSize: Int) {\n    publicMeetings(areaSlug: $areaSlug, past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        id\n        title\n        kind\n        startsAt\n        endsAt\n        timezone\n        place\n        onlineUrl\n        group {\n          id\n          name\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublicMeeting($areaSlug: String!, $id: ID!) {\n    publicMeeting(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      kind\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      cancelledAt\n      group {\n        id\n        name\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      decisions {\n        id\n        position\n        text\n      }\n      minutes {\n        id\n        body\n        status\n        publishedAt\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublicMeeting($areaSlug: String!, $id: ID!) {\n    publicMeeting(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      kind\n      description\n      startsAt\n      endsAt\n      timezone\n      place\n      onlineUrl\n      cancelledAt\n      group {\n        id\n        name\n      }\n      agenda {\n        ...AgendaItemFields\n      }\n      decisions {\n        id\n        position\n        text\n      }\n      minutes {\n        id\n        body\n        status\n        publishedAt\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ActionPlanCouncil($actionPlanId: ID!) {\n    actionPlanCouncil(actionPlanId: $actionPlanId) {\n      actionPlan {\n        id\n        title\n        year\n        state\n        approvedAt\n        publishedAt\n      }\n      approvedVersion {\n        id\n        number\n        issuedAt\n      }\n      resolutions {\n        id\n        body\n        number\n        decidedOn\n        outcome\n        note\n        createdAt\n      }\n      canRecord\n      canPublish\n    }\n  }\n"): (typeof documents)["\n  query ActionPlanCouncil($actionPlanId: ID!) {\n    actionPlanCouncil(actionPlanId: $actionPlanId) {\n      actionPlan {\n        id\n        title\n        year\n        state\n        approvedAt\n        publishedAt\n      }\n      approvedVersion {\n        id\n        number\n        issuedAt\n      }\n      resolutions {\n        id\n        body\n        number\n        decidedOn\n        outcome\n        note\n        createdAt\n      }\n      canRecord\n      canPublish\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RecordCouncilResolution($input: RecordCouncilResolutionInput!) {\n    recordCouncilResolution(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation RecordCouncilResolution($input: RecordCouncilResolutionInput!) {\n    recordCouncilResolution(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation PublishActionPlan($actionPlanId: ID!) {\n    publishActionPlan(actionPlanId: $actionPlanId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"): (typeof documents)["\n  mutation PublishActionPlan($actionPlanId: ID!) {\n    publishActionPlan(actionPlanId: $actionPlanId) {\n      id\n      state\n      publishedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedActionPlans($areaSlug: String!) {\n    publishedActionPlans(areaSlug: $areaSlug) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      resolution {\n        id\n        body\n        number\n        decidedOn\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedActionPlans($areaSlug: String!) {\n    publishedActionPlans(areaSlug: $areaSlug) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      resolution {\n        id\n        body\n        number\n        decidedOn\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query PublishedActionPlan($areaSlug: String!, $id: ID!) {\n    publishedActionPlan(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      versionNumber\n      resolution {\n        id\n        body\n        number\n        decidedOn\n        note\n      }\n      sections {\n        id\n        kind\n        position\n        title\n        body\n      }\n      measures {\n        id\n        position\n        number\n        priorityTitle\n        goalTitle\n        title\n        description\n        rationale\n        targetGroups\n        responsibleOrganisationName\n        partnerNames\n        fromYear\n        toYear\n        costs {\n          year\n          source\n          amount\n        }\n        indicators {\n          name\n          unit\n          baseline\n          target\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query PublishedActionPlan($areaSlug: String!, $id: ID!) {\n    publishedActionPlan(areaSlug: $areaSlug, id: $id) {\n      id\n      title\n      year\n      approvedAt\n      publishedAt\n      versionNumber\n      resolution {\n        id\n        body\n        number\n        decidedOn\n        note\n      }\n      sections {\n        id\n        kind\n        position\n        title\n        body\n      }\n      measures {\n        id\n        position\n        number\n        priorityTitle\n        goalTitle\n        title\n        description\n        rationale\n        targetGroups\n        responsibleOrganisationName\n        partnerNames\n        fromYear\n        toYear\n        costs {\n          year\n          source\n          amount\n        }\n        indicators {\n          name\n          unit\n          baseline\n          target\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment ServiceFields on SocialService {\n    id\n    type\n    name\n    form\n    capacity\n    capacityUnit\n    targetGroups\n    registrationId\n    areaServed\n    contact\n    organisation {\n      id\n      name\n    }\n  }\n"): (typeof documents)["\n  fragment ServiceFields on SocialService {\n    id\n    type\n    name\n    form\n    capacity\n    capacityUnit\n    targetGroups\n    registrationId\n    areaServed\n    contact\n    organisation {\n      id\n      name\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ServiceTypes {\n    serviceTypes {\n      type\n      section\n      name\n      forms\n      units\n    }\n  }\n"): (typeof documents)["\n  query ServiceTypes {\n    serviceTypes {\n      type\n      section\n      name\n      forms\n      units\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Services($filter: ServiceFilter, $page: Int!, $pageSize: Int!) {\n    services(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Services($filter: ServiceFilter, $page: Int!, $pageSize: Int!) {\n    services(filter: $filter, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...ServiceFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyOrganisations {\n    me {\n      person {\n        id\n        roles\n        organisations {\n          id\n          organisation {\n            id\n            name\n            side\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyOrganisations {\n    me {\n      person {\n        id\n        roles\n        organisations {\n          id\n          organisation {\n            id\n            name\n            side\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateService($input: CreateServiceInput!) {\n    createService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateService($input: UpdateServiceInput!) {\n    updateService(input: $input) {\n      ...ServiceFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ImportServices($input: ImportServicesInput!) {\n    importServices(input: $input) {\n      imported\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"): (typeof documents)["\n  mutation ImportServices($input: ImportServicesInput!) {\n    importServices(input: $input) {\n      imported\n      errors {\n        row\n        field\n        message\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query ParticipationStatistics($from: String!, $to: String!, $groupId: ID, $projectId: ID) {\n    participationStatistics(from: $from, to: $to, groupId: $groupId, projectId: $projectId) {\n      from\n      to\n      groupId\n      projectId\n      meetings\n      meetingsByKind {\n        kind\n        count\n      }\n      distinctPersons\n      distinctOrganisations\n      invited\n      present\n      guests\n      attendanceRate\n      personHours\n    }\n  }\n"): (typeof documents)["\n  query ParticipationStatistics($from: String!, $to: String!, $groupId: ID, $projectId: ID) {\n    participationStatistics(from: $from, to: $to, groupId: $groupId, projectId: $projectId) {\n      from\n      to\n      groupId\n      projectId\n      meetings\n      meetingsByKind {\n        kind\n        count\n      }\n      distinctPersons\n      distinctOrganisations\n      invited\n      present\n      guests\n      attendanceRate\n      personHours\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StatisticsGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      archivedAt\n    }\n  }\n"): (typeof documents)["\n  query StatisticsGroups {\n    groups(includeArchived: true) {\n      id\n      name\n      archivedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n      status\n      adoptedAt\n    }\n  }\n"): (typeof documents)["\n  query StrategicPlans {\n    strategicPlans {\n      id\n      title\n      fromYear\n      toYear\n      status\n      adoptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query StrategicPlan($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      fromYear\n      toYear\n      status\n      adoptedAt\n      priorities {\n        id\n        number\n        position\n        title\n        description\n        goals {\n          id\n          number\n          position\n          priorityId\n          title\n          description\n          measures {\n            id\n            number\n            position\n            goalId\n            title\n            state\n            canEdit\n            activities {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query StrategicPlan($id: ID!) {\n    strategicPlan(id: $id) {\n      id\n      title\n      description\n      fromYear\n      toYear\n      status\n      adoptedAt\n      priorities {\n        id\n        number\n        position\n        title\n        description\n        goals {\n          id\n          number\n          position\n          priorityId\n          title\n          description\n          measures {\n            id\n            number\n            position\n            goalId\n            title\n            state\n            canEdit\n            activities {\n              id\n            }\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {\n    createStrategicPlan(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation AdoptStrategicPlan($id: ID!) {\n    adoptStrategicPlan(id: $id) {\n      id\n      status\n      adoptedAt\n    }\n  }\n"): (typeof documents)["\n  mutation AdoptStrategicPlan($id: ID!) {\n    adoptStrategicPlan(id: $id) {\n      id\n      status\n      adoptedAt\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteStrategicPlan($id: ID!) {\n    deleteStrategicPlan(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteStrategicPlan($id: ID!) {\n    deleteStrategicPlan(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreatePriority($input: CreatePriorityInput!) {\n    createPriority(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdatePriority($input: UpdateStrategyNodeInput!) {\n    updatePriority(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdatePriority($input: UpdateStrategyNodeInput!) {\n    updatePriority(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MovePriority($input: MovePriorityInput!) {\n    movePriority(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MovePriority($input: MovePriorityInput!) {\n    movePriority(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeletePriority($id: ID!) {\n    deletePriority(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation CreateGoal($input: CreateGoalInput!) {\n    createGoal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateGoal($input: UpdateStrategyNodeInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateGoal($input: UpdateStrategyNodeInput!) {\n    updateGoal(input: $input) {\n      id\n      title\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveGoal($input: MoveGoalInput!) {\n    moveGoal(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteGoal($id: ID!) {\n    deleteGoal(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation ProposeMeasure($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation ProposeMeasure($input: ProposeMeasureInput!) {\n    proposeMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation MoveMeasure($input: MoveMeasureInput!) {\n    moveMeasure(input: $input) {\n      id\n    }\n  }\n"): (typeof documents)["\n  mutation MoveMeasure($input: MoveMeasureInput!) {\n    moveMeasure(input: $input) {\n      id\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteMeasure($id: ID!) {\n    deleteMeasure(id: $id)\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyGroups {\n    me {\n      person {\n        id\n        groups {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyGroups {\n    me {\n      person {\n        id\n        groups {\n          id\n          group {\n            id\n            name\n          }\n        }\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment TrainingCardFields on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timezone\n    place\n    onlineUrl\n    capacity\n    registered\n    freePlaces\n    registrationOpen\n    registrationDeadline\n    registrationAvailable\n    cancelledAt\n    group {\n      id\n      name\n    }\n    myInvitation {\n      id\n      reply\n      attendance\n    }\n  }\n"): (typeof documents)["\n  fragment TrainingCardFields on Meeting {\n    id\n    kind\n    title\n    startsAt\n    endsAt\n    timezone\n    place\n    onlineUrl\n    capacity\n    registered\n    freePlaces\n    registrationOpen\n    registrationDeadline\n    registrationAvailable\n    cancelledAt\n    group {\n      id\n      name\n    }\n    myInvitation {\n      id\n      reply\n      attendance\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query Trainings($past: Boolean, $page: Int, $pageSize: Int) {\n    trainings(past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query Trainings($past: Boolean, $page: Int, $pageSize: Int) {\n    trainings(past: $past, page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query MyTrainings($page: Int, $pageSize: Int) {\n    myTrainings(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query MyTrainings($page: Int, $pageSize: Int) {\n    myTrainings(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...TrainingCardFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation RegisterForMeeting($input: MeetingRegistrationInput!) {\n    registerForMeeting(input: $input) {\n      id\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation RegisterForMeeting($input: MeetingRegistrationInput!) {\n    registerForMeeting(input: $input) {\n      id\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CancelMeetingRegistration($input: MeetingRegistrationInput!) {\n    cancelMeetingRegistration(input: $input) {\n      id\n      reply\n    }\n  }\n"): (typeof documents)["\n  mutation CancelMeetingRegistration($input: MeetingRegistrationInput!) {\n    cancelMeetingRegistration(input: $input) {\n      id\n      reply\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation SetMeetingRegistration($input: SetMeetingRegistrationInput!) {\n    setMeetingRegistration(input: $input) {\n      id\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n    }\n  }\n"): (typeof documents)["\n  mutation SetMeetingRegistration($input: SetMeetingRegistrationInput!) {\n    setMeetingRegistration(input: $input) {\n      id\n      registrationOpen\n      registrationDeadline\n      registrationAvailable\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  fragment FundedProjectFields on FundedProject {\n    id\n    name\n    registrationNumber\n    startsOn\n    endsOn\n    description\n  }\n"): (typeof documents)["\n  fragment FundedProjectFields on FundedProject {\n    id\n    name\n    registrationNumber\n    startsOn\n    endsOn\n    description\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  query FundedProjects($page: Int, $pageSize: Int) {\n    fundedProjects(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FundedProjectFields\n      }\n    }\n  }\n"): (typeof documents)["\n  query FundedProjects($page: Int, $pageSize: Int) {\n    fundedProjects(page: $page, pageSize: $pageSize) {\n      total\n      items {\n        ...FundedProjectFields\n      }\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation CreateFundedProject($input: CreateFundedProjectInput!) {\n    createFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation CreateFundedProject($input: CreateFundedProjectInput!) {\n    createFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation UpdateFundedProject($input: UpdateFundedProjectInput!) {\n    updateFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n"): (typeof documents)["\n  mutation UpdateFundedProject($input: UpdateFundedProjectInput!) {\n    updateFundedProject(input: $input) {\n      ...FundedProjectFields\n    }\n  }\n"];
/**
 * The graphql function is used to parse GraphQL queries into a document that can be used by GraphQL clients.
 */
export function graphql(source: "\n  mutation DeleteFundedProject($id: ID!) {\n    deleteFundedProject(id: $id)\n  }\n"): (typeof documents)["\n  mutation DeleteFundedProject($id: ID!) {\n    deleteFundedProject(id: $id)\n  }\n"];

export function graphql(source: string) {
  return (documents as any)[source] ?? {};
}

export type DocumentType<TDocumentNode extends DocumentNode<any, any>> = TDocumentNode extends DocumentNode<  infer TType,  any>  ? TType  : never;