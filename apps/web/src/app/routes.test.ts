import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { RouteObject } from 'react-router';
import { router } from './routes';

/** Every route as its full pattern ("/a/:area/groups/:groupId"); an index route is its parent's. */
function patterns(routes: readonly RouteObject[], parent = ''): string[] {
  return routes.flatMap((route) => {
    const own = route.path === undefined ? parent : route.path.startsWith('/') || route.path === '*' ? route.path : `${parent.replace(/\/$/, '')}/${route.path}`;
    const self = route.index || (route.path !== undefined && (route.element !== undefined || route.lazy !== undefined)) ? [own || '/'] : [];
    return [...self, ...patterns(route.children ?? [], own)];
  });
}

/** The pages the accessibility browser test visits (apps/web-e2e/src/support/pages.ts), as written there. */
const listed = [...readFileSync(join(__dirname, '../../../web-e2e/src/support/pages.ts'), 'utf8').matchAll(/route: '([^']+)'/g)].map((match) => match[1]);

describe('the accessibility test visits every page', () => {
  const routes = [...new Set(patterns(router.routes))].sort();

  it('reads the routes of the app', () => {
    expect(routes).toEqual(expect.arrayContaining(['/', '/login', '/a/:area', '/a/:area/groups/:groupId', '/p/:area/plans/:planId', '*']));
  });

  it('lists every route in apps/web-e2e/src/support/pages.ts', () => {
    expect(routes.filter((route) => !listed.includes(route))).toEqual([]);
  });

  it('lists no route the app does not have', () => {
    expect([...new Set(listed)].filter((route) => route && !routes.includes(route))).toEqual([]);
  });
});
