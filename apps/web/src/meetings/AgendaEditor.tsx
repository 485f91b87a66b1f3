import { useQuery } from '@apollo/client/react';
import { ActionIcon, Button, Fieldset, Group, Select, SimpleGrid, Stack, Text, Textarea, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import { MeasureOptionsDocument } from '../measures/measures.operations';
import { emptyAgendaItem, moveItem, removeItem, replaceItem, type AgendaDraftItem } from './agenda';
import { intentionLabel, measureOptionGroups } from './agenda-links';
import { IntentionOptionsDocument, MeetingPeopleDocument } from './meetings.operations';

/**
 * Ordered agenda items: add, remove, move up and down; presenters chosen from the area's people;
 * an item may point at a measure of the area's plans and at a development intention.
 */
export function AgendaEditor({ value, onChange }: { value: AgendaDraftItem[]; onChange: (items: AgendaDraftItem[]) => void }) {
  const { t } = useTranslation('meetings');
  const people = useQuery(MeetingPeopleDocument, { variables: { pageSize: 200 } });
  const plans = useQuery(MeasureOptionsDocument);
  const intentions = useQuery(IntentionOptionsDocument, { variables: { pageSize: 200 } });
  const presenters = (people.data?.people.items ?? []).map((person) => ({ value: person.id, label: person.fullName }));
  const measures = measureOptionGroups(plans.data?.strategicPlans ?? []);
  const intentionOptions = (intentions.data?.intentions.items ?? []).map((intention) => ({
    value: intention.id,
    label: intentionLabel(intention, (year) => t('agenda.fromYear', { year })),
  }));
  const set = (index: number, changes: Partial<AgendaDraftItem>) => onChange(replaceItem(value, index, { ...value[index]!, ...changes }));

  return (
    <Stack gap="sm">
      {value.length === 0 ? <Text c="dimmed">{t('agenda.empty')}</Text> : null}
      {value.map((item, index) => {
        const number = index + 1;
        return (
          <Fieldset key={item.key} legend={t('agenda.itemLegend', { number })} p="sm">
            <Stack gap="xs">
              <TextInput label={t('agenda.itemTitle')} value={item.title} onChange={(event) => set(index, { title: event.currentTarget.value })} maxLength={300} />
              <SimpleGrid cols={{ base: 1, xs: 2 }} spacing="xs">
                <Select
                  label={t('agenda.presenter')}
                  placeholder={t('agenda.noPresenter')}
                  searchable
                  clearable
                  nothingFoundMessage={t('agenda.nobodyFound')}
                  data={presenters}
                  value={item.presenterId}
                  onChange={(presenterId) => set(index, { presenterId })}
                />
                <TextInput
                  label={t('agenda.duration')}
                  type="number"
                  inputMode="numeric"
                  min={1}
                  max={600}
                  value={item.durationMinutes}
                  onChange={(event) => set(index, { durationMinutes: event.currentTarget.value })}
                />
              </SimpleGrid>
              <SimpleGrid cols={{ base: 1, sm: 2 }} spacing="xs">
                <Select
                  label={t('agenda.measure')}
                  placeholder={t('agenda.noMeasure')}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('agenda.clearMeasure', { number }) }}
                  nothingFoundMessage={plans.loading ? t('common:loading') : t('agenda.noMeasureFound')}
                  data={measures}
                  value={item.measureId}
                  onChange={(measureId) => set(index, { measureId })}
                />
                <Select
                  label={t('agenda.intention')}
                  placeholder={t('agenda.noIntention')}
                  searchable
                  clearable
                  clearButtonProps={{ 'aria-label': t('agenda.clearIntention', { number }) }}
                  nothingFoundMessage={intentions.loading ? t('common:loading') : t('agenda.noIntentionFound')}
                  data={intentionOptions}
                  value={item.intentionId}
                  onChange={(intentionId) => set(index, { intentionId })}
                />
              </SimpleGrid>
              <Textarea label={t('agenda.notes')} autosize minRows={1} maxRows={6} value={item.notes} onChange={(event) => set(index, { notes: event.currentTarget.value })} />
              <Group gap="xs" justify="flex-end">
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={index === 0}
                  onClick={() => onChange(moveItem(value, index, index - 1))}
                  aria-label={t('agenda.moveUp', { number })}
                >
                  ↑
                </ActionIcon>
                <ActionIcon
                  variant="default"
                  size="lg"
                  disabled={index === value.length - 1}
                  onClick={() => onChange(moveItem(value, index, index + 1))}
                  aria-label={t('agenda.moveDown', { number })}
                >
                  ↓
                </ActionIcon>
                <Button variant="subtle" color="red" onClick={() => onChange(removeItem(value, index))} aria-label={t('agenda.removeItem', { number })}>
                  {t('agenda.remove')}
                </Button>
              </Group>
            </Stack>
          </Fieldset>
        );
      })}
      <Button variant="light" w="fit-content" onClick={() => onChange([...value, emptyAgendaItem()])}>
        {t('agenda.add')}
      </Button>
    </Stack>
  );
}
