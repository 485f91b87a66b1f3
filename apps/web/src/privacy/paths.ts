/** The signed-in person's data page of an area ("Moje údaje"). */
export const myDataPath = (areaSlug: string): string => `/a/${encodeURIComponent(areaSlug)}/my-data`;

/** Where a person lands after erasing their data (logged out). */
export const ERASED_PATH = '/erased';

/** The downloads of everything held about the signed-in account (no area: the data are the account's). */
export const PERSONAL_DATA_JSON = '/api/me/personal-data.json';
export const PERSONAL_DATA_PDF = '/api/me/personal-data.pdf';
