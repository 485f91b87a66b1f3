import { currentLocale } from '../i18n';
import { uploadPath } from './paths';

/**
 * Sends a file to an article (multipart, as the API's upload handler expects) with the session
 * cookie and the area and language headers every request of the app carries. Resolves with the
 * API's translated message when it refuses the file.
 */
export async function uploadPracticeFile(area: string, practiceId: string, file: File): Promise<{ ok: true } | { ok: false; message: string }> {
  const body = new FormData();
  body.append('file', file, file.name);
  const response = await fetch(uploadPath(area, practiceId), {
    method: 'POST',
    body,
    credentials: 'same-origin',
    headers: { 'x-komplan-area': area, 'x-komplan-locale': currentLocale() },
  });
  if (response.ok) return { ok: true };
  const failure = (await response.json().catch(() => null)) as { message?: string } | null;
  return { ok: false, message: failure?.message ?? response.statusText };
}
