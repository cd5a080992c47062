import { readFileSync } from 'node:fs';

/**
 * Realistic English for bench content: words drawn from bench/vocabulary.txt
 * (8,000 words: the 2,387 of the demo councils' own pages, most common first,
 * then rarer dictionary words) with Zipf's law, as word frequencies in real
 * text follow, in sentences, paragraphs and headings. Seeded, so the same
 * seed always writes the same council.
 */
const vocabulary = readFileSync(new URL('./vocabulary.txt', import.meta.url), 'utf8')
  .split('\n')
  .filter(Boolean);

/** Mulberry32: small, fast, and good enough to spread words. */
export function seededRandom(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

// Cumulative Zipf weights (1/rank), searched by bisection.
const cumulative: number[] = [];
let total = 0;
for (let rank = 1; rank <= vocabulary.length; rank++) cumulative.push((total += 1 / rank));

export function vocabularySize(): number {
  return vocabulary.length;
}

export function writer(seed: number) {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));

  function word(): string {
    const target = random() * total;
    let low = 0;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >> 1;
      if ((cumulative[middle] ?? 0) < target) low = middle + 1;
      else high = middle;
    }
    return vocabulary[low] ?? 'council';
  }

  /** A word from the less common part of the vocabulary: what titles and searches are made of. */
  function rareWord(): string {
    return vocabulary[between(200, vocabulary.length - 1)] ?? 'council';
  }

  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const sentence = () => `${capital(Array.from({ length: between(6, 18) }, word).join(' '))}.`;
  const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');

  return {
    word,
    rareWord,
    title: () => capital([rareWord(), ...Array.from({ length: between(1, 4) }, word), rareWord()].join(' ')),
    sentence,
    /** Markdown: a few sections, each a heading and paragraphs, about `words` words long. */
    body(words: number): string {
      const parts: string[] = [];
      let written = 0;
      while (written < words) {
        if (parts.length && random() < 0.3) parts.push(`## ${capital(`${rareWord()} ${word()}`)}`);
        const text = paragraph();
        parts.push(text);
        written += text.split(' ').length;
      }
      return parts.join('\n\n');
    },
    between,
    random,
  };
}
