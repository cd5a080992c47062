import { readFileSync } from 'node:fs';
import { relative } from 'node:path';
import { parseArgs } from 'node:util';
import { repoRoot } from './child.ts';

/**
 * Where a .cpuprofile written by `npm run bench -- --cpu-prof-dir DIR` spent
 * its time: self time by package (or part of the app) and by function. Run it
 * on a profile of one route (`--routes people --databases postgres`), so that
 * the shares are that route's:
 *
 *   node bench/profile-summary.ts DIR/CPU.*.cpuprofile [--top 25]
 */

interface CallFrame {
  functionName: string;
  url: string;
  lineNumber: number;
}

interface ProfileNode {
  id: number;
  callFrame: CallFrame;
  children?: number[];
}

interface CpuProfile {
  nodes: ProfileNode[];
  startTime: number;
  endTime: number;
  samples: number[];
  timeDeltas: number[];
}

/** node_modules/<package>, src/<folder>/<file>, node:<module>, or V8's own entries such as (garbage collector). */
function placeOf(frame: CallFrame): string {
  const { url, functionName } = frame;
  if (!url) return functionName.startsWith('(') ? functionName : '(native)';
  const path = url.startsWith('file://') ? relative(repoRoot, new URL(url).pathname) : url;
  const module = /node_modules\/((?:@[^/]+\/)?[^/]+)/.exec(path)?.[1];
  if (module) return module;
  if (path.startsWith('node:')) return path.split('/')[0] ?? path;
  return path.replace(/^src\/features\/([^/]+)\/.*/, 'src/features/$1').replace(/^src\/platform\/.*/, 'src/platform');
}

function functionOf(frame: CallFrame): string {
  const path = frame.url.startsWith('file://') ? relative(repoRoot, new URL(frame.url).pathname) : frame.url;
  const name = frame.functionName || '(anonymous)';
  return path ? `${name}  ${path.replace(/^.*node_modules\//, '')}:${frame.lineNumber + 1}` : name;
}

/** V8's own entries, which have no caller worth naming. */
const vmEntries = new Set(['(garbage collector)', '(program)', '(idle)', '(root)']);

/**
 * Self time in ms per key, largest first. With `toCaller`, time in a function
 * without a source (a builtin such as writev, JSON.stringify or a RegExp) is
 * counted where it was called from, so that a package's share includes the
 * native work it asks for.
 */
function selfTimes(profile: CpuProfile, keyOf: (frame: CallFrame) => string, toCaller = false): [string, number][] {
  const byId = new Map(profile.nodes.map((node) => [node.id, node]));
  const parentOf = new Map<number, ProfileNode>();
  for (const node of profile.nodes) for (const child of node.children ?? []) parentOf.set(child, node);
  const charged = (node: ProfileNode): ProfileNode => {
    let at = node;
    while (toCaller && !at.callFrame.url && !vmEntries.has(at.callFrame.functionName)) {
      const parent = parentOf.get(at.id);
      if (!parent || parent.callFrame.functionName === '(root)') break;
      at = parent;
    }
    return at;
  };
  const totals = new Map<string, number>();
  profile.samples.forEach((id, i) => {
    const node = byId.get(id);
    if (!node) return;
    const key = keyOf(charged(node).callFrame);
    totals.set(key, (totals.get(key) ?? 0) + (profile.timeDeltas[i] ?? 0) / 1000);
  });
  return [...totals].sort((a, b) => b[1] - a[1]);
}

function print(title: string, rows: [string, number][], busyMs: number, top: number): void {
  console.log(`\n${title}`);
  for (const [key, ms] of rows.slice(0, top)) {
    console.log(`${((ms / busyMs) * 100).toFixed(1).padStart(5)}%  ${ms.toFixed(0).padStart(7)} ms  ${key}`);
  }
}

if (import.meta.main) {
  const { values, positionals } = parseArgs({ allowPositionals: true, options: { top: { type: 'string', default: '25' } } });
  const top = Number(values.top);
  if (positionals.length === 0 || !Number.isInteger(top) || top < 1) {
    console.error('usage: node bench/profile-summary.ts <file.cpuprofile>... [--top 25]');
    process.exit(2);
  }
  for (const file of positionals) {
    const profile = JSON.parse(readFileSync(file, 'utf8')) as CpuProfile;
    const places = selfTimes(profile, placeOf, true);
    const idleMs = places.find(([key]) => key === '(idle)')?.[1] ?? 0;
    const wallMs = (profile.endTime - profile.startTime) / 1000;
    const busy = places.filter(([key]) => key !== '(idle)');
    const busyMs = busy.reduce((sum, [, ms]) => sum + ms, 0);
    console.log(
      `${file}: ${(wallMs / 1000).toFixed(1)} s recorded, main thread busy ${busyMs.toFixed(0)} ms, idle ${idleMs.toFixed(0)} ms`,
    );
    console.log('Shares are of the busy time (idle left out).');
    print('Self time by package or part of the app (builtins counted where they were called from):', busy, busyMs, top);
    print(
      'Self time by function:',
      selfTimes(profile, functionOf).filter(([key]) => key !== '(idle)'),
      busyMs,
      top,
    );
  }
}
