import { registerEnumType } from '@nestjs/graphql';

export enum CommentAudience {
  GROUPS = 'GROUPS',
  AREA_MEMBERS = 'AREA_MEMBERS',
  PUBLIC = 'PUBLIC',
}
registerEnumType(CommentAudience, {
  name: 'CommentAudience',
  description: 'Who may comment in a round.',
  valuesMap: {
    GROUPS: { description: 'Members of the chosen working groups (and the coordinators).' },
    AREA_MEMBERS: { description: 'Everybody with a role in the area.' },
    PUBLIC: { description: 'Anybody: members of the area, and visitors without an account who give their name, e-mail and consent.' },
  },
});

export enum CommentTarget {
  DRAFT = 'DRAFT',
  SECTION = 'SECTION',
  MEASURE = 'MEASURE',
  PASSAGE = 'PASSAGE',
}
registerEnumType(CommentTarget, {
  name: 'CommentTarget',
  description: 'What a comment is about.',
  valuesMap: {
    DRAFT: { description: 'The whole draft.' },
    SECTION: { description: 'A text section.' },
    MEASURE: { description: 'A measure.' },
    PASSAGE: { description: 'A quoted passage of a section or of a measure field.' },
  },
});

export enum CommentStance {
  SUPPORT = 'SUPPORT',
  NEUTRAL = 'NEUTRAL',
  OBJECTION = 'OBJECTION',
}
registerEnumType(CommentStance, {
  name: 'CommentStance',
  description: 'The commenter\'s stance.',
  valuesMap: {
    SUPPORT: { description: 'Supports the text.' },
    NEUTRAL: { description: 'A neutral remark or question.' },
    OBJECTION: { description: 'Objects to the text (připomínka / uwaga).' },
  },
});

export enum SettlementOutcome {
  ACCEPTED = 'ACCEPTED',
  PARTLY_ACCEPTED = 'PARTLY_ACCEPTED',
  REJECTED = 'REJECTED',
  EXPLAINED = 'EXPLAINED',
}
registerEnumType(SettlementOutcome, {
  name: 'SettlementOutcome',
  description: 'How the coordinator settled a comment (vypořádání připomínky).',
  valuesMap: {
    ACCEPTED: { description: 'Accepted: the text is changed accordingly.' },
    PARTLY_ACCEPTED: { description: 'Partly accepted.' },
    REJECTED: { description: 'Rejected, with a justification.' },
    EXPLAINED: { description: 'Explained: no change needed, the commenter gets an explanation.' },
  },
});
