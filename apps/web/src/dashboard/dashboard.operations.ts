import { graphql } from '../gql';

export const DashboardDocument = graphql(`
  query Dashboard {
    myUpcomingMeetings(limit: 5) {
      id
      title
      kind
      startsAt
      endsAt
      timezone
      place
      onlineUrl
      group {
        id
        name
      }
      myInvitation {
        id
        reply
      }
    }
    groups {
      id
      name
      kind
      targetGroup
      memberCount
      members {
        id
        role
        person {
          id
        }
      }
    }
  }
`);
