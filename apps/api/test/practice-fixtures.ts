import { DataSource } from 'typeorm';
import { AreaEntity } from '../src/areas/area.entity';
import { PracticeEntity } from '../src/practices/practice.entity';
import { PracticeLanguage, PracticeState } from '../src/practices/practice.enums';
import { GqlClient } from './harness';

/** A good-practice article written straight into the database (published unless said otherwise). */
export async function aPractice(db: DataSource, area: AreaEntity, overrides: Partial<PracticeEntity> = {}): Promise<PracticeEntity> {
  const practices = db.getRepository(PracticeEntity);
  const state = overrides.state ?? PracticeState.PUBLISHED;
  const saved = await practices.save(
    practices.create({
      areaId: area.id,
      title: 'Článek',
      summary: '',
      body: '',
      tags: [],
      targetGroups: [],
      organisationId: null,
      authorId: null,
      language: PracticeLanguage.CS,
      revision: 1,
      state,
      publishedAt: state === PracticeState.PUBLISHED ? new Date() : null,
      ...overrides,
    }),
  );
  return practices.findOneByOrFail({ id: saved.id });
}

/** Uploads a file to an article the way the web app does (multipart, area header, session cookie). */
export async function uploadAttachment(client: GqlClient, practiceId: string, name: string, content: Buffer, type = 'application/octet-stream'): Promise<Response> {
  const form = new FormData();
  form.append('file', new Blob([new Uint8Array(content)], { type }), name);
  const headers: Record<string, string> = {};
  if (client.sessionCookie) headers['cookie'] = client.sessionCookie;
  if (client.area) headers['x-komplan-area'] = client.area;
  if (client.locale) headers['x-komplan-locale'] = client.locale;
  return fetch(`${client.baseUrl}/api/practices/${practiceId}/attachments`, { method: 'POST', headers, body: form });
}

/** The smallest file each accepted type must start like. */
export const A_PDF = Buffer.from('%PDF-1.4\n1 0 obj<<>>endobj\ntrailer<<>>\n%%EOF\n');
export const A_PNG = Buffer.from([0x89, 0x50, 0x4e, 0x47, 0x0d, 0x0a, 0x1a, 0x0a, 0, 0, 0, 0]);
