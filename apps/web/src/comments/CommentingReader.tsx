import { useQuery } from '@apollo/client/react';
import { Affix, Alert, Badge, Button, CloseButton, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useVirtualizer } from '@tanstack/react-virtual';
import { type ReactNode, useCallback, useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useLocation } from 'react-router';
import { VersionDocument, type AsideTarget, type VersionView } from '../action-plans/VersionDocument';
import type { CommentRoundFieldsFragment, CommentThreadFieldsFragment } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { CommentComposer, type ComposerTarget } from './CommentComposer';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { CommentThread } from './CommentThread';
import { CommentLocationDocument, CommentQuotesDocument, CommentRoundsDocument, CommentsDocument } from './comments.operations';
import { highlightPassages } from './passage-anchoring';
import { PhaseBadge } from './PhaseBadge';
import { threadListVariables, type ThreadListTarget, useRoundEvents, type LiveState } from './useRoundEvents';
import { usePassageSelection } from './usePassageSelection';

/** Above this many threads a list scrolls in its own virtualised box (only the rows in view are in the page). */
const VIRTUAL_FROM = 25;

/** The element of a thread, `#comment-<id>` (the diff page and the highlights link here). */
export const commentAnchor = (id: string) => `comment-${id}`;

/**
 * Scrolls to a thread and focuses it; when its list is not on the page yet (loaded lazily or
 * virtualised), `approach` brings the list near first and the thread is awaited for a few seconds.
 */
function revealComment(id: string, approach?: () => void): void {
  const find = () => document.getElementById(commentAnchor(id));
  const show = (element: HTMLElement) => {
    element.scrollIntoView({ block: 'center' });
    element.focus({ preventScroll: true });
  };
  const found = find();
  if (found) return show(found);
  approach?.();
  const until = Date.now() + 5000;
  const retry = () => {
    const element = find();
    if (element) show(element);
    else if (Date.now() < until) window.setTimeout(retry, 100);
  };
  window.setTimeout(retry, 100);
}

/** The round shown in the reader: the open one the viewer may comment in, else an open one, else the latest (read-only). */
function currentRound(rounds: readonly CommentRoundFieldsFragment[]): CommentRoundFieldsFragment | null {
  const open = rounds.filter((round) => round.phase === 'OPEN');
  const latest = [...rounds].sort((a, b) => b.opensAt.localeCompare(a.opensAt))[0];
  return open.find((round) => round.viewerMayComment) ?? open[0] ?? latest ?? null;
}

/**
 * A version of the action plan with its comment round (the open one, else the latest, read-only): the round's banner (live), comments
 * beside each section and measure (loaded when they come near the screen), comments on the whole
 * draft, and commenting on a selected passage, whose saved quotes are highlighted in the text.
 * Without any round it is the plain document.
 */
export function CommentingReader({ version }: { version: VersionView }) {
  const rounds = useQuery(CommentRoundsDocument, { variables: { versionId: version.id }, skip: version.isDraft });
  const round = currentRound(rounds.data?.commentRounds ?? []);
  if (!round) return <VersionDocument version={version} />;
  return <RoundReader version={version} round={round} />;
}

export function RoundReader({ version, round }: { version: VersionView; round: CommentRoundFieldsFragment }) {
  const { t } = useTranslation('comments');
  const timeZone = useAreaTimezone();
  const location = useLocation();
  const container = useRef<HTMLDivElement>(null);
  const { selection, clear } = usePassageSelection(container);
  const [composing, setComposing] = useState<ComposerTarget | null>(null);
  const live = useRoundEvents(round.id);
  const canComment = round.viewerMayComment;
  const quotes = useQuery(CommentQuotesDocument, { variables: { roundId: round.id, page: 1 } });
  const quoteItems = quotes.data?.comments.items;

  // The saved passages as marks in the text, placed again whenever the quotes change.
  useEffect(() => {
    const element = container.current;
    if (!element || !quoteItems) return;
    highlightPassages(
      element,
      quoteItems.filter((item) => !item.hidden),
    );
    for (const mark of Array.from(element.querySelectorAll<HTMLElement>('mark[data-comment-id]'))) {
      mark.tabIndex = 0;
      mark.setAttribute('role', 'link');
      mark.setAttribute('aria-label', t('reader.highlightLabel', { text: mark.textContent ?? '' }));
      mark.style.cursor = 'pointer';
      mark.style.textDecoration = 'underline';
    }
  }, [quoteItems, version, t]);

  const openMark = useCallback((target: EventTarget | null) => {
    const mark = target instanceof Element ? target.closest('mark[data-comment-id]') : null;
    if (!mark) return false;
    const id = mark.getAttribute('data-comment-id') ?? '';
    const block = mark.closest('[id^="section-"], [id^="measure-"]');
    revealComment(id, () => block?.querySelector('[data-thread-list]')?.scrollIntoView({ block: 'center' }));
    return true;
  }, []);

  // #comment-<id> in the address (e.g. from the diff): find the thread's section or measure, then the thread.
  const hashId = location.hash.startsWith('#comment-') ? location.hash.slice('#comment-'.length) : null;
  const located = useQuery(CommentLocationDocument, { variables: { id: hashId ?? '' }, skip: !hashId });
  const target = located.data?.comment;
  useEffect(() => {
    if (!target) return;
    const threadId = target.threadId ?? target.id;
    const block = target.sectionId ? document.getElementById(`section-${target.sectionId}`) : target.planMeasureId ? document.getElementById(`measure-${target.planMeasureId}`) : null;
    revealComment(threadId, () => (block ?? document.getElementById('draft-comments'))?.scrollIntoView({ block: 'start' }));
  }, [target]);

  // Where the keyboard focus was when the composer opened, to go back there when it is cancelled.
  const opener = useRef<HTMLElement | null>(null);
  const startComposing = (next: ComposerTarget) => {
    opener.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setComposing(next);
    window.setTimeout(() => {
      const composerBox = document.getElementById('comment-composer');
      composerBox?.scrollIntoView({ block: 'center' });
      composerBox?.querySelector<HTMLElement>('input:not([type="hidden"]), textarea')?.focus({ preventScroll: true });
    }, 50);
  };
  const labelOf = (aside: AsideTarget) =>
    aside.kind === 'section' ? aside.section.title : `${aside.measure.number} ${aside.measure.title}`;
  const passageLabel = () => {
    if (!selection) return '';
    const section = version.sections.find((item) => item.id === selection.sectionId);
    const measure = version.measures.find((item) => item.id === selection.planMeasureId);
    return section ? section.title : measure ? `${measure.number} ${measure.title}` : '';
  };
  const composer = (ownerMatches: boolean) =>
    composing && ownerMatches ? (
      <div id="comment-composer">
        <CommentComposer
          roundId={round.id}
          target={composing}
          onCancel={() => {
            setComposing(null);
            clear();
            opener.current?.focus();
          }}
          onPosted={(id) => {
            setComposing(null);
            clear();
            revealComment(id);
          }}
        />
      </div>
    ) : null;
  const composingFor = (aside: AsideTarget) => {
    if (!composing || composing.kind === 'DRAFT') return false;
    const sectionId = composing.kind === 'SECTION' ? composing.sectionId : composing.kind === 'PASSAGE' ? composing.passage.sectionId : null;
    const planMeasureId = composing.kind === 'MEASURE' ? composing.planMeasureId : composing.kind === 'PASSAGE' ? composing.passage.planMeasureId : null;
    return aside.kind === 'section' ? sectionId === aside.section.id : planMeasureId === aside.measure.id;
  };

  const renderAside = (aside: AsideTarget) => {
    const label = labelOf(aside);
    const listTarget: ThreadListTarget = aside.kind === 'section' ? { kind: 'SECTION', sectionId: aside.section.id } : { kind: 'MEASURE', planMeasureId: aside.measure.id };
    return (
      <Stack gap="xs" component="section" aria-label={t('reader.commentsOn', { target: label })}>
        {canComment ? (
          <Button
            variant="light"
            size="compact-sm"
            onClick={() =>
              startComposing(
                aside.kind === 'section' ? { kind: 'SECTION', sectionId: aside.section.id, label } : { kind: 'MEASURE', planMeasureId: aside.measure.id, label },
              )
            }
          >
            {aside.kind === 'section' ? t('reader.commentSection') : t('reader.commentMeasure')}
          </Button>
        ) : null}
        {composer(composingFor(aside))}
        <LazyThreads roundId={round.id} target={listTarget} canReply={canComment} timeZone={timeZone} />
      </Stack>
    );
  };

  return (
    <Stack gap="lg">
      <RoundBanner round={round} timeZone={timeZone} live={live.state} announcement={live.announcement} />
      <Paper withBorder p="md" component="section" id="draft-comments" aria-labelledby="draft-comments-title">
        <Stack gap="sm">
          <Group justify="space-between">
            <Title order={2} size="h4" id="draft-comments-title">
              {t('reader.draftComments')}
            </Title>
            {canComment ? (
              <Button variant="light" onClick={() => startComposing({ kind: 'DRAFT' })}>
                {t('reader.commentDraft')}
              </Button>
            ) : null}
          </Group>
          {canComment ? <Text size="sm" c="dimmed">{t('reader.selectHint')}</Text> : null}
          {composer(composing?.kind === 'DRAFT')}
          <LazyThreads roundId={round.id} target={{ kind: 'DRAFT' }} canReply={canComment} timeZone={timeZone} eager />
        </Stack>
      </Paper>
      <div
        ref={container}
        onClick={(event) => {
          if (openMark(event.target)) event.preventDefault();
        }}
        onKeyDown={(event) => {
          if ((event.key === 'Enter' || event.key === ' ') && openMark(event.target)) event.preventDefault();
        }}
      >
        <VersionDocument version={version} renderAside={renderAside} />
      </div>
      {canComment && selection && composing?.kind !== 'PASSAGE' ? (
        <Affix position={{ bottom: 16, left: 16, right: 16 }} zIndex={150}>
          <Group justify="center">
            <Paper shadow="md" p="xs" withBorder radius="md">
              <Group gap="xs" wrap="nowrap">
                <Button onClick={() => startComposing({ kind: 'PASSAGE', passage: selection, label: passageLabel() })}>{t('reader.commentPassage')}</Button>
                <CloseButton aria-label={t('reader.forgetSelection')} onClick={clear} />
              </Group>
            </Paper>
          </Group>
        </Affix>
      ) : null}
    </Stack>
  );
}

/** The round's title, closing time, counts and whether the page is live; new comments are announced politely. */
function RoundBanner({ round, timeZone, live, announcement }: { round: CommentRoundFieldsFragment; timeZone: string; live: LiveState; announcement: string }) {
  const { t } = useTranslation('comments');
  return (
    <Alert color="blue" variant="light" title={round.title} component="section" aria-label={t('reader.roundLabel')}>
      <Stack gap={4}>
        <Group gap="xs">
          <PhaseBadge phase={round.phase} />
          <Text size="sm">{t('reader.closesAt', { when: formatDateTime(round.closesAt, timeZone) })}</Text>
          <Badge variant="dot" color={live === 'live' ? 'green.9' : 'gray'} data-testid="live-state">
            {t(`reader.live.${live}`)}
          </Badge>
        </Group>
        <Text size="sm" data-testid="round-counts">
          {t('reader.counts', {
            comments: round.counts.comments,
            replies: round.counts.replies,
            support: round.counts.support,
            neutral: round.counts.neutral,
            objection: round.counts.objection,
          })}
        </Text>
        {round.instructions ? <Text size="sm">{round.instructions}</Text> : null}
        {round.phase === 'OPEN' && !round.viewerMayComment ? (
          <Text size="sm" c="dimmed">
            {t('reader.notInAudience')}
          </Text>
        ) : null}
        <Text size="sm" aria-live="polite" data-testid="live-announcement">
          {announcement}
        </Text>
      </Stack>
    </Alert>
  );
}

/** Calls back once the element comes within a screen of the viewport (and never again). */
function useNearViewport<T extends Element>(eager: boolean): [(element: T | null) => void, boolean] {
  const [near, setNear] = useState(eager);
  const observer = useRef<IntersectionObserver | null>(null);
  const ref = useCallback(
    (element: T | null) => {
      observer.current?.disconnect();
      if (!element || near || typeof IntersectionObserver === 'undefined') {
        if (element && typeof IntersectionObserver === 'undefined') setNear(true);
        return;
      }
      observer.current = new IntersectionObserver(
        (entries) => {
          if (entries.some((entry) => entry.isIntersecting)) {
            setNear(true);
            observer.current?.disconnect();
          }
        },
        { rootMargin: '100% 0px' },
      );
      observer.current.observe(element);
    },
    [near],
  );
  return [ref, near];
}

/** The threads of one target, fetched when they come near the screen. */
function LazyThreads({ roundId, target, canReply, timeZone, eager = false }: { roundId: string; target: ThreadListTarget; canReply: boolean; timeZone: string; eager?: boolean }) {
  const { t } = useTranslation('comments');
  const [ref, near] = useNearViewport<HTMLDivElement>(eager);
  const { data, loading } = useQuery(CommentsDocument, { variables: threadListVariables(roundId, target), skip: !near });
  const items = data?.comments.items ?? [];
  return (
    <div ref={ref} data-thread-list="">
      {loading && !data ? (
        <Text size="sm" c="dimmed">
          {t('reader.loading')}
        </Text>
      ) : data && items.length === 0 ? (
        <Text size="sm" c="dimmed">
          {t('reader.noComments')}
        </Text>
      ) : items.length ? (
        <ThreadList items={items} canReply={canReply} timeZone={timeZone} />
      ) : null}
    </div>
  );
}

function ThreadItem({ thread, canReply, timeZone }: { thread: CommentThreadFieldsFragment; canReply: boolean; timeZone: string }) {
  return (
    <div id={commentAnchor(thread.id)} tabIndex={-1} style={{ scrollMarginTop: 80 }}>
      <CommentThread comment={thread} canReply={canReply} timeZone={timeZone} showSettlement={!!thread.outcome} />
    </div>
  );
}

/** Threads one under another; many of them in a virtualised box that scrolls to a thread named in the address. */
function ThreadList({ items, canReply, timeZone }: { items: CommentThreadFieldsFragment[]; canReply: boolean; timeZone: string }): ReactNode {
  if (items.length < VIRTUAL_FROM) {
    return (
      <Stack gap="xs">
        {items.map((thread) => (
          <ThreadItem key={thread.id} thread={thread} canReply={canReply} timeZone={timeZone} />
        ))}
      </Stack>
    );
  }
  return <VirtualThreadList items={items} canReply={canReply} timeZone={timeZone} />;
}

function VirtualThreadList({ items, canReply, timeZone }: { items: CommentThreadFieldsFragment[]; canReply: boolean; timeZone: string }) {
  const { t } = useTranslation('comments');
  const location = useLocation();
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: () => 220, overscan: 3 });
  const wanted = location.hash.startsWith('#comment-') ? items.findIndex((item) => `#${commentAnchor(item.id)}` === location.hash) : -1;
  useEffect(() => {
    if (wanted >= 0) virtualizer.scrollToIndex(wanted, { align: 'start' });
  }, [wanted, virtualizer]);
  return (
    <div ref={parent} style={{ maxHeight: '70vh', overflow: 'auto' }} role="region" aria-label={t('reader.threadCount', { count: items.length })} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const thread = items[row.index]!;
          return (
            <div
              key={thread.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)`, paddingBottom: 8 }}
            >
              <ThreadItem thread={thread} canReply={canReply} timeZone={timeZone} />
            </div>
          );
        })}
      </div>
    </div>
  );
}
