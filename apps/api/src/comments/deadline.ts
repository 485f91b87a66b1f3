import { Locale } from '../common/i18n/translate';
import { badInput } from '../common/errors/domain.exception';
import { CommentRoundEntity } from './comment-round.entity';
import { allows, CommentRoundPhase, phaseOf, RoundAction } from './comment-round-phase';

const LOCALE_TAGS: Record<Locale, string> = { cs: 'cs-CZ', pl: 'pl-PL', en: 'en-GB' };

/** "15. 3. 2026 23:00" in the reader's language and the area's time zone, for error messages. */
export function formatInstant(date: Date, locale: Locale, timeZone: string): string {
  return new Intl.DateTimeFormat(LOCALE_TAGS[locale], { dateStyle: 'medium', timeStyle: 'short', timeZone }).format(date);
}

/**
 * Refuses an action the round's phase does not allow, with a message naming the opening or the
 * closing time in the requester's language (e.g. "The round closed on 15 Mar 2026, 23:00").
 */
export function assertRoundAllows(
  round: CommentRoundEntity,
  action: RoundAction,
  where: { field: string; locale: Locale; timeZone: string },
  now: Date = new Date(),
): void {
  if (allows(round, action, now)) return;
  const date = (at: Date) => formatInstant(at, where.locale, where.timeZone);
  switch (phaseOf(round, now)) {
    case CommentRoundPhase.SETTLED:
      throw badInput(where.field, 'commentRoundSettled');
    case CommentRoundPhase.UPCOMING:
      throw badInput(where.field, 'commentRoundNotOpenYet', { date: date(round.opensAt) });
    case CommentRoundPhase.OPEN:
      throw badInput(where.field, 'commentRoundStillOpen', { date: date(round.closesAt) });
    case CommentRoundPhase.CLOSED:
      throw badInput(where.field, 'commentRoundClosed', { date: date(round.closesAt) });
  }
}
