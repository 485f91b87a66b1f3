import { Box } from '@mantine/core';
import type { ReactNode } from 'react';

/**
 * A wide table on a narrow screen: it scrolls sideways in a named region that takes the keyboard's
 * focus, so its hidden columns can be reached without a mouse (WCAG 2.1.1; axe "scrollable-region-focusable").
 * It is the containing block of what is positioned inside (a visually hidden column label), which
 * would otherwise escape the scrolling box and widen the page.
 */
export function ScrollTable({ label, minWidth, children }: { label: string; minWidth: number; children: ReactNode }) {
  return (
    <Box role="region" aria-label={label} tabIndex={0} style={{ overflowX: 'auto', position: 'relative' }}>
      <Box miw={minWidth}>{children}</Box>
    </Box>
  );
}
