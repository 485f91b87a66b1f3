import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Burger, Button, Container, Group, Menu, Text } from '@mantine/core';
import { useDisclosure } from '@mantine/hooks';
import { useTranslation } from 'react-i18next';
import { Link, Outlet, useParams } from 'react-router';
import { setCurrentArea } from '../apollo';
import { AreaDocument } from '../auth/auth.operations';
import { publicConsultationsPath } from '../comments/paths';
import { publicPracticesPath } from '../practices/paths';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The public portal of an area: no login needed. */
export function PublicLayout() {
  const { area = '' } = useParams();
  setCurrentArea(area);
  const { t } = useTranslation();
  const { data } = useQuery(AreaDocument, { variables: { slug: area } });
  const [menuOpened, menu] = useDisclosure();
  const links = [
    { to: `/p/${area}`, label: t('publication:nav.meetings') },
    { to: `/p/${area}/plans`, label: t('publication:nav.plans') },
    { to: publicConsultationsPath(area), label: t('comments:public.nav') },
    { to: publicPracticesPath(area), label: t('practices:nav') },
  ];
  return (
    <AppShell header={{ height: 60 }} padding="md">
      <a className="skip-link" href="#main">
        {t('skipToContent')}
      </a>
      <AppShell.Header>
        <Group h="100%" px="md" justify="space-between" wrap="nowrap">
          <Group gap="sm" wrap="nowrap" miw={0}>
            <Anchor component={Link} to={`/p/${area}`} fw={700} size="lg" underline="never">
              Komplan
            </Anchor>
            <Text size="sm" c="dimmed" truncate visibleFrom="sm">
              {data?.area?.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Group gap="sm" wrap="nowrap" visibleFrom="md" component="nav" aria-label={t('nav.label')}>
              {links.map((link) => (
                <Anchor key={link.to} component={Link} to={link.to} size="sm">
                  {link.label}
                </Anchor>
              ))}
            </Group>
            <LanguageSwitcher />
            {/* A phone's header has room for the menu button only: the portal's pages and the log-in are in it. */}
            <Menu position="bottom-end" opened={menuOpened} onChange={(open) => (open ? menu.open() : menu.close())}>
              <Menu.Target>
                <Burger opened={menuOpened} size="sm" hiddenFrom="md" aria-label={t('menu')} />
              </Menu.Target>
              <Menu.Dropdown>
                {links.map((link) => (
                  <Menu.Item key={link.to} component={Link} to={link.to}>
                    {link.label}
                  </Menu.Item>
                ))}
                <Menu.Item component={Link} to={`/login?next=/a/${area}`}>
                  {t('nav.login')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <Button component={Link} to={`/login?next=/a/${area}`} variant="light" size="xs" visibleFrom="md">
              {t('nav.login')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main" tabIndex={-1}>
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
