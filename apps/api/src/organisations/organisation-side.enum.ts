import { registerEnumType } from '@nestjs/graphql';

/** The three sides of community planning. */
export enum OrganisationSide {
  COMMISSIONER = 'COMMISSIONER',
  PROVIDER = 'PROVIDER',
  USER = 'USER',
}
registerEnumType(OrganisationSide, {
  name: 'OrganisationSide',
  description: 'Side of community planning an organisation represents.',
  valuesMap: {
    COMMISSIONER: { description: 'Commissioner: the municipality or region (zadavatel).' },
    PROVIDER: { description: 'Provider of social services (poskytovatel).' },
    USER: { description: 'Users of services and the public (uživatel).' },
  },
});
