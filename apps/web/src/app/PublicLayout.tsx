import { useQuery } from '@apollo/client/react';
import { Anchor, AppShell, Button, Container, Group, Text } from '@mantine/core';
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
            <Text size="sm" c="dimmed" truncate>
              {data?.area?.name}
            </Text>
          </Group>
          <Group gap="sm" wrap="nowrap">
            <Anchor component={Link} to={`/p/${area}`} size="sm" visibleFrom="xs">
              {t('publication:nav.meetings')}
            </Anchor>
            <Anchor component={Link} to={`/p/${area}/plans`} size="sm">
              {t('publication:nav.plans')}
            </Anchor>
            <Anchor component={Link} to={publicConsultationsPath(area)} size="sm">
              {t('comments:public.nav')}
            </Anchor>
            <Anchor component={Link} to={publicPracticesPath(area)} size="sm">
              {t('practices:nav')}
            </Anchor>
            <LanguageSwitcher />
            <Button component={Link} to={`/login?next=/a/${area}`} variant="light" size="xs">
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
