import { Anchor, Badge, Group, List, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatNumber } from '../ui/format';
import { MarkdownText } from '../ui/MarkdownText';
import { intentionLabel, measureLabel } from './agenda-links';

/** Minutes as written: the Markdown subset of ui/markdown (headings one level below the section's h2). */
export function MinutesText({ text }: { text: string }) {
  return <MarkdownText text={text} headingOrder={3} />;
}

interface AgendaItemView {
  id: string;
  title: string;
  notes?: string | null;
  durationMinutes?: number | null;
  presenter?: { id: string; fullName: string } | null;
  measure?: { id: string; number: string; title: string } | null;
  intention?: { id: string; organisation: { name: string }; service?: { name: string } | null; newServiceName?: string | null } | null;
}

/** The agenda as an ordered list: title, presenter, planned minutes, the measure and intention it is about, notes. */
export function AgendaList({ items, label }: { items: readonly AgendaItemView[]; label: string }) {
  const { t } = useTranslation('meetings');
  const { area = '' } = useParams();
  return (
    <List type="ordered" spacing="sm" aria-label={label}>
      {items.map((item) => (
        <List.Item key={item.id}>
          <Text fw={600} span>
            {item.title}
          </Text>
          {item.presenter || item.durationMinutes ? (
            <Text size="sm" c="dimmed">
              {[
                item.presenter ? t('agenda.presenterIs', { name: item.presenter.fullName }) : null,
                item.durationMinutes ? t('agenda.minutes', { count: item.durationMinutes, formatted: formatNumber(item.durationMinutes, 0) }) : null,
              ]
                .filter(Boolean)
                .join(' · ')}
            </Text>
          ) : null}
          {item.measure ? (
            <Text size="sm">
              {t('agenda.measureIs')}{' '}
              <Anchor component={Link} to={`/a/${area}/measures/${item.measure.id}`} size="sm">
                {measureLabel(item.measure)}
              </Anchor>
            </Text>
          ) : null}
          {item.intention ? (
            <Text size="sm">
              {t('agenda.intentionIs')}{' '}
              <Anchor component={Link} to={`/a/${area}/intentions/${item.intention.id}`} size="sm">
                {intentionLabel(item.intention)}
              </Anchor>
            </Text>
          ) : null}
          {item.notes ? (
            <Text size="sm" style={{ whiteSpace: 'pre-line' }}>
              {item.notes}
            </Text>
          ) : null}
        </List.Item>
      ))}
    </List>
  );
}

/** The decisions (usnesení) numbered as the meeting took them. */
export function DecisionList({ items, label }: { items: readonly { id: string; text: string }[]; label: string }) {
  return (
    <List type="ordered" spacing="sm" aria-label={label}>
      {items.map((decision) => (
        <List.Item key={decision.id}>
          <Text style={{ whiteSpace: 'pre-line' }}>{decision.text}</Text>
        </List.Item>
      ))}
    </List>
  );
}

/**
 * A badge in a pale tint of its colour with dark text (at least 7:1 contrast in every colour);
 * the word carries the meaning, the colour only repeats it.
 */
export function StatusBadge({ color, children }: { color: string; children: React.ReactNode }) {
  return (
    <Badge color={color} variant="light" c="dark.9" style={{ border: `1px solid var(--mantine-color-${color}-6)` }}>
      {children}
    </Badge>
  );
}

/** Badges for a meeting's state; the words carry the meaning, colour only repeats it. */
export function MeetingBadges({ isPublic, cancelledAt }: { isPublic?: boolean; cancelledAt?: string | null }) {
  const { t } = useTranslation('meetings');
  if (!isPublic && !cancelledAt) return null;
  return (
    <Group gap={6}>
      {cancelledAt ? (
        <StatusBadge color="red">{t('badge.cancelled')}</StatusBadge>
      ) : null}
      {isPublic ? (
        <StatusBadge color="teal">{t('badge.public')}</StatusBadge>
      ) : null}
    </Group>
  );
}
