import { Anchor, Button, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ApprovalRoundsList } from '../approvals/ApprovalRoundsList';
import { useMe } from '../auth/useMe';
import { CommentRoundsPanel } from '../comments/CommentRoundsPanel';
import { councilPath, publishedPlanPath } from '../publication/paths';

interface PlanForRounds {
  id: string;
  state: string;
  publishedAt?: string | null;
  versions: { id: string; number: number; state: string }[];
}

/** States in which the plan has been sent to the council (or decided on by it). */
const AT_COUNCIL = ['AWAITING_COUNCIL', 'APPROVED', 'NOT_APPROVED'];

/**
 * The rounds of a plan: for each issued version (newest first) its comment rounds and a way to open
 * an approval round; the plan's approval rounds; the council page and the public page when reached.
 */
export function PlanRounds({ plan }: { plan: PlanForRounds }) {
  const { t } = useTranslation('actionPlans');
  const { area = '' } = useParams();
  const { me, isAreaCoordinator } = useMe();
  const isClerk = (me?.person?.roles ?? []).includes('COUNCIL_CLERK');
  const issued = plan.versions.filter((version) => version.state === 'ISSUED').sort((a, b) => b.number - a.number);
  const base = `/a/${area}/action-plans/${plan.id}`;
  return (
    <Stack gap="lg">
      {(isAreaCoordinator || isClerk) && AT_COUNCIL.includes(plan.state) ? (
        <Group gap="md">
          <Button component={Link} to={councilPath(area, plan.id)} variant="light">
            {t('rounds.council')}
          </Button>
          {plan.publishedAt ? (
            <Anchor component={Link} to={publishedPlanPath(area, plan.id)}>
              {t('rounds.public')}
            </Anchor>
          ) : null}
        </Group>
      ) : plan.publishedAt ? (
        <Anchor component={Link} to={publishedPlanPath(area, plan.id)}>
          {t('rounds.public')}
        </Anchor>
      ) : null}
      {issued.length === 0 ? <Text c="dimmed">{t('rounds.noIssued')}</Text> : null}
      {issued.map((version) => (
        <Paper key={version.id} withBorder p="md" radius="md" component="section" id={`version-${version.id}`} aria-labelledby={`version-rounds-${version.id}`}>
          <Stack gap="sm">
            <Group justify="space-between">
              <Title order={2} size="h3" id={`version-rounds-${version.id}`}>
                {t('versions.number', { number: version.number })}
              </Title>
              <Group gap="sm">
                <Anchor component={Link} to={`${base}/versions/${version.id}`}>
                  {t('rounds.readAndComment', { number: version.number })}
                </Anchor>
                {isAreaCoordinator ? (
                  <Button component={Link} to={`/a/${area}/approval-rounds/new?version=${version.id}`} variant="default" size="sm">
                    {t('rounds.openApproval', { number: version.number })}
                  </Button>
                ) : null}
              </Group>
            </Group>
            <CommentRoundsPanel versionId={version.id} />
          </Stack>
        </Paper>
      ))}
      <Paper withBorder p="md" radius="md" component="section" aria-labelledby="approval-rounds-title">
        <Title order={2} size="h3" id="approval-rounds-title" mb="sm">
          {t('rounds.approvals')}
        </Title>
        <ApprovalRoundsList actionPlanId={plan.id} />
      </Paper>
    </Stack>
  );
}
