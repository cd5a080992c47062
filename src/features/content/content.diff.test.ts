import { describe, expect, it } from 'vitest';
import { diffText } from './content.diff.ts';

describe('the difference between two versions', () => {
  it('marks the words taken out and put in, where they were', () => {
    const diff = diffText('Book leave two weeks ahead.', 'Book leave four weeks ahead in the HR system.');
    const marked = diff.segments
      .map((s) => (s.change === 'added' ? `[+${s.text}]` : s.change === 'removed' ? `[-${s.text}]` : s.text))
      .join('');
    expect(marked).toBe('Book leave [-two][+four] weeks ahead[+ in the HR system].');
    expect(diff).toMatchObject({ addedWords: 5, removedWords: 1 });
  });

  it('shortens long unchanged stretches but never a change', () => {
    const long = 'word '.repeat(500);
    const diff = diffText(`${long}old`, `${long}new`);
    expect(diff.segments[0]?.text).toContain('…');
    expect(diff.segments.filter((s) => s.change).map((s) => s.text)).toEqual(['old', 'new']);
  });
});
