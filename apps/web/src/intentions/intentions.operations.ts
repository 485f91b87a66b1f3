import { graphql } from '../gql';

export const IntentionFieldsFragment = graphql(`
  fragment IntentionFields on DevelopmentIntention {
    id
    state
    kind
    serviceId
    serviceType
    service {
      id
      name
      type
      form
      capacity
      capacityUnit
    }
    newServiceName
    newServiceType
    newServiceForm
    newServiceTargetGroups
    currentCapacity
    proposedCapacity
    capacityUnit
    fteChange
    annualCost
    funding {
      state
      region
      municipality
      eu
      other
    }
    startYear
    reviewingGroup {
      id
      name
    }
    justification
    opinionReasons
    opinionMeetingId
    measures {
      id
      number
      title
    }
    organisation {
      id
      name
    }
    createdAt
    submittedAt
  }
`);

export const IntentionsDocument = graphql(`
  query Intentions($filter: IntentionFilter, $page: Int!, $pageSize: Int!) {
    intentions(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        state
        kind
        serviceType
        service {
          id
          name
        }
        newServiceName
        currentCapacity
        proposedCapacity
        capacityUnit
        startYear
        reviewingGroup {
          id
          name
        }
        organisation {
          id
          name
        }
        submittedAt
      }
    }
  }
`);

export const IntentionDocument = graphql(`
  query Intention($id: ID!) {
    intention(id: $id) {
      ...IntentionFields
      history {
        id
        createdAt
        fromState
        toState
        reason
        person {
          id
          fullName
        }
      }
    }
  }
`);

/** Measures of the area's plans that an intention may serve, in the plan's order. */
export const PlanMeasureOptionsDocument = graphql(`
  query PlanMeasureOptions {
    strategicPlans {
      id
      title
      priorities {
        id
        goals {
          id
          measures {
            id
            number
            title
            state
          }
        }
      }
    }
  }
`);

export const IntentionCallsDocument = graphql(`
  query IntentionCalls {
    intentionCalls {
      year
      deadline
    }
  }
`);

/** Groups that review intentions, and the meetings of one group for the opinion. */
export const ReviewingGroupsDocument = graphql(`
  query ReviewingGroups {
    groups {
      id
      name
    }
  }
`);

export const GroupMeetingsDocument = graphql(`
  query GroupMeetingOptions($groupId: ID!) {
    meetings(filter: { groupId: $groupId }, page: 1, pageSize: 50) {
      items {
        id
        title
        startsAt
      }
    }
  }
`);

/** Services of one organisation for the first step of the form. */
export const OrganisationServicesDocument = graphql(`
  query OrganisationServices($organisationId: ID!) {
    services(filter: { organisationId: $organisationId }, page: 1, pageSize: 200) {
      items {
        id
        name
        type
        form
        capacity
        capacityUnit
      }
    }
  }
`);

export const CreateIntentionDocument = graphql(`
  mutation CreateIntention($input: CreateIntentionInput!) {
    createIntention(input: $input) {
      ...IntentionFields
    }
  }
`);

export const UpdateIntentionDocument = graphql(`
  mutation UpdateIntention($input: UpdateIntentionInput!) {
    updateIntention(input: $input) {
      ...IntentionFields
    }
  }
`);

export const SubmitIntentionDocument = graphql(`
  mutation SubmitIntention($input: IntentionStepInput!) {
    submitIntention(input: $input) {
      id
      state
      submittedAt
    }
  }
`);

export const WithdrawIntentionDocument = graphql(`
  mutation WithdrawIntention($input: IntentionStepInput!) {
    withdrawIntention(input: $input) {
      id
      state
    }
  }
`);

export const ForwardIntentionDocument = graphql(`
  mutation ForwardIntention($input: IntentionStepInput!) {
    forwardIntention(input: $input) {
      id
      state
    }
  }
`);

export const RecordIntentionOpinionDocument = graphql(`
  mutation RecordIntentionOpinion($input: IntentionOpinionInput!) {
    recordIntentionOpinion(input: $input) {
      id
      state
      opinionReasons
      opinionMeetingId
    }
  }
`);

export const RecordIntentionOutcomeDocument = graphql(`
  mutation RecordIntentionOutcome($input: IntentionOutcomeInput!) {
    recordIntentionOutcome(input: $input) {
      id
      state
    }
  }
`);

export const SetIntentionCallDocument = graphql(`
  mutation SetIntentionCall($input: IntentionCallInput!) {
    setIntentionCall(input: $input) {
      year
      deadline
    }
  }
`);
