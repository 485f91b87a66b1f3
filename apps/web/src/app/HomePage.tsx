import { useQuery } from '@apollo/client/react';
import { Anchor, Button, Card, Container, Group, SimpleGrid, Stack, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link, Navigate } from 'react-router';
import { AreasDocument } from '../auth/auth.operations';
import { useMe } from '../auth/useMe';
import { PageHeader } from '../ui/PageHeader';
import { EmptyState, LoadingState } from '../ui/States';
import { LanguageSwitcher } from './LanguageSwitcher';

/** The installation's front page: the areas' public portals, or straight to one's own area. */
export function HomePage() {
  const { t } = useTranslation();
  const { me, loading } = useMe();
  const areas = useQuery(AreasDocument);
  if (loading) return <LoadingState />;
  const first = me?.memberships[0];
  if (first) return <Navigate to={`/a/${first.area.slug}`} replace />;
  return (
    <Container size="md" py="xl" component="main" id="main">
      <Group justify="flex-end" mb="md">
        <LanguageSwitcher />
        <Button component={Link} to="/login">
          {t('nav.login')}
        </Button>
      </Group>
      <PageHeader title={t('home.title')} subtitle={t('home.subtitle')} />
      {areas.loading && !areas.data ? (
        <LoadingState />
      ) : areas.data?.areas.length ? (
        <SimpleGrid cols={{ base: 1, sm: 2 }}>
          {areas.data.areas.map((area) => (
            <Card key={area.id} withBorder>
              <Stack gap="xs">
                <Text fw={600}>{area.name}</Text>
                <Anchor component={Link} to={`/p/${area.slug}`}>
                  {t('home.openPortal')}
                </Anchor>
              </Stack>
            </Card>
          ))}
        </SimpleGrid>
      ) : (
        <EmptyState title={t('home.noAreas')} />
      )}
    </Container>
  );
}
