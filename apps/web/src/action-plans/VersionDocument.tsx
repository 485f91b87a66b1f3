import { Anchor, Badge, Box, Grid, Group, List, Paper, Stack, Table, Text, Title } from '@mantine/core';
import type { ReactNode } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import type { ActionPlanVersionFieldsFragment } from '../gql/graphql';
import { useAreaCurrency } from '../measures/useAreaCurrency';
import { formatMoney, formatNumber } from '../ui/format';
import { groupMeasures } from './action-plans.helpers';
import { MarkdownText } from '../ui/MarkdownText';

export type VersionView = ActionPlanVersionFieldsFragment;
export type SectionView = VersionView['sections'][number];
export type PlanMeasureView = VersionView['measures'][number];

/** What may be hung beside a section or a measure (e.g. its comments); null for nothing. */
export type AsideTarget = { kind: 'section'; section: SectionView } | { kind: 'measure'; measure: PlanMeasureView };

/**
 * A version of an action plan as a read-only document: its sections (Markdown) and its measures
 * grouped by priority and goal, with every field. Every quotable text sits in an element marked
 * `data-quote-section="<sectionId>" data-quote-field="body"` or `data-quote-measure="<planMeasureId>"
 * data-quote-field="title|description|rationale"`, whose text content is the quoted field.
 * `renderAside` puts something beside each section and measure (e.g. comments).
 */
export function VersionDocument({ version, renderAside }: { version: VersionView; renderAside?: (target: AsideTarget) => ReactNode }) {
  const { t } = useTranslation('actionPlans');
  const withAside = (main: ReactNode, aside: ReactNode) =>
    aside ? (
      <Grid gap="lg">
        <Grid.Col span={{ base: 12, md: 8 }}>{main}</Grid.Col>
        <Grid.Col span={{ base: 12, md: 4 }}>{aside}</Grid.Col>
      </Grid>
    ) : (
      main
    );

  return (
    <Stack gap="xl">
      <nav aria-label={t('reader.contents')}>
        <Title order={2} size="h4" mb="xs">
          {t('reader.contents')}
        </Title>
        <List type="ordered" spacing={2}>
          {version.sections.map((section) => (
            <List.Item key={section.id}>
              <Anchor href={`#section-${section.id}`}>{section.title}</Anchor>
            </List.Item>
          ))}
          <List.Item>
            <Anchor href="#measures">{t('reader.measuresHeading')}</Anchor>
          </List.Item>
        </List>
      </nav>
      {version.sections.map((section) => (
        <Box component="section" key={section.id} id={`section-${section.id}`} aria-labelledby={`section-title-${section.id}`}>
          {withAside(
            <Stack gap="sm">
              <Title order={2} size="h3" id={`section-title-${section.id}`}>
                {section.title}
              </Title>
              {section.body.trim() ? (
                <MarkdownText text={section.body} data-quote-section={section.id} data-quote-field="body" />
              ) : (
                <Text c="dimmed">{t('section.empty')}</Text>
              )}
            </Stack>,
            renderAside?.({ kind: 'section', section }),
          )}
        </Box>
      ))}
      <Box component="section" id="measures" aria-labelledby="measures-title">
        <Title order={2} size="h3" id="measures-title" mb="sm">
          {t('reader.measuresHeading')}
        </Title>
        {version.measures.length === 0 ? <Text c="dimmed">{t('reader.noMeasures')}</Text> : null}
        <Stack gap="lg">
          {groupMeasures(version.measures).map((priority) => (
            <Stack key={priority.priorityTitle} gap="md">
              <Title order={3} size="h4">
                {priority.priorityTitle}
              </Title>
              {priority.goals.map((goal) => (
                <Stack key={goal.goalTitle} gap="sm" pl="sm">
                  <Title order={4} size="h5">
                    {goal.goalTitle}
                  </Title>
                  {goal.measures.map((measure) => (
                    <Box key={measure.id} id={`measure-${measure.id}`}>
                      {withAside(<MeasureCard measure={measure} year={version.actionPlan.year} />, renderAside?.({ kind: 'measure', measure }))}
                    </Box>
                  ))}
                </Stack>
              ))}
            </Stack>
          ))}
        </Stack>
      </Box>
    </Stack>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="sm" fw={600}>
        {label}
      </Text>
      {children}
    </div>
  );
}

/** One measure of a version with every field, read-only. */
export function MeasureCard({ measure, year }: { measure: PlanMeasureView; year: number }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const currency = useAreaCurrency();
  const none = <Text c="dimmed">{t('measure.none')}</Text>;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={`measure-title-${measure.id}`}>
      <Stack gap="sm">
        <Group justify="space-between" align="flex-start" wrap="nowrap">
          <Title order={5} size="h5" id={`measure-title-${measure.id}`}>
            <span>{measure.number} </span>
            <span data-quote-measure={measure.id} data-quote-field="title">
              {measure.title}
            </span>
          </Title>
          <Anchor component={Link} to={`/a/${area}/measures/${measure.measureId}`} size="sm">
            {t('measures.open', { number: measure.number })}
          </Anchor>
        </Group>
        <Badge variant="light" color="gray">
          {t('reader.stateAtCopy', { state: t(`measures:state.${measure.measureState}`) })}
        </Badge>
        <Field label={t('measure.description')}>
          {measure.description ? (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-quote-measure={measure.id} data-quote-field="description">
              {measure.description}
            </Text>
          ) : (
            none
          )}
        </Field>
        <Field label={t('measure.rationale')}>
          {measure.rationale ? (
            <Text style={{ whiteSpace: 'pre-wrap' }} data-quote-measure={measure.id} data-quote-field="rationale">
              {measure.rationale}
            </Text>
          ) : (
            none
          )}
        </Field>
        <Group gap="xl" align="flex-start">
          <Field label={t('measure.responsible')}>{measure.responsibleOrganisationName ? <Text>{measure.responsibleOrganisationName}</Text> : none}</Field>
          <Field label={t('measure.partners')}>{measure.partnerNames.length ? <Text>{measure.partnerNames.join(', ')}</Text> : none}</Field>
          <Field label={t('measure.timeline')}>
            <Text>{t('fields.period', { from: measure.fromYear, to: measure.toYear })}</Text>
          </Field>
          <Field label={t('measure.targetGroups')}>{measure.targetGroups.length ? <Text>{measure.targetGroups.join(', ')}</Text> : none}</Field>
          <Field label={t('measure.groups')}>{measure.proposingGroupNames.length ? <Text>{measure.proposingGroupNames.join(', ')}</Text> : none}</Field>
        </Group>
        {measure.costs.length ? (
          <Field label={t('measure.costs')}>
            <Table.ScrollContainer minWidth={260}>
              <Table withTableBorder>
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
                      <Table.Td ta="right">{formatMoney(cost.amount, currency)}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
                <Table.Tfoot>
                  <Table.Tr>
                    <Table.Th colSpan={2}>{t('measures.yearCost', { year })}</Table.Th>
                    <Table.Td ta="right">{formatMoney(measure.yearCost, currency)}</Table.Td>
                  </Table.Tr>
                  <Table.Tr>
                    <Table.Th colSpan={2}>{t('measures.total')}</Table.Th>
                    <Table.Td ta="right">{formatMoney(measure.totalCost, currency)}</Table.Td>
                  </Table.Tr>
                </Table.Tfoot>
              </Table>
            </Table.ScrollContainer>
          </Field>
        ) : null}
        {measure.indicators.length ? (
          <Field label={t('measure.indicators')}>
            <List spacing={2}>
              {measure.indicators.map((indicator, index) => (
                <List.Item key={index}>
                  {`${indicator.name}: ${indicator.baseline !== null && indicator.baseline !== undefined ? formatNumber(Number(indicator.baseline), 2) : '–'} → ${formatNumber(Number(indicator.target), 2)} ${indicator.unit}`}
                </List.Item>
              ))}
            </List>
          </Field>
        ) : null}
        {measure.activities.length ? (
          <Field label={t('measure.activities')}>
            <List spacing={2}>
              {measure.activities.map((activity) => (
                <List.Item key={activity.number}>
                  {`${activity.number} ${activity.title}`}
                  {activity.description ? <Text size="sm" c="dimmed">{activity.description}</Text> : null}
                </List.Item>
              ))}
            </List>
          </Field>
        ) : null}
      </Stack>
    </Paper>
  );
}
