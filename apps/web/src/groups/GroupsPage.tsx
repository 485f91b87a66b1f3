import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Card, Group, SimpleGrid, Stack, Switch, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { GroupFormModal } from './GroupFormModal';
import { GroupsDocument } from './groups.operations';

/** The working groups of the area, management team first. */
export function GroupsPage() {
  const { t } = useTranslation('groups');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [includeArchived, setIncludeArchived] = useState(false);
  const [creating, { open, close }] = useDisclosure(false);
  const { data, loading, error } = useQuery(GroupsDocument, { variables: { includeArchived } });
  const groups = data?.groups ?? [];

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={isAreaCoordinator ? <Button onClick={open}>{t('list.create')}</Button> : null}
      />
      <Switch
        mb="md"
        label={t('list.showArchived')}
        checked={includeArchived}
        onChange={(event) => setIncludeArchived(event.currentTarget.checked)}
      />
      <ErrorState error={error} />
      {loading && !data ? (
        <LoadingState />
      ) : groups.length === 0 && !error ? (
        <EmptyState
          title={t('list.empty')}
          action={isAreaCoordinator ? <Button onClick={open}>{t('list.create')}</Button> : null}
        >
          {isAreaCoordinator ? t('list.emptyCoordinator') : t('list.emptyMember')}
        </EmptyState>
      ) : (
        <SimpleGrid cols={{ base: 1, sm: 2, md: 3 }} component="ul" style={{ listStyle: 'none', padding: 0 }}>
          {groups.map((group) => (
            <Card key={group.id} withBorder component="li" padding="md">
              <Stack gap="xs" h="100%">
                <Group justify="space-between" align="flex-start" wrap="nowrap">
                  <Title order={2} size="h4">
                    <Anchor component={Link} to={`/a/${area}/groups/${group.id}`}>
                      {group.name}
                    </Anchor>
                  </Title>
                  {group.archivedAt ? (
                    <Badge color="gray" variant="outline">
                      {t('archived')}
                    </Badge>
                  ) : null}
                </Group>
                <Group gap="xs">
                  <Badge variant="light" color={group.kind === 'MANAGEMENT_TEAM' ? 'grape' : 'blue'}>
                    {t(`common:enums.GroupKind.${group.kind}`)}
                  </Badge>
                  <Text size="sm" c="dimmed">
                    {t('memberCount', { count: group.memberCount })}
                  </Text>
                </Group>
                {group.targetGroup ? (
                  <Text size="sm">
                    <Text span c="dimmed" size="sm">
                      {t('fields.targetGroup')}:{' '}
                    </Text>
                    {group.targetGroup}
                  </Text>
                ) : null}
                <Text size="sm">
                  <Text span c="dimmed" size="sm">
                    {t('coordinators', { count: group.coordinators.length })}:{' '}
                  </Text>
                  {group.coordinators.length ? group.coordinators.map((person) => person.fullName).join(', ') : t('noCoordinator')}
                </Text>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      )}
      <GroupFormModal opened={creating} onClose={close} />
    </>
  );
}
