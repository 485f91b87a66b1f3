import { describe, expect, it } from 'vitest';
import { fileSize } from './practice-options';

describe('fileSize', () => {
  it('shows bytes, kilobytes and megabytes in the language of the page', () => {
    expect(fileSize(512, 'cs')).toBe('512 B');
    expect(fileSize(1536, 'cs')).toBe('1,5 kB');
    expect(fileSize(3 * 1024 * 1024, 'en')).toBe('3 MB');
  });
});
