import { registerEnumType } from '@nestjs/graphql';

export enum GroupKind {
  TARGET_GROUP = 'TARGET_GROUP',
  MANAGEMENT_TEAM = 'MANAGEMENT_TEAM',
}
registerEnumType(GroupKind, {
  name: 'GroupKind',
  description: 'A working group for one target group, or the management team of the area.',
});

export enum GroupRole {
  COORDINATOR = 'COORDINATOR',
  MEMBER = 'MEMBER',
}
registerEnumType(GroupRole, {
  name: 'GroupRole',
  description: 'Role of a person in a working group.',
});
