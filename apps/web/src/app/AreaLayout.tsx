import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, AppShell, Avatar, Burger, Button, Container, em, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
import { useDisclosure, useMediaQuery } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { useEffect, useRef } from 'react';
import { Link, Navigate, NavLink as RouterNavLink, Outlet, useLocation, useNavigate, useParams } from 'react-router';
import { apolloClient, setCurrentArea } from '../apollo';
import { LogoutDocument } from '../auth/auth.operations';
import { useMe } from '../auth/useMe';
import { myDataPath } from '../privacy/paths';
import { LoadingState } from '../ui/States';
import { NotificationBell } from '../notifications/NotificationBell';
import { LanguageSwitcher } from './LanguageSwitcher';

const NAV = [
  { to: '', key: 'dashboard', end: true },
  { to: 'groups', key: 'groups' },
  { to: 'meetings', key: 'meetings' },
  { to: 'trainings', key: 'trainings' },
  { to: 'plans', key: 'plans' },
  { to: 'action-plans', key: 'actionPlans' },
  { to: 'monitoring', key: 'monitoring' },
  { to: 'my-reports', key: 'myReports' },
  { to: 'people', key: 'people' },
  { to: 'organisations', key: 'organisations' },
  { to: 'services', key: 'services' },
  { to: 'intentions', key: 'intentions' },
  { to: 'network', key: 'network' },
  { to: 'statistics', key: 'statistics' },
  { to: 'projects', key: 'projects' },
  { to: 'audit-log', key: 'auditLog', label: 'audit:page.nav', coordinatorsOnly: true },
  { to: 'practices', key: 'practices' },
] as const;

/** The signed-in frame of an area: header, navigation, and the page. */
export function AreaLayout() {
  const { area = '' } = useParams();
  setCurrentArea(area);
  const { t } = useTranslation();
  const location = useLocation();
  const navigate = useNavigate();
  const [opened, { toggle, close }] = useDisclosure();
  const { me, loading, isAreaCoordinator } = useMe();
  const [logout] = useMutation(LogoutDocument);
  // Below the navbar's breakpoint (sm) the closed menu is off screen: keep it out of the tab order too.
  const narrow = useMediaQuery(`(max-width: ${em(767.98)})`) ?? false;
  // When a page change removed the focused element (a log-in button, a link of the last page), the
  // keyboard starts again at the top, where the skip link is, instead of somewhere in the void.
  const top = useRef<HTMLDivElement>(null);
  useEffect(() => {
    if (!document.activeElement || document.activeElement === document.body) top.current?.focus({ preventScroll: true });
  }, [location.pathname, loading]);

  if (loading) return <LoadingState />;
  if (!me) return <Navigate to={`/login?next=${encodeURIComponent(location.pathname)}`} replace />;
  const membership = me.memberships.find((m) => m.area.slug === area);
  const displayName = membership?.person.fullName ?? me.account.email;

  return (
    <AppShell header={{ height: 60 }} navbar={{ width: 230, breakpoint: 'sm', collapsed: { mobile: !opened } }} padding="md">
      <div ref={top} tabIndex={-1} className="focus-start" />
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap">
            <Burger opened={opened} onClick={toggle} hiddenFrom="sm" size="sm" aria-label={t('menu')} />
            <Anchor component={Link} to={`/a/${area}`} fw={700} size="lg" underline="never">
              Komplan
            </Anchor>
            <Text size="sm" c="dimmed" visibleFrom="xs" truncate>
              {membership?.area.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {membership ? <NotificationBell /> : null}
            <LanguageSwitcher />
            <Menu position="bottom-end">
              <Menu.Target>
                {/* The accessible name starts with the visible name (WCAG 2.5.3 Label in Name). */}
                <UnstyledButton aria-label={`${displayName} – ${t('accountMenu')}`}>
                  {/* On a phone a person icon stands for the name, so the header fits 320 px (the name stays in the label). */}
                  <Avatar size={34} color="komplan" hiddenFrom="sm" aria-hidden="true" />
                  <Text size="sm" fw={500} truncate maw={180} visibleFrom="sm">
                    {displayName}
                  </Text>
                </UnstyledButton>
              </Menu.Target>
              <Menu.Dropdown>
                <Menu.Item component={Link} to={`/a/${area}/account`}>
                  {t('nav.account')}
                </Menu.Item>
                <Menu.Item component={Link} to={myDataPath(area)}>
                  {t('privacy:page.title')}
                </Menu.Item>
                <Menu.Item component={Link} to={`/p/${area}`}>
                  {t('nav.publicPortal')}
                </Menu.Item>
                <Menu.Item
                  onClick={async () => {
                    await logout();
                    await apolloClient.clearStore();
                    navigate('/login');
                  }}
                >
                  {t('nav.logout')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Navbar p="xs" aria-label={t('nav.label')} inert={narrow && !opened}>
        {NAV.filter((item) => !('coordinatorsOnly' in item) || isAreaCoordinator).map((item) => (
          <NavLink
            key={item.key}
            component={RouterNavLink}
            to={`/a/${area}${item.to ? `/${item.to}` : ''}`}
            end={'end' in item ? item.end : false}
            label={t('label' in item ? item.label : `nav.${item.key}`)}
            onClick={close}
          />
        ))}
      </AppShell.Navbar>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          {membership ? (
            <Outlet />
          ) : (
            <Alert color="yellow" title={t('notMember.title')}>
              {t('notMember.text')}{' '}
              <Button component={Link} to="/" variant="subtle" size="compact-sm">
                {t('notMember.back')}
              </Button>
            </Alert>
          )}
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
