import { useMutation, useQuery } from '@apollo/client/react';
import { Anchor, Badge, Button, Group, Paper, Stack, Switch, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, useParams } from 'react-router';
import { ConfirmButton } from '../ui/ConfirmButton';
import { formatDateTime } from '../ui/format';
import { PageHeader } from '../ui/PageHeader';
import { PaginationBar } from '../ui/PaginationBar';
import { EmptyState, ErrorState, LoadingState } from '../ui/States';
import { useAreaTimezone } from '../ui/useAreaTimezone';
import { useListParams } from '../ui/useListParams';
import { MarkAllNotificationsReadDocument, MarkNotificationReadDocument, NotificationsDocument } from './notifications.operations';
import { preferencesPath } from './paths';

const PAGE_SIZE = 20;

/** All of the viewer's notifications in the area, newest first: open, mark read, mark all read. */
export function NotificationsPage() {
  const { t } = useTranslation('notifications');
  const { area = '' } = useParams();
  const timeZone = useAreaTimezone();
  const { page, params, update, setPage } = useListParams();
  const unreadOnly = params.get('unread') === '1';
  const { data, loading, error } = useQuery(NotificationsDocument, { variables: { page, pageSize: PAGE_SIZE, unreadOnly }, fetchPolicy: 'cache-and-network' });
  const [markRead] = useMutation(MarkNotificationReadDocument, { refetchQueries: ['Notifications'] });
  const [markAll, { loading: markingAll }] = useMutation(MarkAllNotificationsReadDocument, { refetchQueries: ['Notifications'] });
  const list = data?.notifications;

  return (
    <>
      <PageHeader
        title={t('title')}
        subtitle={t('list.intro')}
        actions={
          <>
            <Button component={Link} to={preferencesPath(area)} variant="default">
              {t('bell.preferences')}
            </Button>
            {list && list.unread > 0 ? (
              <ConfirmButton variant="default" confirmColor="blue.8" question={t('list.markAllReadConfirm')} confirmLabel={t('list.markAllRead')} loading={markingAll} onConfirm={() => markAll()}>
                {t('list.markAllRead')}
              </ConfirmButton>
            ) : null}
          </>
        }
      />
      <Group justify="space-between" mb="md" wrap="wrap">
        <Switch label={t('list.unreadOnly')} checked={unreadOnly} onChange={(event) => update({ unread: event.currentTarget.checked ? '1' : null, page: null })} />
        {list ? (
          <Text size="sm" c="dimmed" role="status">
            {t('list.unreadCount', { count: list.unread })}
          </Text>
        ) : null}
      </Group>
      {error ? <ErrorState error={error} /> : null}
      {loading && !data ? <LoadingState /> : null}
      {list && list.items.length === 0 ? <EmptyState title={unreadOnly ? t('list.emptyUnread') : t('list.empty')} /> : null}
      {list && list.items.length > 0 ? (
        <Stack gap="xs" component="ul" style={{ listStyle: 'none', padding: 0, margin: 0 }} aria-label={t('title')}>
          {list.items.map((item) => (
            <Paper component="li" key={item.id} withBorder p="sm" radius="md" bg={item.read ? undefined : 'blue.0'}>
              <Group justify="space-between" align="flex-start" wrap="wrap" gap="xs">
                <Stack gap={2} style={{ flex: '1 1 240px', minWidth: 0 }}>
                  <Group gap="xs" wrap="nowrap" align="flex-start">
                    {item.read ? null : (
                      <Badge color="blue.8" size="sm" variant="filled" style={{ flexShrink: 0 }}>
                        {t('list.unread')}
                      </Badge>
                    )}
                    <Anchor component={Link} to={item.path} fw={item.read ? 400 : 600} onClick={() => (item.read ? undefined : void markRead({ variables: { id: item.id } }))} style={{ overflowWrap: 'anywhere' }}>
                      {item.text}
                    </Anchor>
                  </Group>
                  <Text size="xs" c="dimmed">
                    {formatDateTime(item.createdAt, timeZone)} · {t(`list.email.${item.emailState}`)}
                  </Text>
                </Stack>
                {item.read ? null : (
                  <Button size="compact-sm" variant="subtle" onClick={() => markRead({ variables: { id: item.id } })} aria-label={`${t('list.markRead')}: ${item.text}`}>
                    {t('list.markRead')}
                  </Button>
                )}
              </Group>
            </Paper>
          ))}
        </Stack>
      ) : null}
      {list ? <PaginationBar page={page} pageSize={PAGE_SIZE} total={list.total} onChange={setPage} /> : null}
    </>
  );
}
