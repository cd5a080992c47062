import { describe, expect, it } from 'vitest';
import { type ChainedEvent, eventHash, genesisHash, type LedgerEvent } from '../../platform/audit.ts';
import { verifyChain } from './audit.chain.ts';

/** mulberry32: the same cases every run, so a failure can be replayed. */
function random(seed: number) {
  let state = seed;
  return () => {
    state = (state + 0x6d2b79f5) | 0;
    let t = Math.imul(state ^ (state >>> 15), 1 | state);
    t = (t + Math.imul(t ^ (t >>> 7), 61 | t)) ^ t;
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const actions = ['auth.sign_in', 'auth.sign_out', 'user.created', 'role.granted', 'settings.changed'];

function buildChain(length: number, next: () => number): ChainedEvent[] {
  const events: ChainedEvent[] = [];
  let prevHash = genesisHash;
  for (let seq = 1; seq <= length; seq += 1) {
    const event: LedgerEvent = {
      orgId: '0b1e5c0a-0000-4000-8000-000000000001',
      seq,
      occurredAt: new Date(Date.UTC(2026, 10, 1) + seq * 60_000 + Math.floor(next() * 1000)),
      actorId: next() < 0.2 ? null : `00000000-0000-4000-8000-${String(Math.floor(next() * 1e12)).padStart(12, '0')}`,
      action: actions[Math.floor(next() * actions.length)] as string,
      subjectType: 'user',
      subjectId: String(Math.floor(next() * 1e6)),
      details: next() < 0.5 ? {} : { role: 'editor', count: Math.floor(next() * 100), flag: next() < 0.5 },
    };
    const hash = eventHash(prevHash, event);
    events.push({ ...event, prevHash, hash });
    prevHash = hash;
  }
  return events;
}

type Tamper = (events: ChainedEvent[], at: number, next: () => number) => { events: ChainedEvent[]; firstBad: number };

const tampers: Record<string, Tamper> = {
  'edit a field': (events, at, next) => {
    const copy = events.map((event) => ({ ...event }));
    const target = copy[at] as ChainedEvent;
    const fields = ['action', 'subjectId', 'actorId', 'occurredAt', 'details', 'subjectType'] as const;
    const field = fields[Math.floor(next() * fields.length)];
    if (field === 'occurredAt') target.occurredAt = new Date(target.occurredAt.getTime() + 1);
    else if (field === 'details') target.details = { ...target.details, role: 'owner' };
    else if (field === 'actorId') target.actorId = target.actorId ? null : '00000000-0000-4000-8000-000000000999';
    else target[field as 'action'] = `${target[field as 'action']}x`;
    return { events: copy, firstBad: target.seq };
  },
  'delete an event': (events, at) => ({ events: events.filter((_, index) => index !== at), firstBad: at + 1 }),
  'swap two events': (events, at) => {
    const other = at === events.length - 1 ? at - 1 : at + 1;
    const copy = [...events];
    [copy[at], copy[other]] = [copy[other] as ChainedEvent, copy[at] as ChainedEvent];
    return { events: copy, firstBad: Math.min(at, other) + 1 };
  },
  'renumber to hide a deletion': (events, at) => {
    const kept = events.filter((_, index) => index !== at).map((event, index) => ({ ...event, seq: index + 1 }));
    return { events: kept, firstBad: at + 1 };
  },
  'rewrite one event and its own hash': (events, at) => {
    const copy = events.map((event) => ({ ...event }));
    const target = copy[at] as ChainedEvent;
    target.action = 'auth.sign_in';
    target.subjectId = 'forged';
    target.hash = eventHash(target.prevHash, target);
    return { events: copy, firstBad: at === copy.length - 1 ? target.seq : target.seq + 1 };
  },
};

describe('the audit chain', () => {
  it('verifies an untouched chain', () => {
    expect(verifyChain(buildChain(50, random(1)))).toBeNull();
    expect(verifyChain([])).toBeNull();
  });

  it('detects every random edit, deletion and reordering, naming the first bad sequence number', () => {
    let cases = 0;
    for (let seed = 1; seed <= 400; seed += 1) {
      const next = random(seed);
      const events = buildChain(2 + Math.floor(next() * 40), next);
      for (const [name, tamper] of Object.entries(tampers)) {
        const at = Math.floor(next() * events.length);
        const tampered = tamper(events, at, next);
        const problem = verifyChain(tampered.events);
        // Removing or rewriting the last event is truncation: only a kept head can tell (the next test).
        const changesOnlyTheTail = at === events.length - 1 && name !== 'edit a field' && name !== 'swap two events';
        if (changesOnlyTheTail) continue;
        expect(problem, `${name} at ${at} of ${events.length}, seed ${seed}`).not.toBeNull();
        expect(problem?.seq, `${name} at ${at}, seed ${seed}`).toBe(tampered.firstBad);
        cases += 1;
      }
    }
    expect(cases).toBeGreaterThan(1800);
  });

  it('detects truncation and a rewritten tail against a kept head, and only then', () => {
    for (let seed = 1; seed <= 300; seed += 1) {
      const next = random(seed);
      const events = buildChain(3 + Math.floor(next() * 30), next);
      const last = events[events.length - 1] as ChainedEvent;
      const kept = { seq: last.seq, hash: last.hash };
      const cut = 1 + Math.floor(next() * (events.length - 1));
      const truncated = events.slice(0, events.length - cut);
      expect(verifyChain(truncated)).toBeNull();
      expect(verifyChain(truncated, kept)?.seq).toBe(truncated.length + 1);
      const rewritten = tampers['rewrite one event and its own hash']?.(events, events.length - 1, next).events as ChainedEvent[];
      expect(verifyChain(rewritten, kept)?.seq).toBe(last.seq);
      expect(verifyChain(events, kept)).toBeNull();
      expect(verifyChain([...events, ...buildChain(events.length + 2, next).slice(events.length)], kept)).not.toBeNull();
    }
  });
});
