import { graphql } from '../gql';

export const MonitoringPlansDocument = graphql(`
  query MonitoringPlans {
    monitoringPlans {
      id
      year
      title
    }
  }
`);

export const MonitoringOverviewDocument = graphql(`
  query MonitoringOverview($actionPlanId: ID!) {
    monitoringOverview(actionPlanId: $actionPlanId) {
      year
      measures {
        measureId
        number
        title
        organisationName
        status
        report {
          id
          state
          submittedAt
          submittedByName
        }
      }
      organisations {
        organisationId
        name
        measureCount
        submittedCount
        missingCount
        lastReminder {
          id
          createdAt
          remindedByName
        }
      }
    }
  }
`);

export const MonitoringEvaluationDocument = graphql(`
  query MonitoringEvaluation($actionPlanId: ID!) {
    monitoringEvaluation(actionPlanId: $actionPlanId) {
      actionPlanId
      planTitle
      year
      measureCount
      notReportedCount
      stateCounts {
        state
        count
      }
      measures {
        measureId
        number
        title
        organisationName
        state
      }
      indicators {
        indicatorId
        measureNumber
        measureTitle
        name
        unit
        baseline
        target
        value
        percentOfTarget
      }
      money {
        source
        planned
        spent
      }
      plannedTotal
      spentTotal
    }
  }
`);

export const MyProgressReportsDocument = graphql(`
  query MyProgressReports($actionPlanId: ID!) {
    myProgressReports(actionPlanId: $actionPlanId) {
      year
      measures {
        measureId
        year
        number
        title
        organisationName
        status
        indicators {
          id
          name
          unit
          baseline
          target
        }
        plannedCosts {
          source
          amount
        }
        report {
          id
          revision
          state
          narrative
          submittedAt
          updatedAt
          updatedByName
          spending {
            source
            amount
          }
          indicatorValues {
            indicatorId
            value
          }
        }
      }
      reminders {
        id
        createdAt
        organisationName
        remindedByName
        measureIds
      }
    }
  }
`);

export const SaveProgressReportDocument = graphql(`
  mutation SaveProgressReport($input: SaveProgressReportInput!) {
    saveProgressReport(input: $input) {
      id
      revision
      state
      narrative
      submittedAt
      updatedAt
    }
  }
`);

export const RemindOrganisationDocument = graphql(`
  mutation RemindOrganisation($input: RemindOrganisationInput!) {
    remindOrganisation(input: $input) {
      id
      createdAt
    }
  }
`);
