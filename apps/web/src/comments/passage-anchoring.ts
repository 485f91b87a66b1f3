/**
 * Quoted passages of the draft reader: a selection inside an element marked with
 * `data-quote-field` (within `data-quote-section` or `data-quote-measure`) becomes a text-quote +
 * text-position selector over that element's textContent (UTF-16 offsets), and stored quotes are
 * anchored back to the same words and wrapped in <mark data-comment-id>.
 */

/** Context kept on each side of a quote. */
export const CONTEXT_LENGTH = 32;
/** The longest quote the API takes. */
export const MAX_QUOTE_LENGTH = 2000;

/** A selected passage, ready for `postComment(input: { target: 'PASSAGE', sectionId | planMeasureId, quote })`. */
export interface PassageSelection {
  target: 'PASSAGE';
  sectionId: string | null;
  planMeasureId: string | null;
  field: string;
  exact: string;
  prefix: string;
  suffix: string;
  start: number;
  end: number;
}

/** What a stored passage comment carries (the fields of the API's Comment). */
export interface QuotedComment {
  id: string;
  sectionId?: string | null;
  planMeasureId?: string | null;
  quoteField?: string | null;
  quoteExact?: string | null;
  quotePrefix?: string | null;
  quoteSuffix?: string | null;
  quoteStart?: number | null;
  quoteEnd?: number | null;
}

export interface TextQuote {
  exact: string;
  prefix?: string | null;
  suffix?: string | null;
  start?: number | null;
  end?: number | null;
}

const FIELD_ATTR = 'data-quote-field';
const SECTION_ATTR = 'data-quote-section';
const MEASURE_ATTR = 'data-quote-measure';
const MARK_ATTR = 'data-comment-id';

/** Characters of `element`'s textContent before the boundary point (node, offset). */
export function textOffset(element: Element, node: Node, offset: number): number {
  const range = element.ownerDocument.createRange();
  range.selectNodeContents(element);
  range.setEnd(node, offset);
  return range.toString().length;
}

/** The quotable field element around a node (itself or an ancestor), inside `root`. */
function fieldOf(node: Node, root: Element): Element | null {
  const element = node.nodeType === Node.ELEMENT_NODE ? (node as Element) : node.parentElement;
  const field = element?.closest(`[${FIELD_ATTR}]`) ?? null;
  return field && root.contains(field) ? field : null;
}

/**
 * The passage a range selects, or null when it is empty, whitespace, or not within one quotable
 * field of `root`. Leading and trailing whitespace is left out of the quote.
 */
export function passageFromRange(range: Range, root: Element): PassageSelection | null {
  if (range.collapsed) return null;
  const field = fieldOf(range.startContainer, root);
  if (!field || fieldOf(range.endContainer, root) !== field) return null;
  const text = field.textContent ?? '';
  let start = textOffset(field, range.startContainer, range.startOffset);
  let end = textOffset(field, range.endContainer, range.endOffset);
  while (start < end && /\s/.test(text[start]!)) start += 1;
  while (end > start && /\s/.test(text[end - 1]!)) end -= 1;
  if (start >= end) return null;
  const sectionId = field.closest(`[${SECTION_ATTR}]`)?.getAttribute(SECTION_ATTR) ?? null;
  const planMeasureId = sectionId ? null : (field.closest(`[${MEASURE_ATTR}]`)?.getAttribute(MEASURE_ATTR) ?? null);
  if (!sectionId && !planMeasureId) return null;
  return {
    target: 'PASSAGE',
    sectionId,
    planMeasureId,
    field: field.getAttribute(FIELD_ATTR) ?? '',
    exact: text.slice(start, end),
    prefix: text.slice(Math.max(0, start - CONTEXT_LENGTH), start),
    suffix: text.slice(end, end + CONTEXT_LENGTH),
    start,
    end,
  };
}

/** The passage of the browser's current selection inside `root`, or null. */
export function passageFromSelection(selection: Selection | null, root: Element): PassageSelection | null {
  if (!selection || selection.rangeCount === 0) return null;
  return passageFromRange(selection.getRangeAt(0), root);
}

/** Length of the common end of `a` and the common start of `b` with the stored context. */
const commonSuffix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[a.length - 1 - n] === b[b.length - 1 - n]) n += 1;
  return n;
};
const commonPrefix = (a: string, b: string) => {
  let n = 0;
  while (n < a.length && n < b.length && a[n] === b[n]) n += 1;
  return n;
};

/**
 * Where a quote stands in `text`: at its stored position when the exact words are still there;
 * otherwise the occurrence of the exact words whose surroundings best match the stored prefix and
 * suffix (nearest to the stored position on a tie); null when the words are gone.
 */
export function anchorQuote(text: string, quote: TextQuote): { start: number; end: number } | null {
  const { exact } = quote;
  if (!exact) return null;
  const start = quote.start ?? -1;
  if (start >= 0 && text.slice(start, start + exact.length) === exact) return { start, end: start + exact.length };
  const prefix = quote.prefix ?? '';
  const suffix = quote.suffix ?? '';
  let best: { start: number; score: number; distance: number } | null = null;
  for (let at = text.indexOf(exact); at !== -1; at = text.indexOf(exact, at + 1)) {
    const score = commonSuffix(text.slice(Math.max(0, at - prefix.length), at), prefix) + commonPrefix(text.slice(at + exact.length, at + exact.length + suffix.length), suffix);
    const distance = start >= 0 ? Math.abs(at - start) : at;
    if (!best || score > best.score || (score === best.score && distance < best.distance)) best = { start: at, score, distance };
  }
  return best ? { start: best.start, end: best.start + exact.length } : null;
}

/** Removes the marks made by highlightPassages (the text stays as it was). */
export function clearHighlights(container: Element): void {
  for (const mark of Array.from(container.querySelectorAll(`mark[${MARK_ATTR}]`))) {
    const parent = mark.parentNode!;
    while (mark.firstChild) parent.insertBefore(mark.firstChild, mark);
    parent.removeChild(mark);
    parent.normalize();
  }
}

/** Wraps the characters start..end of `field`'s textContent in marks (one per text node crossed). */
function wrapRange(field: Element, start: number, end: number, commentId: string): void {
  const doc = field.ownerDocument;
  const walker = doc.createTreeWalker(field, NodeFilter.SHOW_TEXT);
  const pieces: { node: Text; from: number; to: number }[] = [];
  let position = 0;
  for (let node = walker.nextNode() as Text | null; node; node = walker.nextNode() as Text | null) {
    const length = node.data.length;
    const from = Math.max(start, position);
    const to = Math.min(end, position + length);
    if (from < to) pieces.push({ node, from: from - position, to: to - position });
    position += length;
    if (position >= end) break;
  }
  for (const { node, from, to } of pieces) {
    let target = node;
    if (from > 0) target = target.splitText(from);
    if (to - from < target.data.length) target.splitText(to - from);
    const mark = doc.createElement('mark');
    mark.setAttribute(MARK_ATTR, commentId);
    target.parentNode!.insertBefore(mark, target);
    mark.appendChild(target);
  }
}

/** The first element at or under `root` whose attribute equals `value` (compared, never put into a selector). */
function withAttribute(root: Element, attribute: string, value: string): Element | null {
  if (root.getAttribute(attribute) === value) return root;
  return Array.from(root.querySelectorAll(`[${attribute}]`)).find((element) => element.getAttribute(attribute) === value) ?? null;
}

/** The quotable field of a comment inside `container`. */
function fieldFor(container: Element, comment: QuotedComment): Element | null {
  const owner = comment.sectionId
    ? withAttribute(container, SECTION_ATTR, comment.sectionId)
    : comment.planMeasureId
      ? withAttribute(container, MEASURE_ATTR, comment.planMeasureId)
      : null;
  return owner && comment.quoteField ? withAttribute(owner, FIELD_ATTR, comment.quoteField) : null;
}

/**
 * Highlights the quoted passages of `comments` inside `container`: earlier marks are removed,
 * each quote is re-anchored (position first, verified by its exact words, else searched by the
 * words and their context) and wrapped in <mark data-comment-id="…">. Returns the ids placed and
 * the ids whose words could not be found.
 */
export function highlightPassages(container: Element, comments: readonly QuotedComment[]): { anchored: string[]; orphaned: string[] } {
  clearHighlights(container);
  const anchored: string[] = [];
  const orphaned: string[] = [];
  for (const comment of comments) {
    if (!comment.quoteExact) continue;
    const field = fieldFor(container, comment);
    const place = field ? anchorQuote(field.textContent ?? '', { exact: comment.quoteExact, prefix: comment.quotePrefix, suffix: comment.quoteSuffix, start: comment.quoteStart }) : null;
    if (!field || !place) {
      orphaned.push(comment.id);
      continue;
    }
    wrapRange(field, place.start, place.end, comment.id);
    anchored.push(comment.id);
  }
  return { anchored, orphaned };
}
