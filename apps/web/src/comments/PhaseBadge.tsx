import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';
import type { CommentRoundPhase, CommentStance, SettlementOutcome } from '../gql/graphql';

const PHASE_COLOURS: Record<CommentRoundPhase, string> = { UPCOMING: 'gray', OPEN: 'green', CLOSED: 'orange', SETTLED: 'blue' };
const STANCE_COLOURS: Record<CommentStance, string> = { SUPPORT: 'teal', NEUTRAL: 'gray', OBJECTION: 'red' };
const OUTCOME_COLOURS: Record<SettlementOutcome, string> = { ACCEPTED: 'teal', PARTLY_ACCEPTED: 'cyan', REJECTED: 'red', EXPLAINED: 'grape' };

/** Where a round stands, in words on a dot badge (the colour only repeats what the words say). */
export function PhaseBadge({ phase }: { phase: CommentRoundPhase }) {
  const { t } = useTranslation('comments');
  return (
    <Badge color={PHASE_COLOURS[phase]} variant="dot" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.CommentRoundPhase.${phase}`)}
    </Badge>
  );
}

export function StanceBadge({ stance }: { stance: CommentStance }) {
  const { t } = useTranslation('comments');
  return (
    <Badge color={STANCE_COLOURS[stance]} variant="dot" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.CommentStance.${stance}`)}
    </Badge>
  );
}

export function OutcomeBadge({ outcome }: { outcome: SettlementOutcome | null | undefined }) {
  const { t } = useTranslation('comments');
  if (!outcome) {
    return (
      <Badge color="yellow" variant="dot" style={{ textTransform: 'none', minWidth: 'max-content' }}>
        {t('settlement.unsettled')}
      </Badge>
    );
  }
  return (
    <Badge color={OUTCOME_COLOURS[outcome]} variant="dot" style={{ textTransform: 'none', minWidth: 'max-content' }}>
      {t(`enums.SettlementOutcome.${outcome}`)}
    </Badge>
  );
}
