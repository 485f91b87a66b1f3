/**
 * The small Markdown subset minutes are written in: headings (#, ##, ###), bullet and numbered
 * lists, paragraphs and **bold**. Parsed into plain data and rendered as React elements, so no
 * HTML from the text ever reaches the page.
 */
export type Inline = { text: string; bold: boolean };
export type Block =
  | { kind: 'heading'; level: 1 | 2 | 3; content: Inline[] }
  | { kind: 'list'; ordered: boolean; items: Inline[][] }
  | { kind: 'paragraph'; lines: Inline[][] };

export function parseInline(text: string): Inline[] {
  const parts = text.split(/(\*\*[^*]+\*\*)/).filter((part) => part.length > 0);
  return parts.map((part) =>
    part.startsWith('**') && part.endsWith('**') && part.length > 4 ? { text: part.slice(2, -2), bold: true } : { text: part, bold: false },
  );
}

export function parseMarkdown(source: string): Block[] {
  const blocks: Block[] = [];
  let paragraph: Inline[][] | null = null;
  let list: { ordered: boolean; items: Inline[][] } | null = null;
  const close = () => {
    if (paragraph) blocks.push({ kind: 'paragraph', lines: paragraph });
    if (list) blocks.push({ kind: 'list', ...list });
    paragraph = null;
    list = null;
  };
  for (const raw of source.replace(/\r\n/g, '\n').split('\n')) {
    const line = raw.trim();
    const heading = line.match(/^(#{1,3})\s+(.*)$/);
    const bullet = line.match(/^[-*]\s+(.*)$/);
    const numbered = line.match(/^\d+[.)]\s+(.*)$/);
    if (line === '') {
      close();
    } else if (heading) {
      close();
      blocks.push({ kind: 'heading', level: heading[1]!.length as 1 | 2 | 3, content: parseInline(heading[2]!) });
    } else if (bullet || numbered) {
      const ordered = !bullet;
      if (paragraph || (list && list.ordered !== ordered)) close();
      list ??= { ordered, items: [] };
      list.items.push(parseInline((bullet ?? numbered)![1]!));
    } else {
      if (list) close();
      paragraph ??= [];
      paragraph.push(parseInline(line));
    }
  }
  close();
  return blocks;
}
