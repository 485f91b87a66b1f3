import { buildSchema, parse, validate } from 'graphql';
import { aliasLimitRule, depthLimitRule, LIMITS } from './limits';

const schema = buildSchema(`
  type Node { id: ID!, child: Node }
  type Query { node: Node }
`);

/** A query exactly `depth` fields deep: node, then child levels, then id. */
const nested = (depth: number): string => {
  let selection = 'id';
  for (let i = 2; i < depth; i += 1) selection = `child { ${selection} }`;
  return `{ node { ${selection} } }`;
};

const errorsOf = (query: string) => validate(schema, parse(query), [depthLimitRule, aliasLimitRule]).map((e) => e.message);

describe('GraphQL limits', () => {
  it('accepts a query at the depth limit and refuses one level deeper', () => {
    expect(errorsOf(nested(LIMITS.depth))).toEqual([]);
    expect(errorsOf(nested(LIMITS.depth + 1))).toEqual([`Query depth ${LIMITS.depth + 1} exceeds the limit of ${LIMITS.depth}.`]);
  });

  it('counts depth through fragments and does not loop on cyclic spreads', () => {
    const viaFragment = `query { node { ...F } } fragment F on Node { child { child { child { child { child { child { child { child { child { child { id } } } } } } } } } } }`;
    expect(errorsOf(viaFragment)).toHaveLength(1);
  });

  it('refuses more aliases than allowed', () => {
    const aliases = (count: number) => `{ ${Array.from({ length: count }, (_, i) => `a${i}: node { id }`).join(' ')} }`;
    expect(errorsOf(aliases(LIMITS.aliases))).toEqual([]);
    expect(errorsOf(aliases(LIMITS.aliases + 1))).toEqual([`More than ${LIMITS.aliases} aliases in one request.`]);
  });
});
