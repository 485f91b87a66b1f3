import { graphql } from '../gql';

export const ActionPlanCouncilDocument = graphql(`
  query ActionPlanCouncil($actionPlanId: ID!) {
    actionPlanCouncil(actionPlanId: $actionPlanId) {
      actionPlan {
        id
        title
        year
        state
        approvedAt
        publishedAt
      }
      approvedVersion {
        id
        number
        issuedAt
      }
      resolutions {
        id
        body
        number
        decidedOn
        outcome
        note
        createdAt
      }
      canRecord
      canPublish
    }
  }
`);

export const RecordCouncilResolutionDocument = graphql(`
  mutation RecordCouncilResolution($input: RecordCouncilResolutionInput!) {
    recordCouncilResolution(input: $input) {
      id
    }
  }
`);

export const PublishActionPlanDocument = graphql(`
  mutation PublishActionPlan($actionPlanId: ID!) {
    publishActionPlan(actionPlanId: $actionPlanId) {
      id
      state
      publishedAt
    }
  }
`);

export const PublishedActionPlansDocument = graphql(`
  query PublishedActionPlans($areaSlug: String!) {
    publishedActionPlans(areaSlug: $areaSlug) {
      id
      title
      year
      approvedAt
      publishedAt
      resolution {
        id
        body
        number
        decidedOn
      }
    }
  }
`);

export const PublishedActionPlanDocument = graphql(`
  query PublishedActionPlan($areaSlug: String!, $id: ID!) {
    publishedActionPlan(areaSlug: $areaSlug, id: $id) {
      id
      title
      year
      approvedAt
      publishedAt
      versionNumber
      resolution {
        id
        body
        number
        decidedOn
        note
      }
      sections {
        id
        kind
        position
        title
        body
      }
      measures {
        id
        position
        number
        priorityTitle
        goalTitle
        title
        description
        rationale
        targetGroups
        responsibleOrganisationName
        partnerNames
        fromYear
        toYear
        costs {
          year
          source
          amount
        }
        indicators {
          name
          unit
          baseline
          target
        }
      }
    }
  }
`);
