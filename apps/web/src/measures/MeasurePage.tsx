import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Group, Paper, SimpleGrid, Stack, Table, Text, Timeline, Title } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { MeasureFieldsFragment } from '../gql/graphql';
import { formatDateTime, formatMoney } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { ActivitiesSection } from './ActivitiesSection';
import { DiscussionsSection } from './DiscussionsSection';
import { MeasureEditModal } from './MeasureEditModal';
import { MeasureStateBadge } from './MeasureStateBadge';
import { MeasureDocument } from './measures.operations';
import { isOpenMeasure } from './measures.schema';
import { StateChangeForm } from './StateChangeForm';
import { useAreaCurrency } from './useAreaCurrency';

/** One measure: what it is, who carries it, what it costs, how it is measured, and its history. */
export function MeasurePage() {
  const { t } = useTranslation('measures');
  const { area = '', measureId = '' } = useParams();
  const [editing, { open, close }] = useDisclosure(false);
  const { data, loading, error } = useQuery(MeasureDocument, { variables: { id: measureId } });

  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const measure = data?.measure;
  if (!measure) return <EmptyState title={t('notFound')} />;

  return (
    <>
      <PageHeader
        title={`${measure.number} ${measure.title}`}
        subtitle={
          <Group gap="xs" component="span">
            <MeasureStateBadge state={measure.state} />
            <Anchor component={Link} to={`/a/${area}/plans/${measure.planId}`} size="sm">
              {t('backToPlan')}
            </Anchor>
          </Group>
        }
        actions={measure.canEdit ? <Button onClick={open}>{t('edit')}</Button> : null}
      />
      <Stack gap="lg">
        {measure.mergedInto ? (
          <Text>
            {t('mergedInto')}{' '}
            <Anchor component={Link} to={`/a/${area}/measures/${measure.mergedInto.id}`}>
              {`${measure.mergedInto.number} ${measure.mergedInto.title}`}
            </Anchor>
          </Text>
        ) : null}
        <Details measure={measure} />
        <Section title={t('sections.costs')}>
          <Costs measure={measure} />
        </Section>
        <Section title={t('sections.indicators')}>
          <Indicators measure={measure} />
        </Section>
        <Section title={t('sections.activities')}>
          <ActivitiesSection measure={measure} editable={measure.canEdit && isOpenMeasure(measure.state)} />
        </Section>
        <Section title={t('sections.discussions')}>
          <DiscussionsSection measure={measure} area={area} />
        </Section>
        {measure.canEdit ? (
          <Section title={t('sections.stateChange')}>
            <StateChangeForm measure={measure} />
          </Section>
        ) : null}
        <Section title={t('sections.history')}>
          <History measure={measure} />
        </Section>
      </Stack>
      {measure.canEdit ? <MeasureEditModal opened={editing} onClose={close} measure={measure} /> : null}
    </>
  );
}

function Section({ title, children }: { title: string; children: ReactNode }) {
  return (
    <Paper withBorder p="md" radius="md" component="section">
      <Title order={2} size="h4" mb="sm">
        {title}
      </Title>
      {children}
    </Paper>
  );
}

function Details({ measure }: { measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  const none = <Text c="dimmed">{t('none')}</Text>;
  const names = (items: { name: string }[]) => (items.length ? <Text>{items.map((item) => item.name).join(', ')}</Text> : none);
  const rows: [string, ReactNode][] = [
    [t('fields.targetGroups'), measure.targetGroups.length ? <Text>{measure.targetGroups.join(', ')}</Text> : none],
    [t('fields.responsibleOrganisation'), measure.responsibleOrganisation ? <Text>{measure.responsibleOrganisation.name}</Text> : none],
    [t('fields.partners'), names(measure.partners)],
    [t('fields.proposingGroups'), names(measure.proposingGroups)],
    [t('fields.timeline'), <Text key="timeline">{measure.fromYear === measure.toYear ? measure.fromYear : `${measure.fromYear}–${measure.toYear}`}</Text>],
    [t('fields.proposedBy'), <Text key="proposed">{`${measure.proposedBy?.fullName ?? t('unknownPerson')}, ${formatDateTime(measure.createdAt)}`}</Text>],
  ];
  return (
    <SimpleGrid cols={{ base: 1, md: 2 }} spacing="lg">
      <Section title={t('sections.about')}>
        <Stack gap="sm">
          <div>
            <Text fw={600} size="sm">
              {t('fields.description')}
            </Text>
            {measure.description ? <Text style={{ whiteSpace: 'pre-wrap' }}>{measure.description}</Text> : none}
          </div>
          <div>
            <Text fw={600} size="sm">
              {t('fields.rationale')}
            </Text>
            {measure.rationale ? <Text style={{ whiteSpace: 'pre-wrap' }}>{measure.rationale}</Text> : none}
          </div>
        </Stack>
      </Section>
      <Section title={t('sections.who')}>
        <dl className="measure-facts">
          {rows.map(([label, value]) => (
            <div key={label}>
              <dt>{label}</dt>
              <dd>{value}</dd>
            </div>
          ))}
        </dl>
      </Section>
    </SimpleGrid>
  );
}

function Costs({ measure }: { measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  const currency = useAreaCurrency();
  if (measure.costs.length === 0) return <Text c="dimmed">{t('noCosts')}</Text>;
  const costs = [...measure.costs].sort((a, b) => a.year - b.year);
  return (
    <Table.ScrollContainer minWidth={360}>
      <Table aria-label={t('sections.costs')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.year')}</Table.Th>
            <Table.Th>{t('fields.source')}</Table.Th>
            <Table.Th ta="right">{t('fields.amount')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {costs.map((cost) => (
            <Table.Tr key={cost.id}>
              <Table.Td>{cost.year}</Table.Td>
              <Table.Td>{t(`source.${cost.source}`)}</Table.Td>
              <Table.Td ta="right" style={{ whiteSpace: 'nowrap' }}>
                {formatMoney(cost.amount, currency)}
              </Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
        <Table.Tfoot>
          <Table.Tr>
            <Table.Th colSpan={2} scope="row">
              {t('total')}
            </Table.Th>
            <Table.Td ta="right" fw={700} style={{ whiteSpace: 'nowrap' }}>
              {formatMoney(measure.totalCost, currency)}
            </Table.Td>
          </Table.Tr>
        </Table.Tfoot>
      </Table>
    </Table.ScrollContainer>
  );
}

function Indicators({ measure }: { measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  if (measure.indicators.length === 0) return <Text c="dimmed">{t('noIndicators')}</Text>;
  return (
    <Table.ScrollContainer minWidth={420}>
      <Table aria-label={t('sections.indicators')} striped>
        <Table.Thead>
          <Table.Tr>
            <Table.Th>{t('fields.indicatorName')}</Table.Th>
            <Table.Th>{t('fields.unit')}</Table.Th>
            <Table.Th ta="right">{t('fields.baseline')}</Table.Th>
            <Table.Th ta="right">{t('fields.target')}</Table.Th>
          </Table.Tr>
        </Table.Thead>
        <Table.Tbody>
          {measure.indicators.map((indicator) => (
            <Table.Tr key={indicator.id}>
              <Table.Td>{indicator.name}</Table.Td>
              <Table.Td>{indicator.unit}</Table.Td>
              <Table.Td ta="right">{indicator.baseline ?? '–'}</Table.Td>
              <Table.Td ta="right">{indicator.target}</Table.Td>
            </Table.Tr>
          ))}
        </Table.Tbody>
      </Table>
    </Table.ScrollContainer>
  );
}

function History({ measure }: { measure: MeasureFieldsFragment }) {
  const { t } = useTranslation('measures');
  return (
    <Timeline active={measure.history.length - 1} bulletSize={14} lineWidth={2}>
      {measure.history.map((change) => (
        <Timeline.Item
          key={change.id}
          title={change.fromState ? t('history.change', { from: t(`state.${change.fromState}`), to: t(`state.${change.toState}`) }) : t('history.proposed')}
        >
          <Text size="sm" c="dimmed">
            {`${change.changedBy?.fullName ?? t('unknownPerson')}, ${formatDateTime(change.changedAt)}`}
          </Text>
          {change.reason ? <Text size="sm">{t('history.reason', { reason: change.reason })}</Text> : null}
          {change.mergedInto ? <Text size="sm">{t('history.mergedInto', { label: `${change.mergedInto.number} ${change.mergedInto.title}` })}</Text> : null}
        </Timeline.Item>
      ))}
    </Timeline>
  );
}
