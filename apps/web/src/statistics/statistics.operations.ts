import { graphql } from '../gql';

export const ParticipationStatisticsDocument = graphql(`
  query ParticipationStatistics($from: String!, $to: String!, $groupId: ID, $projectId: ID) {
    participationStatistics(from: $from, to: $to, groupId: $groupId, projectId: $projectId) {
      from
      to
      groupId
      projectId
      meetings
      meetingsByKind {
        kind
        count
      }
      distinctPersons
      distinctOrganisations
      invited
      present
      guests
      attendanceRate
      personHours
    }
  }
`);

export const StatisticsGroupsDocument = graphql(`
  query StatisticsGroups {
    groups(includeArchived: true) {
      id
      name
      archivedAt
    }
  }
`);
