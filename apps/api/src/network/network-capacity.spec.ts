import { plannedCapacity } from './network.service';

describe('planned capacity of the network', () => {
  it.each([
    [100, 20, { proposed: 120, change: 20 }],
    [100, -30, { proposed: 70, change: -30 }],
    [100, -100, { proposed: 0, change: -100 }],
    // A termination and a decrease of the same service: the network cannot fall below nothing.
    [100, -130, { proposed: 0, change: -100 }],
    [0, 25, { proposed: 25, change: 25 }],
  ])('current %i with changes %i', (current, delta, expected) => {
    expect(plannedCapacity(current, delta)).toEqual(expected);
  });
});
