import { graphql } from '../gql';

export const PublicMeetingsDocument = graphql(`
  query PublicMeetings($areaSlug: String!, $past: Boolean, $page: Int, $pageSize: Int) {
    publicMeetings(areaSlug: $areaSlug, past: $past, page: $page, pageSize: $pageSize) {
      total
      items {
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
      }
    }
  }
`);

export const PublicMeetingDocument = graphql(`
  query PublicMeeting($areaSlug: String!, $id: ID!) {
    publicMeeting(areaSlug: $areaSlug, id: $id) {
      id
      title
      kind
      description
      startsAt
      endsAt
      timezone
      place
      onlineUrl
      cancelledAt
      group {
        id
        name
      }
      agenda {
        ...AgendaItemFields
      }
      decisions {
        id
        position
        text
      }
      minutes {
        id
        body
        status
        publishedAt
      }
    }
  }
`);
