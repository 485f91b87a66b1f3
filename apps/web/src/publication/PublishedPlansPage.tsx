import { useQuery } from '@apollo/client/react';
import { Anchor, Card, Group, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDay } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { publishedPlanPath, publishedPlanPdfPath } from './paths';
import { PublishedActionPlansDocument } from './publication.operations';
import { withLocale } from '../i18n';

/** `/p/:area/plans`: every action plan of the area the council approved and the coordinator published, newest first. */
export function PublishedPlansPage() {
  const { t } = useTranslation('publication');
  const { area = '' } = useParams();
  const { data, loading, error } = useQuery(PublishedActionPlansDocument, { variables: { areaSlug: area } });
  const plans = data?.publishedActionPlans ?? [];
  return (
    <>
      <PageHeader title={t('public.title')} subtitle={t('public.subtitle')} />
      {loading && !data ? <LoadingState /> : null}
      <ErrorState error={error} />
      {data && plans.length === 0 ? <EmptyState title={t('public.empty')} /> : null}
      <Stack>
        {plans.map((plan) => (
          <Card key={plan.id} withBorder radius="md" component="article" aria-labelledby={`plan-${plan.id}`}>
            <Title order={2} size="h3" id={`plan-${plan.id}`}>
              <Anchor component={Link} to={publishedPlanPath(area, plan.id)}>
                {plan.title}
              </Anchor>
            </Title>
            {plan.resolution ? (
              <Text size="sm" mt={4}>
                {t('public.approvedBy', { body: plan.resolution.body, number: plan.resolution.number, date: formatDay(plan.resolution.decidedOn) })}
              </Text>
            ) : null}
            <Group gap="md" mt="xs">
              <Anchor component={Link} to={publishedPlanPath(area, plan.id)}>
                {t('public.read')}
              </Anchor>
              <Anchor href={withLocale(publishedPlanPdfPath(area, plan.id))}>{t('public.pdf')}</Anchor>
            </Group>
          </Card>
        ))}
      </Stack>
    </>
  );
}
