import { diffText, DiffKind, DiffSegment, diffTokens, hasChanges, wordTokens } from './text-diff';

const before = (segments: DiffSegment[]) => segments.filter((s) => s.kind !== DiffKind.INSERT).map((s) => s.text).join('');
const after = (segments: DiffSegment[]) => segments.filter((s) => s.kind !== DiffKind.DELETE).map((s) => s.text).join('');

/** A tiny deterministic generator, so the random cases are the same in every run. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state * 1103515245 + 12345) % 2147483648;
    return state / 2147483648;
  };
}

describe('word diff of texts', () => {
  it('cuts Czech text into words, spaces and punctuation', () => {
    expect(wordTokens('Péče o seniory, 2026.')).toEqual(['Péče', ' ', 'o', ' ', 'seniory', ',', ' ', '2026', '.']);
  });

  it('marks a replaced word as a deletion followed by an insertion, the rest equal', () => {
    expect(diffText('Kapacita 20 lůžek v Plzni', 'Kapacita 25 lůžek v Plzni')).toEqual([
      { kind: DiffKind.EQUAL, text: 'Kapacita ' },
      { kind: DiffKind.DELETE, text: '20' },
      { kind: DiffKind.INSERT, text: '25' },
      { kind: DiffKind.EQUAL, text: ' lůžek v Plzni' },
    ]);
  });

  it('shows insertions and deletions of whole phrases', () => {
    const segments = diffText('Služba pro seniory.', 'Terénní služba pro seniory a osoby se zdravotním postižením.');
    expect(before(segments)).toBe('Služba pro seniory.');
    expect(after(segments)).toBe('Terénní služba pro seniory a osoby se zdravotním postižením.');
    expect(segments.filter((s) => s.kind === DiffKind.INSERT).map((s) => s.text)).toContain(' a osoby se zdravotním postižením');
  });

  it('handles empty sides and identical texts', () => {
    expect(diffText('', '')).toEqual([]);
    expect(diffText('', 'nový text')).toEqual([{ kind: DiffKind.INSERT, text: 'nový text' }]);
    expect(diffText('starý text', '')).toEqual([{ kind: DiffKind.DELETE, text: 'starý text' }]);
    expect(diffText('stejné', 'stejné')).toEqual([{ kind: DiffKind.EQUAL, text: 'stejné' }]);
    expect(hasChanges(diffText('stejné', 'stejné'))).toBe(false);
    expect(hasChanges(diffText('a', 'b'))).toBe(true);
  });

  it('finds a shortest edit script and always rebuilds both texts (random cases)', () => {
    const next = random(42);
    const words = ['a', 'b', 'c', 'd'];
    for (let run = 0; run < 300; run += 1) {
      const a = Array.from({ length: Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]!);
      const b = Array.from({ length: Math.floor(next() * 12) }, () => words[Math.floor(next() * words.length)]!);
      const script = diffTokens(a, b);
      expect(script.filter((s) => s.kind !== DiffKind.INSERT).map((s) => s.text)).toEqual(a);
      expect(script.filter((s) => s.kind !== DiffKind.DELETE).map((s) => s.text)).toEqual(b);
      const equal = script.filter((s) => s.kind === DiffKind.EQUAL).length;
      expect(equal).toBe(lcsLength(a, b));
    }
  });

  it('diffs two 100 000-character sections correctly, by lines when they are huge', () => {
    const next = random(7);
    const paragraph = (i: number) => `Odstavec ${i}: poskytovatelé sociálních služeb v území spolupracují s obcí a krajem na dostupnosti péče.\n`;
    const a = Array.from({ length: 1000 }, (_, i) => paragraph(i)).join('');
    const lines = a.split('\n');
    for (let i = 0; i < 30; i += 1) lines[Math.floor(next() * 990)] = `Změněný odstavec ${i} s novým textem.`;
    const b = lines.join('\n');
    expect(a.length).toBeGreaterThan(100_000);
    const segments = diffText(a, b);
    expect(before(segments)).toBe(a);
    expect(after(segments)).toBe(b);
    expect(segments.filter((s) => s.kind === DiffKind.INSERT).length).toBeLessThanOrEqual(30);
  });

  it('gives up aligning completely different long texts: all deleted, all inserted', () => {
    const a = Array.from({ length: 5000 }, (_, i) => `a${i}`).join(' ');
    const b = Array.from({ length: 5000 }, (_, i) => `b${i}`).join(' ');
    const segments = diffText(a, b);
    expect(before(segments)).toBe(a);
    expect(after(segments)).toBe(b);
  });
});

function lcsLength(a: readonly string[], b: readonly string[]): number {
  const table = Array.from({ length: a.length + 1 }, () => new Array<number>(b.length + 1).fill(0));
  for (let i = 1; i <= a.length; i += 1) {
    for (let j = 1; j <= b.length; j += 1) {
      table[i]![j] = a[i - 1] === b[j - 1] ? table[i - 1]![j - 1]! + 1 : Math.max(table[i - 1]![j]!, table[i]![j - 1]!);
    }
  }
  return table[a.length]![b.length]!;
}
