import { graphql } from '../gql';

export const CommentRoundFieldsFragment = graphql(`
  fragment CommentRoundFields on CommentRound {
    id
    title
    instructions
    audience
    phase
    opensAt
    closesAt
    settledAt
    versionId
    viewerMayComment
    groups {
      id
      name
    }
    counts {
      comments
      replies
      unsettled
      hidden
      support
      neutral
      objection
    }
  }
`);

export const CommentFieldsFragment = graphql(`
  fragment CommentFields on Comment {
    id
    parentId
    createdAt
    editedAt
    body
    stance
    revision
    hidden
    hiddenReason
    viewerMayEdit
    author {
      name
      personId
      guest
    }
    organisationName
    revisions {
      id
      revision
      body
      stance
      replacedAt
    }
  }
`);

export const CommentThreadFieldsFragment = graphql(`
  fragment CommentThreadFields on Comment {
    ...CommentFields
    number
    target
    sectionId
    planMeasureId
    quoteField
    quoteExact
    quotePrefix
    quoteSuffix
    quoteStart
    quoteEnd
    section {
      id
      title
    }
    planMeasure {
      id
      number
      title
    }
    outcome
    justification
    changeMade
    settledAt
    settledBy {
      id
      fullName
    }
    replies {
      ...CommentFields
    }
  }
`);

export const CommentRoundsDocument = graphql(`
  query CommentRounds($versionId: ID, $actionPlanId: ID) {
    commentRounds(versionId: $versionId, actionPlanId: $actionPlanId) {
      ...CommentRoundFields
    }
  }
`);

export const CommentRoundDocument = graphql(`
  query CommentRound($id: ID!) {
    commentRound(id: $id) {
      ...CommentRoundFields
      version {
        id
        number
        actionPlanId
      }
    }
  }
`);

export const CommentsDocument = graphql(`
  query Comments($roundId: ID!, $filter: CommentFilter, $order: CommentOrder, $page: Int!, $pageSize: Int!) {
    comments(roundId: $roundId, filter: $filter, order: $order, page: $page, pageSize: $pageSize) {
      total
      items {
        ...CommentThreadFields
      }
    }
  }
`);

export const RoundGroupOptionsDocument = graphql(`
  query RoundGroupOptions {
    groups {
      id
      name
    }
  }
`);

export const OpenCommentRoundDocument = graphql(`
  mutation OpenCommentRound($input: OpenCommentRoundInput!) {
    openCommentRound(input: $input) {
      ...CommentRoundFields
    }
  }
`);

export const CloseCommentRoundAsSettledDocument = graphql(`
  mutation CloseCommentRoundAsSettled($roundId: ID!) {
    closeCommentRoundAsSettled(roundId: $roundId) {
      ...CommentRoundFields
    }
  }
`);

export const PostCommentDocument = graphql(`
  mutation PostComment($input: PostCommentInput!) {
    postComment(input: $input) {
      ...CommentThreadFields
    }
  }
`);

export const ReplyToCommentDocument = graphql(`
  mutation ReplyToComment($input: ReplyToCommentInput!) {
    replyToComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const EditCommentDocument = graphql(`
  mutation EditComment($input: EditCommentInput!) {
    editComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const HideCommentDocument = graphql(`
  mutation HideComment($input: HideCommentInput!) {
    hideComment(input: $input) {
      ...CommentFields
    }
  }
`);

export const UnhideCommentDocument = graphql(`
  mutation UnhideComment($id: ID!) {
    unhideComment(id: $id) {
      ...CommentFields
    }
  }
`);

export const SettleCommentDocument = graphql(`
  mutation SettleComment($input: SettleCommentInput!) {
    settleComment(input: $input) {
      ...CommentThreadFields
    }
  }
`);

/** What happens in a round while the reader is open (graphql-ws); the returned entities update the cache by id. */
export const CommentRoundEventsDocument = graphql(`
  subscription CommentRoundEvents($roundId: ID!) {
    commentRoundEvents(roundId: $roundId) {
      kind
      roundId
      commentId
      threadId
      comment {
        ...CommentFields
      }
      thread {
        ...CommentThreadFields
      }
      round {
        ...CommentRoundFields
      }
    }
  }
`);

/** The quoted passages of a round (only what highlighting needs), for the marks in the text. */
export const CommentQuotesDocument = graphql(`
  query CommentQuotes($roundId: ID!, $page: Int!) {
    comments(roundId: $roundId, filter: { target: PASSAGE }, order: OLDEST, page: $page, pageSize: 200) {
      total
      items {
        id
        hidden
        sectionId
        planMeasureId
        quoteField
        quoteExact
        quotePrefix
        quoteSuffix
        quoteStart
        quoteEnd
      }
    }
  }
`);

/** Where a comment lives: its round's version and plan (for links to the comment in the reader). */
export const CommentLocationDocument = graphql(`
  query CommentLocation($id: ID!) {
    comment(id: $id) {
      id
      threadId
      sectionId
      planMeasureId
      round {
        id
        version {
          id
          actionPlanId
        }
      }
    }
  }
`);

/** The version a round is on, with its plan's draft: what a change can be linked to. */
export const LinkChangeContextDocument = graphql(`
  query LinkChangeContext($versionId: ID!) {
    actionPlanVersion(id: $versionId) {
      id
      number
      actionPlan {
        id
        draft {
          id
          number
          sections {
            id
            lineageId
            title
          }
          measures {
            id
            measureId
            number
            title
          }
          changeLinks {
            id
            commentId
            field
            sectionLineageId
            measureId
          }
        }
      }
    }
  }
`);

export const LinkChangeDocument = graphql(`
  mutation LinkChange($input: LinkChangeInput!) {
    linkChange(input: $input) {
      id
      commentId
      field
      sectionLineageId
      measureId
      versionId
    }
  }
`);

export const UnlinkChangeDocument = graphql(`
  mutation UnlinkChange($id: ID!) {
    unlinkChange(id: $id)
  }
`);

export const PublicCommentRoundsDocument = graphql(`
  query PublicCommentRounds($areaSlug: String!) {
    publicCommentRounds(areaSlug: $areaSlug) {
      id
      title
      phase
      opensAt
      closesAt
      version {
        id
        number
        actionPlan {
          id
          title
          year
        }
      }
    }
  }
`);

export const PublicConsultationDocument = graphql(`
  query PublicConsultation($id: ID!) {
    commentRound(id: $id) {
      ...CommentRoundFields
      version {
        ...ActionPlanVersionFields
      }
    }
  }
`);
