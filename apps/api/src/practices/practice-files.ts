/** Largest attachment, and most attachments of one article. */
export const MAX_ATTACHMENT_BYTES = 10 * 1024 * 1024;
export const MAX_ATTACHMENTS = 20;

/** The kinds of files an article may carry: by extension, with the bytes each must start with. */
const KINDS: { extensions: string[]; mediaType: string; magic: number[] }[] = [
  { extensions: ['pdf'], mediaType: 'application/pdf', magic: [0x25, 0x50, 0x44, 0x46, 0x2d] },
  {
    extensions: ['docx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.wordprocessingml.document',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  {
    extensions: ['xlsx'],
    mediaType: 'application/vnd.openxmlformats-officedocument.spreadsheetml.sheet',
    magic: [0x50, 0x4b, 0x03, 0x04],
  },
  { extensions: ['odt'], mediaType: 'application/vnd.oasis.opendocument.text', magic: [0x50, 0x4b, 0x03, 0x04] },
  { extensions: ['png'], mediaType: 'image/png', magic: [0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a] },
  { extensions: ['jpg', 'jpeg'], mediaType: 'image/jpeg', magic: [0xff, 0xd8, 0xff] },
];

/** What the upload form accepts (the `accept` attribute). */
export const ACCEPTED_EXTENSIONS = KINDS.flatMap((kind) => kind.extensions.map((extension) => `.${extension}`));

/**
 * The media type of an uploaded file, judged by its name's extension and confirmed by its first
 * bytes (the type the browser claims is not trusted); null for anything else.
 */
export function attachmentMediaType(fileName: string, content: Buffer): string | null {
  const extension = /\.([a-z0-9]+)$/i.exec(fileName)?.[1]?.toLowerCase();
  const kind = KINDS.find((candidate) => extension !== undefined && candidate.extensions.includes(extension));
  if (!kind || content.length < kind.magic.length) return null;
  return kind.magic.every((byte, index) => content[index] === byte) ? kind.mediaType : null;
}

/** A file name safe to store and show: no path, no control characters, at most 200 characters. */
export function cleanFileName(name: string): string {
  const base = name.split(/[\\/]/).pop() ?? '';
  const clean = base.replace(/[\u0000-\u001f\u007f"]/g, '').trim();
  if (clean.length <= 200) return clean;
  const dot = clean.lastIndexOf('.');
  const extension = dot > 0 ? clean.slice(dot) : '';
  return clean.slice(0, 200 - extension.length) + extension;
}

/** Content-Disposition for a download: an ASCII fallback name and the real one (RFC 6266 / 5987). */
export function contentDisposition(fileName: string): string {
  const ascii = fileName.normalize('NFD').replace(/[\u0300-\u036f]/g, '').replace(/[^\x20-\x7e]/g, '_').replace(/["\\]/g, '_');
  return `attachment; filename="${ascii}"; filename*=UTF-8''${encodeURIComponent(fileName)}`;
}
