import { Block, HeadingLevel, TextRun } from './document-model';

/**
 * The Markdown our section texts use, as document blocks: headings (#, ##, ###), paragraphs
 * (lines joined until a blank line), bullet lists ("- " or "* "), numbered lists ("1. "), and
 * inside any of them **bold** and *italic*. Anything else is kept as text, so nothing a
 * coordinator wrote is lost. `headingOffset` moves headings down (a section's own title is the
 * level-1 heading, so its "#" becomes level 2); levels stop at 3.
 */
export function markdownToBlocks(markdown: string, options: { headingOffset?: number } = {}): Block[] {
  const offset = options.headingOffset ?? 0;
  const blocks: Block[] = [];
  let paragraph: string[] = [];
  let list: { ordered: boolean; items: string[] } | null = null;

  const flushParagraph = () => {
    if (paragraph.length) blocks.push({ kind: 'paragraph', runs: parseInline(paragraph.join(' ')) });
    paragraph = [];
  };
  const flushList = () => {
    if (list) blocks.push({ kind: 'list', ordered: list.ordered, items: list.items.map(parseInline) });
    list = null;
  };

  for (const rawLine of markdown.replace(/\r\n?/g, '\n').split('\n')) {
    const line = rawLine.trim();
    const headingMatch = /^(#{1,6})\s+(.*?)\s*#*$/.exec(line);
    const bulletMatch = /^[-*+]\s+(.*)$/.exec(line);
    const numberMatch = /^\d{1,3}[.)]\s+(.*)$/.exec(line);
    if (!line) {
      // A blank line ends a paragraph; a list goes on if the next line is an item of the same kind.
      flushParagraph();
      continue;
    }
    if (headingMatch) {
      flushParagraph();
      flushList();
      const level = Math.min(3, headingMatch[1]!.length + offset) as HeadingLevel;
      blocks.push({ kind: 'heading', level, text: plainText(parseInline(headingMatch[2]!)) });
    } else if (bulletMatch || numberMatch) {
      flushParagraph();
      const ordered = Boolean(numberMatch);
      if (list && list.ordered !== ordered) flushList();
      list ??= { ordered, items: [] };
      list.items.push((bulletMatch ?? numberMatch)![1]!);
    } else if (list && !paragraph.length && /^\s/.test(rawLine)) {
      // An indented line continues the last item.
      list.items[list.items.length - 1] += ` ${line}`;
    } else {
      flushList();
      paragraph.push(line);
    }
  }
  flushParagraph();
  flushList();
  return blocks;
}

/** The text of runs without their looks. */
export const plainText = (runs: readonly TextRun[]): string => runs.map((run) => run.text).join('');

/**
 * **bold**, *italic* and ***both*** in one line of text. A marker opens only before a non-space
 * and closes only after one, and only when it is closed later, as in CommonMark; `\*` is a star.
 */
export function parseInline(text: string): TextRun[] {
  const runs: TextRun[] = [];
  let bold = false;
  let italic = false;
  let current = '';
  const push = () => {
    if (!current) return;
    const last = runs[runs.length - 1];
    if (last && Boolean(last.bold) === bold && Boolean(last.italic) === italic) last.text += current;
    else runs.push({ text: current, ...(bold ? { bold: true } : {}), ...(italic ? { italic: true } : {}) });
    current = '';
  };
  const closes = (marker: string, from: number) => {
    for (let at = text.indexOf(marker, from); at !== -1; at = text.indexOf(marker, at + 1)) {
      if (at > from && !/\s/.test(text[at - 1]!) && text[at - 1] !== '\\') return true;
    }
    return false;
  };
  for (let i = 0; i < text.length; ) {
    const char = text[i]!;
    if (char === '\\' && text[i + 1] === '*') {
      current += '*';
      i += 2;
      continue;
    }
    if (char === '*') {
      const marker = text.startsWith('**', i) ? '**' : '*';
      const open = marker === '**' ? bold : italic;
      const after = text[i + marker.length];
      const before = text[i - 1];
      const canClose = open && before !== undefined && !/\s/.test(before);
      const canOpen = !open && after !== undefined && !/\s/.test(after) && closes(marker, i + marker.length);
      if (canClose || canOpen) {
        push();
        if (marker === '**') bold = !bold;
        else italic = !italic;
        i += marker.length;
        continue;
      }
    }
    current += char;
    i += 1;
  }
  push();
  return runs;
}
