import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { MeasureState } from '../gql/graphql';

const COLOURS: Record<MeasureState, string> = {
  PROPOSED: 'blue',
  UNDER_DISCUSSION: 'yellow',
  ACCEPTED: 'green',
  REJECTED: 'red',
  MERGED: 'gray',
  WITHDRAWN: 'gray',
  IN_PROGRESS: 'cyan',
  FULFILLED: 'teal',
  PARTLY_FULFILLED: 'lime',
  NOT_FULFILLED: 'orange',
};

export const MEASURE_STATES = Object.keys(COLOURS) as MeasureState[];

/** The state of a measure in words (the colour only repeats it). */
export function MeasureStateBadge({ state }: { state: MeasureState }) {
  const { t } = useTranslation('measures');
  return (
    <Badge color={COLOURS[state]} variant="dot" style={{ flexShrink: 0 }}>
      {t(`state.${state}`)}
    </Badge>
  );
}
