import { graphql } from '../gql';

export const OrganisationsDocument = graphql(`
  query Organisations($search: String, $side: OrganisationSide, $page: Int, $pageSize: Int) {
    organisations(search: $search, side: $side, page: $page, pageSize: $pageSize) {
      total
      items {
        id
        name
        side
        registrationNumber
        members {
          id
        }
      }
    }
  }
`);

/** Options of the organisation pickers (person form, group membership). */
export const OrganisationOptionsDocument = graphql(`
  query OrganisationOptions($search: String, $pageSize: Int) {
    organisations(search: $search, page: 1, pageSize: $pageSize) {
      total
      items {
        id
        name
        side
      }
    }
  }
`);

export const OrganisationDocument = graphql(`
  query Organisation($id: ID!) {
    organisation(id: $id) {
      id
      name
      side
      registrationNumber
      website
      members {
        id
        position
        since
        until
        person {
          id
          fullName
          email
        }
      }
    }
  }
`);

export const CreateOrganisationDocument = graphql(`
  mutation CreateOrganisation($input: CreateOrganisationInput!) {
    createOrganisation(input: $input) {
      id
      name
    }
  }
`);

export const UpdateOrganisationDocument = graphql(`
  mutation UpdateOrganisation($input: UpdateOrganisationInput!) {
    updateOrganisation(input: $input) {
      id
      name
      side
      registrationNumber
      website
    }
  }
`);

export const AddOrganisationMemberDocument = graphql(`
  mutation AddOrganisationMember($input: AddOrganisationMemberInput!) {
    addOrganisationMember(input: $input) {
      id
      position
      since
      until
    }
  }
`);

export const EndOrganisationMembershipDocument = graphql(`
  mutation EndOrganisationMembership($input: EndOrganisationMembershipInput!) {
    endOrganisationMembership(input: $input) {
      id
      until
    }
  }
`);
