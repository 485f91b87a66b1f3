import { graphql } from '../gql';

// Fragments: the shape of each part of a meeting, asked for the same way by every page and mutation.
export const AgendaItemFieldsFragment = graphql(`
  fragment AgendaItemFields on AgendaItem {
    id
    position
    title
    notes
    durationMinutes
    presenter {
      id
      fullName
    }
  }
`);

/** What an agenda item points at (members of the area only): a measure, a development intention. */
export const AgendaItemLinkFieldsFragment = graphql(`
  fragment AgendaItemLinkFields on AgendaItem {
    id
    intentionId
    measure {
      id
      number
      title
    }
    intention {
      id
      organisation {
        id
        name
      }
      service {
        id
        name
      }
      newServiceName
    }
  }
`);

export const InvitationFieldsFragment = graphql(`
  fragment InvitationFields on MeetingInvitation {
    id
    reply
    repliedAt
    attendance
    person {
      id
      fullName
    }
    organisation {
      id
      name
    }
  }
`);

export const AttendanceSummaryFieldsFragment = graphql(`
  fragment AttendanceSummaryFields on AttendanceSummary {
    invited
    attending
    declined
    maybe
    pending
    present
    excused
    absent
    guests
  }
`);

export const MinutesFieldsFragment = graphql(`
  fragment MinutesFields on Minutes {
    id
    body
    status
    version
    publishedAt
    updatedAt
    updatedBy {
      id
      fullName
    }
  }
`);

export const DecisionFieldsFragment = graphql(`
  fragment DecisionFields on Decision {
    id
    position
    text
    createdAt
  }
`);

export const MeetingsDocument = graphql(`
  query Meetings($filter: MeetingFilter, $page: Int, $pageSize: Int) {
    meetings(filter: $filter, page: $page, pageSize: $pageSize) {
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
        isPublic
        cancelledAt
        groupId
        group {
          id
          name
        }
      }
    }
  }
`);

export const MeetingGroupsDocument = graphql(`
  query MeetingGroups {
    groups {
      id
      name
      kind
    }
  }
`);

export const MeetingPeopleDocument = graphql(`
  query MeetingPeople($search: String, $pageSize: Int) {
    people(search: $search, pageSize: $pageSize) {
      total
      items {
        id
        fullName
        email
      }
    }
  }
`);

export const MeetingOrganisationsDocument = graphql(`
  query MeetingOrganisations($search: String) {
    organisations(search: $search, pageSize: 50) {
      items {
        id
        name
      }
    }
  }
`);

export const MeetingDocument = graphql(`
  query Meeting($id: ID!) {
    meeting(id: $id) {
      id
      groupId
      group {
        id
        name
        kind
      }
      kind
      title
      description
      startsAt
      endsAt
      timezone
      place
      onlineUrl
      capacity
      isPublic
      cancelledAt
      canManage
      projectId
      project {
        id
        name
        registrationNumber
      }
      registrationOpen
      registrationDeadline
      registrationAvailable
      registered
      freePlaces
      agenda {
        ...AgendaItemFields
        ...AgendaItemLinkFields
      }
      decisions {
        ...DecisionFields
      }
      invitations {
        ...InvitationFields
      }
      myInvitation {
        id
        reply
        repliedAt
        attendance
        person {
          id
          fullName
        }
      }
      guests {
        id
        fullName
        organisationName
        organisation {
          id
          name
        }
      }
      minutes {
        ...MinutesFields
      }
      attendanceSummary {
        ...AttendanceSummaryFields
      }
    }
  }
`);

export const CreateMeetingDocument = graphql(`
  mutation CreateMeeting($input: CreateMeetingInput!) {
    createMeeting(input: $input) {
      id
      groupId
    }
  }
`);

export const UpdateMeetingDocument = graphql(`
  mutation UpdateMeeting($input: UpdateMeetingInput!) {
    updateMeeting(input: $input) {
      id
      kind
      title
      description
      startsAt
      endsAt
      timezone
      place
      onlineUrl
      capacity
      isPublic
      projectId
    }
  }
`);

export const CancelMeetingDocument = graphql(`
  mutation CancelMeeting($id: ID!) {
    cancelMeeting(id: $id) {
      id
      cancelledAt
    }
  }
`);

export const SetAgendaDocument = graphql(`
  mutation SetAgenda($input: SetAgendaInput!) {
    setAgenda(input: $input) {
      id
      agenda {
        ...AgendaItemFields
        ...AgendaItemLinkFields
      }
    }
  }
`);

export const InviteToMeetingDocument = graphql(`
  mutation InviteToMeeting($input: InviteToMeetingInput!) {
    inviteToMeeting(input: $input) {
      id
      invitations {
        ...InvitationFields
      }
      attendanceSummary {
        ...AttendanceSummaryFields
      }
    }
  }
`);

export const ReplyToInvitationDocument = graphql(`
  mutation ReplyToInvitation($input: ReplyToInvitationInput!) {
    replyToInvitation(input: $input) {
      id
      reply
      repliedAt
    }
  }
`);

export const RecordAttendanceDocument = graphql(`
  mutation RecordAttendance($input: RecordAttendanceInput!) {
    recordAttendance(input: $input) {
      id
      invitations {
        id
        attendance
        organisation {
          id
          name
        }
      }
      attendanceSummary {
        ...AttendanceSummaryFields
      }
    }
  }
`);

export const AddMeetingGuestDocument = graphql(`
  mutation AddMeetingGuest($input: AddMeetingGuestInput!) {
    addMeetingGuest(input: $input) {
      id
      fullName
      organisationName
      organisation {
        id
        name
      }
    }
  }
`);

export const RemoveMeetingGuestDocument = graphql(`
  mutation RemoveMeetingGuest($input: RemoveMeetingGuestInput!) {
    removeMeetingGuest(input: $input)
  }
`);

export const SaveMinutesDocument = graphql(`
  mutation SaveMinutes($input: SaveMinutesInput!) {
    saveMinutes(input: $input) {
      ...MinutesFields
    }
  }
`);

export const PublishMinutesDocument = graphql(`
  mutation PublishMinutes($input: PublishMinutesInput!) {
    publishMinutes(input: $input) {
      id
      body
      status
      version
      publishedAt
      updatedAt
    }
  }
`);

export const AddDecisionDocument = graphql(`
  mutation AddDecision($input: AddDecisionInput!) {
    addDecision(input: $input) {
      ...DecisionFields
    }
  }
`);

export const RemoveDecisionDocument = graphql(`
  mutation RemoveDecision($input: RemoveDecisionInput!) {
    removeDecision(input: $input)
  }
`);

/** Development intentions the viewer may see, compactly, for the agenda's picker. */
export const IntentionOptionsDocument = graphql(`
  query IntentionOptions($pageSize: Int!) {
    intentions(page: 1, pageSize: $pageSize) {
      total
      items {
        id
        startYear
        organisation {
          id
          name
        }
        service {
          id
          name
        }
        newServiceName
      }
    }
  }
`);
