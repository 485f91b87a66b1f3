import type { PracticeLanguage, PracticeSort, PracticeState } from '../gql/graphql';

export const PRACTICE_SORTS = ['RELEVANCE', 'NEWEST', 'TITLE'] as const satisfies readonly PracticeSort[];
export const PRACTICE_STATES = ['DRAFT', 'PUBLISHED'] as const satisfies readonly PracticeState[];
export const PRACTICE_LANGUAGES = ['CS', 'PL', 'EN'] as const satisfies readonly PracticeLanguage[];

/** "1,2 MB", "350 kB": the size of an attachment. */
export function fileSize(bytes: number, locale: string): string {
  const format = (value: number, unit: string) => `${new Intl.NumberFormat(locale, { maximumFractionDigits: 1 }).format(value)} ${unit}`;
  if (bytes >= 1024 * 1024) return format(bytes / 1024 / 1024, 'MB');
  if (bytes >= 1024) return format(bytes / 1024, 'kB');
  return format(bytes, 'B');
}

/** What the upload accepts: PDF, DOCX, XLSX, ODT, PNG, JPEG up to 10 MB (the API checks it again). */
export const ACCEPTED_FILES = '.pdf,.docx,.xlsx,.odt,.png,.jpg,.jpeg';
export const MAX_FILE_BYTES = 10 * 1024 * 1024;
