import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Table, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { AddOrganisationMemberModal, EndMembershipButton } from './MembershipModals';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationDocument } from './organisations.operations';
import { SIDE_COLORS } from './sides';

/** One organisation: its details and the people who currently represent it. */
export function OrganisationPage() {
  const { t } = useTranslation('organisations');
  const { area = '', organisationId = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const [editing, edit] = useDisclosure(false);
  const [adding, add] = useDisclosure(false);
  const { data, loading, error } = useQuery(OrganisationDocument, { variables: { id: organisationId } });

  if (loading && !data) return <LoadingState />;
  const organisation = data?.organisation;
  if (!organisation) {
    return error ? (
      <ErrorState error={error} />
    ) : (
      <EmptyState
        title={t('detail.notFound')}
        action={
          <Button component={Link} to={`/a/${area}/organisations`} variant="light">
            {t('detail.back')}
          </Button>
        }
      />
    );
  }
  const members = organisation.members.filter((member) => !member.until);

  return (
    <>
      <PageHeader
        title={organisation.name}
        subtitle={
          <Badge variant="dot" component="span" color={SIDE_COLORS[organisation.side]}>
            {t(`common:enums.OrganisationSide.${organisation.side}`)}
          </Badge>
        }
        actions={
          isAreaCoordinator ? (
            <Button variant="default" onClick={edit.open}>
              {t('detail.edit')}
            </Button>
          ) : null
        }
      />
      <Stack gap="lg">
        <Paper withBorder p="md">
          <Stack gap="xs">
            <Title order={2} size="h4">
              {t('detail.about')}
            </Title>
            <Text>
              <Text span c="dimmed">
                {t('fields.registrationNumber')}:{' '}
              </Text>
              {organisation.registrationNumber ?? '—'}
            </Text>
            <Text>
              <Text span c="dimmed">
                {t('fields.website')}:{' '}
              </Text>
              {organisation.website ? (
                <Anchor href={organisation.website} target="_blank" rel="noopener noreferrer">
                  {organisation.website.replace(/^https?:\/\//, '')}
                </Anchor>
              ) : (
                '—'
              )}
            </Text>
          </Stack>
        </Paper>

        <section aria-labelledby="organisation-members">
          <Group justify="space-between" mb="sm">
            <Title order={2} size="h4" id="organisation-members">
              {t('members.title')} ({members.length})
            </Title>
            {isAreaCoordinator ? <Button onClick={add.open}>{t('members.add')}</Button> : null}
          </Group>
          {members.length === 0 ? (
            <EmptyState title={t('members.empty')}>{isAreaCoordinator ? t('members.emptyHint') : null}</EmptyState>
          ) : (
            <Table.ScrollContainer minWidth={520}>
              <Table striped aria-labelledby="organisation-members">
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('members.person')}</Table.Th>
                    <Table.Th scope="col">{t('members.position')}</Table.Th>
                    <Table.Th scope="col">{t('members.since')}</Table.Th>
                    {isAreaCoordinator ? (
                      <Table.Th scope="col">
                        <VisuallyHidden>{t('members.actions')}</VisuallyHidden>
                      </Table.Th>
                    ) : null}
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {members.map((member) => (
                    <Table.Tr key={member.id}>
                      <Table.Td>
                        <Anchor component={Link} to={`/a/${area}/people/${member.person.id}`}>
                          {member.person.fullName}
                        </Anchor>
                      </Table.Td>
                      <Table.Td>{member.position ?? '—'}</Table.Td>
                      <Table.Td style={{ whiteSpace: 'nowrap' }}>{formatDay(member.since)}</Table.Td>
                      {isAreaCoordinator ? (
                        <Table.Td>
                          <EndMembershipButton membership={member} />
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
      <OrganisationFormModal opened={editing} onClose={edit.close} organisation={organisation} />
      <AddOrganisationMemberModal
        opened={adding}
        onClose={add.close}
        organisation={organisation}
        memberIds={members.map((member) => member.person.id)}
      />
    </>
  );
}
