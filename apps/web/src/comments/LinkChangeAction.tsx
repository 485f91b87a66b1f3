import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Badge, Button, CloseButton, Group, Modal, Select, Stack, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { PlanField } from '../gql/graphql';
import { serverError } from '../ui/errors';
import { LinkChangeContextDocument, LinkChangeDocument, UnlinkChangeDocument } from './comments.operations';

const SECTION_FIELDS: PlanField[] = ['TITLE', 'BODY'];
const MEASURE_FIELDS: PlanField[] = ['TITLE', 'DESCRIPTION', 'RATIONALE', 'TARGET_GROUPS', 'RESPONSIBLE_ORGANISATION', 'PARTNERS', 'TIMELINE', 'COSTS', 'INDICATORS', 'ACTIVITIES'];
const REFETCH = { refetchQueries: ['LinkChangeContext'] };

/**
 * For a settled comment of a round on version N whose plan has draft N+1: the changes of the draft
 * linked to the comment, and "Link to a change" (a section or a measure, optionally one field), so
 * the diff of the next version shows "changed because of comment …".
 */
export function LinkChangeAction({ commentId, versionId }: { commentId: string; versionId: string }) {
  const { t } = useTranslation('comments');
  const [opened, { open, close }] = useDisclosure(false);
  const [target, setTarget] = useState<string | null>(null);
  const [field, setField] = useState<string | null>(null);
  const [failure, setFailure] = useState<string>();
  const { data } = useQuery(LinkChangeContextDocument, { variables: { versionId } });
  const [link, linking] = useMutation(LinkChangeDocument, REFETCH);
  const [unlink] = useMutation(UnlinkChangeDocument, REFETCH);
  const version = data?.actionPlanVersion;
  const draft = version?.actionPlan.draft;
  if (!version || !draft || draft.number !== version.number + 1) return null;

  const sectionTitle = (lineageId?: string | null) => draft.sections.find((section) => section.lineageId === lineageId)?.title;
  const measureTitle = (measureId?: string | null) => {
    const measure = draft.measures.find((item) => item.measureId === measureId);
    return measure ? `${measure.number} ${measure.title}` : undefined;
  };
  const links = draft.changeLinks.filter((item) => item.commentId === commentId);
  const options = [
    { group: t('linkChange.sections'), items: draft.sections.map((section) => ({ value: `s:${section.lineageId}`, label: section.title })) },
    { group: t('linkChange.measures'), items: draft.measures.map((measure) => ({ value: `m:${measure.measureId}`, label: `${measure.number} ${measure.title}` })) },
  ];
  const fields = target?.startsWith('s:') ? SECTION_FIELDS : target?.startsWith('m:') ? MEASURE_FIELDS : [];

  const submit = async () => {
    if (!target) {
      setFailure(t('linkChange.chooseTarget'));
      return;
    }
    setFailure(undefined);
    const id = target.slice(2);
    try {
      await link({
        variables: {
          input: {
            commentId,
            versionId: draft.id,
            sectionLineageId: target.startsWith('s:') ? id : null,
            measureId: target.startsWith('m:') ? id : null,
            field: (field as PlanField | null) ?? null,
          },
        },
      });
      setTarget(null);
      setField(null);
      close();
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };

  return (
    <Stack gap={4} mt="xs">
      {links.map((item) => (
        <Group key={item.id} gap={4} wrap="nowrap">
          <Badge variant="light" color="teal.9" style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal' }}>
            {t('linkChange.linked', {
              number: draft.number,
              target: sectionTitle(item.sectionLineageId) ?? measureTitle(item.measureId) ?? '',
              field: item.field ? ` – ${t(`linkChange.field.${item.field}`)}` : '',
            })}
          </Badge>
          <CloseButton size="sm" aria-label={t('linkChange.unlink')} onClick={() => void unlink({ variables: { id: item.id } })} />
        </Group>
      ))}
      <Group>
        <Button variant="subtle" size="compact-sm" onClick={open}>
          {t('linkChange.button')}
        </Button>
      </Group>
      <Modal opened={opened} onClose={close} title={t('linkChange.title', { number: draft.number })} closeButtonProps={{ 'aria-label': t('common:close') }}>
        <Stack>
          <Text size="sm">{t('linkChange.help', { number: draft.number })}</Text>
          {failure ? (
            <Alert color="red" role="alert">
              {failure}
            </Alert>
          ) : null}
          <Select
            label={t('linkChange.target')}
            required
            searchable
            data={options}
            value={target}
            onChange={(value) => {
              setTarget(value);
              setField(null);
            }}
          />
          <Select
            label={t('linkChange.fieldLabel')}
            placeholder={t('linkChange.wholeTarget')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            disabled={!target}
            data={fields.map((value) => ({ value, label: t(`linkChange.field.${value}`) }))}
            value={field}
            onChange={setField}
          />
          <Group justify="flex-end">
            <Button variant="default" onClick={close}>
              {t('common:cancel')}
            </Button>
            <Button loading={linking.loading} onClick={() => void submit()}>
              {t('linkChange.submit')}
            </Button>
          </Group>
        </Stack>
      </Modal>
    </Stack>
  );
}
