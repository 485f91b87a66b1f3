import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Button, Group, Paper, Stack, Table, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { PublishedActionPlanQuery } from '../gql/graphql';
import { MarkdownText } from '../ui/MarkdownText';
import { formatDay, formatMoney } from '../ui/format';
import { ErrorState, LoadingState } from '../ui/States';
import { groupMeasures, sumAmounts } from './measure-tree';
import { publishedPlanPdfPath, publishedPlansPath } from './paths';
import { PublishedActionPlanDocument } from './publication.operations';
import { withLocale } from '../i18n';

type Plan = NonNullable<PublishedActionPlanQuery['publishedActionPlan']>;
type Measure = Plan['measures'][number];

/** `/p/:area/plans/:planId`: the published plan to read in the browser, its sections and measures, and its PDF. */
export function PublishedPlanPage() {
  const { t } = useTranslation('publication');
  const { area = '', planId = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedActionPlanDocument, { variables: { areaSlug: area, id: planId } });
  if (loading && !data) return <LoadingState />;
  if (error) return <ErrorState error={error} />;
  const plan = data?.publishedActionPlan;
  if (!plan) {
    return (
      <Alert color="yellow" title={t('public.notFound')}>
        <Anchor component={Link} to={publishedPlansPath(area)}>
          {t('public.back')}
        </Anchor>
      </Alert>
    );
  }
  const priorities = groupMeasures(plan.measures);

  return (
    <Stack gap="lg">
      <div>
        <Anchor component={Link} to={publishedPlansPath(area)} size="sm">
          {t('public.back')}
        </Anchor>
        <Title order={1} mt="xs">
          {plan.title}
        </Title>
        {plan.resolution ? (
          <Text c="dimmed" mt={4}>
            {t('public.approvedBy', { body: plan.resolution.body, number: plan.resolution.number, date: formatDay(plan.resolution.decidedOn) })}
            {plan.versionNumber ? ` · ${t('public.version', { number: plan.versionNumber })}` : ''}
          </Text>
        ) : null}
        <Group mt="sm">
          <Button component="a" href={withLocale(publishedPlanPdfPath(area, plan.id))} variant="light">
            {t('public.pdf')}
          </Button>
        </Group>
      </div>

      {plan.sections.length > 0 ? (
        <nav aria-labelledby="contents-heading">
          <Title order={2} size="h4" id="contents-heading">
            {t('public.contents')}
          </Title>
          <Stack gap={2} mt="xs">
            {plan.sections.map((section) => (
              <Anchor key={section.id} href={`#section-${section.position}`} size="sm">
                {section.title}
              </Anchor>
            ))}
            {priorities.length > 0 ? (
              <Anchor href="#measures" size="sm">
                {t('public.measures')}
              </Anchor>
            ) : null}
          </Stack>
        </nav>
      ) : null}

      {plan.sections.map((section) => (
        <section key={section.id} id={`section-${section.position}`} aria-labelledby={`section-${section.position}-heading`}>
          <Title order={2} id={`section-${section.position}-heading`} mb="sm">
            {section.title}
          </Title>
          <MarkdownText text={section.body} />
        </section>
      ))}

      {priorities.length > 0 ? (
        <section id="measures" aria-labelledby="measures-heading">
          <Title order={2} id="measures-heading" mb="sm">
            {t('public.measures')}
          </Title>
          <Stack gap="lg">
            {priorities.map((priority) => (
              <Stack key={priority.title} gap="sm">
                <Title order={3}>{priority.title}</Title>
                {priority.goals.map((goal) => (
                  <Stack key={goal.title} gap="sm" pl={{ base: 0, sm: 'md' }}>
                    <Title order={4}>{goal.title}</Title>
                    {goal.measures.map((measure) => (
                      <MeasureCard key={measure.id} measure={measure} />
                    ))}
                  </Stack>
                ))}
              </Stack>
            ))}
          </Stack>
        </section>
      ) : null}
    </Stack>
  );
}

function MeasureCard({ measure }: { measure: Measure }) {
  const { t } = useTranslation('publication');
  const headingId = `measure-${measure.id}`;
  const total = sumAmounts(measure.costs.map((cost) => cost.amount));
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Title order={5} id={headingId} size="h5">
        {measure.number} {measure.title}
      </Title>
      {measure.description ? <Text mt="xs">{measure.description}</Text> : null}
      <Stack gap={2} mt="xs">
        {measure.rationale ? (
          <Text size="sm">
            <strong>{t('measure.rationale')}:</strong> {measure.rationale}
          </Text>
        ) : null}
        {measure.targetGroups.length ? (
          <Text size="sm">
            <strong>{t('measure.targetGroups')}:</strong> {measure.targetGroups.join(', ')}
          </Text>
        ) : null}
        {measure.responsibleOrganisationName ? (
          <Text size="sm">
            <strong>{t('measure.responsible')}:</strong> {measure.responsibleOrganisationName}
          </Text>
        ) : null}
        {measure.partnerNames.length ? (
          <Text size="sm">
            <strong>{t('measure.partners')}:</strong> {measure.partnerNames.join(', ')}
          </Text>
        ) : null}
        <Text size="sm">
          <strong>{t('measure.timeline')}:</strong> {measure.fromYear === measure.toYear ? measure.fromYear : `${measure.fromYear}–${measure.toYear}`}
        </Text>
      </Stack>
      {measure.indicators.length ? (
        <Table.ScrollContainer minWidth={360} mt="sm">
          <Table aria-label={t('measure.indicatorsOf', { title: measure.title })} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('measure.indicator')}</Table.Th>
                <Table.Th>{t('measure.unit')}</Table.Th>
                <Table.Th ta="right">{t('measure.baseline')}</Table.Th>
                <Table.Th ta="right">{t('measure.target')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measure.indicators.map((indicator, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{indicator.name}</Table.Td>
                  <Table.Td>{indicator.unit}</Table.Td>
                  <Table.Td ta="right">{indicator.baseline ?? '—'}</Table.Td>
                  <Table.Td ta="right">{indicator.target}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
          </Table>
        </Table.ScrollContainer>
      ) : null}
      {measure.costs.length ? (
        <Table.ScrollContainer minWidth={360} mt="sm">
          <Table aria-label={t('measure.costsOf', { title: measure.title })} withTableBorder>
            <Table.Thead>
              <Table.Tr>
                <Table.Th>{t('measure.year')}</Table.Th>
                <Table.Th>{t('measure.source')}</Table.Th>
                <Table.Th ta="right">{t('measure.amount')}</Table.Th>
              </Table.Tr>
            </Table.Thead>
            <Table.Tbody>
              {measure.costs.map((cost, index) => (
                <Table.Tr key={index}>
                  <Table.Td>{cost.year}</Table.Td>
                  <Table.Td>{t(`measures:source.${cost.source}`)}</Table.Td>
                  <Table.Td ta="right">{formatMoney(cost.amount)}</Table.Td>
                </Table.Tr>
              ))}
            </Table.Tbody>
            {measure.costs.length > 1 ? (
              <Table.Tfoot>
                <Table.Tr>
                  <Table.Th colSpan={2}>{t('measure.total')}</Table.Th>
                  <Table.Th ta="right">{formatMoney(total)}</Table.Th>
                </Table.Tr>
              </Table.Tfoot>
            ) : null}
          </Table>
        </Table.ScrollContainer>
      ) : null}
    </Paper>
  );
}
