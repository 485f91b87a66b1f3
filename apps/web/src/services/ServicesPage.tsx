import { useQuery } from '@apollo/client/react';
import { Button, Group, Select, Table, Text, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { useParams } from 'react-router';
import type { ServiceFieldsFragment, ServiceType } from '../gql/graphql';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { ExportLinks } from '../ui/ExportLinks';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useListParams } from '../ui/useListParams';
import { ImportServicesModal } from './ImportServicesModal';
import { ServiceFormModal } from './ServiceFormModal';
import { ServicesDocument } from './services.operations';
import { typeLabel } from './services.schema';
import { useMyProviderOrganisations, useServiceTypes } from './useServiceTypes';

const PAGE_SIZE = 20;

/** The register of social services of the area; providers and the coordinator keep it. */
export function ServicesPage() {
  const { t } = useTranslation('services');
  const { area = '' } = useParams();
  const { params, page, update, setPage } = useListParams();
  const { types, byType } = useServiceTypes();
  const { organisations, canManageAny } = useMyProviderOrganisations();
  const canManage = canManageAny || organisations.length > 0;
  const ownIds = new Set(organisations.map((organisation) => organisation.id));
  const type = byType.has(params.get('type') as ServiceType) ? (params.get('type') as ServiceType) : null;
  const organisationId = params.get('organisationId');
  const [creating, create] = useDisclosure(false);
  const [importing, importer] = useDisclosure(false);
  const [editing, setEditing] = useState<ServiceFieldsFragment>();
  const { data, previousData, loading, error } = useQuery(ServicesDocument, {
    variables: { filter: { type, organisationId }, page, pageSize: PAGE_SIZE },
  });
  const services = (data ?? previousData)?.services;
  const filtered = !!type || !!organisationId;
  const actions = canManage ? (
    <>
      <Button variant="default" onClick={importer.open}>
        {t('list.import')}
      </Button>
      <Button onClick={create.open}>{t('list.create')}</Button>
    </>
  ) : null;

  return (
    <>
      <PageHeader title={t('list.title')} subtitle={t('list.subtitle')} actions={actions} />
      <Group mb="md" align="flex-end" grow preventGrowOverflow={false}>
        <Select
          label={t('fields.type')}
          placeholder={t('list.anyType')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={types.map((option) => ({ value: option.type, label: typeLabel(option) }))}
          value={type}
          onChange={(value) => update({ type: value, page: null })}
          miw={260}
        />
        <OrganisationSelect
          label={t('list.provider')}
          value={organisationId}
          onChange={(value) => update({ organisationId: value, page: null })}
        />
      </Group>
      <Group justify="flex-end" mb="sm">
        <ExportLinks what="services" area={area} filters={{ serviceType: type, organisationId }} />
      </Group>
      <ErrorState error={error} />
      {loading && !services ? (
        <LoadingState />
      ) : !services || services.items.length === 0 ? (
        error ? null : (
          <EmptyState title={filtered ? t('list.noMatch') : t('list.empty')} action={!filtered ? actions : null}>
            {filtered ? t('list.noMatchHint') : t('list.emptyHint')}
          </EmptyState>
        )
      ) : (
        <>
          <Table.ScrollContainer minWidth={820}>
            <Table striped highlightOnHover aria-label={t('list.tableLabel')}>
              <Table.Thead>
                <Table.Tr>
                  <Table.Th scope="col">{t('list.provider')}</Table.Th>
                  <Table.Th scope="col">{t('list.service')}</Table.Th>
                  <Table.Th scope="col">{t('fields.form')}</Table.Th>
                  <Table.Th scope="col" ta="right">
                    {t('fields.capacity')}
                  </Table.Th>
                  <Table.Th scope="col">{t('fields.targetGroups')}</Table.Th>
                  <Table.Th scope="col">{t('fields.registrationId')}</Table.Th>
                  {canManage ? (
                    <Table.Th scope="col">
                      <VisuallyHidden>{t('list.actions')}</VisuallyHidden>
                    </Table.Th>
                  ) : null}
                </Table.Tr>
              </Table.Thead>
              <Table.Tbody>
                {services.items.map((service) => {
                  const info = byType.get(service.type);
                  return (
                    <Table.Tr key={service.id}>
                      <Table.Td>{service.organisation.name}</Table.Td>
                      <Table.Td>
                        <Text size="xs" c="dimmed">
                          {info ? typeLabel(info) : service.type}
                        </Text>
                        <Text size="sm" fw={500}>
                          {service.name}
                        </Text>
                      </Table.Td>
                      <Table.Td>{t(`enums.ServiceForm.${service.form}`)}</Table.Td>
                      <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                        {service.capacity} {t(`enums.CapacityUnitShort.${service.capacityUnit}`)}
                      </Table.Td>
                      <Table.Td>{service.targetGroups.map((group) => t(`enums.TargetGroup.${group}`)).join(', ')}</Table.Td>
                      <Table.Td>{service.registrationId}</Table.Td>
                      {canManage ? (
                        <Table.Td>
                          {canManageAny || ownIds.has(service.organisation.id) ? (
                            <Button size="compact-sm" variant="subtle" onClick={() => setEditing(service)} aria-label={`${t('list.edit')}: ${service.name}`}>
                              {t('list.edit')}
                            </Button>
                          ) : null}
                        </Table.Td>
                      ) : null}
                    </Table.Tr>
                  );
                })}
              </Table.Tbody>
            </Table>
          </Table.ScrollContainer>
          <PaginationBar page={page} pageSize={PAGE_SIZE} total={services.total} onChange={setPage} />
        </>
      )}
      <ServiceFormModal opened={creating} onClose={create.close} />
      <ServiceFormModal opened={!!editing} onClose={() => setEditing(undefined)} service={editing} />
      <ImportServicesModal opened={importing} onClose={importer.close} />
    </>
  );
}
