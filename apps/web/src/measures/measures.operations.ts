import { graphql } from '../gql';

export const MeasureFieldsFragment = graphql(`
  fragment MeasureFields on Measure {
    id
    number
    planId
    goalId
    title
    state
    description
    rationale
    targetGroups
    fromYear
    toYear
    canEdit
    totalCost
    createdAt
    responsibleOrganisation {
      id
      name
    }
    partners {
      id
      name
    }
    proposingGroups {
      id
      name
    }
    proposedBy {
      id
      fullName
    }
    mergedInto {
      id
      number
      title
    }
    costs {
      id
      year
      source
      amount
    }
    indicators {
      id
      position
      name
      unit
      baseline
      target
    }
    activities {
      id
      number
      title
      description
    }
    history {
      id
      changedAt
      fromState
      toState
      reason
      changedBy {
        id
        fullName
      }
      mergedInto {
        id
        number
        title
      }
    }
  }
`);

export const MeasureDocument = graphql(`
  query Measure($id: ID!) {
    measure(id: $id) {
      ...MeasureFields
    }
  }
`);

export const UpdateMeasureDocument = graphql(`
  mutation UpdateMeasure($input: UpdateMeasureInput!) {
    updateMeasure(input: $input) {
      ...MeasureFields
    }
  }
`);

export const ChangeMeasureStateDocument = graphql(`
  mutation ChangeMeasureState($input: ChangeMeasureStateInput!) {
    changeMeasureState(input: $input) {
      ...MeasureFields
    }
  }
`);

export const MeasureAreaDocument = graphql(`
  query MeasureArea {
    me {
      memberships {
        area {
          id
          slug
          defaultLocale
        }
      }
    }
  }
`);
