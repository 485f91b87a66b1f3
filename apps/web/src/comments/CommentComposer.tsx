import { useMutation } from '@apollo/client/react';
import { Alert, Blockquote, Button, Checkbox, Group, Paper, Radio, Stack, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useId, useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useMe } from '../auth/useMe';
import type { CommentStance, PostCommentInput } from '../gql/graphql';
import { serverError } from '../ui/errors';
import { PostCommentDocument } from './comments.operations';
import { STANCES } from './comments.schema';
import { MAX_QUOTE_LENGTH, type PassageSelection } from './passage-anchoring';

/** What a new comment is about; `label` names it for the reader (e.g. the section's title or "2.1.3 Measure"). */
export type ComposerTarget =
  | { kind: 'DRAFT' }
  | { kind: 'SECTION'; sectionId: string; label: string }
  | { kind: 'MEASURE'; planMeasureId: string; label: string }
  | { kind: 'PASSAGE'; passage: PassageSelection; label: string };

export interface CommentComposerProps {
  /** The open round to post in. */
  roundId: string;
  target: ComposerTarget;
  /** Called with the new comment's id after it was posted (e.g. to clear the selection). */
  onPosted?: (commentId: string) => void;
  /** Shows a Cancel button when given. */
  onCancel?: () => void;
}

const E_MAIL = /^[^\s@]+@[^\s@]+\.[^\s@]+$/;

function targetInput(target: ComposerTarget): Pick<PostCommentInput, 'target' | 'sectionId' | 'planMeasureId' | 'quote'> {
  switch (target.kind) {
    case 'DRAFT':
      return { target: 'DRAFT' };
    case 'SECTION':
      return { target: 'SECTION', sectionId: target.sectionId };
    case 'MEASURE':
      return { target: 'MEASURE', planMeasureId: target.planMeasureId };
    case 'PASSAGE': {
      const { sectionId, planMeasureId, field, exact, prefix, suffix, start, end } = target.passage;
      return { target: 'PASSAGE', sectionId, planMeasureId, quote: { field, exact, prefix, suffix, start, end } };
    }
  }
}

/**
 * Writes a comment: what it is about (with the quoted passage), the stance and the text; a
 * visitor without an account gives name, e-mail and consent (public rounds).
 */
export function CommentComposer({ roundId, target, onPosted, onCancel }: CommentComposerProps) {
  const { t } = useTranslation('comments');
  const { me } = useMe();
  const titleId = useId();
  const [stance, setStance] = useState<CommentStance | ''>('');
  const [body, setBody] = useState('');
  const [guestName, setGuestName] = useState('');
  const [guestEmail, setGuestEmail] = useState('');
  const [consent, setConsent] = useState(false);
  const [tried, setTried] = useState(false);
  const [failure, setFailure] = useState<string>();
  const [post, posting] = useMutation(PostCommentDocument, { refetchQueries: ['Comments', 'CommentRound', 'CommentRounds'] });
  // Who has no person in this area (a visitor, or somebody of another area) comments as a guest.
  const guest = !me?.person;
  const quoteTooLong = target.kind === 'PASSAGE' && target.passage.exact.length > MAX_QUOTE_LENGTH;

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setTried(true);
    setFailure(undefined);
    if (!stance || !body.trim() || quoteTooLong) return;
    if (guest && (!guestName.trim() || !E_MAIL.test(guestEmail.trim()) || !consent)) return;
    try {
      const result = await post({
        variables: {
          input: {
            roundId,
            ...targetInput(target),
            stance,
            body: body.trim(),
            guest: guest ? { name: guestName.trim(), email: guestEmail.trim(), consent } : null,
          },
        },
      });
      setBody('');
      setStance('');
      setTried(false);
      if (result.data) onPosted?.(result.data.postComment.id);
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };

  return (
    <Paper withBorder p="md" component="section" aria-labelledby={titleId}>
      <form onSubmit={submit} noValidate>
        <Stack gap="sm">
          <Title order={2} size="h4" id={titleId}>
            {t('composer.title')}
          </Title>
          <Text size="sm">
            <Text span c="dimmed">
              {t('composer.about')}:{' '}
            </Text>
            {target.kind === 'DRAFT' ? t('target.DRAFT') : target.label}
          </Text>
          {target.kind === 'PASSAGE' ? (
            <Blockquote p="xs" aria-label={t('composer.quote')}>
              {target.passage.exact}
            </Blockquote>
          ) : null}
          {quoteTooLong ? (
            <Alert color="red" role="alert">
              {t('composer.quoteTooLong', { max: MAX_QUOTE_LENGTH })}
            </Alert>
          ) : null}
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Radio.Group
            label={t('fields.stance')}
            required
            value={stance}
            onChange={(value) => setStance(value as CommentStance)}
            error={tried && !stance ? t('common:form.choose') : undefined}
          >
            <Group mt="xs">
              {STANCES.map((value) => (
                <Radio key={value} value={value} label={t(`enums.CommentStance.${value}`)} />
              ))}
            </Group>
          </Radio.Group>
          <Textarea
            label={t('fields.body')}
            required
            autosize
            minRows={3}
            maxLength={10000}
            value={body}
            onChange={(event) => setBody(event.currentTarget.value)}
            error={tried && !body.trim() ? t('common:form.required') : undefined}
          />
          {guest ? (
            <>
              <TextInput
                label={t('fields.guestName')}
                required
                autoComplete="name"
                value={guestName}
                onChange={(event) => setGuestName(event.currentTarget.value)}
                error={tried && !guestName.trim() ? t('common:form.required') : undefined}
              />
              <TextInput
                label={t('fields.guestEmail')}
                description={t('composer.emailHidden')}
                required
                type="email"
                autoComplete="email"
                value={guestEmail}
                onChange={(event) => setGuestEmail(event.currentTarget.value)}
                error={tried && !E_MAIL.test(guestEmail.trim()) ? t('common:form.email') : undefined}
              />
              <Checkbox
                label={t('privacy:guestConsent')}
                checked={consent}
                onChange={(event) => setConsent(event.currentTarget.checked)}
                error={tried && !consent ? t('composer.consentRequired') : undefined}
              />
            </>
          ) : null}
          <Group justify="flex-end">
            {onCancel ? (
              <Button variant="default" onClick={onCancel}>
                {t('common:cancel')}
              </Button>
            ) : null}
            <Button type="submit" loading={posting.loading}>
              {t('composer.submit')}
            </Button>
          </Group>
        </Stack>
      </form>
    </Paper>
  );
}
