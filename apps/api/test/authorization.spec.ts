import { DiscoveryService, MetadataScanner, ModulesContainer, Reflector } from '@nestjs/core';
import { RESOLVER_TYPE_METADATA } from '@nestjs/graphql/dist/graphql.constants';
import { AUTHORIZE_KEY } from '../src/access/authorize.decorator';
import { TestApp } from './harness';
import { MUTATION_CASES } from './matrix/cases';
import { buildWorld, World } from './matrix/world';

describe('authorisation', () => {
  let t: TestApp;
  let world: World;

  beforeAll(async () => {
    t = await TestApp.start();
    world = await buildWorld(t);
  });
  afterAll(() => t.stop());

  it('declares a rule on every query and mutation resolver', () => {
    // The app does not import DiscoveryModule, so the service is built here over the app's modules.
    const discovery = new DiscoveryService(t.app.get(ModulesContainer));
    const scanner = t.app.get(MetadataScanner);
    const reflector = t.app.get(Reflector);
    const undeclared: string[] = [];
    let handlers = 0;
    for (const wrapper of discovery.getProviders()) {
      const instance = wrapper.instance as Record<string, unknown> | undefined;
      if (!instance || typeof instance !== 'object') continue;
      const prototype = Object.getPrototypeOf(instance) as object;
      for (const name of scanner.getAllMethodNames(prototype)) {
        const method = (prototype as Record<string, unknown>)[name] as () => unknown;
        const type = reflector.get<string | undefined>(RESOLVER_TYPE_METADATA, method);
        if (type !== 'Query' && type !== 'Mutation') continue;
        handlers += 1;
        if (!reflector.get(AUTHORIZE_KEY, method)) undeclared.push(`${wrapper.name}.${name}`);
      }
    }
    expect(handlers).toBeGreaterThan(5);
    expect(undeclared).toEqual([]);
  });

  it('has an authorisation case for every mutation of the schema', async () => {
    const data = await t.anonymous().ok<{ __schema: { mutationType: { fields: { name: string }[] } } }>(
      `{ __schema { mutationType { fields { name } } } }`,
    );
    const inSchema = data.__schema.mutationType.fields.map((field) => field.name).sort();
    const covered = MUTATION_CASES.map((c) => c.mutation).sort();
    expect(covered).toEqual(inSchema);
  });

  describe.each(MUTATION_CASES.map((c) => [c.mutation, c] as const))('%s', (_name, testCase) => {
    it(testCase.public ? 'is open to the public' : 'is refused to the wrong role, the anonymous and the other area', async () => {
      const { variables, allowed, refused, crossArea } = await testCase.arrange(world);
      if (!testCase.public) {
        for (const user of refused) {
          const error = await user.client.error(testCase.document, variables);
          expect({ who: user.person.roles, code: error.extensions?.code }).toEqual({ who: user.person.roles, code: 'FORBIDDEN' });
        }
        const anonymous = await world.anonymous.error(testCase.document, variables);
        expect(anonymous.extensions?.code).toBe('UNAUTHENTICATED');
        if (!testCase.ownAccount) {
          const stranger = crossArea ?? world.other.coordinator;
          // The same role in another area: neither from its own area nor by naming ours.
          if (!testCase.createsInArea) {
            const fromOwnArea = await stranger.client.error(testCase.document, variables);
            expect(fromOwnArea.extensions?.code).toBe('FORBIDDEN');
          }
          const namingOurs = await stranger.client.withArea(world.area.slug).error(testCase.document, variables);
          expect(namingOurs.extensions?.code).toBe('FORBIDDEN');
        }
      }
      const result = await allowed.request(testCase.document, variables);
      expect(result.errors).toBeUndefined();
    });
  });
});
