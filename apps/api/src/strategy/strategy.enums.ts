import { registerEnumType } from '@nestjs/graphql';

export enum PlanStatus {
  DRAFT = 'DRAFT',
  ADOPTED = 'ADOPTED',
}
registerEnumType(PlanStatus, {
  name: 'PlanStatus',
  description: 'Whether the medium-term plan is still being prepared or has been adopted.',
  valuesMap: {
    DRAFT: { description: 'Being prepared: measures are proposed, discussed and accepted.' },
    ADOPTED: { description: 'Adopted by the council: accepted measures are carried out and evaluated.' },
  },
});
