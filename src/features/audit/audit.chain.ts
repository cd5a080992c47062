import { type ChainedEvent, eventHash, genesisHash } from '../../platform/audit.ts';

export interface ChainHead {
  seq: number;
  hash: string;
}

export interface ChainProblem {
  /** The first sequence number at which the chain is not what it should be. */
  seq: number;
  reason: string;
}

/**
 * Checks one organisation's chain, event by event in the order read (by seq),
 * so a ledger of any length can be streamed through it.
 */
export class ChainVerifier {
  private expectedSeq = 1;
  private previousHash = genesisHash;
  private problem: ChainProblem | null = null;
  private readonly seen = new Map<number, string>();
  private readonly kept: ChainHead | undefined;

  /** `kept`: a head saved earlier (audit:head); the chain must still reach it, unchanged. */
  constructor(kept?: ChainHead) {
    this.kept = kept;
  }

  add(event: ChainedEvent): void {
    if (this.problem) return;
    if (this.kept?.seq === event.seq) this.seen.set(event.seq, event.hash);
    if (event.seq !== this.expectedSeq) this.fail(this.expectedSeq, event.seq > this.expectedSeq ? 'missing event' : 'out of order');
    else if (event.prevHash !== this.previousHash) this.fail(event.seq, 'does not follow the event before it');
    else if (eventHash(event.prevHash, event) !== event.hash) this.fail(event.seq, 'contents do not match its hash');
    this.expectedSeq += 1;
    this.previousHash = event.hash;
  }

  /** The first problem found, or null when the chain is whole. */
  finish(): ChainProblem | null {
    if (this.problem || !this.kept) return this.problem;
    const lastSeq = this.expectedSeq - 1;
    if (lastSeq < this.kept.seq) return { seq: lastSeq + 1, reason: `chain ends at ${lastSeq}, but the kept head is ${this.kept.seq}` };
    if (this.seen.get(this.kept.seq) !== this.kept.hash) return { seq: this.kept.seq, reason: 'does not match the kept head' };
    return null;
  }

  get head(): ChainHead {
    return { seq: this.expectedSeq - 1, hash: this.previousHash };
  }

  private fail(seq: number, reason: string): void {
    this.problem = { seq, reason };
  }
}

export function verifyChain(events: Iterable<ChainedEvent>, kept?: ChainHead): ChainProblem | null {
  const verifier = new ChainVerifier(kept);
  for (const event of events) verifier.add(event);
  return verifier.finish();
}
