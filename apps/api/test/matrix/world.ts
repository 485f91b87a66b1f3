import { AreaEntity } from '../../src/areas/area.entity';
import { AreaRole } from '../../src/people/area-role.enum';
import { User } from '../fixtures';
import { GqlClient, TestApp } from '../harness';

/**
 * Two planning areas with the same cast in each. Every authorisation case arranges its object in
 * `area`; the cast of `otherArea` holds the same roles but must get nowhere with it.
 */
export interface World {
  t: TestApp;
  area: AreaEntity;
  otherArea: AreaEntity;
  coordinator: User;
  member: User;
  provider: User;
  clerk: User;
  other: { coordinator: User; member: User };
  /** Not logged in, looking at `area` (a new client each time it is read). */
  readonly anonymous: GqlClient;
}

export async function buildWorld(t: TestApp): Promise<World> {
  const area = await t.fixtures.area();
  const otherArea = await t.fixtures.area();
  return {
    t,
    area,
    otherArea,
    coordinator: await t.fixtures.user(area, [AreaRole.COORDINATOR, AreaRole.MEMBER]),
    member: await t.fixtures.user(area, [AreaRole.MEMBER]),
    provider: await t.fixtures.user(area, [AreaRole.PROVIDER]),
    clerk: await t.fixtures.user(area, [AreaRole.COUNCIL_CLERK]),
    other: {
      coordinator: await t.fixtures.user(otherArea, [AreaRole.COORDINATOR, AreaRole.MEMBER]),
      member: await t.fixtures.user(otherArea, [AreaRole.MEMBER]),
    },
    // A fresh client on every use: a client keeps the cookies it is given, so a shared one would
    // stay logged in after a case that logs in (login, acceptInvitation) and stop being anonymous.
    get anonymous() {
      return t.anonymous(area.slug);
    },
  };
}

/** One mutation's authorisation: who may call it on an object of `area`, and who may not. */
export interface MutationCase {
  /** The Mutation field, e.g. "createMeeting". */
  mutation: string;
  document: string;
  /**
   * Arranges a fresh object and returns the variables of a call, the user allowed to make it and
   * the users of the same area who must be refused (wrong role). The same role of the other area
   * is always tried too, unless `crossArea` is false (mutations about one's own account).
   */
  arrange(world: World): Promise<{ variables: Record<string, unknown>; allowed: GqlClient; refused: User[]; crossArea?: User }>;
  /** Public mutations (log-in and the like) that anybody may call. */
  public?: boolean;
  /** Mutations on one's own account (password, language): there is no object of another area. */
  ownAccount?: boolean;
  /**
   * Mutations that create a new object in the area of the request (createPerson, createGroup…):
   * the other area's coordinator rightly may do that in their own area, so only naming ours is tried.
   */
  createsInArea?: boolean;
}
