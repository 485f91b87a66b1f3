/** Optional text fields go to the API as null when left empty. */
export const orNull = (value: string | null | undefined): string | null => (value?.trim() ? value.trim() : null);
