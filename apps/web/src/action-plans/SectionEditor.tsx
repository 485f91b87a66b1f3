import { useMutation } from '@apollo/client/react';
import { ActionIcon, Alert, Button, Group, Modal, Paper, SimpleGrid, Stack, Tabs, Text, Textarea, TextInput, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError, type ServerError } from '../ui/errors';
import { formatDateTime } from '../ui/format';
import { type SectionConflict, sectionConflict } from './action-plans.helpers';
import { MoveActionPlanSectionDocument, RemoveActionPlanSectionDocument, UpdateActionPlanSectionDocument } from './action-plans.operations';
import { MarkdownText } from '../ui/MarkdownText';
import type { SectionView } from './VersionDocument';

interface Props {
  section: SectionView;
  count: number;
}

/**
 * The editor of one section of the draft: heading and Markdown text with a preview, saved with the
 * revision it started from. When somebody saved meanwhile, the server answers CONFLICT with both
 * texts and a dialog lets the coordinator keep theirs or their own — nothing is overwritten silently.
 */
export function SectionEditor({ section, count }: Props) {
  const { t } = useTranslation('actionPlans');
  const [base, setBase] = useState({ title: section.title, body: section.body, revision: section.revision });
  const [title, setTitle] = useState(section.title);
  const [body, setBody] = useState(section.body);
  const [saved, setSaved] = useState(false);
  const [failure, setFailure] = useState<ServerError>();
  const [conflict, setConflict] = useState<SectionConflict>();
  const [lastSaved, setLastSaved] = useState({ name: section.updatedBy?.fullName ?? null, at: section.updatedAt });
  const [save, { loading }] = useMutation(UpdateActionPlanSectionDocument);
  const [move] = useMutation(MoveActionPlanSectionDocument, { refetchQueries: ['ActionPlan'] });
  const [remove] = useMutation(RemoveActionPlanSectionDocument, { refetchQueries: ['ActionPlan'] });
  const dirty = title !== base.title || body !== base.body;
  const heading = base.title;

  const submit = async (values: { title: string; body: string; revision: number }) => {
    setFailure(undefined);
    setSaved(false);
    try {
      const { data } = await save({ variables: { input: { id: section.id, ...values } } });
      const stored = data?.updateActionPlanSection;
      if (stored) {
        setBase({ title: stored.title, body: stored.body, revision: stored.revision });
        setTitle(stored.title);
        setBody(stored.body);
        setLastSaved({ name: stored.updatedBy?.fullName ?? null, at: stored.updatedAt });
        setSaved(true);
      }
    } catch (error) {
      const found = sectionConflict(error);
      if (found) setConflict(found);
      else setFailure(serverError(error));
    }
  };

  const keepMine = () => {
    if (!conflict) return;
    setConflict(undefined);
    void submit({ title, body, revision: conflict.theirs.revision });
  };
  const takeTheirs = () => {
    if (!conflict) return;
    const { theirs } = conflict;
    setBase({ title: theirs.title, body: theirs.body, revision: theirs.revision });
    setTitle(theirs.title);
    setBody(theirs.body);
    setLastSaved({ name: theirs.updatedByName, at: theirs.updatedAt });
    setConflict(undefined);
  };

  const moveTo = (position: number) => void move({ variables: { input: { id: section.id, position } } }).catch((error: unknown) => setFailure(serverError(error)));

  return (
    <Paper withBorder p="md" radius="md" component="section" aria-labelledby={`edit-title-${section.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" wrap="nowrap" align="flex-start">
          <Title order={3} size="h4" id={`edit-title-${section.id}`}>
            {`${section.position}. ${heading}`}
          </Title>
          <Group gap={4} wrap="nowrap">
            <ActionIcon variant="subtle" aria-label={t('section.moveUp', { title: heading })} disabled={section.position <= 1} onClick={() => moveTo(section.position - 1)}>
              <span aria-hidden>↑</span>
            </ActionIcon>
            <ActionIcon variant="subtle" aria-label={t('section.moveDown', { title: heading })} disabled={section.position >= count} onClick={() => moveTo(section.position + 1)}>
              <span aria-hidden>↓</span>
            </ActionIcon>
            <ConfirmButton
              variant="subtle"
              color="red"
              confirmColor="red.9"
              size="compact-sm"
              question={t('section.removeQuestion', { title: heading })}
              details={t('section.removeDetails')}
              confirmLabel={t('section.removeConfirm')}
              onConfirm={() => remove({ variables: { id: section.id } }).catch((error: unknown) => setFailure(serverError(error)))}
              aria-label={t('section.remove', { title: heading })}
            >
              {t('section.removeConfirm')}
            </ConfirmButton>
          </Group>
        </Group>
        {failure ? (
          <Alert color="red" role="alert">
            {failure.message}
          </Alert>
        ) : null}
        <TextInput label={t('section.title')} value={title} onChange={(event) => setTitle(event.currentTarget.value)} maxLength={300} required />
        <Tabs defaultValue="write">
          <Tabs.List>
            <Tabs.Tab value="write">{t('section.write')}</Tabs.Tab>
            <Tabs.Tab value="preview">{t('section.preview')}</Tabs.Tab>
          </Tabs.List>
          <Tabs.Panel value="write" pt="xs">
            <Textarea
              label={t('section.body', { title: heading })}
              description={t('section.bodyHint')}
              value={body}
              onChange={(event) => setBody(event.currentTarget.value)}
              autosize
              minRows={6}
              maxRows={24}
              maxLength={100000}
            />
          </Tabs.Panel>
          <Tabs.Panel value="preview" pt="xs">
            {body.trim() ? <MarkdownText text={body} headingOrder={4} /> : <Text c="dimmed">{t('section.empty')}</Text>}
          </Tabs.Panel>
        </Tabs>
        <Group justify="space-between">
          <Text size="sm" c="dimmed" role="status">
            {dirty
              ? t('section.unsaved')
              : saved
                ? t('section.saved', { title: base.title })
                : lastSaved.name
                  ? t('section.lastSaved', { name: lastSaved.name, when: formatDateTime(lastSaved.at), revision: base.revision })
                  : null}
          </Text>
          <Button onClick={() => void submit({ title, body, revision: base.revision })} loading={loading} disabled={!dirty} aria-label={t('section.save', { title: heading })}>
            {t('section.saveShort')}
          </Button>
        </Group>
      </Stack>
      <ConflictDialog conflict={conflict} sectionTitle={heading} onKeepMine={keepMine} onTakeTheirs={takeTheirs} onClose={() => setConflict(undefined)} />
    </Paper>
  );
}

function ConflictDialog({
  conflict,
  sectionTitle,
  onKeepMine,
  onTakeTheirs,
  onClose,
}: {
  conflict: SectionConflict | undefined;
  sectionTitle: string;
  onKeepMine: () => void;
  onTakeTheirs: () => void;
  onClose: () => void;
}) {
  const { t } = useTranslation('actionPlans');
  return (
    <Modal opened={!!conflict} onClose={onClose} title={t('conflict.title')} size="xl" closeButtonProps={{ 'aria-label': t('common:close') }}>
      {conflict ? (
        <Stack>
          <Text>
            {t('conflict.text', {
              name: conflict.theirs.updatedByName ?? t('conflict.someone'),
              title: sectionTitle,
              when: formatDateTime(conflict.theirs.updatedAt),
              revision: conflict.theirs.revision,
            })}
          </Text>
          <SimpleGrid cols={{ base: 1, sm: 2 }}>
            {(
              [
                ['theirs', conflict.theirs],
                ['yours', conflict.yours],
              ] as const
            ).map(([key, text]) => (
              <Paper key={key} withBorder p="sm" component="section" aria-labelledby={`conflict-${key}`}>
                <Title order={3} size="h5" id={`conflict-${key}`} mb="xs">
                  {t(`conflict.${key}`)}
                </Title>
                <Text fw={600}>{text.title}</Text>
                <Text size="sm" style={{ whiteSpace: 'pre-wrap', maxHeight: 320, overflow: 'auto' }} data-testid={`conflict-${key}-body`}>
                  {text.body}
                </Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Group justify="flex-end">
            <Button variant="default" onClick={onTakeTheirs}>
              {t('conflict.takeTheirs')}
            </Button>
            <Button onClick={onKeepMine}>{t('conflict.keepMine')}</Button>
          </Group>
        </Stack>
      ) : null}
    </Modal>
  );
}
