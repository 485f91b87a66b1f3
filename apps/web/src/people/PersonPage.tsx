import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, List, Paper, SimpleGrid, Stack, Text, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { formatDate, formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ErasePersonButton } from '../privacy/ErasePersonButton';
import { InviteButton } from './InviteButton';
import { PersonDocument, PersonGroupsDocument } from './people.operations';
import { PersonFormModal } from './PersonFormModal';

/** One person: contacts, roles, the organisations they represent and the groups they are in. */
export function PersonPage() {
  const { t } = useTranslation('people');
  const { area = '', personId = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [editing, edit] = useDisclosure(false);
  const { data, loading, error } = useQuery(PersonDocument, { variables: { id: personId } });
  const groupsQuery = useQuery(PersonGroupsDocument, { variables: { id: personId } });

  if (loading && !data) return <LoadingState />;
  const person = data?.person;
  if (!person) {
    return error ? (
      <ErrorState error={error} />
    ) : (
      <EmptyState
        title={t('detail.notFound')}
        action={
          <Button component={Link} to={`/a/${area}/people`} variant="light">
            {t('detail.back')}
          </Button>
        }
      />
    );
  }
  const memberships = groupsQuery.data?.person?.groups ?? [];

  return (
    <>
      <PageHeader
        title={person.fullName}
        subtitle={
          <Group gap={4} component="span">
            {person.anonymisedAt ? (
              <Badge variant="light" component="span" color="gray">
                {t('privacy:anonymised')}
              </Badge>
            ) : null}
            {person.roles.map((role) => (
              <Badge key={role} variant="light" component="span" color={role === 'COORDINATOR' ? 'grape' : 'blue'}>
                {t(`common:enums.AreaRole.${role}`)}
              </Badge>
            ))}
          </Group>
        }
        actions={
          isAreaCoordinator ? (
            <>
              <Button variant="default" onClick={edit.open}>
                {t('detail.edit')}
              </Button>
              {!person.hasAccount && person.email ? <InviteButton person={person} variant="light" /> : null}
              {!person.hasAccount && !person.anonymisedAt ? <ErasePersonButton person={person} /> : null}
            </>
          ) : null
        }
      />
      <SimpleGrid cols={{ base: 1, md: 2 }}>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('detail.contact')}
            </Title>
            <Text>
              <Text span c="dimmed">
                {t('fields.email')}:{' '}
              </Text>
              {person.email ? <Anchor href={`mailto:${person.email}`}>{person.email}</Anchor> : '—'}
            </Text>
            <Text>
              <Text span c="dimmed">
                {t('fields.phone')}:{' '}
              </Text>
              {person.phone ? <Anchor href={`tel:${person.phone.replace(/\s/g, '')}`}>{person.phone}</Anchor> : '—'}
            </Text>
            <Text>
              <Text span c="dimmed">
                {t('fields.account')}:{' '}
              </Text>
              {person.hasAccount ? t('list.hasAccount') : t('list.noAccount')}
            </Text>
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('fields.organisations')}
            </Title>
            {person.organisations.length ? (
              <List spacing="xs">
                {person.organisations.map((membership) => (
                  <List.Item key={membership.id}>
                    <Anchor component={Link} to={`/a/${area}/organisations/${membership.organisation.id}`}>
                      {membership.organisation.name}
                    </Anchor>
                    <Text size="sm" c="dimmed">
                      {[membership.position, t('detail.since', { date: formatDay(membership.since) })].filter(Boolean).join(' · ')}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text c="dimmed">{t('detail.noOrganisation')}</Text>
            )}
          </Stack>
        </Paper>
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('detail.groups')}
            </Title>
            {groupsQuery.loading && !groupsQuery.data ? (
              <LoadingState />
            ) : memberships.length ? (
              <List spacing="xs">
                {memberships.map(({ group, ...member }) => (
                  <List.Item key={member.id}>
                    <Anchor component={Link} to={`/a/${area}/groups/${group.id}`}>
                      {group.name}
                    </Anchor>{' '}
                    <Text span size="sm" c="dimmed">
                      {t(`common:enums.GroupRole.${member.role}`)} · {t('detail.since', { date: formatDate(member.joinedAt) })}
                      {member.leftAt ? ` ${t('detail.until', { date: formatDate(member.leftAt) })}` : ''}
                      {group.archivedAt ? ` · ${t('detail.archivedGroup')}` : ''}
                    </Text>
                  </List.Item>
                ))}
              </List>
            ) : (
              <Text c="dimmed">{t('detail.noGroup')}</Text>
            )}
          </Stack>
        </Paper>
      </SimpleGrid>
      <PersonFormModal opened={editing} onClose={edit.close} person={person} />
    </>
  );
}
