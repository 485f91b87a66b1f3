import { useQuery } from '@apollo/client/react';
import { Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { OrganisationOptionsDocument } from './organisations.operations';

interface OrganisationSelectProps {
  label: string;
  value: string | null;
  onChange: (organisationId: string | null) => void;
  error?: string;
  description?: string;
  /** Shown first (e.g. the organisations the picked person belongs to). */
  preferredIds?: readonly string[];
}

/** Pick an organisation of the area, searched on the server by name. */
export function OrganisationSelect({ label, value, onChange, error, description, preferredIds = [] }: OrganisationSelectProps) {
  const { t } = useTranslation('organisations');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<{ value: string; label: string } | null>(null);
  const term = selected && search === selected.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(term, 300);
  const { data, loading } = useQuery(OrganisationOptionsDocument, { variables: { search: debounced || undefined, pageSize: 50 } });

  const options = (data?.organisations.items ?? [])
    .map((organisation) => ({ value: organisation.id, label: organisation.name }))
    .sort((a, b) => Number(preferredIds.includes(b.value)) - Number(preferredIds.includes(a.value)));
  if (selected && !options.some((option) => option.value === selected.value)) options.unshift(selected);

  return (
    <Select
      label={label}
      description={description}
      placeholder={t('select.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common:clear') }}
      data={options}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common:loading') : t('select.nothingFound')}
      error={error}
      onChange={(id) => {
        setSelected(options.find((option) => option.value === id) ?? null);
        onChange(id);
      }}
    />
  );
}
