import { Button, Container } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

export function NotFoundPage() {
  const { t } = useTranslation();
  return (
    <Container size="sm" py="xl" component="main">
      <PageHeader title={t('notFound.title')} subtitle={t('notFound.text')} />
      <Button component={Link} to="/">
        {t('notFound.home')}
      </Button>
    </Container>
  );
}
