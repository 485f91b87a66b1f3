import type { OrganisationSide } from '../gql/graphql';

/** Badge colours of the three sides (always shown with the side's name, never alone). */
export const SIDE_COLORS: Record<OrganisationSide, string> = { COMMISSIONER: 'indigo', PROVIDER: 'teal', USER: 'orange' };
