import { graphql } from '../gql';

export const TrainingCardFieldsFragment = graphql(`
  fragment TrainingCardFields on Meeting {
    id
    kind
    title
    startsAt
    endsAt
    timezone
    place
    onlineUrl
    capacity
    registered
    freePlaces
    registrationOpen
    registrationDeadline
    registrationAvailable
    cancelledAt
    group {
      id
      name
    }
    myInvitation {
      id
      reply
      attendance
    }
  }
`);

export const TrainingsDocument = graphql(`
  query Trainings($past: Boolean, $page: Int, $pageSize: Int) {
    trainings(past: $past, page: $page, pageSize: $pageSize) {
      total
      items {
        ...TrainingCardFields
      }
    }
  }
`);

export const MyTrainingsDocument = graphql(`
  query MyTrainings($page: Int, $pageSize: Int) {
    myTrainings(page: $page, pageSize: $pageSize) {
      total
      items {
        ...TrainingCardFields
      }
    }
  }
`);

export const RegisterForMeetingDocument = graphql(`
  mutation RegisterForMeeting($input: MeetingRegistrationInput!) {
    registerForMeeting(input: $input) {
      id
      reply
    }
  }
`);

export const CancelMeetingRegistrationDocument = graphql(`
  mutation CancelMeetingRegistration($input: MeetingRegistrationInput!) {
    cancelMeetingRegistration(input: $input) {
      id
      reply
    }
  }
`);

export const SetMeetingRegistrationDocument = graphql(`
  mutation SetMeetingRegistration($input: SetMeetingRegistrationInput!) {
    setMeetingRegistration(input: $input) {
      id
      registrationOpen
      registrationDeadline
      registrationAvailable
    }
  }
`);

export const FundedProjectFieldsFragment = graphql(`
  fragment FundedProjectFields on FundedProject {
    id
    name
    registrationNumber
    startsOn
    endsOn
    description
  }
`);

export const FundedProjectsDocument = graphql(`
  query FundedProjects($page: Int, $pageSize: Int) {
    fundedProjects(page: $page, pageSize: $pageSize) {
      total
      items {
        ...FundedProjectFields
      }
    }
  }
`);

export const CreateFundedProjectDocument = graphql(`
  mutation CreateFundedProject($input: CreateFundedProjectInput!) {
    createFundedProject(input: $input) {
      ...FundedProjectFields
    }
  }
`);

export const UpdateFundedProjectDocument = graphql(`
  mutation UpdateFundedProject($input: UpdateFundedProjectInput!) {
    updateFundedProject(input: $input) {
      ...FundedProjectFields
    }
  }
`);

export const DeleteFundedProjectDocument = graphql(`
  mutation DeleteFundedProject($id: ID!) {
    deleteFundedProject(id: $id)
  }
`);
