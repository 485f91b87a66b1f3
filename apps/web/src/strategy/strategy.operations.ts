import { graphql } from '../gql';

export const StrategicPlansDocument = graphql(`
  query StrategicPlans {
    strategicPlans {
      id
      title
      fromYear
      toYear
      status
      adoptedAt
    }
  }
`);

export const StrategicPlanDocument = graphql(`
  query StrategicPlan($id: ID!) {
    strategicPlan(id: $id) {
      id
      title
      description
      fromYear
      toYear
      status
      adoptedAt
      priorities {
        id
        number
        position
        title
        description
        goals {
          id
          number
          position
          priorityId
          title
          description
          measures {
            id
            number
            position
            goalId
            title
            state
            canEdit
            activities {
              id
            }
          }
        }
      }
    }
  }
`);

export const CreateStrategicPlanDocument = graphql(`
  mutation CreateStrategicPlan($input: CreateStrategicPlanInput!) {
    createStrategicPlan(input: $input) {
      id
    }
  }
`);

export const AdoptStrategicPlanDocument = graphql(`
  mutation AdoptStrategicPlan($id: ID!) {
    adoptStrategicPlan(id: $id) {
      id
      status
      adoptedAt
    }
  }
`);

export const DeleteStrategicPlanDocument = graphql(`
  mutation DeleteStrategicPlan($id: ID!) {
    deleteStrategicPlan(id: $id)
  }
`);

export const CreatePriorityDocument = graphql(`
  mutation CreatePriority($input: CreatePriorityInput!) {
    createPriority(input: $input) {
      id
    }
  }
`);

export const UpdatePriorityDocument = graphql(`
  mutation UpdatePriority($input: UpdateStrategyNodeInput!) {
    updatePriority(input: $input) {
      id
      title
    }
  }
`);

export const MovePriorityDocument = graphql(`
  mutation MovePriority($input: MovePriorityInput!) {
    movePriority(input: $input) {
      id
    }
  }
`);

export const DeletePriorityDocument = graphql(`
  mutation DeletePriority($id: ID!) {
    deletePriority(id: $id)
  }
`);

export const CreateGoalDocument = graphql(`
  mutation CreateGoal($input: CreateGoalInput!) {
    createGoal(input: $input) {
      id
    }
  }
`);

export const UpdateGoalDocument = graphql(`
  mutation UpdateGoal($input: UpdateStrategyNodeInput!) {
    updateGoal(input: $input) {
      id
      title
    }
  }
`);

export const MoveGoalDocument = graphql(`
  mutation MoveGoal($input: MoveGoalInput!) {
    moveGoal(input: $input) {
      id
    }
  }
`);

export const DeleteGoalDocument = graphql(`
  mutation DeleteGoal($id: ID!) {
    deleteGoal(id: $id)
  }
`);

export const ProposeMeasureDocument = graphql(`
  mutation ProposeMeasure($input: ProposeMeasureInput!) {
    proposeMeasure(input: $input) {
      id
    }
  }
`);

export const MoveMeasureDocument = graphql(`
  mutation MoveMeasure($input: MoveMeasureInput!) {
    moveMeasure(input: $input) {
      id
    }
  }
`);

export const DeleteMeasureDocument = graphql(`
  mutation DeleteMeasure($id: ID!) {
    deleteMeasure(id: $id)
  }
`);

export const MyGroupsDocument = graphql(`
  query MyGroups {
    me {
      person {
        id
        groups {
          id
          group {
            id
            name
          }
        }
      }
    }
  }
`);
