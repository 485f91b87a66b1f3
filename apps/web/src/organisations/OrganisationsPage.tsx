import { useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Select, Table, TextInput } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { oneOf, useListParams } from '../ui/useListParams';
import { OrganisationFormModal } from './OrganisationFormModal';
import { OrganisationsDocument } from './organisations.operations';
import { ORGANISATION_SIDES } from './organisations.schema';
import { SIDE_COLORS } from './sides';

const PAGE_SIZE = 20;

/** Organisations of the area: municipality, providers, NGOs and user groups. */
export function OrganisationsPage() {
  const { t } = useTranslation('organisations');
  const { area = '' } = useParams();
  const { isAreaCoordinator } = useMe();
  const { params, page, search, setSearch, query, update, setPage } = useListParams();
  const side = oneOf(params.get('side'), ORGANISATION_SIDES);
  const [creating, create] = useDisclosure(false);
  const { data, previousData, loading, error } = useQuery(OrganisationsDocument, {
    variables: { search: query || undefined, side, page, pageSize: PAGE_SIZE },
  });
  const organisations = (data ?? previousData)?.organisations;
  const filtered = !!query || !!side;

  return (
    <>
      <PageHeader
        title={t('list.title')}
        subtitle={t('list.subtitle')}
        actions={isAreaCoordinator ? <Button onClick={create.open}>{t('list.create')}</Button> : null}
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
          label={t('fields.side')}
          placeholder={t('list.anySide')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={ORGANISATION_SIDES.map((value) => ({ value, label: t(`common:enums.OrganisationSide.${value}`) }))}
          value={side}
          onChange={(value) => update({ side: value, page: null })}
          miw={200}
        />
      </Group>
      <ErrorState error={error} />
      {loading && !organisations ? (
        <LoadingState />
      ) : !organisations || organisations.items.length === 0 ? (
        error ? null : (
          <EmptyState
            title={filtered ? t('list.noMatch') : t('list.empty')}
            action={!filtered && isAreaCoordinator ? <Button onClick={create.open}>{t('list.create')}</Button> : null}
          >
            {filtered ? t('list.noMatchHint') : null}
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={560}>
            <Table striped highlightOnHover aria-label={t('list.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('fields.name')}</Table.Th>
                  <Table.Th scope="col">{t('fields.side')}</Table.Th>
                  <Table.Th scope="col">{t('fields.registrationNumber')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('list.members')}
                  </Table.Th>
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {organisations.items.map((organisation) => (
                  <Table.Tr key={organisation.id}>
                    <Table.Td>
                      <Anchor component={Link} to={`/a/${area}/organisations/${organisation.id}`}>
                        {organisation.name}
                      </Anchor>
                    </Table.Td>
                    <Table.Td>
                      <Badge variant="dot" color={SIDE_COLORS[organisation.side]}>
                        {t(`common:enums.OrganisationSide.${organisation.side}`)}
                      </Badge>
                    </Table.Td>
                    <Table.Td>{organisation.registrationNumber ?? '—'}</Table.Td>
                    <Table.Td ta="right">{organisation.members.length}</Table.Td>
                  </Table.Tr>
                ))}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={organisations.total} onChange={setPage} />
        </>
      )}
      <OrganisationFormModal opened={creating} onClose={create.close} />
    </>
  );
}
