import { type RefObject, useCallback, useEffect, useState } from 'react';
import { passageFromSelection, type PassageSelection } from './passage-anchoring';

/**
 * The passage the reader last selected inside `containerRef` (an element holding fields marked
 * `data-quote-field` within `data-quote-section` / `data-quote-measure`), as offsets over the
 * field's textContent with up to 32 characters of context. Selections elsewhere (e.g. typing in
 * the comment box) leave it as it is; `clear()` forgets it.
 */
export function usePassageSelection(containerRef: RefObject<Element | null>): { selection: PassageSelection | null; clear: () => void } {
  const [selection, setSelection] = useState<PassageSelection | null>(null);
  useEffect(() => {
    const update = () => {
      const container = containerRef.current;
      if (!container) return;
      const passage = passageFromSelection(document.getSelection(), container);
      if (passage) setSelection(passage);
    };
    document.addEventListener('selectionchange', update);
    return () => document.removeEventListener('selectionchange', update);
  }, [containerRef]);
  const clear = useCallback(() => setSelection(null), []);
  return { selection, clear };
}
