import { diffWordsWithSpace } from 'diff';

export interface DiffSegment {
  text: string;
  change: 'added' | 'removed' | null;
}

export interface TextDiff {
  segments: DiffSegment[];
  addedWords: number;
  removedWords: number;
}

const wordsIn = (text: string) => text.split(/\s+/).filter(Boolean).length;

/**
 * The words that changed between two versions, in reading order: the later
 * text with what was taken out and put in marked where it happened. Very long
 * unchanged stretches are shortened to their ends, so the changes stand out.
 */
export function diffText(before: string, after: string): TextDiff {
  const segments: DiffSegment[] = [];
  let addedWords = 0;
  let removedWords = 0;
  for (const part of diffWordsWithSpace(before, after)) {
    const change = part.added ? 'added' : part.removed ? 'removed' : null;
    if (change === 'added') addedWords += wordsIn(part.value);
    if (change === 'removed') removedWords += wordsIn(part.value);
    segments.push({ text: change ? part.value : shorten(part.value), change });
  }
  return { segments, addedWords, removedWords };
}

const keepEachEnd = 300;

function shorten(text: string): string {
  return text.length <= keepEachEnd * 2 + 20 ? text : `${text.slice(0, keepEachEnd)}\n…\n${text.slice(-keepEachEnd)}`;
}
