import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, Badge, Blockquote, Button, Collapse, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Checkbox } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useEffect, useRef, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import type { CommentFieldsFragment, CommentStance, CommentThreadFieldsFragment } from '../gql/graphql';
import { serverError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { EditCommentDocument, ReplyToCommentDocument } from './comments.operations';
import { STANCES } from './comments.schema';
import { OutcomeBadge, StanceBadge } from './PhaseBadge';

export interface CommentThreadProps {
  /** The first comment of the thread with its replies (fragment CommentThreadFields). */
  comment: CommentThreadFieldsFragment;
  /** Whether the viewer may reply now: the round is open and they are in its audience (CommentRound.viewerMayComment). */
  canReply: boolean;
  /** The area's time zone for the dates (default Europe/Prague). */
  timeZone?: string;
  /** Shows the settlement of the comment under it (outcome, justification, change made). */
  showSettlement?: boolean;
}

const REFETCH = { refetchQueries: ['Comments', 'CommentRound'] };
const E_MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

/** The name shown for an author: the person's or visitor's name, or a pseudonym of an erased person. */
export function useAuthorName() {
  const { t } = useTranslation('comments');
  return (author: CommentFieldsFragment['author']) => (author.name ? (author.guest ? `${author.name} (${t('thread.guest')})` : author.name) : t('thread.formerParticipant'));
}

/**
 * A thread: the first comment (with its target and quote), the replies under it, the author's
 * edit form with the history of earlier texts until the deadline, and a reply box.
 */
export function CommentThread({ comment, canReply, timeZone, showSettlement = false }: CommentThreadProps) {
  const { t } = useTranslation('comments');
  const [replying, { open, close }] = useDisclosure(false);
  // The reply button gives way to the reply box and comes back after it: keep the keyboard focus on it.
  const replyButton = useRef<HTMLButtonElement>(null);
  const wasReplying = useRef(false);
  useEffect(() => {
    if (wasReplying.current && !replying) replyButton.current?.focus();
    wasReplying.current = replying;
  }, [replying]);
  const target =
    comment.target === 'DRAFT'
      ? t('target.DRAFT')
      : comment.section
        ? comment.section.title
        : comment.planMeasure
          ? `${comment.planMeasure.number} ${comment.planMeasure.title}`
          : '';
  return (
    <Paper withBorder p="md" component="article" aria-label={t('thread.label', { number: comment.number ?? '' })} data-thread-id={comment.id}>
      <Stack gap="xs">
        <Group gap="xs">
          {comment.number ? (
            <Text fw={700} size="sm">
              {t('thread.number', { number: comment.number })}
            </Text>
          ) : null}
          <Text size="sm" c="dimmed">
            {target}
          </Text>
          {showSettlement ? <OutcomeBadge outcome={comment.outcome} /> : null}
        </Group>
        {comment.quoteExact ? (
          <Blockquote p="xs" aria-label={t('composer.quote')}>
            {comment.quoteExact}
          </Blockquote>
        ) : null}
        <CommentItem comment={comment} timeZone={timeZone} />
        {showSettlement && comment.outcome ? (
          <Text size="sm" style={{ whiteSpace: 'pre-wrap' }}>
            {comment.justification}
            {comment.changeMade ? `\n${t('fields.changeMade')}: ${comment.changeMade}` : ''}
          </Text>
        ) : null}
        {comment.replies.length ? (
          <Stack gap="xs" pl="md" style={{ borderLeft: '3px solid var(--mantine-color-gray-3)' }} role="list" aria-label={t('thread.replies')}>
            {comment.replies.map((reply) => (
              <div role="listitem" key={reply.id}>
                <CommentItem comment={reply} timeZone={timeZone} />
              </div>
            ))}
          </Stack>
        ) : null}
        {canReply && !comment.hidden ? (
          replying ? (
            <ReplyBox parentId={comment.id} onDone={close} />
          ) : (
            <Group>
              <Button ref={replyButton} variant="subtle" size="compact-sm" onClick={open}>
                {t('thread.reply')}
              </Button>
            </Group>
          )
        ) : null}
      </Stack>
    </Paper>
  );
}

/** One comment or reply: author, organisation, time, stance, text (or the moderator's note), edit and history. */
function CommentItem({ comment, timeZone }: { comment: CommentFieldsFragment; timeZone?: string }) {
  const { t } = useTranslation('comments');
  const authorName = useAuthorName();
  const [editing, setEditing] = useState(false);
  const [history, { toggle }] = useDisclosure(false);
  return (
    <Stack gap={4}>
      <Group gap="xs" wrap="wrap">
        <Text fw={600} size="sm">
          {authorName(comment.author)}
        </Text>
        {comment.organisationName ? (
          <Text size="sm" c="dimmed">
            {comment.organisationName}
          </Text>
        ) : null}
        <Text size="xs" c="dimmed">
          {formatDateTime(comment.createdAt, timeZone)}
        </Text>
        {comment.stance ? <StanceBadge stance={comment.stance} /> : null}
        {comment.editedAt ? (
          <Text size="xs" c="dimmed">
            {t('thread.edited')}
          </Text>
        ) : null}
      </Group>
      {comment.hidden ? (
        <Alert color="gray" p="xs">
          <Text size="sm" fs="italic">
            {t('thread.hiddenByModerator')}
          </Text>
          {comment.hiddenReason ? (
            <Text size="sm">
              {t('thread.hiddenReason')}: {comment.hiddenReason}
            </Text>
          ) : null}
        </Alert>
      ) : null}
      {editing ? (
        <EditBox comment={comment} onDone={() => setEditing(false)} />
      ) : comment.body ? (
        <Text size="sm" style={{ whiteSpace: 'pre-wrap', overflowWrap: 'anywhere' }}>
          {comment.body}
        </Text>
      ) : null}
      <Group gap="xs">
        {comment.viewerMayEdit && !editing ? (
          <Button variant="subtle" size="compact-xs" onClick={() => setEditing(true)}>
            {t('thread.edit')}
          </Button>
        ) : null}
        {comment.revisions?.length ? (
          <Anchor component="button" type="button" size="xs" onClick={toggle} aria-expanded={history}>
            {t('thread.history', { count: comment.revisions.length })}
          </Anchor>
        ) : null}
      </Group>
      {comment.revisions?.length ? (
        <Collapse expanded={history}>
          <Stack gap={4} pl="sm">
            {comment.revisions.map((revision) => (
              <Text key={revision.id} size="xs" c="dimmed" style={{ whiteSpace: 'pre-wrap' }}>
                <Badge size="xs" variant="default" mr={4}>
                  {t('thread.revision', { revision: revision.revision })}
                </Badge>
                {formatDateTime(revision.replacedAt, timeZone)} — {revision.body}
              </Text>
            ))}
          </Stack>
        </Collapse>
      ) : null}
    </Stack>
  );
}

/** The author's new text (and stance of a first comment), sent with the revision it started from. */
function EditBox({ comment, onDone }: { comment: CommentFieldsFragment; onDone: () => void }) {
  const { t } = useTranslation('comments');
  const [body, setBody] = useState(comment.body);
  const [stance, setStance] = useState<CommentStance | null>(comment.stance ?? null);
  const [failure, setFailure] = useState<string>();
  const [edit, saving] = useMutation(EditCommentDocument, REFETCH);
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    if (!body.trim()) return;
    try {
      await edit({ variables: { input: { id: comment.id, body: body.trim(), stance: comment.parentId ? null : stance, revision: comment.revision } } });
      onDone();
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {!comment.parentId ? (
          <Radio.Group label={t('fields.stance')} value={stance ?? ''} onChange={(value) => setStance(value as CommentStance)}>
            <Group mt={4}>
              {STANCES.map((value) => (
                <Radio key={value} value={value} label={t(`enums.CommentStance.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
        ) : null}
        <Textarea label={t('fields.body')} autosize minRows={2} value={body} onChange={(event) => setBody(event.currentTarget.value)} required />
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" size="xs" loading={saving.loading}>
            {t('common:save')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}

/** A reply in the thread; visitors of a public round give name, e-mail and consent. */
function ReplyBox({ parentId, onDone }: { parentId: string; onDone: () => void }) {
  const { t } = useTranslation('comments');
  const { me } = useMe();
  const [body, setBody] = useState('');
  const [guestName, setGuestName] = useState('');
  const [guestEmail, setGuestEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [reply, sending] = useMutation(ReplyToCommentDocument, REFETCH);
  // Opened from the reply button, which is gone now: the focus goes to the text to write.
  const field = useRef<HTMLTextAreaElement>(null);
  useEffect(() => field.current?.focus(), []);
  // Who has no person in this area (a visitor, or somebody of another area) comments as a guest.
  const guest = !me?.person;
  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    if (!body.trim() || (guest && (!guestName.trim() || !E_MAIL.test(guestEmail.trim()) || !consent))) return;
    try {
      await reply({ variables: { input: { parentId, body: body.trim(), guest: guest ? { name: guestName.trim(), email: guestEmail.trim(), consent } : null } } });
      setBody('');
      onDone();
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };
  return (
    <form onSubmit={submit} noValidate>
      <Stack gap="xs">
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        <Textarea
          ref={field}
          label={t('thread.replyLabel')}
          autosize
          minRows={2}
          required
          value={body}
          onChange={(event) => setBody(event.currentTarget.value)}
          error={tried && !body.trim() ? t('common:form.required') : undefined}
        />
        {guest ? (
          <>
            <TextInput label={t('fields.guestName')} required value={guestName} onChange={(event) => setGuestName(event.currentTarget.value)} />
            <TextInput label={t('fields.guestEmail')} type="email" required value={guestEmail} onChange={(event) => setGuestEmail(event.currentTarget.value)} />
            <Checkbox label={t('privacy:guestConsent')} checked={consent} onChange={(event) => setConsent(event.currentTarget.checked)} />
          </>
        ) : null}
        <Group justify="flex-end" gap="xs">
          <Button variant="default" size="xs" onClick={onDone}>
            {t('common:cancel')}
          </Button>
          <Button type="submit" size="xs" loading={sending.loading}>
            {t('thread.sendReply')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
