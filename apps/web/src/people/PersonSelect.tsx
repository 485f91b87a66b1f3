import { useQuery } from '@apollo/client/react';
import { type ComboboxItem, Select, Text } from '@mantine/core';
import { useDebouncedValue } from '@mantine/hooks';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import { PersonOptionsDocument } from './people.operations';

export interface PickedPerson {
  id: string;
  fullName: string;
  organisationIds: string[];
}

interface PersonSelectProps {
  label: string;
  value: string | null;
  onChange: (person: PickedPerson | null) => void;
  error?: string;
  /** People who cannot be picked (e.g. current members). */
  exclude?: readonly string[];
  required?: boolean;
}

/** Pick a person of the area, searched on the server by name or e-mail. */
export function PersonSelect({ label, value, onChange, error, exclude = [], required }: PersonSelectProps) {
  const { t } = useTranslation('people');
  const [search, setSearch] = useState('');
  const [selected, setSelected] = useState<(ComboboxItem & { person: PickedPerson }) | null>(null);
  // Once picked, the search box shows the name: do not search for it again.
  const term = selected && search === selected.label ? '' : search.trim();
  const [debounced] = useDebouncedValue(term, 300);
  const { data, loading } = useQuery(PersonOptionsDocument, { variables: { search: debounced || undefined, pageSize: 20 } });

  const options = (data?.people.items ?? [])
    .filter((person) => !exclude.includes(person.id))
    .map((person) => ({
      value: person.id,
      label: person.fullName,
      hint: [person.email, ...person.organisations.map((m) => m.organisation.name)].filter(Boolean).join(' · '),
      person: { id: person.id, fullName: person.fullName, organisationIds: person.organisations.map((m) => m.organisation.id) },
    }));
  if (selected && !options.some((option) => option.value === selected.value)) options.unshift({ ...selected, hint: '' });
  const hints = new Map(options.map((option) => [option.value, option.hint]));

  return (
    <Select
      label={label}
      placeholder={t('select.placeholder')}
      searchable
      clearable
      clearButtonProps={{ 'aria-label': t('common:clear') }}
      required={required}
      data={options.map(({ value: v, label: l }) => ({ value: v, label: l }))}
      value={value}
      searchValue={search}
      onSearchChange={setSearch}
      filter={({ options: all }) => all}
      nothingFoundMessage={loading ? t('common:loading') : t('select.nothingFound')}
      error={error}
      renderOption={({ option }) => (
        <div>
          <Text size="sm">{option.label}</Text>
          {hints.get(option.value) ? (
            <Text size="xs" c="dimmed">
              {hints.get(option.value)}
            </Text>
          ) : null}
        </div>
      )}
      onChange={(id) => {
        const picked = options.find((option) => option.value === id) ?? null;
        setSelected(picked);
        onChange(picked?.person ?? null);
      }}
    />
  );
}
