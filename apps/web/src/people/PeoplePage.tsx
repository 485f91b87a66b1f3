import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Select, Stack, Table, Text, TextInput, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useNavigate, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import type { AreaRole } from '../gql/graphql';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { oneOf, useListParams } from '../ui/useListParams';
import { InviteButton } from './InviteButton';
import { AccountInvitationsDocument, PeopleDocument } from './people.operations';
import { AREA_ROLES } from './people.schema';
import { PersonFormModal } from './PersonFormModal';

const PAGE_SIZE = 20;

/** Everyone taking part in the area's planning: search, filter by role, add and invite. */
export function PeoplePage() {
  const { t } = useTranslation('people');
  const { area = '' } = useParams();
  const navigate = useNavigate();
  const { isAreaCoordinator } = useMe();
  const { params, page, search, setSearch, query, update, setPage } = useListParams();
  const role = oneOf(params.get('role'), AREA_ROLES);
  const [adding, add] = useDisclosure(params.get('add') === '1');

  const { data, previousData, loading, error } = useQuery(PeopleDocument, {
    variables: { search: query || undefined, role, page, pageSize: PAGE_SIZE },
  });
  const people = (data ?? previousData)?.people;
  const phone = useMediaQuery('(max-width: 36em)');
  const roleBadges = (roles: readonly AreaRole[]) =>
    roles.map((value) => (
      <Badge key={value} variant="light" size="sm" color={value === 'COORDINATOR' ? 'grape' : 'blue'} style={{ flexShrink: 0 }}>
        {t(`common:enums.AreaRole.${value}`)}
      </Badge>
    ));
  const inviteCell = (person: { id: string; fullName: string; email?: string | null; hasAccount: boolean }) =>
    person.hasAccount ? null : person.email ? (
      <InviteButton person={person} size="xs" variant="light" />
    ) : (
      <Text size="xs" c="dimmed">
        {t('list.noEmail')}
      </Text>
    );

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={isAreaCoordinator ? <Button onClick={add.open}>{t('list.add')}</Button> : null}
      />
      <Group mb="md" align="flex-end" grow preventGrowOverflow={false}>
        <TextInput
          type="search"
          label={t('list.search')}
          placeholder={t('list.searchPlaceholder')}
          value={search}
          onChange={(event) => setSearch(event.currentTarget.value)}
          miw={220}
        />
        <Select
          label={t('list.role')}
          placeholder={t('list.anyRole')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={AREA_ROLES.map((value) => ({ value, label: t(`common:enums.AreaRole.${value}`) }))}
          value={role}
          onChange={(value) => update({ role: value, page: null })}
          miw={200}
        />
      </Group>
      <ErrorState error={error} />
      {loading && !people ? (
        <LoadingState />
      ) : !people || people.items.length === 0 ? (
        error ? null : (
          <EmptyState title={query || role ? t('list.noMatch') : t('list.empty')}>
            {query || role ? t('list.noMatchHint') : isAreaCoordinator ? t('list.emptyHint') : null}
          </EmptyState>
        )
      ) : (
        <>
          {phone ? (
            // On a phone each person is a card; the table needs more width than 390 px.
            <Stack component="ul" gap="xs" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('list.tableLabel')}>
              {people.items.map((person) => (
                <Paper component="li" withBorder p="sm" key={person.id}>
                  <Stack gap={4}>
                    <Group justify="space-between" wrap="nowrap" align="flex-start">
                      {/* A long e-mail address breaks rather than pushing the invite button off a phone's screen. */}
                      <div style={{ minWidth: 0 }}>
                        <Anchor component={Link} to={`/a/${area}/people/${person.id}`} fw={600}>
                          {person.fullName}
                        </Anchor>
                        {person.email ? (
                          <Text size="xs" c="dimmed" style={{ overflowWrap: 'anywhere' }}>
                            {person.email}
                          </Text>
                        ) : null}
                      </div>
                      {isAreaCoordinator ? <div style={{ flexShrink: 0 }}>{inviteCell(person)}</div> : null}
                    </Group>
                    {person.organisations.map((membership) => (
                      <Text size="sm" key={membership.id}>
                        {membership.organisation.name}
                        {membership.position ? ` – ${membership.position}` : ''}
                      </Text>
                    ))}
                    <Group gap={4}>
                      {roleBadges(person.roles)}
                      <Text size="xs" c="dimmed">
                        · {t('fields.account')}: {person.hasAccount ? t('list.hasAccount') : t('list.noAccount')}
                      </Text>
                    </Group>
                  </Stack>
                </Paper>
              ))}
            </Stack>
          ) : (
            <Table.ScrollContainer minWidth={720}>
              <Table striped highlightOnHover aria-label={t('list.tableLabel')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('fields.fullName')}</Table.Th>
                    <Table.Th scope="col">{t('fields.organisations')}</Table.Th>
                    <Table.Th scope="col">{t('fields.roles')}</Table.Th>
                    <Table.Th scope="col">{t('fields.account')}</Table.Th>
                    {isAreaCoordinator ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {people.items.map((person) => (
                    <Table.Tr key={person.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/a/${area}/people/${person.id}`}>
                          {person.fullName}
                        </Anchor>
                        {person.email ? (
                          <Text size="xs" c="dimmed">
                            {person.email}
                          </Text>
                        ) : null}
                      </Table.Td>
                      <Table.Td>
                        {person.organisations.length
                          ? person.organisations.map((membership) => (
                              <Text size="sm" key={membership.id}>
                                <Anchor component={Link} to={`/a/${area}/organisations/${membership.organisation.id}`} size="sm">
                                  {membership.organisation.name}
                                </Anchor>
                                {membership.position ? ` – ${membership.position}` : ''}
                              </Text>
                            ))
                          : '—'}
                      </Table.Td>
                      <Table.Td miw={140}>
                        <Group gap={4}>{roleBadges(person.roles)}</Group>
                      </Table.Td>
                      <Table.Td>{person.hasAccount ? t('list.hasAccount') : t('list.noAccount')}</Table.Td>
                      {isAreaCoordinator ? (
                        <Table.Td>
                          {inviteCell(person)}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          )}
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={people.total} onChange={setPage} />
        </>
      )}
      {isAreaCoordinator ? <OpenInvitations /> : null}
      <PersonFormModal
        opened={adding}
        onClose={() => {
          add.close();
          if (params.get('add')) update({ add: null });
        }}
        onCreated={(person) => navigate(`/a/${area}/people/${person.id}`)}
      />
    </>
  );
}

/** Invitations not yet used: who, since when, until when; a new link replaces the old one. */
function OpenInvitations() {
  const { t } = useTranslation('people');
  const { area = '' } = useParams();
  const { data, loading, error } = useQuery(AccountInvitationsDocument);
  const invitations = data?.accountInvitations ?? [];
  return (
    <Stack component="section" mt="xl" gap="sm" aria-labelledby="open-invitations">
      <Title order={2} size="h4" id="open-invitations">
        {t('invitations.title')}
      </Title>
      <ErrorState error={error} />
      {loading && !data ? (
        <LoadingState />
      ) : invitations.length === 0 ? (
        error ? null : <Text c="dimmed">{t('invitations.empty')}</Text>
      ) : (
        <Table.ScrollContainer minWidth={600}>
          <Table aria-labelledby="open-invitations">
            <Table.Thead>
              <Table.Tr>
                <Table.Th scope="col">{t('fields.fullName')}</Table.Th>
                <Table.Th scope="col">{t('fields.email')}</Table.Th>
                <Table.Th scope="col">{t('invitations.created')}</Table.Th>
                <Table.Th scope="col">{t('invitations.expires')}</Table.Th>
                <Table.Th scope="col">
                  <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                </Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {invitations.map((invitation) => (
                <Table.Tr key={invitation.id}>
                  <Table.Td>
                    <Anchor component={Link} to={`/a/${area}/people/${invitation.person.id}`}>
                      {invitation.person.fullName}
                    </Anchor>
                  </Table.Td>
                  <Table.Td>{invitation.person.email ?? '—'}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(invitation.createdAt)}</Table.Td>
                  <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDateTime(invitation.expiresAt)}</Table.Td>
                  <Table.Td>
                    <InviteButton person={invitation.person} label={t('invitations.renew')} size="xs" variant="subtle" />
                  </Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      )}
    </Stack>
  );
}
