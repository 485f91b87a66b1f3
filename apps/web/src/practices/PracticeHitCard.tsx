import { Anchor, Badge, Group, Paper, Stack, Text, Title } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import type { PracticeHitFieldsFragment } from '../gql/graphql';
import { formatDate } from '../ui/format';
import { SnippetText } from './SnippetText';

/** One result of the library: title (a link), who and when, the snippet with the words found, tags. */
export function PracticeHitCard({ hit, to, showState = false }: { hit: PracticeHitFieldsFragment; to: string; showState?: boolean }) {
  const { t } = useTranslation('practices');
  const practice = hit.practice;
  const headingId = `practice-${practice.id}`;
  return (
    <Paper withBorder p="md" radius="md" component="article" aria-labelledby={headingId}>
      <Stack gap={6}>
        {/* The state goes under a long title on a phone rather than pushing the card wider than the screen. */}
        <Group justify="space-between" align="flex-start" gap="xs">
          <Title order={2} size="h4" id={headingId} style={{ minWidth: 0, overflowWrap: 'anywhere' }}>
            <Anchor component={Link} to={to} inherit>
              {practice.title}
            </Anchor>
          </Title>
          {showState ? (
            <Badge color={practice.state === 'PUBLISHED' ? 'green' : 'gray'} variant="dot" style={{ flexShrink: 0, textTransform: 'none' }}>
              {t(`state.${practice.state}`)}
            </Badge>
          ) : null}
        </Group>
        <Text size="sm" c="dimmed">
          {[
            practice.organisationName,
            practice.publishedAt ? formatDate(practice.publishedAt) : t('list.notPublished'),
            practice.language !== 'CS' ? t(`language.${practice.language}`) : null,
          ]
            .filter(Boolean)
            .join(' · ')}
        </Text>
        <SnippetText parts={hit.snippet} />
        {practice.tags.length > 0 ? (
          <Group gap={6} aria-label={t('fields.tags')}>
            {practice.tags.map((tag) => (
              <Badge key={tag} variant="outline" color="blue.8" tt="none" fw={500} maw="100%">
                {tag}
              </Badge>
            ))}
          </Group>
        ) : null}
      </Stack>
    </Paper>
  );
}
