import { graphql } from '../gql';

export const NotificationFieldsFragment = graphql(`
  fragment NotificationFields on Notification {
    id
    kind
    text
    path
    read
    readAt
    createdAt
    emailState
  }
`);

export const NotificationsDocument = graphql(`
  query Notifications($page: Int!, $pageSize: Int!, $unreadOnly: Boolean!) {
    notifications(page: $page, pageSize: $pageSize, unreadOnly: $unreadOnly) {
      total
      unread
      items {
        ...NotificationFields
      }
    }
  }
`);

export const NotificationEventsDocument = graphql(`
  subscription NotificationEvents {
    notificationEvents {
      kind
      notificationId
      unread
      notification {
        ...NotificationFields
      }
    }
  }
`);

export const MarkNotificationReadDocument = graphql(`
  mutation MarkNotificationRead($id: ID!) {
    markNotificationRead(id: $id) {
      ...NotificationFields
    }
  }
`);

export const MarkAllNotificationsReadDocument = graphql(`
  mutation MarkAllNotificationsRead {
    markAllNotificationsRead
  }
`);

export const NotificationPreferencesDocument = graphql(`
  query NotificationPreferences {
    notificationPreferences {
      kind
      delivery
      isDefault
    }
  }
`);

export const SetNotificationPreferenceDocument = graphql(`
  mutation SetNotificationPreference($input: SetNotificationPreferenceInput!) {
    setNotificationPreference(input: $input) {
      kind
      delivery
      isDefault
    }
  }
`);
