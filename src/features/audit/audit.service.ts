import type { Db } from '../../db/database.ts';
import { type ChainHead, type ChainProblem, ChainVerifier } from './audit.chain.ts';
import { chainHeads, listOrganisations, readChain } from './audit.queries.ts';

/** Heads as `audit:head` prints them and `audit:verify --head` reads them: organisation code → head. */
export type KeptHeads = Record<string, ChainHead>;

export interface ChainReport {
  code: string;
  events: number;
  head: ChainHead;
  problem: ChainProblem | null;
}

/** Recomputes every chain (or one organisation's), checking each against its kept head if given. */
export async function verifyLedger(
  db: Db,
  options: { orgCode?: string | undefined; kept?: KeptHeads | undefined },
): Promise<ChainReport[]> {
  const organisations = await listOrganisations(db, options.orgCode);
  const reports: ChainReport[] = [];
  for (const org of organisations) {
    const verifier = new ChainVerifier(options.kept?.[org.code]);
    let events = 0;
    for await (const event of readChain(db, org.id)) {
      verifier.add(event);
      events += 1;
    }
    reports.push({ code: org.code, events, head: verifier.head, problem: verifier.finish() });
  }
  return reports;
}

export async function currentHeads(db: Db): Promise<KeptHeads> {
  const heads = await chainHeads(db);
  return Object.fromEntries(heads.map((head) => [head.code, { seq: head.seq, hash: head.hash }]));
}

export class HeadFileError extends Error {}

/** Reads a kept-heads file, saying plainly what is wrong with it. */
export function parseKeptHeads(text: string): KeptHeads {
  let parsed: unknown;
  try {
    parsed = JSON.parse(text);
  } catch {
    throw new HeadFileError('the head file is not JSON');
  }
  if (!parsed || typeof parsed !== 'object' || Array.isArray(parsed))
    throw new HeadFileError('the head file must be an object of organisation codes');
  for (const [code, head] of Object.entries(parsed)) {
    const valid = head && typeof head === 'object' && Number.isInteger(head.seq) && /^[0-9a-f]{64}$/.test(String(head.hash));
    if (!valid) throw new HeadFileError(`the head for "${code}" must be { "seq": number, "hash": 64 hex digits }`);
  }
  return parsed as KeptHeads;
}
