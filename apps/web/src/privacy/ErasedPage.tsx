import { Alert, Button, Container, Stack } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { Link } from 'react-router';
import { PageHeader } from '../ui/PageHeader';

/** Where a person lands after erasing their data: they are logged out and their account is gone. */
export function ErasedPage() {
  const { t } = useTranslation('privacy');
  return (
    <Container size="sm" py="xl" component="main" id="main">
      <PageHeader title={t('page.eraseHeading')} />
      <Stack>
        <Alert color="green" role="status">
          {t('page.erased')}
        </Alert>
        <Button component={Link} to="/" variant="light" w="fit-content">
          {t('page.home')}
        </Button>
      </Stack>
    </Container>
  );
}
