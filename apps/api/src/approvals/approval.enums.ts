import { registerEnumType } from '@nestjs/graphql';

export enum VoteChoice {
  APPROVE = 'APPROVE',
  APPROVE_WITH_RESERVATIONS = 'APPROVE_WITH_RESERVATIONS',
  REJECT = 'REJECT',
  ABSTAIN = 'ABSTAIN',
}
registerEnumType(VoteChoice, {
  name: 'VoteChoice',
  description: 'A vote in an approval round.',
  valuesMap: {
    APPROVE: { description: 'Approve.' },
    APPROVE_WITH_RESERVATIONS: { description: 'Approve with reservations (counts as approval; the reservation is recorded).' },
    REJECT: { description: 'Reject.' },
    ABSTAIN: { description: 'Abstain (counts for the quorum, not for or against).' },
  },
});

export enum ApprovalResult {
  APPROVED = 'APPROVED',
  REJECTED = 'REJECTED',
  NO_QUORUM = 'NO_QUORUM',
}
registerEnumType(ApprovalResult, {
  name: 'ApprovalResult',
  description: 'The result of a closed approval round.',
  valuesMap: {
    APPROVED: { description: 'Quorum reached and enough approvals.' },
    REJECTED: { description: 'Quorum reached but not enough approvals.' },
    NO_QUORUM: { description: 'Too few eligible voters voted.' },
  },
});

export enum ApprovalRoundPhase {
  UPCOMING = 'UPCOMING',
  OPEN = 'OPEN',
  CLOSED = 'CLOSED',
}
registerEnumType(ApprovalRoundPhase, {
  name: 'ApprovalRoundPhase',
  description: 'Where an approval round is, by the server clock.',
  valuesMap: {
    UPCOMING: { description: 'Not open yet: votes are taken from opensAt.' },
    OPEN: { description: 'Votes are taken and may be changed.' },
    CLOSED: { description: 'No more votes: past closesAt, or closed by the coordinator (then the result is stored).' },
  },
});
