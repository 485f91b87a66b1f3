/** The viewer's notifications in an area. */
export const notificationsPath = (areaSlug: string): string => `/a/${encodeURIComponent(areaSlug)}/notifications`;

/** When the viewer gets e-mail about each kind of notification. */
export const preferencesPath = (areaSlug: string): string => `${notificationsPath(areaSlug)}/preferences`;
