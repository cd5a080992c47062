import { seededRandom } from './content-text.ts';

/**
 * Which pages readers ask for. An intranet's readers crowd onto a few pages
 * (annual leave, payslips, IT help) and rarely open most of the rest, so page
 * views are measured with popularity following Zipf's law with exponent 1
 * (as YCSB's Zipfian workloads do): the page ranked r is read in proportion to
 * 1/r. Which page gets which rank is shuffled, so popularity has nothing to do
 * with when a page was seeded.
 */
export function popularRequests(ids: readonly string[], count: number, seed = 11): string[] {
  const random = seededRandom(seed);
  const ranked = shuffled(ids, random);
  const cumulative = new Float64Array(ranked.length);
  let total = 0;
  for (let rank = 0; rank < ranked.length; rank++) cumulative[rank] = total += 1 / (rank + 1);
  return Array.from({ length: count }, () => ranked[firstAbove(cumulative, random() * total)] as string);
}

/** Each id once, in random order: every page as likely as any other, so that nothing kept in memory helps. */
export function shuffled<T>(items: readonly T[], random: () => number = Math.random): T[] {
  const copy = [...items];
  for (let i = copy.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    [copy[i], copy[j]] = [copy[j] as T, copy[i] as T];
  }
  return copy;
}

/** The share of `requests` that go to the `top` most requested of them. */
export function shareOfMostRequested(requests: readonly string[], top: number): number {
  const counts = new Map<string, number>();
  for (const request of requests) counts.set(request, (counts.get(request) ?? 0) + 1);
  const most = [...counts.values()].sort((a, b) => b - a).slice(0, top);
  return most.reduce((sum, count) => sum + count, 0) / requests.length;
}

/** The index of the first value above `target` in ascending `values`. */
function firstAbove(values: Float64Array, target: number): number {
  let low = 0;
  let high = values.length - 1;
  while (low < high) {
    const middle = (low + high) >>> 1;
    if ((values[middle] as number) > target) high = middle;
    else low = middle + 1;
  }
  return low;
}
