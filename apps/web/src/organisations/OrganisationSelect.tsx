import { useQuery } from '@apollo/client/react';
import { MultiSelect, Select } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { withChosen } from './organisation-options';
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

interface OrganisationMultiSelectProps {
  label: string;
  value: string[];
  onChange: (organisationIds: string[]) => void;
  /** The organisations chosen so far, with their names. */
  initial: readonly { id: string; name: string }[];
  error?: string;
  description?: string;
}

/** Pick several organisations of the area, searched on the server by name. */
export function OrganisationMultiSelect({ label, value, onChange, initial, error, description }: OrganisationMultiSelectProps) {
  const { t } = useTranslation('organisations');
  const [search, setSearch] = useState('');
  const [known, setKnown] = useState(() => new Map(initial.map((organisation) => [organisation.id, organisation.name])));
  const [debounced] = useDebouncedValue(search.trim(), 300);
  const { data, loading } = useQuery(OrganisationOptionsDocument, { variables: { search: debounced || undefined, pageSize: 50 } });
  const found = (data?.organisations.items ?? []).map((organisation) => ({ value: organisation.id, label: organisation.name }));
  const options = withChosen(found, value, known);

  return (
    <MultiSelect
      label={label}
      description={description}
      placeholder={value.length ? undefined : t('select.placeholder')}
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
      onChange={(ids) => {
        setKnown((before) => new Map([...before, ...options.filter((option) => ids.includes(option.value)).map((option) => [option.value, option.label] as const)]));
        onChange(ids);
      }}
    />
  );
}
