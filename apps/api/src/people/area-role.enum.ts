import { registerEnumType } from '@nestjs/graphql';

/** What a person may do in a planning area (beyond the groups they coordinate). */
export enum AreaRole {
  /** Process coordinator (koordinátor KPSS): runs the whole area. */
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
  PROVIDER = 'PROVIDER',
  COUNCIL_CLERK = 'COUNCIL_CLERK',
}
registerEnumType(AreaRole, {
  name: 'AreaRole',
  description: 'Role of a person in a planning area.',
  valuesMap: {
    COORDINATOR: { description: 'Process coordinator of the area.' },
    MEMBER: { description: 'Member taking part in working groups.' },
    PROVIDER: { description: 'Staff of a social-service provider submitting services and intentions.' },
    COUNCIL_CLERK: { description: 'Clerk recording the council decisions.' },
  },
});
