import { inflateSync } from 'node:zlib';

/**
 * Reads the text of a PDF that pdfkit wrote with `compress: false`. pdfkit writes text in the
 * embedded (subset) fonts as glyph numbers (`<0012003a> Tj`), not as letters, so the letters are
 * found the way a PDF reader finds them for copying: through each font's ToUnicode map. Returns
 * the pages in order, each as lines: pieces of text at the same height joined by a tab.
 */
export function pdfPages(pdf: Buffer): string[] {
  const source = pdf.toString('latin1');
  const objects = new Map<string, { dict: string; stream?: string }>();
  const header = /(\d+) 0 obj\s*/g;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const streamAt = source.indexOf('stream\n', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt !== -1 && streamAt < endAt) {
      const dict = source.slice(start, streamAt);
      const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
      const stream = source.slice(streamAt + 7, streamAt + 7 + length);
      objects.set(match[1]!, { dict, stream });
      header.lastIndex = streamAt + 7 + length;
    } else {
      objects.set(match[1]!, { dict: source.slice(start, endAt) });
      header.lastIndex = endAt;
    }
  }
  const ref = (text: string, key: string) => new RegExp(`/${key} (\\d+) 0 R`).exec(text)?.[1];
  const cmaps = new Map<string, Map<number, string>>();
  const cmapOf = (fontId: string): Map<number, string> => {
    const cached = cmaps.get(fontId);
    if (cached) return cached;
    const map = new Map<number, string>();
    const unicodeId = ref(objects.get(fontId)!.dict, 'ToUnicode');
    const cmap = unicodeId ? (objects.get(unicodeId)?.stream ?? '') : '';
    const hex = (h: string) => parseInt(h, 16);
    // A ligature maps to several letters, written "<0066 0069>".
    const chars = (h: string) => String.fromCharCode(...(h.replace(/\s/g, '').match(/.{4}/g) ?? []).map(hex));
    for (const [, body] of cmap.matchAll(/beginbfrange([\s\S]*?)endbfrange/g)) {
      for (const [, from, to, list, single] of body!.matchAll(/<(\w+)> <(\w+)> (?:\[([^\]]*)\]|<(\w+)>)/g)) {
        for (let code = hex(from!); code <= hex(to!); code += 1) {
          if (list) map.set(code, chars(list.match(/<[^>]*>/g)![code - hex(from!)]!.slice(1, -1)));
          else map.set(code, String.fromCharCode(hex(single!) + code - hex(from!)));
        }
      }
    }
    for (const [, body] of cmap.matchAll(/beginbfchar([\s\S]*?)endbfchar/g)) {
      for (const [, code, text] of body!.matchAll(/<(\w+)> <([\w ]+)>/g)) map.set(hex(code!), chars(text!));
    }
    cmaps.set(fontId, map);
    return map;
  };

  const pagesRoot = [...objects.values()].find((object) => /\/Type \/Pages\b/.test(object.dict))!;
  const kids = [.../\/Kids \[([^\]]*)\]/.exec(pagesRoot.dict)![1]!.matchAll(/(\d+) 0 R/g)].map((m) => m[1]!);
  return kids.map((pageId) => {
    const page = objects.get(pageId)!.dict;
    const resourcesId = ref(page, 'Resources');
    const resources = resourcesId ? objects.get(resourcesId)!.dict : page;
    const fontDict = /\/Font\s*<<([\s\S]*?)>>/.exec(resources)?.[1] ?? '';
    const fonts = new Map([...fontDict.matchAll(/\/(\w+) (\d+) 0 R/g)].map((m) => [m[1]!, m[2]!]));
    const contentIds = [...(/\/Contents (?:\[([^\]]*)\]|(\d+) 0 R)/.exec(page) ?? [])].slice(1).filter(Boolean).join(' ').match(/\d+(?= 0 R)|^\d+$/g) ?? [];
    const content = contentIds.map((id) => objects.get(id)?.stream ?? '').join('\n');
    const lines: { y: number; text: string }[] = [];
    let font = '';
    let y = NaN;
    for (const [, tfFont, tmY, tj, single] of content.matchAll(/\/(\w+) [\d.]+ Tf|1 0 0 1 [-\d.]+ ([-\d.]+) Tm|\[([^\]]*)\] TJ|<(\w*)> Tj/g)) {
      if (tfFont) font = tfFont;
      else if (tmY) y = Number(tmY);
      else {
        const map = cmapOf(fonts.get(font)!);
        const hexes = tj ? (tj.match(/<(\w*)>/g) ?? []).map((h) => h.slice(1, -1)) : [single!];
        const text = hexes.map((h) => (h.match(/.{4}/g) ?? []).map((code) => map.get(parseInt(code, 16)) ?? '?').join('')).join('');
        const last = lines[lines.length - 1];
        if (last && Math.abs(last.y - y) < 0.01) last.text += `\t${text}`;
        else lines.push({ y, text });
      }
    }
    return lines.map((line) => line.text).join('\n');
  });
}

/** The text of a page without the tabs between pieces of one line. */
export const plain = (page: string): string => page.replace(/\t/g, '');

/**
 * The same PDF with its deflated streams inflated (`/FlateDecode` removed, `/Length` corrected),
 * so that pdfPages reads a file as the API serves it (compressed). Only for reading: the
 * cross-reference table is left as it was.
 */
export function inflatePdf(pdf: Buffer): Buffer {
  const source = pdf.toString('latin1');
  const parts: string[] = [];
  const header = /\d+ 0 obj\s*/g;
  let copied = 0;
  for (let match = header.exec(source); match; match = header.exec(source)) {
    const start = match.index + match[0].length;
    const streamAt = source.indexOf('stream\n', start);
    const endAt = source.indexOf('endobj', start);
    if (streamAt === -1 || streamAt > endAt) continue;
    const dict = source.slice(start, streamAt);
    const length = Number(/\/Length (\d+)/.exec(dict)?.[1]);
    const streamStart = streamAt + 7;
    header.lastIndex = streamStart + length;
    if (!/\/Filter \/FlateDecode/.test(dict)) continue;
    const inflated = inflateSync(pdf.subarray(streamStart, streamStart + length)).toString('latin1');
    parts.push(source.slice(copied, start), dict.replace(/\/Filter \/FlateDecode\s*/, '').replace(/\/Length \d+/, `/Length ${inflated.length}`), 'stream\n', inflated);
    copied = streamStart + length;
  }
  parts.push(source.slice(copied));
  return Buffer.from(parts.join(''), 'latin1');
}
