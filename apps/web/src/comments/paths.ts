/** A comment anywhere in the area: opens its round's version in the reader at the comment's thread. */
export const commentPath = (areaSlug: string, commentId: string): string => `/a/${encodeURIComponent(areaSlug)}/comments/${encodeURIComponent(commentId)}`;

/** The reader of a version of an action plan, optionally at a thread (`#comment-<id>`). */
export const versionReaderPath = (areaSlug: string, planId: string, versionId: string, threadId?: string): string =>
  `/a/${encodeURIComponent(areaSlug)}/action-plans/${encodeURIComponent(planId)}/versions/${encodeURIComponent(versionId)}${threadId ? `#comment-${threadId}` : ''}`;

/** The public portal's consultations (public comment rounds open now or upcoming). */
export const publicConsultationsPath = (areaSlug: string): string => `/p/${encodeURIComponent(areaSlug)}/consultations`;

/** One public consultation: the version's text with its comments, for visitors. */
export const publicConsultationPath = (areaSlug: string, roundId: string): string => `${publicConsultationsPath(areaSlug)}/${encodeURIComponent(roundId)}`;
