import { Anchor, List, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { MeasureDiscussionsFragment } from '../gql/graphql';
import { formatDate } from '../ui/format';

/** The meetings that discussed the measure, newest first (as the API gives them): the item and the meeting's decisions. */
export function DiscussionsSection({ measure, area }: { measure: MeasureDiscussionsFragment; area: string }) {
  const { t } = useTranslation('measures');
  if (measure.discussions.length === 0) return <Text c="dimmed">{t('discussions.none')}</Text>;
  return (
    <Stack component="ul" gap="md" p={0} m={0} style={{ listStyle: 'none' }} aria-label={t('sections.discussions')}>
      {measure.discussions.map(({ meeting, agendaItem, decisions }) => (
        <li key={agendaItem.id}>
          <Text fw={600}>
            <Anchor component={Link} to={`/a/${area}/meetings/${meeting.id}`}>
              {meeting.title}
            </Anchor>
          </Text>
          <Text size="sm" c="dimmed">
            {`${formatDate(meeting.startsAt, meeting.timezone)} · ${meeting.group?.name ?? t('discussions.wholeArea')}`}
          </Text>
          <Text size="sm">{t('discussions.item', { position: agendaItem.position, title: agendaItem.title })}</Text>
          {decisions.length ? (
            <>
              <Text size="sm" fw={600} mt={4}>
                {t('discussions.decisions')}
              </Text>
              <List type="ordered" size="sm" spacing={2}>
                {decisions.map((decision) => (
                  <List.Item key={decision.id}>
                    <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
                      {decision.text}
                    </Text>
                  </List.Item>
                ))}
              </List>
            </>
          ) : (
            <Text size="sm" c="dimmed">
              {t('discussions.noDecisions')}
            </Text>
          )}
        </li>
      ))}
    </Stack>
  );
}
