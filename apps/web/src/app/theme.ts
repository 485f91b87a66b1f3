import { Anchor, createTheme, TableScrollContainer } from '@mantine/core';

/** Komplan's look: calm public-sector blue, readable sizes, visible focus rings (WCAG 2.1 AA). */
export const theme = createTheme({
  primaryColor: 'komplan',
  primaryShade: 7,
  colors: {
    komplan: ['#e8f1fa', '#cfe0f2', '#9fc0e4', '#6c9fd6', '#4383ca', '#2a72c3', '#1c5d99', '#174f84', '#11406d', '#0b3157'],
  },
  fontFamily: 'system-ui, -apple-system, "Segoe UI", Roboto, "Helvetica Neue", Arial, sans-serif',
  defaultRadius: 'md',
  focusRing: 'auto',
  headings: { fontWeight: '650' },
  // Links in text must not rely on colour alone.
  components: {
    Anchor: Anchor.extend({ defaultProps: { underline: 'always' } }),
    // A wide table scrolls sideways inside its box: keyboard users must be able to reach it (WCAG 2.1.1).
    TableScrollContainer: TableScrollContainer.extend({ defaultProps: { scrollAreaProps: { viewportProps: { tabIndex: 0 } } } }),
  },
});
