/** Most tags an article has, and the longest tag. */
export const MAX_TAGS = 20;
export const MAX_TAG_LENGTH = 40;

/**
 * One spelling per tag: trimmed, without a leading "#", inner whitespace collapsed, lower-case
 * (Czech and Polish letters too); blanks and repeats dropped, first occurrence kept.
 */
export function normaliseTag(tag: string): string {
  return tag.trim().replace(/^#+/, '').replace(/\s+/g, ' ').trim().toLocaleLowerCase('cs');
}

export function normaliseTags(tags: readonly string[]): string[] {
  const seen = new Set<string>();
  for (const tag of tags) {
    const normal = normaliseTag(tag);
    if (normal) seen.add(normal);
  }
  return [...seen];
}
