import { useMutation } from '@apollo/client/react';
import { Alert, Button, Code, FileInput, Group, Modal, Select, Stack, Table, Text } from '@mantine/core';
import { useState } from 'react';
import { useTranslation } from 'react-i18next';
import type { ImportServicesMutation } from '../gql/graphql';
import { OrganisationSelect } from '../organisations/OrganisationSelect';
import { serverError } from '../ui/errors';
import { ImportServicesDocument } from './services.operations';
import { useMyProviderOrganisations } from './useServiceTypes';

type Report = ImportServicesMutation['importServices'];

/** Imports an organisation's register from a CSV file: all rows or none, with the problems by row. */
export function ImportServicesModal({ opened, onClose }: { opened: boolean; onClose: () => void }) {
  const { t } = useTranslation('services');
  return (
    <Modal opened={opened} onClose={onClose} closeButtonProps={{ 'aria-label': t('common:close') }} title={t('import.title')} size="xl">
      {opened ? <ImportForm onClose={onClose} /> : null}
    </Modal>
  );
}

function ImportForm({ onClose }: { onClose: () => void }) {
  const { t } = useTranslation('services');
  const { organisations, canManageAny } = useMyProviderOrganisations();
  const [organisationId, setOrganisationId] = useState<string | null>(organisations.length === 1 ? organisations[0]!.id : null);
  const [file, setFile] = useState<File | null>(null);
  const [report, setReport] = useState<Report>();
  const [failure, setFailure] = useState<string>();
  const [missing, setMissing] = useState(false);
  const [importServices, importing] = useMutation(ImportServicesDocument, { refetchQueries: ['Services', 'OrganisationServices'] });

  const submit = async (event: React.FormEvent) => {
    event.preventDefault();
    setFailure(undefined);
    setReport(undefined);
    if (!organisationId || !file) {
      setMissing(true);
      return;
    }
    try {
      const csv = await file.text();
      const { data } = await importServices({ variables: { input: { organisationId, csv } } });
      setReport(data?.importServices);
    } catch (error) {
      setFailure(serverError(error)?.message);
    }
  };

  return (
    <form onSubmit={submit} noValidate>
      <Stack>
        <Text size="sm">{t('import.intro')}</Text>
        <Code block>type;registrationId;name;targetGroups;form;capacity;capacityUnit;areaServed;contact</Code>
        {canManageAny ? (
          <OrganisationSelect
            label={t('fields.organisation')}
            value={organisationId}
            onChange={setOrganisationId}
            error={missing && !organisationId ? t('common:form.choose') : undefined}
          />
        ) : (
          <Select
            label={t('fields.organisation')}
            required
            allowDeselect={false}
            data={organisations.map((organisation) => ({ value: organisation.id, label: organisation.name }))}
            value={organisationId}
            onChange={setOrganisationId}
            error={missing && !organisationId ? t('common:form.choose') : undefined}
          />
        )}
        <FileInput
          label={t('import.file')}
          required
          accept=".csv,text/csv"
          value={file}
          onChange={setFile}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          error={missing && !file ? t('import.fileRequired') : undefined}
        />
        {failure ? (
          <Alert color="red" role="alert">
            {failure}
          </Alert>
        ) : null}
        {report && report.errors.length === 0 ? (
          <Alert color="green" role="status">
            {t('import.success', { count: report.imported })}
          </Alert>
        ) : null}
        {report && report.errors.length > 0 ? (
          <>
            <Alert color="red" role="alert" title={t('import.failed')}>
              {t('import.failedHint', { count: report.errors.length })}
            </Alert>
            <Table.ScrollContainer minWidth={480}>
              <Table striped aria-label={t('import.problems')}>
                <Table.Thead>
                  <Table.Tr>
                    <Table.Th scope="col">{t('import.row')}</Table.Th>
                    <Table.Th scope="col">{t('import.column')}</Table.Th>
                    <Table.Th scope="col">{t('import.problem')}</Table.Th>
                  </Table.Tr>
                </Table.Thead>
                <Table.Tbody>
                  {report.errors.map((problem, index) => (
                    <Table.Tr key={`${problem.row}-${problem.field}-${index}`}>
                      <Table.Td>{problem.row}</Table.Td>
                      <Table.Td>{problem.field || '—'}</Table.Td>
                      <Table.Td>{problem.message}</Table.Td>
                    </Table.Tr>
                  ))}
                </Table.Tbody>
              </Table>
            </Table.ScrollContainer>
          </>
        ) : null}
        <Group justify="flex-end">
          <Button variant="default" onClick={onClose}>
            {t('common:close')}
          </Button>
          <Button type="submit" loading={importing.loading}>
            {t('import.submit')}
          </Button>
        </Group>
      </Stack>
    </form>
  );
}
