import { useMutation, useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Button, Group, Paper, Stack, Switch, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { ConfirmButton } from '../ui/ConfirmButton';
import { serverError } from '../ui/errors';
import { formatDate } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { AddMemberModal } from './AddMemberModal';
import { GroupFormModal } from './GroupFormModal';
import { ArchiveGroupDocument, GroupDocument, RemoveGroupMemberDocument } from './groups.operations';

/** One working group: what it is for, its coordinators and members (and former ones). */
export function GroupPage() {
  const { t } = useTranslation('groups');
  const { area = '', groupId = '' } = useParams();
  const { isAreaCoordinator, coordinates } = useMe();
  const [includeFormer, setIncludeFormer] = useState(false);
  const [editing, edit] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const [actionError, setActionError] = useState<string>();
  const phone = useMediaQuery('(max-width: 36em)');
  const { data, previousData, loading, error } = useQuery(GroupDocument, { variables: { id: groupId, includeFormer } });
  const [archive, archiving] = useMutation(ArchiveGroupDocument, { refetchQueries: ['Group', 'Groups'] });
  const [remove] = useMutation(RemoveGroupMemberDocument, { refetchQueries: ['Group', 'Groups'] });

  // Keep the page while the "former members" switch refetches.
  const group = (data ?? previousData)?.group;
  if (loading && !group) return <LoadingState />;
  if (!group) {
    return error ? (
      <ErrorState error={error} />
    ) : (
      <EmptyState
        title={t('detail.notFound')}
        action={
          <Button component={Link} to={`/a/${area}/groups`} variant="light">
            {t('detail.back')}
          </Button>
        }
      />
    );
  }

  const archived = !!group.archivedAt;
  const canManage = !archived && (isAreaCoordinator || coordinates(group.id));
  const current = group.members.filter((member) => !member.leftAt);
  type Member = (typeof group.members)[number];
  const removeButton = (member: Member) =>
    canManage && !member.leftAt ? (
      <ConfirmButton
        size="xs"
        color="red"
        variant="subtle"
        aria-label={t('members.removeNamed', { name: member.person.fullName })}
        question={t('members.removeQuestion', { name: member.person.fullName, group: group.name })}
        details={t('members.removeDetails')}
        confirmLabel={t('members.remove')}
        onConfirm={() => run(() => remove({ variables: { input: { groupId: group.id, personId: member.person.id } } }))}
      >
        {t('members.remove')}
      </ConfirmButton>
    ) : null;
  const run = async (action: () => Promise<unknown>) => {
    setActionError(undefined);
    try {
      await action();
    } catch (failure) {
      setActionError(serverError(failure)?.message);
    }
  };

  return (
    <>
      <PageHeader
        title={group.name}
        subtitle={
          <Group gap="xs" component="span">
            <Badge variant="light" color={group.kind === 'MANAGEMENT_TEAM' ? 'grape' : 'blue'} component="span">
              {t(`common:enums.GroupKind.${group.kind}`)}
            </Badge>
            {archived ? (
              <Badge color="gray" variant="outline" component="span">
                {t('archived')}
              </Badge>
            ) : null}
            {group.targetGroup ? <span>{group.targetGroup}</span> : null}
          </Group>
        }
        actions={
          <>
            <Button component={Link} to={`/a/${area}/meetings?groupId=${group.id}`} variant="light">
              {t('detail.meetings')}
            </Button>
            {canManage ? (
              <Button variant="default" onClick={edit.open}>
                {t('detail.edit')}
              </Button>
            ) : null}
            {isAreaCoordinator && !archived ? (
              <ConfirmButton
                color="red.9"
                variant="outline"
                loading={archiving.loading}
                question={t('detail.archiveQuestion', { group: group.name })}
                details={t('detail.archiveDetails')}
                confirmLabel={t('detail.archive')}
                onConfirm={() => run(() => archive({ variables: { id: group.id } }))}
              >
                {t('detail.archive')}
              </ConfirmButton>
            ) : null}
          </>
        }
      />
      <Stack gap="lg">
        {archived ? (
          <Alert color="gray" title={t('detail.archivedTitle')}>
            {t('detail.archivedText', { date: formatDate(group.archivedAt!) })}
          </Alert>
        ) : null}
        {actionError ? (
          <Alert color="red" role="alert" withCloseButton onClose={() => setActionError(undefined)} closeButtonLabel={t('detail.dismiss')}>
            {actionError}
          </Alert>
        ) : null}

        <Paper withBorder p="md">
          <Stack gap="sm">
            <Title order={2} size="h4">
              {t('detail.about')}
            </Title>
            <Text style={{ whiteSpace: 'pre-wrap' }} c={group.description ? undefined : 'dimmed'}>
              {group.description || t('detail.noDescription')}
            </Text>
            <Text size="sm">
              <Text span fw={600} size="sm">
                {t('coordinators', { count: group.coordinators.length })}:{' '}
              </Text>
              {group.coordinators.length
                ? group.coordinators.map((person, index) => (
                    <span key={person.id}>
                      {index ? ', ' : ''}
                      <Anchor component={Link} to={`/a/${area}/people/${person.id}`} size="sm">
                        {person.fullName}
                      </Anchor>
                    </span>
                  ))
                : t('noCoordinator')}
            </Text>
          </Stack>
        </Paper>

        <section aria-labelledby="members-heading">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="members-heading">
              {t('members.title')} ({group.memberCount})
            </Title>
            {canManage ? <Button onClick={add.open}>{t('members.add')}</Button> : null}
          </Group>
          <Switch
            mb="sm"
            label={t('members.showFormer')}
            checked={includeFormer}
            onChange={(event) => setIncludeFormer(event.currentTarget.checked)}
          />
          {group.members.length === 0 ? (
            <EmptyState title={t('members.empty')}>{canManage ? t('members.emptyHint') : null}</EmptyState>
          ) : phone ? (
            // On a phone the members are cards: a seven-column table does not fit 390 px.
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-labelledby="members-heading">
              {group.members.map((member) => (
                <Paper component="li" withBorder p="sm" key={member.id}>
                  <Group justify="space-between" wrap="nowrap" align="flex-start">
                    <Stack gap={2}>
                      <div>
                        <Anchor component={Link} to={`/a/${area}/people/${member.person.id}`} fw={600}>
                          {member.person.fullName}
                        </Anchor>
                        {member.leftAt ? (
                          <Badge ml="xs" size="sm" color="gray" variant="outline">
                            {t('members.former')}
                          </Badge>
                        ) : null}
                      </div>
                      {member.organisation ? (
                        <Text size="sm">
                          <Anchor component={Link} to={`/a/${area}/organisations/${member.organisation.id}`} size="sm">
                            {member.organisation.name}
                          </Anchor>{' '}
                          · {t(`common:enums.OrganisationSide.${member.organisation.side}`)}
                        </Text>
                      ) : null}
                      <Text size="sm" c="dimmed">
                        <Text span size="sm" c="dimmed" fw={member.role === 'COORDINATOR' ? 700 : undefined}>
                          {t(`common:enums.GroupRole.${member.role}`)}
                        </Text>{' '}
                        · {t('members.joined')} {formatDate(member.joinedAt)}
                        {member.leftAt ? ` · ${t('members.left')} ${formatDate(member.leftAt)}` : ''}
                      </Text>
                    </Stack>
                    <div style={{ flexShrink: 0 }}>{removeButton(member)}</div>
                  </Group>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={680}>
              <Table striped highlightOnHover aria-labelledby="members-heading">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('members.person')}</Table.Th>
                    <Table.Th scope="col">{t('members.organisation')}</Table.Th>
                    <Table.Th scope="col">{t('members.side')}</Table.Th>
                    <Table.Th scope="col">{t('members.role')}</Table.Th>
                    <Table.Th scope="col">{t('members.joined')}</Table.Th>
                    {includeFormer ? <Table.Th scope="col">{t('members.left')}</Table.Th> : null}
                    {canManage ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {group.members.map((member) => (
                    <Table.Tr key={member.id} c={member.leftAt ? 'dimmed' : undefined}>
                      <Table.Td>
                        <Anchor component={Link} to={`/a/${area}/people/${member.person.id}`}>
                          {member.person.fullName}
                        </Anchor>
                        {member.leftAt ? (
                          <Badge ml="xs" size="sm" color="gray" variant="outline">
                            {t('members.former')}
                          </Badge>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {member.organisation ? (
                          <Anchor component={Link} to={`/a/${area}/organisations/${member.organisation.id}`}>
                            {member.organisation.name}
                          </Anchor>
                        ) : (
                          '—'
                        )}
                      </Table.Td>
                      <Table.Td>{member.organisation ? t(`common:enums.OrganisationSide.${member.organisation.side}`) : '—'}</Table.Td>
                      <Table.Td>
                        <Text size="sm" fw={member.role === 'COORDINATOR' ? 700 : undefined}>
                          {t(`common:enums.GroupRole.${member.role}`)}
                        </Text>
                      </Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDate(member.joinedAt)}</Table.Td>
                      {includeFormer ? <Table.Td style={{ whiteSpace: 'nowrap' }}>{member.leftAt ? formatDate(member.leftAt) : '—'}</Table.Td> : null}
                      {canManage ? (
                        <Table.Td>
                          {removeButton(member)}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
        </section>
      </Stack>

      <GroupFormModal opened={editing} onClose={edit.close} group={group} />
      <AddMemberModal
        opened={adding}
        onClose={add.close}
        groupId={group.id}
        groupName={group.name}
        memberIds={current.map((member) => member.person.id)}
      />
    </>
  );
}
