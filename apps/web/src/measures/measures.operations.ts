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
      ...MeasureDiscussions
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

export const MeasureDiscussionsFragment = graphql(`
  fragment MeasureDiscussions on Measure {
    id
    discussions {
      meeting {
        id
        title
        startsAt
        timezone
        group {
          id
          name
        }
      }
      agendaItem {
        id
        position
        title
      }
      decisions {
        id
        position
        text
      }
    }
  }
`);

export const CreateActivityDocument = graphql(`
  mutation CreateActivity($input: CreateActivityInput!) {
    createActivity(input: $input) {
      id
    }
  }
`);

export const UpdateActivityDocument = graphql(`
  mutation UpdateActivity($input: UpdateActivityInput!) {
    updateActivity(input: $input) {
      id
      title
      description
    }
  }
`);

export const MoveActivityDocument = graphql(`
  mutation MoveActivity($input: MoveActivityInput!) {
    moveActivity(input: $input) {
      id
    }
  }
`);

export const DeleteActivityDocument = graphql(`
  mutation DeleteActivity($id: ID!) {
    deleteActivity(id: $id)
  }
`);

/** Every measure of the area's plans, compactly, for pickers ("2.1.3 Title"). */
export const MeasureOptionsDocument = graphql(`
  query MeasureOptions {
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
          }
        }
      }
    }
  }
`);
