import { graphql } from '../gql';

export const ServiceFieldsFragment = graphql(`
  fragment ServiceFields on SocialService {
    id
    type
    name
    form
    capacity
    capacityUnit
    targetGroups
    registrationId
    areaServed
    contact
    organisation {
      id
      name
    }
  }
`);

/** The Act's catalogue of service types with the forms and units each allows. */
export const ServiceTypesDocument = graphql(`
  query ServiceTypes {
    serviceTypes {
      type
      section
      name
      forms
      units
    }
  }
`);

export const ServicesDocument = graphql(`
  query Services($filter: ServiceFilter, $page: Int!, $pageSize: Int!) {
    services(filter: $filter, page: $page, pageSize: $pageSize) {
      total
      items {
        ...ServiceFields
      }
    }
  }
`);

/** The viewer's organisations: providers register services and intentions for them. */
export const MyOrganisationsDocument = graphql(`
  query MyOrganisations {
    me {
      person {
        id
        roles
        organisations {
          id
          organisation {
            id
            name
            side
          }
        }
      }
    }
  }
`);

export const CreateServiceDocument = graphql(`
  mutation CreateService($input: CreateServiceInput!) {
    createService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const UpdateServiceDocument = graphql(`
  mutation UpdateService($input: UpdateServiceInput!) {
    updateService(input: $input) {
      ...ServiceFields
    }
  }
`);

export const ImportServicesDocument = graphql(`
  mutation ImportServices($input: ImportServicesInput!) {
    importServices(input: $input) {
      imported
      errors {
        row
        field
        message
      }
    }
  }
`);
