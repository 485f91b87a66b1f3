import { useQuery } from '@apollo/client/react';
import { Alert, Anchor, Badge, Box, Button, Checkbox, Group, NativeSelect, Paper, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import type { CSSProperties } from 'react';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams, useSearchParams } from 'react-router';
import type { ActionPlanDiffQuery } from '../gql/graphql';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { commentPath } from '../comments/paths';
import { defaultDiffPair, visibleDiff } from './action-plans.helpers';
import { ActionPlanDiffDocument, ActionPlanDocument } from './action-plans.operations';

type Diff = ActionPlanDiffQuery['actionPlanDiff'];
type FieldView = Diff['sections'][number]['fields'][number];

/** Colours with at least 4.5:1 contrast; underline and strike-through carry the meaning without colour. */
const INS: CSSProperties = { background: '#d3f9d8', color: '#0b4d1c', textDecoration: 'underline', textDecorationThickness: 2 };
const DEL: CSSProperties = { background: '#ffe3e3', color: '#7d1414', textDecoration: 'line-through' };

const STATUS_COLOR: Record<string, string> = { ADDED: 'green', REMOVED: 'red', CHANGED: 'blue', UNCHANGED: 'gray' };

/** Two versions of an action plan compared: per section and per measure field, insertions and deletions, with the comments behind them. */
export function DiffPage() {
  const { t } = useTranslation('actionPlans');
  const { area = '', planId = '' } = useParams();
  const [params, setParams] = useSearchParams();
  const plan = useQuery(ActionPlanDocument, { variables: { id: planId } });
  const versions = plan.data?.actionPlan?.versions ?? [];
  const pair = defaultDiffPair(versions);
  const from = params.get('from') ?? pair?.from ?? '';
  const to = params.get('to') ?? pair?.to ?? '';
  const [choice, setChoice] = useState<{ from: string; to: string }>();
  const picked = choice ?? { from, to };
  const [showUnchanged, setShowUnchanged] = useState(false);
  const diff = useQuery(ActionPlanDiffDocument, { variables: { from, to }, skip: !from || !to || from === to });

  if (plan.loading && !plan.data) return <LoadingState />;
  if (plan.error) return <ErrorState error={plan.error} />;
  const actionPlan = plan.data?.actionPlan;
  if (!actionPlan) return <EmptyState title={t('plan.notFound')} />;
  const options = [...versions].sort((a, b) => a.number - b.number).map((v) => ({ value: v.id, label: t('diff.versionOption', { number: v.number, state: t(`versionState.${v.state}`) }) }));
  const result = diff.data?.actionPlanDiff;
  const sections = result ? visibleDiff(result.sections, showUnchanged) : [];
  const measures = result ? visibleDiff(result.measures, showUnchanged) : [];

  return (
    <>
      <PageHeader
        title={t('diff.title')}
        subtitle={
          <Group gap="xs" component="span">
            <span>{actionPlan.title}</span>
            <Anchor component={Link} to={`/a/${area}/action-plans/${planId}`} size="sm">
              {t('reader.back')}
            </Anchor>
          </Group>
        }
      />
      {versions.length < 2 ? <EmptyState title={t('diff.needTwo')} /> : null}
      {versions.length >= 2 ? (
        <form
          onSubmit={(event) => {
            event.preventDefault();
            setChoice(undefined);
            setParams({ from: picked.from, to: picked.to });
          }}
        >
          <Group align="flex-end" mb="md">
            <NativeSelect label={t('diff.from')} data={options} value={picked.from} onChange={(event) => setChoice({ ...picked, from: event.currentTarget.value })} />
            <NativeSelect label={t('diff.to')} data={options} value={picked.to} onChange={(event) => setChoice({ ...picked, to: event.currentTarget.value })} />
            <Button type="submit">{t('diff.show')}</Button>
            <Checkbox label={t('diff.showUnchanged')} checked={showUnchanged} onChange={(event) => setShowUnchanged(event.currentTarget.checked)} />
          </Group>
        </form>
      ) : null}
      {from && from === to ? <Alert color="yellow">{t('diff.pickTwo')}</Alert> : null}
      {diff.loading ? <LoadingState /> : null}
      <ErrorState error={diff.error} />
      {result ? (
        <Stack gap="lg">
          <Text size="sm" c="dimmed">
            {t('diff.legend')}
          </Text>
          {sections.length === 0 && measures.length === 0 ? <EmptyState title={t('diff.noChanges')} /> : null}
          {sections.length ? (
            <Stack gap="md" component="section" aria-labelledby="diff-sections">
              <Title order={2} size="h3" id="diff-sections">
                {t('diff.sections')}
              </Title>
              {sections.map((section) => (
                <DiffCard key={section.lineageId} title={(section.to ?? section.from)?.title ?? ''} status={section.status} fields={section.fields} />
              ))}
            </Stack>
          ) : null}
          {measures.length ? (
            <Stack gap="md" component="section" aria-labelledby="diff-measures">
              <Title order={2} size="h3" id="diff-measures">
                {t('diff.measures')}
              </Title>
              {measures.map((measure) => {
                const item = measure.to ?? measure.from;
                return <DiffCard key={measure.measureId} title={item ? `${item.number} ${item.title}` : ''} status={measure.status} fields={measure.fields} />;
              })}
            </Stack>
          ) : null}
        </Stack>
      ) : null}
    </>
  );
}

function DiffCard({ title, status, fields }: { title: string; status: string; fields: FieldView[] }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const shown = status === 'UNCHANGED' ? [] : fields.filter((field) => field.changed);
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-label={title}>
      <Group gap="sm" mb="xs">
        <Title order={3} size="h4">
          {title}
        </Title>
        <Badge color={STATUS_COLOR[status]} variant="light">
          {t(`diff.status.${status}`)}
        </Badge>
      </Group>
      <Stack gap="sm">
        {shown.map((field) => (
          <Box key={field.field}>
            <Text size="sm" fw={600}>
              {t(`diff.field.${field.field}`)}
            </Text>
            <DiffText segments={field.segments} />
            {field.reasons.map((reason) => (
              <Badge
                key={reason.linkId}
                component={Link}
                to={commentPath(area, reason.commentId)}
                variant="outline"
                color="teal.9"
                size="lg"
                mt={4}
                style={{ textTransform: 'none', height: 'auto', whiteSpace: 'normal', cursor: 'pointer' }}
              >
                {reason.excerpt ? t('diff.reason', { excerpt: reason.excerpt }) : t('diff.reasonHidden')}
                {reason.outcome ? ` (${t('diff.reasonOutcome', { outcome: t(`outcome.${reason.outcome}`) })})` : ''}
              </Badge>
            ))}
          </Box>
        ))}
      </Stack>
    </Paper>
  );
}

/** A word-level diff: insertions in <ins> (green, underlined), deletions in <del> (red, struck through), each announced to screen readers. */
export function DiffText({ segments }: { segments: FieldView['segments'] }) {
  const { t } = useTranslation('actionPlans');
  return (
    <Text component="div" style={{ whiteSpace: 'pre-wrap' }}>
      {segments.map((segment, index) => {
        if (segment.kind === 'INSERT') {
          return (
            <ins key={index} style={INS}>
              <VisuallyHidden>{`[${t('diff.inserted')}: `}</VisuallyHidden>
              {segment.text}
              <VisuallyHidden>]</VisuallyHidden>
            </ins>
          );
        }
        if (segment.kind === 'DELETE') {
          return (
            <del key={index} style={DEL}>
              <VisuallyHidden>{`[${t('diff.deleted')}: `}</VisuallyHidden>
              {segment.text}
              <VisuallyHidden>]</VisuallyHidden>
            </del>
          );
        }
        return <span key={index}>{segment.text}</span>;
      })}
    </Text>
  );
}
