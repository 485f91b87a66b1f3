/**
 * Word-level differences between two texts, for the diff of action-plan versions.
 *
 * The texts are cut into tokens (runs of letters/digits, runs of whitespace, single other
 * characters), the common prefix and suffix are set aside, and Myers' O(ND) algorithm finds a
 * shortest edit script of the middle. Adjacent segments of the same kind are merged, so the
 * result reads as "equal – delete – insert – equal". Huge or very different inputs fall back to
 * lines as tokens (and, past a bound on the work, to "delete all – insert all") so a diff of two
 * 100 000-character sections stays fast.
 */
export enum DiffKind {
  EQUAL = 'EQUAL',
  INSERT = 'INSERT',
  DELETE = 'DELETE',
}

export interface DiffSegment {
  kind: DiffKind;
  text: string;
}

/** Tokens beyond which the middle part is compared line by line instead of word by word. */
const MAX_WORD_TOKENS = 20_000;
/** Bound on the edit distance Myers' algorithm explores before giving up on the middle part. */
const MAX_EDIT_DISTANCE = 2_000;

const WORD = /[\p{L}\p{N}_]+|\s+|[^\p{L}\p{N}_\s]/gu;
const LINE = /[^\n]*\n|[^\n]+$/g;

export const wordTokens = (text: string): string[] => text.match(WORD) ?? [];
export const lineTokens = (text: string): string[] => text.match(LINE) ?? [];

/** The differences between `before` and `after`, as segments whose EQUAL+DELETE texts give `before` and EQUAL+INSERT give `after`. */
export function diffText(before: string, after: string): DiffSegment[] {
  if (before === after) return before ? [{ kind: DiffKind.EQUAL, text: before }] : [];
  let a = wordTokens(before);
  let b = wordTokens(after);
  if (a.length + b.length > 2 * MAX_WORD_TOKENS) {
    a = lineTokens(before);
    b = lineTokens(after);
  }
  return merge(diffTokens(a, b));
}

/** Whether the segments contain any change. */
export const hasChanges = (segments: readonly DiffSegment[]): boolean => segments.some((segment) => segment.kind !== DiffKind.EQUAL);

/** The edit script of two token lists (unmerged: one segment per token). */
export function diffTokens(a: readonly string[], b: readonly string[]): DiffSegment[] {
  let start = 0;
  while (start < a.length && start < b.length && a[start] === b[start]) start += 1;
  let endA = a.length;
  let endB = b.length;
  while (endA > start && endB > start && a[endA - 1] === b[endB - 1]) {
    endA -= 1;
    endB -= 1;
  }
  const head = a.slice(0, start).map((text) => ({ kind: DiffKind.EQUAL, text }));
  const tail = a.slice(endA).map((text) => ({ kind: DiffKind.EQUAL, text }));
  return [...head, ...myers(a.slice(start, endA), b.slice(start, endB)), ...tail];
}

/**
 * Myers' greedy shortest edit script (E. Myers, "An O(ND) Difference Algorithm", 1986), keeping
 * each round's frontier to trace the path back. Past MAX_EDIT_DISTANCE the texts are too different
 * to be worth aligning: everything old is deleted and everything new inserted.
 */
function myers(a: readonly string[], b: readonly string[]): DiffSegment[] {
  const n = a.length;
  const m = b.length;
  if (n === 0) return b.map((text) => ({ kind: DiffKind.INSERT, text }));
  if (m === 0) return a.map((text) => ({ kind: DiffKind.DELETE, text }));
  const max = Math.min(n + m, MAX_EDIT_DISTANCE);
  const offset = max + 1;
  const v = new Int32Array(2 * max + 3);
  // trace[d] holds the frontier before round d, for diagonals -d-1..d+1 only (memory O(D²), not O(D·(N+M))).
  const trace: Int32Array[] = [];
  for (let d = 0; d <= max; d += 1) {
    trace.push(v.slice(offset - d - 1, offset + d + 2));
    for (let k = -d; k <= d; k += 2) {
      let x = k === -d || (k !== d && v[offset + k - 1]! < v[offset + k + 1]!) ? v[offset + k + 1]! : v[offset + k - 1]! + 1;
      let y = x - k;
      while (x < n && y < m && a[x] === b[y]) {
        x += 1;
        y += 1;
      }
      v[offset + k] = x;
      if (x >= n && y >= m) return backtrack(trace, a, b, d);
    }
  }
  return [...a.map((text) => ({ kind: DiffKind.DELETE, text })), ...b.map((text) => ({ kind: DiffKind.INSERT, text }))];
}

function backtrack(trace: Int32Array[], a: readonly string[], b: readonly string[], depth: number): DiffSegment[] {
  const out: DiffSegment[] = [];
  let x = a.length;
  let y = b.length;
  for (let d = depth; d > 0; d -= 1) {
    const frontier = trace[d]!;
    const at = (k: number) => frontier[k + d + 1]!;
    const k = x - y;
    const down = k === -d || (k !== d && at(k - 1) < at(k + 1));
    const prevK = down ? k + 1 : k - 1;
    const prevX = at(prevK);
    const prevY = prevX - prevK;
    while (x > prevX && y > prevY) {
      out.push({ kind: DiffKind.EQUAL, text: a[x - 1]! });
      x -= 1;
      y -= 1;
    }
    if (down) out.push({ kind: DiffKind.INSERT, text: b[prevY]! });
    else out.push({ kind: DiffKind.DELETE, text: a[prevX]! });
    x = prevX;
    y = prevY;
  }
  while (x > 0 && y > 0) {
    out.push({ kind: DiffKind.EQUAL, text: a[x - 1]! });
    x -= 1;
    y -= 1;
  }
  return out.reverse();
}

/** Joins neighbouring segments of one kind, and puts deletions before insertions within a change. */
export function merge(segments: readonly DiffSegment[]): DiffSegment[] {
  const out: DiffSegment[] = [];
  let deleted = '';
  let inserted = '';
  const flush = () => {
    if (deleted) out.push({ kind: DiffKind.DELETE, text: deleted });
    if (inserted) out.push({ kind: DiffKind.INSERT, text: inserted });
    deleted = '';
    inserted = '';
  };
  for (const segment of segments) {
    if (segment.kind === DiffKind.DELETE) deleted += segment.text;
    else if (segment.kind === DiffKind.INSERT) inserted += segment.text;
    else {
      flush();
      const previous = out[out.length - 1];
      if (previous?.kind === DiffKind.EQUAL) previous.text += segment.text;
      else out.push({ kind: DiffKind.EQUAL, text: segment.text });
    }
  }
  flush();
  return out;
}
