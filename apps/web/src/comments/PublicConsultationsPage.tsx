import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { PublicCommentRoundsDocument } from './comments.operations';
import { publicConsultationPath } from './paths';
import { PhaseBadge } from './PhaseBadge';

/** `/p/:area/consultations`: the public comment rounds of the area open now or upcoming, the soonest closing first. */
export function PublicConsultationsPage() {
  const { t } = useTranslation('comments');
  const { area = '' } = useParams();
  const timeZone = useAreaTimezone();
  const { data, loading, error } = useQuery(PublicCommentRoundsDocument, { variables: { areaSlug: area } });
  const rounds = data?.publicCommentRounds ?? [];
  return (
    <>
      <PageHeader title={t('public.title')} subtitle={t('public.subtitle')} />
      {loading && !data ? <LoadingState /> : null}
      <ErrorState error={error} />
      {data && rounds.length === 0 ? <EmptyState title={t('public.empty')} /> : null}
      <Stack>
        {rounds.map((round) => (
          <Card key={round.id} withBorder radius="md" component="article" aria-labelledby={`consultation-${round.id}`}>
            <Group justify="space-between" align="flex-start" wrap="wrap">
              <Title order={2} size="h3" id={`consultation-${round.id}`}>
                <Anchor component={Link} to={publicConsultationPath(area, round.id)}>
                  {round.title}
                </Anchor>
              </Title>
              <PhaseBadge phase={round.phase} />
            </Group>
            <Text size="sm" mt={4}>
              {t('public.plan', { title: round.version.actionPlan.title, number: round.version.number })}
            </Text>
            <Text size="sm">
              {round.phase === 'UPCOMING'
                ? t('public.opensAt', { when: formatDateTime(round.opensAt, timeZone) })
                : t('public.closesAt', { when: formatDateTime(round.closesAt, timeZone) })}
            </Text>
            <Anchor component={Link} to={publicConsultationPath(area, round.id)} mt="xs" size="sm">
              {round.phase === 'OPEN' ? t('public.take') : t('public.read')}
            </Anchor>
          </Card>
        ))}
      </Stack>
    </>
  );
}
