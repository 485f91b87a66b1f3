import { graphql } from '../gql';

export const AuditLogDocument = graphql(`
  query AuditLog($filter: AuditLogFilter, $page: Int, $pageSize: Int) {
    auditLog(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        createdAt
        action
        actionLabel
        actorId
        actorName
        subjectType
        subjectId
      }
    }
  }
`);

export const AuditActionsDocument = graphql(`
  query AuditActions {
    auditActions {
      action
      label
    }
  }
`);
