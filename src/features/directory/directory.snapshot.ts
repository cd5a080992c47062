import type { Db } from '../../db/database.ts';
import type { StaffGroup } from '../../db/schema.ts';
import { createAnnouncedCache } from '../../platform/announced-cache.ts';
import type { ChangeFeed } from '../../platform/changes.ts';
import { listActivePeople, listUnits } from './directory.queries.ts';
import { buildTree, type OrgTree } from './directory.tree.ts';

/** A colleague as the directory shows them. */
export interface Colleague {
  id: string;
  display_name: string;
  email: string;
  job_title: string | null;
  staff_group: StaffGroup;
  team_id: string | null;
  manager_id: string | null;
  location: string | null;
  phone: string | null;
  working_pattern: string | null;
  skills: string[];
  ask_me_about: string[];
  photo_key: string | null;
}

/** An organisation's directory at one moment: its structure and its active people. */
export interface DirectorySnapshot {
  tree: OrgTree;
  /** Units and people together: what the snapshot costs to keep. */
  size: number;
  person(id: string): Colleague | undefined;
  /** The people of one unit (not of the units below it), by name. */
  membersOf(unitId: string): Colleague[];
  /** Those the person manages, by name. */
  reportsOf(personId: string): Colleague[];
  /** The person's managers, nearest first, as far as the chain of active people goes (20 at most, and no loops). */
  managersOf(personId: string): Colleague[];
}

const maxManagerChain = 20;

function groupBy(people: readonly Colleague[], key: (person: Colleague) => string | null): Map<string, Colleague[]> {
  const groups = new Map<string, Colleague[]>();
  for (const person of people) {
    const value = key(person);
    if (!value) continue;
    const group = groups.get(value);
    if (group) group.push(person);
    else groups.set(value, [person]);
  }
  return groups;
}

/** `people` come sorted by name, and every list below keeps that order. */
export function buildSnapshot(units: Parameters<typeof buildTree>[0], people: readonly Colleague[]): DirectorySnapshot {
  const byId = new Map(people.map((person) => [person.id, person]));
  const byTeam = groupBy(people, (person) => person.team_id);
  const byManager = groupBy(people, (person) => person.manager_id);
  return {
    tree: buildTree(units, (unitId) => byTeam.get(unitId)?.length ?? 0),
    size: units.length + people.length,
    person: (id) => byId.get(id),
    membersOf: (unitId) => byTeam.get(unitId) ?? [],
    reportsOf: (personId) => byManager.get(personId) ?? [],
    managersOf(personId) {
      const chain: Colleague[] = [];
      const seen = new Set([personId]);
      let next = byId.get(personId)?.manager_id;
      while (next && !seen.has(next) && chain.length < maxManagerChain) {
        const manager = byId.get(next);
        if (!manager) break;
        chain.push(manager);
        seen.add(next);
        next = manager.manager_id;
      }
      return chain;
    },
  };
}

/**
 * How many people and units one process keeps across all organisations'
 * snapshots: a 10,000-strong council is about 5 MB. Organisations beyond it are
 * read afresh when asked for.
 */
const maxRememberedEntries = 200_000;

/**
 * Each organisation's directory, read whole (two statements) and kept until
 * the database announces a change to any unit or to anyone colleagues can see,
 * so that browsing people and teams costs no query at all.
 */
export function createDirectorySnapshots(deps: { db: Db; feed: ChangeFeed }) {
  const snapshots = createAnnouncedCache<DirectorySnapshot>(deps.feed, {
    maxSize: maxRememberedEntries,
    sizeOf: (snapshot) => snapshot.size,
    keyedBy: 'directory',
  });
  const read = async (orgId: string) => {
    const [units, people] = await Promise.all([listUnits(deps.db, orgId), listActivePeople(deps.db, orgId)]);
    return buildSnapshot(units, people);
  };
  return {
    async of(orgId: string): Promise<DirectorySnapshot> {
      return (await snapshots.get(orgId, () => read(orgId))) as DirectorySnapshot;
    },
  };
}

export type DirectorySnapshots = ReturnType<typeof createDirectorySnapshots>;
