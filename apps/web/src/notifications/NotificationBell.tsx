import { useQuery, useSubscription } from '@apollo/client/react';
import { ActionIcon, Anchor, Box, Divider, Group, Indicator, Popover, Stack, Text, Title, VisuallyHidden } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { formatDateTime } from '../ui/format';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { NotificationEventsDocument, NotificationsDocument } from './notifications.operations';
import { notificationsPath, preferencesPath } from './paths';

/** How many of the newest notifications the bell's list shows. */
const LATEST = 5;

function BellIcon() {
  return (
    <svg width="22" height="22" viewBox="0 0 24 24" fill="none" stroke="currentColor" strokeWidth="2" strokeLinecap="round" strokeLinejoin="round" aria-hidden="true">
      <path d="M6 8a6 6 0 0 1 12 0c0 7 3 9 3 9H3s3-2 3-9" />
      <path d="M10.3 21a1.94 1.94 0 0 0 3.4 0" />
    </svg>
  );
}

/**
 * The bell in the area's header: the unread count (in the button's name, so screen readers hear
 * it) and the newest notifications. New ones arrive live over the WebSocket and are announced in a
 * polite live region.
 */
export function NotificationBell() {
  const { t } = useTranslation('notifications');
  const { area = '' } = useParams();
  const timeZone = useAreaTimezone();
  const [opened, { toggle, close }] = useDisclosure(false);
  const [announcement, setAnnouncement] = useState('');
  const variables = { page: 1, pageSize: LATEST, unreadOnly: false };
  const { data } = useQuery(NotificationsDocument, { variables, fetchPolicy: 'cache-and-network' });
  useSubscription(NotificationEventsDocument, {
    onData: ({ client, data: event }) => {
      const change = event.data?.notificationEvents;
      if (!change || change.kind === 'SUBSCRIBED') return;
      // Every list of notifications on the screen (the bell's and the page's) loads again.
      void client.refetchQueries({ include: [NotificationsDocument] });
      if (change.kind === 'CREATED' && change.notification) setAnnouncement(change.notification.text);
    },
  });
  const unread = data?.notifications.unread ?? 0;
  const label = unread === 0 ? t('bell.none') : t('bell.label', { count: unread });
  const items = data?.notifications.items ?? [];

  return (
    <>
      {/* The count is drawn beside the button; the button's name says it (the drawn number is hidden from screen readers). */}
      <Indicator label={<span aria-hidden="true">{unread > 99 ? '99+' : unread}</span>} size={18} color="red.8" disabled={unread === 0} offset={4}>
        <Popover opened={opened} onChange={(open) => (open ? undefined : close())} position="bottom-end" width={340} shadow="md" withArrow trapFocus returnFocus>
          <Popover.Target>
            <ActionIcon variant="subtle" color="dark" size="lg" aria-label={label} onClick={toggle}>
              <BellIcon />
            </ActionIcon>
          </Popover.Target>
          <Popover.Dropdown role="dialog" aria-labelledby="notification-bell-heading" maw="calc(100vw - 16px)">
            <Title order={2} size="h5" id="notification-bell-heading" mb="xs">
              {t('bell.heading')}
            </Title>
            {items.length === 0 ? (
              <Text size="sm" c="dimmed">
                {t('list.empty')}
              </Text>
            ) : (
              <Stack gap={6} component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('bell.heading')}>
                {items.map((item) => (
                  <Box component="li" key={item.id}>
                    <Anchor component={Link} to={item.path} onClick={close} size="sm" fw={item.read ? 400 : 600} c={item.read ? 'dark' : undefined}>
                      {item.read ? null : <VisuallyHidden>{`${t('list.unread')}: `}</VisuallyHidden>}
                      {item.text}
                    </Anchor>
                    <Text size="xs" c="dimmed">
                      {formatDateTime(item.createdAt, timeZone)}
                    </Text>
                  </Box>
                ))}
              </Stack>
            )}
            <Divider my="sm" />
            <Group justify="space-between" gap="xs">
              <Anchor component={Link} to={notificationsPath(area)} onClick={close} size="sm">
                {t('bell.all')}
              </Anchor>
              <Anchor component={Link} to={preferencesPath(area)} onClick={close} size="sm">
                {t('bell.preferences')}
              </Anchor>
            </Group>
          </Popover.Dropdown>
        </Popover>
      </Indicator>
      <VisuallyHidden role="status" aria-live="polite" aria-atomic="true">
        {announcement}
      </VisuallyHidden>
    </>
  );
}
