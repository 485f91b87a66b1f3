import { Anchor, Group, Text } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { withLocale } from '../i18n';

/** Plain download links of a list (CSV, XLSX) with its current filters: /api/<what>.csv?area=…&… */
export function ExportLinks({ what, area, filters }: { what: 'services' | 'intentions' | 'audit-log'; area: string; filters: Record<string, string | null | undefined> }) {
  const { t } = useTranslation();
  const query = new URLSearchParams({ area });
  for (const [key, value] of Object.entries(filters)) if (value) query.set(key, value);
  return (
    <Group gap="sm" aria-label={t('export.label')} role="group">
      <Text size="sm" c="dimmed">
        {t('export.label')}:
      </Text>
      <Anchor href={withLocale(`/api/${what}.csv?${query}`)} download size="sm">
        {t('export.csv')}
      </Anchor>
      <Anchor href={withLocale(`/api/${what}.xlsx?${query}`)} download size="sm">
        {t('export.xlsx')}
      </Anchor>
    </Group>
  );
}
