import { ApolloClient, ApolloLink, HttpLink, InMemoryCache } from '@apollo/client';
import { currentLocale } from './i18n';

let areaSlug: string | undefined;

/** The area the pages are about; sent with every request as x-komplan-area. */
export const setCurrentArea = (slug: string | undefined): void => {
  areaSlug = slug;
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

export const apolloClient = new ApolloClient({
  link: ApolloLink.from([headersLink, new HttpLink({ uri: '/graphql', credentials: 'same-origin' })]),
  cache: new InMemoryCache(),
  defaultOptions: { watchQuery: { fetchPolicy: 'cache-and-network' } },
});
