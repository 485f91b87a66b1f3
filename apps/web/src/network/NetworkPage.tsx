import { useQuery } from '@apollo/client/react';
import { Group, Paper, Select, SimpleGrid, Stack, Table, Text, Title } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ServiceType, TargetGroup } from '../gql/graphql';
import { formatNumber } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { CapacityChart } from './CapacityChart';
import { signed } from './chart';
import { ServiceNetworkDocument } from './network.operations';

/** "§ 49 Domovy pro seniory" from the catalogue's section and name. */
export function typeLabel(section: string, name: string): string {
  return `§\u00a0${section.replace(/^§\s*/, '')} ${name.charAt(0).toUpperCase()}${name.slice(1)}`;
}

/**
 * The service network of the area: registered capacity per service type, target group and unit,
 * beside what it would be once the recommended (and forwarded, included) intentions are realised.
 */
export function NetworkPage() {
  const { t } = useTranslation('network');
  const [serviceType, setServiceType] = useState<ServiceType | null>(null);
  const [targetGroup, setTargetGroup] = useState<TargetGroup | null>(null);
  const { data, previousData, loading, error } = useQuery(ServiceNetworkDocument, { variables: { serviceType, targetGroup } });
  const current = data ?? previousData;
  const network = current?.serviceNetwork;
  const typeName = new Map((current?.serviceTypes ?? []).map((info) => [info.type, typeLabel(info.section, info.name)]));
  const targetGroups = Object.keys(t('services:enums.TargetGroup', { returnObjects: true }) as Record<string, string>) as TargetGroup[];
  const unit = (value: string) => t(`services:enums.CapacityUnit.${value}`);

  return (
    <>
      <PageHeader title={t('title')} subtitle={t('subtitle')} />
      <Paper withBorder p="md" mb="md">
        <Group align="flex-end" grow preventGrowOverflow={false}>
          <Select
            label={t('serviceType')}
            placeholder={t('allTypes')}
            clearable
            searchable
            data={(current?.serviceTypes ?? []).map((info) => ({ value: info.type, label: typeLabel(info.section, info.name) }))}
            value={serviceType}
            onChange={(value) => setServiceType(value as ServiceType | null)}
            miw={260}
          />
          <Select
            label={t('targetGroup')}
            placeholder={t('allGroups')}
            clearable
            data={targetGroups.map((value) => ({ value, label: t(`services:enums.TargetGroup.${value}`) }))}
            value={targetGroup}
            onChange={(value) => setTargetGroup(value as TargetGroup | null)}
            miw={220}
          />
        </Group>
      </Paper>
      <ErrorState error={error} />
      {loading && !network ? (
        <LoadingState />
      ) : !network || network.rows.length === 0 ? (
        error ? null : <EmptyState title={t('empty')}>{t('emptyHint')}</EmptyState>
      ) : (
        <Stack>
          <SimpleGrid cols={{ base: 1, sm: 2, md: 4 }} spacing="sm">
            {network.totals.map((total) => (
              <Paper key={total.unit} withBorder p="md" aria-label={t('totalOf', { unit: unit(total.unit) })}>
                <Text size="sm" c="dimmed">
                  {unit(total.unit)}
                </Text>
                <Text fw={700} fz={24}>
                  {formatNumber(total.current, 0)} → {formatNumber(total.proposed, 0)}
                </Text>
                <Text size="sm">{t('change', { change: signed(total.change) })}</Text>
              </Paper>
            ))}
          </SimpleGrid>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('chartTitle')}
            </Title>
            <CapacityChart types={network.types} typeName={(type) => typeName.get(type as ServiceType) ?? type} />
            <Text size="sm" c="dimmed" mt="sm">
              {t('chartNote')}
            </Text>
          </Paper>
          <Paper withBorder p="md">
            <Title order={2} size="h4" mb="sm">
              {t('byType')}
            </Title>
            <Table.ScrollContainer minWidth={720}>
              <Table striped aria-label={t('byType')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('serviceType')}</Table.Th>
                    <Table.Th scope="col">{t('targetGroup')}</Table.Th>
                    <Table.Th scope="col">{t('unit')}</Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('services')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('current')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('proposed')}
                    </Table.Th>
                    <Table.Th scope="col" ta="right">
                      {t('changeColumn')}
                    </Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {network.rows.map((row) => (
                    <Table.Tr key={`${row.serviceType}-${row.targetGroup}-${row.unit}`}>
                      <Table.Td>{typeName.get(row.serviceType) ?? row.section}</Table.Td>
                      <Table.Td>{t(`services:enums.TargetGroup.${row.targetGroup}`)}</Table.Td>
                      <Table.Td>{unit(row.unit)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.services, 0)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.current, 0)}</Table.Td>
                      <Table.Td ta="right">{formatNumber(row.proposed, 0)}</Table.Td>
                      <Table.Td ta="right">
                        <Text span fw={row.change === 0 ? 400 : 700} style={{ whiteSpace: 'nowrap' }}>
                          {signed(row.change)}
                        </Text>
                      </Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
            <Text size="sm" c="dimmed" mt="sm">
              {t('note')}
            </Text>
          </Paper>
        </Stack>
      )}
    </>
  );
}
