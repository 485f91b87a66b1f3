import { Group, Select, TextInput } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { TargetGroup } from '../gql/graphql';
import { TARGET_GROUPS } from '../services/services.schema';
import { oneOf, useListParams } from '../ui/useListParams';
import { PRACTICE_SORTS, PRACTICE_STATES } from './practice-options';

/** Search text, filters, order and page of a list of articles, kept in the address. */
export function usePracticeFilters() {
  const list = useListParams();
  const { params } = list;
  const tag = params.get('tag');
  const targetGroup = oneOf(params.get('group'), TARGET_GROUPS) as TargetGroup | null;
  return {
    ...list,
    tag,
    targetGroup,
    sort: oneOf(params.get('sort'), PRACTICE_SORTS) ?? 'RELEVANCE',
    state: oneOf(params.get('state'), PRACTICE_STATES),
    /** A search text, tag or target group narrows the list. */
    filtered: !!list.query || !!tag || !!targetGroup,
  };
}

type Filters = ReturnType<typeof usePracticeFilters>;

/** The variables every library search shares (text, tag, target group, order, page). */
export const practiceSearchVariables = (filters: Filters) => ({
  search: filters.query || undefined,
  tag: filters.tag ?? undefined,
  targetGroup: filters.targetGroup ?? undefined,
  sort: filters.sort,
  page: filters.page,
});

/** The search box and the filters above a list of articles. */
export function PracticeFilters({ filters, tags, withState = false }: { filters: Filters; tags: readonly { tag: string; count: number }[]; withState?: boolean }) {
  const { t } = useTranslation('practices');
  const tagOptions = tags.map((row) => ({ value: row.tag, label: `${row.tag} (${row.count})` }));
  if (filters.tag && !tags.some((row) => row.tag === filters.tag)) tagOptions.unshift({ value: filters.tag, label: filters.tag });
  return (
    <form role="search" onSubmit={(event) => event.preventDefault()} aria-label={t('list.searchLabel')}>
      <TextInput
        type="search"
        size="md"
        label={t('list.search')}
        description={t('list.searchHint')}
        placeholder={t('list.searchPlaceholder')}
        value={filters.search}
        onChange={(event) => filters.setSearch(event.currentTarget.value)}
        mb="sm"
      />
      <Group mb="md" align="flex-end" grow preventGrowOverflow={false} gap="sm">
        <Select
          label={t('fields.tag')}
          placeholder={t('list.anyTag')}
          searchable
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={tagOptions}
          value={filters.tag}
          onChange={(value) => filters.update({ tag: value, page: null })}
          nothingFoundMessage={t('list.noTags')}
          miw={180}
        />
        <Select
          label={t('fields.targetGroup')}
          placeholder={t('list.anyGroup')}
          clearable
          clearButtonProps={{ 'aria-label': t('common:clear') }}
          data={TARGET_GROUPS.map((value) => ({ value, label: t(`services:enums.TargetGroup.${value}`) }))}
          value={filters.targetGroup}
          onChange={(value) => filters.update({ group: value, page: null })}
          miw={200}
        />
        {withState ? (
          <Select
            label={t('fields.state')}
            placeholder={t('list.anyState')}
            clearable
            clearButtonProps={{ 'aria-label': t('common:clear') }}
            data={PRACTICE_STATES.map((value) => ({ value, label: t(`state.${value}`) }))}
            value={filters.state}
            onChange={(value) => filters.update({ state: value, page: null })}
            miw={150}
          />
        ) : null}
        <Select
          label={t('list.sort')}
          allowDeselect={false}
          data={PRACTICE_SORTS.map((value) => ({ value, label: t(`sort.${value}`) }))}
          value={filters.sort}
          onChange={(value) => filters.update({ sort: value === 'RELEVANCE' ? null : value, page: null })}
          miw={150}
        />
      </Group>
    </form>
  );
}
