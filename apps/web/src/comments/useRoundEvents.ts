import type { ApolloCache } from '@apollo/client';
import { useSubscription } from '@apollo/client/react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { CommentThreadFieldsFragment, CommentsQuery, CommentsQueryVariables, CommentQuotesQuery } from '../gql/graphql';
import { CommentQuotesDocument, CommentRoundEventsDocument, CommentsDocument } from './comments.operations';
import { useAuthorName } from './CommentThread';

/** Threads shown beside one section or measure, or under the whole draft. */
export type ThreadListTarget = { kind: 'DRAFT' } | { kind: 'SECTION'; sectionId: string } | { kind: 'MEASURE'; planMeasureId: string };

/** Threads of one target fetched at once (within the query complexity limit). */
export const THREADS_PAGE_SIZE = 100;

/** The variables of the reader's list for a target; the live updates write into exactly this list. */
export function threadListVariables(roundId: string, target: ThreadListTarget): CommentsQueryVariables {
  const filter = target.kind === 'DRAFT' ? { target: 'DRAFT' as const } : target.kind === 'SECTION' ? { sectionId: target.sectionId } : { planMeasureId: target.planMeasureId };
  return { roundId, filter, order: 'OLDEST', page: 1, pageSize: THREADS_PAGE_SIZE };
}

/** The list a first comment belongs to in the reader. */
export function threadTarget(thread: Pick<CommentThreadFieldsFragment, 'target' | 'sectionId' | 'planMeasureId'>): ThreadListTarget {
  if (thread.sectionId) return { kind: 'SECTION', sectionId: thread.sectionId };
  if (thread.planMeasureId) return { kind: 'MEASURE', planMeasureId: thread.planMeasureId };
  return { kind: 'DRAFT' };
}

/**
 * Puts a new first comment into the cached lists that show it (its target's list and, for a
 * passage, the highlighted quotes); lists not loaded yet are left alone and load it themselves.
 */
export function addThreadToCache(cache: ApolloCache, roundId: string, thread: CommentThreadFieldsFragment): void {
  cache.updateQuery<CommentsQuery, CommentsQueryVariables>({ query: CommentsDocument, variables: threadListVariables(roundId, threadTarget(thread)) }, (data) => {
    if (!data || data.comments.items.some((item) => item.id === thread.id)) return undefined;
    return { comments: { ...data.comments, total: data.comments.total + 1, items: [...data.comments.items, thread] } };
  });
  if (thread.target === 'PASSAGE') {
    cache.updateQuery<CommentQuotesQuery>({ query: CommentQuotesDocument, variables: { roundId, page: 1 } }, (data) => {
      if (!data || data.comments.items.some((item) => item.id === thread.id)) return undefined;
      const quote = {
        __typename: 'Comment' as const,
        id: thread.id,
        hidden: thread.hidden,
        sectionId: thread.sectionId,
        planMeasureId: thread.planMeasureId,
        quoteField: thread.quoteField,
        quoteExact: thread.quoteExact,
        quotePrefix: thread.quotePrefix,
        quoteSuffix: thread.quoteSuffix,
        quoteStart: thread.quoteStart,
        quoteEnd: thread.quoteEnd,
      };
      return { comments: { ...data.comments, total: data.comments.total + 1, items: [...data.comments.items, quote] } };
    });
  }
}

export type LiveState = 'connecting' | 'live' | 'offline';

/**
 * Follows a round while the page is open: new threads go into their lists, replies, edits,
 * moderation, settlement and the round's counts update the cache by id (the event carries the
 * whole thread and the round). Returns the connection state and the last announcement for a
 * polite live region.
 */
export function useRoundEvents(roundId: string | null): { state: LiveState; announcement: string } {
  const { t } = useTranslation('comments');
  const authorName = useAuthorName();
  const [state, setState] = useState<LiveState>('connecting');
  const [announcement, setAnnouncement] = useState('');
  useSubscription(CommentRoundEventsDocument, {
    variables: { roundId: roundId ?? '' },
    skip: !roundId,
    onData: ({ client, data }) => {
      const event = data.data?.commentRoundEvents;
      if (!event || !roundId) return;
      setState('live');
      if (event.kind === 'POSTED' && event.thread) {
        addThreadToCache(client.cache, roundId, event.thread);
        setAnnouncement(t('reader.announcePosted', { author: authorName(event.thread.author), number: event.thread.number ?? '' }));
      } else if (event.kind === 'REPLIED' && event.comment) {
        setAnnouncement(t('reader.announceReplied', { author: authorName(event.comment.author), number: event.thread?.number ?? '' }));
      }
    },
    onError: () => setState('offline'),
    onComplete: () => setState('offline'),
  });
  return { state: roundId ? state : 'offline', announcement };
}
