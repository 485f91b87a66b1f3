import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Grid, Group, Modal, Paper, SegmentedControl, Select, Stack, Text, Textarea, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useVirtualizer } from '@tanstack/react-virtual';
import { useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { CommentFilter, CommentStance, CommentThreadFieldsFragment, SettlementOutcome } from '../gql/graphql';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { formatRange } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { CommentThread } from './CommentThread';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import {
  CloseCommentRoundAsSettledDocument,
  CommentRoundDocument,
  CommentsDocument,
  HideCommentDocument,
  SettleCommentDocument,
  UnhideCommentDocument,
} from './comments.operations';
import { LinkChangeAction } from './LinkChangeAction';
import { JUSTIFIED_OUTCOMES, OUTCOMES, STANCES } from './comments.schema';
import { PhaseBadge } from './PhaseBadge';
import { withLocale } from '../i18n';

/** A page of threads within the query complexity limit (each thread with its replies, revisions and settlement). */
const PAGE_SIZE = 100;
type Settled = 'all' | 'unsettled' | 'settled';
const REFETCH = { refetchQueries: ['Comments', 'CommentRound'] };
const SETTLEMENT_DOWNLOADS = { xlsx: 'settlement.downloadXlsx', docx: 'settlement.downloadDocx', pdf: 'settlement.downloadPdf' } as const;
const settlementPath = (roundId: string, area: string, format: keyof typeof SETTLEMENT_DOWNLOADS) =>
  `/api/comment-rounds/${roundId}/settlement.${format}?area=${encodeURIComponent(area)}`;

/**
 * /a/:area/comment-rounds/:roundId — the settlement of a round: every first comment (unsettled
 * first) in a virtualised list, each with its settlement form and moderation; the table (XLSX, DOCX, PDF); and
 * "Close round as settled", disabled with the reason while comments remain unsettled.
 */
export function SettlementPage() {
  const { t } = useTranslation('comments');
  const { area = '', roundId = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const timeZone = useAreaTimezone();
  const [settled, setSettled] = useState<Settled>('all');
  const [stance, setStance] = useState<CommentStance | null>(null);
  const [page, setPage] = useState(1);
  const [failure, setFailure] = useState<string>();
  const round = useQuery(CommentRoundDocument, { variables: { id: roundId } });
  const filter: CommentFilter = { settled: settled === 'all' ? null : settled === 'settled', stance };
  const comments = useQuery(CommentsDocument, { variables: { roundId, filter, order: 'UNSETTLED_FIRST', page, pageSize: PAGE_SIZE } });
  const [closeRound] = useMutation(CloseCommentRoundAsSettledDocument, REFETCH);

  if (round.loading && !round.data) return <LoadingState />;
  if (round.error) return <ErrorState error={round.error} />;
  const current = round.data?.commentRound;
  if (!current) return <EmptyState title={t('settlement.notFound')} />;
  const items = comments.data?.comments.items ?? [];
  const unsettled = current.counts.unsettled;
  const closeBlocker =
    current.phase === 'SETTLED'
      ? t('settlement.alreadySettled')
      : current.phase !== 'CLOSED'
        ? t('settlement.stillOpen')
        : unsettled > 0
          ? t('settlement.unsettledRemain', { count: unsettled })
          : null;

  return (
    <>
      <PageHeader
        title={current.title}
        subtitle={
          <Group gap="xs" component="span">
            <PhaseBadge phase={current.phase} />
            <Text span size="sm">
              {formatRange(current.opensAt, current.closesAt, timeZone)}
            </Text>
          </Group>
        }
        actions={
          <>
            {(['xlsx', 'docx', 'pdf'] as const).map((format) => (
              <Button key={format} component="a" href={withLocale(settlementPath(current.id, area, format))} download variant="default">
                {t(SETTLEMENT_DOWNLOADS[format])}
              </Button>
            ))}
            {isAreaCoordinator ? (
              <Stack gap={2} align="flex-end">
                <ConfirmButton
                  disabled={closeBlocker !== null}
                  aria-describedby={closeBlocker ? 'close-blocker' : undefined}
                  question={t('settlement.closeQuestion')}
                  details={t('settlement.closeDetails')}
                  confirmLabel={t('settlement.close')}
                  confirmColor="blue"
                  onConfirm={async () => {
                    setFailure(undefined);
                    try {
                      await closeRound({ variables: { roundId: current.id } });
                    } catch (error) {
                      setFailure(serverError(error)?.message);
                    }
                  }}
                >
                  {t('settlement.close')}
                </ConfirmButton>
                {closeBlocker ? (
                  <Text size="xs" c="dimmed" id="close-blocker">
                    {closeBlocker}
                  </Text>
                ) : null}
              </Stack>
            ) : null}
          </>
        }
      />
      {failure ? (
        <Alert color="red" role="alert" mb="md">
          {failure}
        </Alert>
      ) : null}
      <Text size="sm" mb="sm">
        {t('settlement.summary', {
          comments: current.counts.comments,
          unsettled,
          replies: current.counts.replies,
          support: current.counts.support,
          neutral: current.counts.neutral,
          objection: current.counts.objection,
        })}{' '}
        <Anchor component={Link} to={`/a/${area}/plan-versions/${current.versionId}/comment-rounds`} size="sm">
          {t('settlement.allRounds')}
        </Anchor>
      </Text>
      <Group mb="md" align="flex-end" wrap="wrap">
        <SegmentedControl
          aria-label={t('settlement.filterSettled')}
          value={settled}
          onChange={(value) => {
            setSettled(value as Settled);
            setPage(1);
          }}
          data={[
            { value: 'all', label: t('settlement.all') },
            { value: 'unsettled', label: t('settlement.unsettledOnly') },
            { value: 'settled', label: t('settlement.settledOnly') },
          ]}
        />
        <Select
          label={t('fields.stance')}
          placeholder={t('settlement.anyStance')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={STANCES.map((value) => ({ value, label: t(`enums.CommentStance.${value}`) }))}
          value={stance}
          onChange={(value) => {
            setStance(value as CommentStance | null);
            setPage(1);
          }}
          w={200}
        />
      </Group>
      <ErrorState error={comments.error} />
      {comments.loading && !comments.data ? <LoadingState /> : null}
      {comments.data && items.length === 0 ? <EmptyState title={t('settlement.noComments')} /> : null}
      {items.length ? (
        <VirtualThreads versionId={current.versionId} items={items} timeZone={timeZone} moderating={isAreaCoordinator} frozen={current.phase === 'SETTLED'} canReply={current.viewerMayComment} />
      ) : null}
      <PaginationBar page={page} pageSize={PAGE_SIZE} total={comments.data?.comments.total ?? 0} onChange={setPage} />
    </>
  );
}

/** The threads in a scrolling, virtualised list: only the rows in view are in the page. */
function VirtualThreads({
  versionId,
  items,
  timeZone,
  moderating,
  frozen,
  canReply,
}: {
  versionId: string;
  items: CommentThreadFieldsFragment[];
  timeZone: string;
  moderating: boolean;
  frozen: boolean;
  canReply: boolean;
}) {
  const { t } = useTranslation('comments');
  const parent = useRef<HTMLDivElement>(null);
  const virtualizer = useVirtualizer({ count: items.length, getScrollElement: () => parent.current, estimateSize: () => 320, overscan: 4 });
  return (
    <div ref={parent} style={{ height: '70vh', overflow: 'auto' }} role="region" aria-label={t('settlement.list')} tabIndex={0}>
      <div style={{ height: virtualizer.getTotalSize(), position: 'relative' }}>
        {virtualizer.getVirtualItems().map((row) => {
          const comment = items[row.index]!;
          return (
            <div
              key={comment.id}
              data-index={row.index}
              ref={virtualizer.measureElement}
              style={{ position: 'absolute', top: 0, left: 0, width: '100%', transform: `translateY(${row.start}px)`, paddingBottom: 12 }}
            >
              <Grid>
                <Grid.Col span={{ base: 12, md: moderating ? 7 : 12 }}>
                  <CommentThread comment={comment} canReply={canReply} timeZone={timeZone} showSettlement />
                </Grid.Col>
                {moderating ? (
                  <Grid.Col span={{ base: 12, md: 5 }}>
                    <SettleForm comment={comment} frozen={frozen} versionId={versionId} />
                  </Grid.Col>
                ) : null}
              </Grid>
            </div>
          );
        })}
      </div>
    </div>
  );
}

/** The coordinator's settlement of one comment, and hiding it (with a reason) or showing it again. */
function SettleForm({ comment, frozen, versionId }: { comment: CommentThreadFieldsFragment; frozen: boolean; versionId: string }) {
  const { t } = useTranslation('comments');
  const [outcome, setOutcome] = useState<SettlementOutcome | null>(comment.outcome ?? null);
  const [justification, setJustification] = useState(comment.justification ?? '');
  const [changeMade, setChangeMade] = useState(comment.changeMade ?? '');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [saved, setSaved] = useState(false);
  const [hideOpened, hide] = useDisclosure(false);
  const [settle, settling] = useMutation(SettleCommentDocument, REFETCH);
  const [unhide] = useMutation(UnhideCommentDocument, REFETCH);
  const needsJustification = outcome !== null && JUSTIFIED_OUTCOMES.includes(outcome);
  const label = t('thread.number', { number: comment.number ?? '' });
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setSaved(false);
    setFailure(undefined);
    if (!outcome || (needsJustification && !justification.trim())) return;
    try {
      await settle({ variables: { input: { id: comment.id, outcome, justification: justification.trim() || null, changeMade: changeMade.trim() || null } } });
      setSaved(true);
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <Paper withBorder p="md" component="section" aria-label={t('settlement.formLabel', { comment: label })}>
      {comment.hidden ? (
        <Stack gap="xs">
          <Text size="sm">{t('settlement.hiddenNoSettlement')}</Text>
          {!frozen ? (
            <Button variant="default" size="xs" onClick={() => void unhide({ variables: { id: comment.id } })}>
              {t('settlement.unhide')}
            </Button>
          ) : null}
        </Stack>
      ) : (
        <form onSubmit={submit} noValidate>
          <Stack gap="xs">
            <Title order={3} size="h5">
              {t('settlement.formTitle', { comment: label })}
            </Title>
            {failure ? (
              <Alert color="red" role="alert">
                {failure}
              </Alert>
            ) : null}
            <Select
              label={t('fields.outcome')}
              required
              disabled={frozen}
              data={OUTCOMES.map((value) => ({ value, label: t(`enums.SettlementOutcome.${value}`) }))}
              value={outcome}
              onChange={(value) => setOutcome(value as SettlementOutcome | null)}
              error={tried && !outcome ? t('common:form.choose') : undefined}
            />
            <Textarea
              label={t('fields.justification')}
              required={needsJustification}
              disabled={frozen}
              autosize
              minRows={2}
              value={justification}
              onChange={(event) => setJustification(event.currentTarget.value)}
              error={tried && needsJustification && !justification.trim() ? t('settlement.justificationRequired') : undefined}
            />
            <Textarea label={t('fields.changeMade')} disabled={frozen} autosize minRows={1} value={changeMade} onChange={(event) => setChangeMade(event.currentTarget.value)} />
            {!frozen ? (
              <Group justify="space-between">
                <Button variant="default" size="xs" onClick={hide.open}>
                  {t('settlement.hide')}
                </Button>
                <Group gap="xs">
                  {saved ? (
                    <Text size="xs" c="teal.9" role="status">
                      {t('settlement.saved')}
                    </Text>
                  ) : null}
                  <Button type="submit" size="xs" loading={settling.loading}>
                    {t('settlement.save')}
                  </Button>
                </Group>
              </Group>
            ) : null}
          </Stack>
        </form>
      )}
      {comment.outcome && !comment.hidden ? <LinkChangeAction commentId={comment.id} versionId={versionId} /> : null}
      <Modal opened={hideOpened} onClose={hide.close} title={t('settlement.hideTitle', { comment: label })} closeButtonProps={{ 'aria-label': t('common:close') }}>
        <HideForm commentId={comment.id} onDone={hide.close} />
      </Modal>
    </Paper>
  );
}

function HideForm({ commentId, onDone }: { commentId: string; onDone: () => void }) {
  const { t } = useTranslation('comments');
  const [reason, setReason] = useState('');
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [hideComment, hiding] = useMutation(HideCommentDocument, REFETCH);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!reason.trim()) return;
    try {
      await hideComment({ variables: { input: { id: commentId, reason: reason.trim() } } });
      onDone();
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Textarea
          label={t('fields.hideReason')}
          required
          autosize
          minRows={2}
          value={reason}
          onChange={(event) => setReason(event.currentTarget.value)}
          error={tried && !reason.trim() ? t('common:form.required') : undefined}
        />
        <Group justify="flex-end">
          <Button variant="default" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" color="red.9" loading={hiding.loading}>
            {t('settlement.hide')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
