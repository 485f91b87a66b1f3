/** Addresses of the good-practice library: the public portal, the area's pages and the attachment downloads. */
export const publicPracticesPath = (area: string) => `/p/${area}/practices`;
export const publicPracticePath = (area: string, id: string) => `/p/${area}/practices/${id}`;
export const practicesPath = (area: string) => `/a/${area}/practices`;
export const practicePath = (area: string, id: string) => `/a/${area}/practices/${id}`;
export const newPracticePath = (area: string) => `/a/${area}/practices/new`;
export const editPracticePath = (area: string, id: string) => `/a/${area}/practices/${id}/edit`;
export const attachmentPath = (area: string, attachmentId: string) =>
  `/api/practices/attachments/${attachmentId}?area=${encodeURIComponent(area)}`;
export const uploadPath = (area: string, practiceId: string) => `/api/practices/${practiceId}/attachments?area=${encodeURIComponent(area)}`;
