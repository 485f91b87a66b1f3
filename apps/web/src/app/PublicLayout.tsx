import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Button, Container, Group, Menu, Text } from '@mantine/core';
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
  const sections = [
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
          <Group gap="sm" wrap="nowrap">
            <Anchor component={Link} to={`/p/${area}`} fw={700} size="lg" underline="never">
              Komplan
            </Anchor>
            <Text size="sm" c="dimmed" truncate visibleFrom="xs">
              {data?.area?.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            {/* On a phone the sections go into a menu, so the header never runs off the screen. */}
            <Group gap="sm" wrap="nowrap" visibleFrom="md" component="nav" aria-label={t('nav.label')}>
              {sections.map((section) => (
                <Anchor key={section.to} component={Link} to={section.to} size="sm">
                  {section.label}
                </Anchor>
              ))}
            </Group>
            <Menu position="bottom-end">
              <Menu.Target>
                <Button variant="default" size="xs" hiddenFrom="md">
                  {t('menu')}
                </Button>
              </Menu.Target>
              <Menu.Dropdown>
                {sections.map((section) => (
                  <Menu.Item key={section.to} component={Link} to={section.to}>
                    {section.label}
                  </Menu.Item>
                ))}
                <Menu.Divider hiddenFrom="xs" />
                <Menu.Item component={Link} to={`/login?next=/a/${area}`} hiddenFrom="xs">
                  {t('nav.login')}
                </Menu.Item>
              </Menu.Dropdown>
            </Menu>
            <LanguageSwitcher />
            <Button component={Link} to={`/login?next=/a/${area}`} variant="light" size="xs" visibleFrom="xs">
              {t('nav.login')}
            </Button>
          </Group>
        </Group>
      </AppShell.Header>
      <AppShell.Main id="main">
        <Container size="lg" px={0}>
          <Outlet />
        </Container>
      </AppShell.Main>
    </AppShell>
  );
}
