import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { IntentionState } from '../gql/graphql';
import { STATE_COLORS } from './intentions.schema';

/** The state in words on a coloured badge (the colour only repeats what the words say). */
export function StateBadge({ state }: { state: IntentionState }) {
  const { t } = useTranslation('intentions');
  return (
    <Badge color={STATE_COLORS[state]} variant="dot" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.IntentionState.${state}`)}
    </Badge>
  );
}
