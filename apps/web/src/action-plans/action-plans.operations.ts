import { graphql } from '../gql';

export const ActionPlanVersionFieldsFragment = graphql(`
  fragment ActionPlanVersionFields on ActionPlanVersion {
    id
    number
    state
    isDraft
    issuedAt
    changeNote
    issuedBy {
      id
      fullName
    }
    actionPlan {
      id
      title
      year
    }
    sections {
      id
      lineageId
      kind
      position
      title
      body
      revision
      updatedAt
      updatedBy {
        id
        fullName
      }
    }
    measures {
      id
      measureId
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
      proposingGroupNames
      fromYear
      toYear
      measureState
      totalCost
      yearCost
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
      activities {
        number
        title
        description
      }
    }
  }
`);

export const ActionPlansDocument = graphql(`
  query ActionPlans {
    actionPlans {
      id
      year
      title
      state
      strategicPlan {
        id
        title
      }
      draft {
        id
        number
      }
      latestIssued {
        id
        number
        issuedAt
      }
    }
  }
`);

export const ActionPlanStrategicPlansDocument = graphql(`
  query ActionPlanStrategicPlans {
    strategicPlans {
      id
      title
      fromYear
      toYear
    }
  }
`);

export const CreateActionPlanDocument = graphql(`
  mutation CreateActionPlan($input: CreateActionPlanInput!) {
    createActionPlan(input: $input) {
      id
    }
  }
`);

export const ActionPlanDocument = graphql(`
  query ActionPlan($id: ID!) {
    actionPlan(id: $id) {
      id
      year
      title
      state
      publishedAt
      strategicPlan {
        id
        title
      }
      versions {
        id
        number
        state
        issuedAt
        changeNote
        issuedBy {
          id
          fullName
        }
      }
      draft {
        ...ActionPlanVersionFields
      }
    }
  }
`);

export const ActionPlanVersionDocument = graphql(`
  query ActionPlanVersion($id: ID!) {
    actionPlanVersion(id: $id) {
      ...ActionPlanVersionFields
    }
  }
`);

export const UpdateActionPlanSectionDocument = graphql(`
  mutation UpdateActionPlanSection($input: UpdateActionPlanSectionInput!) {
    updateActionPlanSection(input: $input) {
      id
      title
      body
      revision
      updatedAt
      updatedBy {
        id
        fullName
      }
    }
  }
`);

export const AddActionPlanSectionDocument = graphql(`
  mutation AddActionPlanSection($input: AddActionPlanSectionInput!) {
    addActionPlanSection(input: $input) {
      id
    }
  }
`);

export const MoveActionPlanSectionDocument = graphql(`
  mutation MoveActionPlanSection($input: MoveActionPlanSectionInput!) {
    moveActionPlanSection(input: $input) {
      id
    }
  }
`);

export const RemoveActionPlanSectionDocument = graphql(`
  mutation RemoveActionPlanSection($id: ID!) {
    removeActionPlanSection(id: $id)
  }
`);

export const RefreshActionPlanMeasuresDocument = graphql(`
  mutation RefreshActionPlanMeasures($versionId: ID!) {
    refreshActionPlanMeasures(versionId: $versionId) {
      id
    }
  }
`);

export const IssueActionPlanVersionDocument = graphql(`
  mutation IssueActionPlanVersion($input: IssueActionPlanVersionInput!) {
    issueActionPlanVersion(input: $input) {
      id
      number
    }
  }
`);

export const ActionPlanDiffDocument = graphql(`
  query ActionPlanDiff($from: ID!, $to: ID!) {
    actionPlanDiff(fromVersionId: $from, toVersionId: $to) {
      from {
        id
        number
      }
      to {
        id
        number
      }
      sections {
        lineageId
        status
        from {
          id
          title
        }
        to {
          id
          title
        }
        fields {
          field
          changed
          segments {
            kind
            text
          }
          reasons {
            linkId
            commentId
            excerpt
            outcome
          }
        }
        reasons {
          linkId
        }
      }
      measures {
        measureId
        status
        from {
          id
          number
          title
        }
        to {
          id
          number
          title
        }
        fields {
          field
          changed
          segments {
            kind
            text
          }
          reasons {
            linkId
            commentId
            excerpt
            outcome
          }
        }
        reasons {
          linkId
        }
      }
    }
  }
`);
