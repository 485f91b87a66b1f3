import { Badge } from '@mantine/core';
import { useTranslation } from 'react-i18next';

/** Upcoming / open / voting over / closed with a result. */
export function PhaseBadge({ phase, closed }: { phase: 'UPCOMING' | 'OPEN' | 'CLOSED'; closed: boolean }) {
  const { t } = useTranslation('approvals');
  const key = phase === 'CLOSED' && !closed ? 'ENDED' : phase;
  const color = { UPCOMING: 'gray', OPEN: 'green', ENDED: 'orange', CLOSED: 'dark' }[key];
  return (
    <Badge color={color} variant="dot" data-testid="round-phase">
      {t(`phase.${key}`)}
    </Badge>
  );
}

export function ResultBadge({ result }: { result: 'APPROVED' | 'REJECTED' | 'NO_QUORUM' }) {
  const { t } = useTranslation('approvals');
  return (
    <Badge color={result === 'APPROVED' ? 'green' : 'red'} variant="dot" size="lg" data-testid="round-result">
      {t(`result.name.${result}`)}
    </Badge>
  );
}
