import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { GraphQLWsLink } from '@apollo/client/link/subscriptions';
import { OperationTypeNode } from 'graphql';
import { createClient } from 'graphql-ws';
import { currentLocale } from './i18n';

let areaSlug: string | undefined;

/**
 * Live updates (new comments, votes) come over a WebSocket on /graphql. The browser sends the
 * session cookie with the socket's opening request; the area and language, which a socket cannot
 * carry as headers, go as connection parameters. The socket opens with the first subscription,
 * closes with the last, and reconnects after a network break.
 */
const socket = createClient({
  url: () => `${window.location.protocol === 'https:' ? 'wss' : 'ws'}://${window.location.host}/graphql`,
  connectionParams: () => ({ area: areaSlug, locale: currentLocale() }),
  lazy: true,
  retryAttempts: Infinity,
  shouldRetry: () => true,
  retryWait: async (retries) => new Promise((resolve) => setTimeout(resolve, Math.min(1000 * 2 ** retries, 15_000))),
});

/** The area the pages are about; sent with every request as x-komplan-area. */
export const setCurrentArea = (slug: string | undefined): void => {
  if (slug === areaSlug) return;
  areaSlug = slug;
  // Live subscriptions of the previous area must not go on under its name: reconnect.
  socket.terminate();
};
export const currentArea = (): string | undefined => areaSlug;

const headersLink = new ApolloLink((operation, forward) => {
  operation.setContext(({ headers = {} }: { headers?: Record<string, string> }) => ({
    headers: {
      ...headers,
      'x-komplan-locale': currentLocale(),
      ...(areaSlug ? { 'x-komplan-area': areaSlug } : {}),
    },
  }));
  return forward(operation);
});

const isSubscription = (operation: ApolloLink.Operation): boolean =>
  operation.query.definitions.some((definition) => definition.kind === 'OperationDefinition' && definition.operation === OperationTypeNode.SUBSCRIPTION);

export const apolloClient = new ApolloClient({
  link: ApolloLink.split(
    isSubscription,
    new GraphQLWsLink(socket),
    ApolloLink.from([headersLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  ),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
