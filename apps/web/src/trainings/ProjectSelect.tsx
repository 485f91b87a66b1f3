import { useQuery } from '@apollo/client/react';
import { Select, type SelectProps } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { FundedProjectsDocument } from './trainings.operations';

/** A picker of the area's funded projects ("name (registration number)"); empty means none. */
export function ProjectSelect({ value, onChange, ...props }: Omit<SelectProps, 'data' | 'value' | 'onChange'> & { value: string | null; onChange: (value: string | null) => void }) {
  const { t } = useTranslation('trainings');
  const { data } = useQuery(FundedProjectsDocument, { variables: { pageSize: 200 } });
  const options = (data?.fundedProjects.items ?? []).map((project) => ({ value: project.id, label: `${project.name} (${project.registrationNumber})` }));
  return (
    <Select
      label={t('projects.picker')}
      placeholder={t('projects.none')}
      clearable
      searchable
      nothingFoundMessage={t('projects.noneFound')}
      {...props}
      value={value}
      onChange={onChange}
      data={options}
    />
  );
}
