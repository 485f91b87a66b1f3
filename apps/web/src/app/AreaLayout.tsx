import { useMutation } from '@apollo/client/react';
import { Alert, Anchor, AppShell, Avatar, Box, Burger, Button, Container, em, Group, Menu, NavLink, Text, UnstyledButton } from '@mantine/core';
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
import { LanguageSwitcher, useChangeLanguage } from './LanguageSwitcher';
import { LOCALES } from '../i18n';

/** Each language in its own words. */
const LOCALE_NAMES: Record<(typeof LOCALES)[number], string> = { cs: 'Čeština', pl: 'Polski', en: 'English' };

interface NavItem {
  to: string;
  key: string;
  /** A catalogue key of its own; `nav.<key>` otherwise. */
  label?: string;
  end?: boolean;
  coordinatorsOnly?: boolean;
}

/** The area's pages in sections, as the planning cycle runs: people meet, plan, provide, report. */
const NAV: { section: string; items: NavItem[] }[] = [
  {
    section: 'cooperation',
    items: [
      { to: '', key: 'dashboard', end: true },
      { to: 'groups', key: 'groups' },
      { to: 'meetings', key: 'meetings' },
      { to: 'trainings', key: 'trainings' },
      { to: 'people', key: 'people' },
      { to: 'organisations', key: 'organisations' },
    ],
  },
  {
    section: 'planning',
    items: [
      { to: 'plans', key: 'plans' },
      { to: 'action-plans', key: 'actionPlans' },
      { to: 'monitoring', key: 'monitoring' },
      { to: 'my-reports', key: 'myReports' },
    ],
  },
  {
    section: 'services',
    items: [
      { to: 'services', key: 'services' },
      { to: 'intentions', key: 'intentions' },
      { to: 'network', key: 'network' },
      { to: 'practices', key: 'practices' },
    ],
  },
  {
    section: 'reports',
    items: [
      { to: 'statistics', key: 'statistics' },
      { to: 'projects', key: 'projects' },
      { to: 'audit-log', key: 'auditLog', label: 'audit:page.nav', coordinatorsOnly: true },
    ],
  },
];

/** The signed-in frame of an area: header, navigation, and the page. */
export function AreaLayout() {
  const { area = '' } = useParams();
  setCurrentArea(area);
  const { t, i18n } = useTranslation();
  const changeLanguage = useChangeLanguage();
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
            {/* On a phone the languages are in the account menu, so the header fits 320 px. */}
            <LanguageSwitcher visibleFrom="xs" />
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
                <Box hiddenFrom="xs">
                  <Menu.Divider />
                  <Menu.Label>{t('language')}</Menu.Label>
                  {LOCALES.map((locale) => (
                    <Menu.Item key={locale} onClick={() => changeLanguage(locale)} aria-current={i18n.language === locale ? 'true' : undefined}>
                      {LOCALE_NAMES[locale]}
                    </Menu.Item>
                  ))}
                  <Menu.Divider />
                </Box>
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
        {NAV.map(({ section, items }) => (
          <div key={section} role="group" aria-labelledby={`nav-section-${section}`}>
            <Text id={`nav-section-${section}`} size="xs" fw={700} c="dimmed" tt="uppercase" px="sm" pt="sm" pb={4}>
              {t(`nav.sections.${section}`)}
            </Text>
            {items
              .filter((item) => !item.coordinatorsOnly || isAreaCoordinator)
              .map((item) => (
                <NavLink
                  key={item.key}
                  component={RouterNavLink}
                  to={`/a/${area}${item.to ? `/${item.to}` : ''}`}
                  end={item.end ?? false}
                  label={t(item.label ?? `nav.${item.key}`)}
                  onClick={close}
                />
              ))}
          </div>
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
