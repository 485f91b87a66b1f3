import { graphql } from '../gql';

export const ApprovalRoundDocument = graphql(`
  query ApprovalRound($id: ID!) {
    approvalRound(id: $id) {
      id
      title
      phase
      opensAt
      closesAt
      closedAt
      quorumPercent
      approvalPercent
      eligibleCount
      result
      isVoter
      canManage
      version {
        id
        number
      }
      actionPlan {
        id
        title
        state
      }
      groups {
        id
        name
      }
      myVote {
        id
        choice
        reservation
        updatedAt
      }
      tally {
        eligible
        approve
        approveWithReservations
        reject
        abstain
        votesCast
        turnoutPercent
        quorumVotes
        quorumMet
        approvalMet
        result
      }
      voters {
        voted
        votedAt
        person {
          id
          fullName
        }
      }
    }
  }
`);

export const ApprovalRoundsDocument = graphql(`
  query ApprovalRounds($actionPlanId: ID, $versionId: ID) {
    approvalRounds(actionPlanId: $actionPlanId, versionId: $versionId) {
      id
      title
      phase
      opensAt
      closesAt
      result
      version {
        id
        number
      }
    }
  }
`);

export const ApprovalRoundGroupsDocument = graphql(`
  query ApprovalRoundGroups {
    groups {
      id
      name
      kind
      memberCount
    }
  }
`);

export const OpenApprovalRoundDocument = graphql(`
  mutation OpenApprovalRound($input: OpenApprovalRoundInput!) {
    openApprovalRound(input: $input) {
      id
    }
  }
`);

export const CastVoteDocument = graphql(`
  mutation CastVote($input: CastVoteInput!) {
    castVote(input: $input) {
      id
      choice
      reservation
      updatedAt
    }
  }
`);

export const CloseApprovalRoundDocument = graphql(`
  mutation CloseApprovalRound($roundId: ID!) {
    closeApprovalRound(roundId: $roundId) {
      id
      result
      closedAt
    }
  }
`);

/**
 * The round live: every vote and the close arrive as they happen. Selecting the round's changing
 * fields lets Apollo's cache update the round page by itself (ApprovalRound is normalised by id).
 */
export const ApprovalRoundEventsDocument = graphql(`
  subscription ApprovalRoundEvents($roundId: ID!) {
    approvalRoundEvents(roundId: $roundId) {
      kind
      round {
        id
        phase
        closedAt
        result
        tally {
          eligible
          approve
          approveWithReservations
          reject
          abstain
          votesCast
          turnoutPercent
          quorumVotes
          quorumMet
          approvalMet
          result
        }
        voters {
          voted
          votedAt
          person {
            id
            fullName
          }
        }
      }
    }
  }
`);
