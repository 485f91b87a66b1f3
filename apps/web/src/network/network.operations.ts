import { graphql } from '../gql';

export const ServiceNetworkDocument = graphql(`
  query ServiceNetwork($serviceType: ServiceType, $targetGroup: TargetGroup) {
    serviceNetwork(serviceType: $serviceType, targetGroup: $targetGroup) {
      rows {
        serviceType
        section
        targetGroup
        unit
        services
        current
        proposed
        change
        intentions
      }
      types {
        serviceType
        section
        unit
        current
        proposed
        change
      }
      totals {
        unit
        current
        proposed
        change
      }
    }
    serviceTypes {
      type
      section
      name
    }
  }
`);
