import type { StaffGroup } from '../../db/schema.ts';
import type { CouncilData, UnitData } from './demo-data.ts';

// Who outranks whom in a line-management chain. Councillors are elected: nobody manages them.
const rank: Record<StaffGroup, number> = { frontline: 0, partner: 0, councillor: -1, manager: 1, head_of_service: 2, senior_leader: 3 };
const leads: Partial<Record<StaffGroup, UnitData['kind']>> = { manager: 'team', head_of_service: 'service', senior_leader: 'directorate' };

/**
 * Works out each demo person's line manager from the structure: the leader of
 * the nearest unit above them who outranks them; senior leaders report to the
 * chief executive (the first senior leader), who reports to nobody.
 */
export function managerEmails(council: CouncilData): Map<string, string | null> {
  const units = new Map(council.units.map((unit) => [unit.key, unit]));
  const chain = (teamKey: string): UnitData[] => {
    const path: UnitData[] = [];
    for (let unit = units.get(teamKey); unit && path.length < 50; unit = unit.parentKey ? units.get(unit.parentKey) : undefined)
      path.push(unit);
    return path;
  };
  const leaderOf = new Map<string, { email: string; group: StaffGroup }>();
  for (const person of council.people) {
    const unit = chain(person.teamKey).find((candidate) => candidate.kind === leads[person.staff_group]);
    if (unit && !leaderOf.has(unit.key)) leaderOf.set(unit.key, { email: person.email, group: person.staff_group });
  }
  const chief = council.people.find((person) => person.staff_group === 'senior_leader')?.email ?? null;
  return new Map(
    council.people.map((person) => {
      if (person.staff_group === 'councillor' || person.email === chief) return [person.email, null];
      const above = chain(person.teamKey)
        .map((unit) => leaderOf.get(unit.key))
        .find((leader) => leader && leader.email !== person.email && rank[leader.group] > rank[person.staff_group]);
      return [person.email, above?.email ?? chief];
    }),
  );
}
