import type { StaffGroup } from '../../db/schema.ts';
import {
  aberlynStructure,
  benchDirectorates,
  benchPartners,
  benchRoles,
  benchServices,
  britishFirstNames,
  britishSurnames,
  directorate,
  groupTeam,
  harbridgeStructure,
  service,
  team,
  welshFirstNames,
  welshSurnames,
  type DirectorateSpec,
  type ServiceSpec,
  type TeamSpec,
} from './demo-names.ts';

export interface UnitData {
  key: string;
  parentKey: string | null;
  kind: 'directorate' | 'service' | 'team';
  name: string;
  name_cy: string | null;
}

export interface PersonData {
  email: string;
  display_name: string;
  job_title: string;
  staff_group: StaffGroup;
  teamKey: string;
  role: 'member' | 'org_admin';
}

export interface CouncilData {
  organisation: {
    code: string;
    name: string;
    name_cy: string | null;
    brand_colour: string;
    default_locale: 'en' | 'cy';
  };
  units: UnitData[];
  people: PersonData[];
}

/** A fixed account placed in a team named (in English) by `team`. */
type FixedPerson = Omit<PersonData, 'teamKey'> & { team: string };

function fixedPerson(
  email: string,
  display_name: string,
  job_title: string,
  staff_group: StaffGroup,
  team: string,
  role: PersonData['role'] = 'member',
): FixedPerson {
  return { email, display_name, job_title, staff_group, team, role };
}

interface CouncilSpec {
  organisation: CouncilData['organisation'];
  domain: string;
  seed: number;
  firstNames: readonly string[];
  surnames: readonly string[];
  directorates: readonly DirectorateSpec[];
  fixed: readonly FixedPerson[];
}

interface Slot {
  teamKey: string;
  staff_group: StaffGroup;
  job_title: string;
}

// Seeded so that the demo is identical on every run and every machine.
function mulberry32(seed: number): () => number {
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let t = state;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

function item<T>(list: readonly T[], index: number): T {
  const value = list[index % list.length];
  if (value === undefined) throw new Error('demo data: empty list');
  return value;
}

function pick<T>(rand: () => number, list: readonly T[]): T {
  return item(list, Math.floor(rand() * list.length));
}

function splitLabel(label: string): { name: string; name_cy: string | null } {
  const [name = label, cy] = label.split(' | ');
  return { name, name_cy: cy ?? null };
}

/** ASCII only, so that accents and apostrophes never reach a key or an email. */
function slug(text: string): string {
  return text
    .normalize('NFD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .replace(/['’]/g, '')
    .replace(/[^a-z0-9]+/g, '-')
    .replace(/^-|-$/g, '');
}

function addUnit(units: UnitData[], parentKey: string | null, kind: UnitData['kind'], label: string): string {
  const names = splitLabel(label);
  const key = parentKey ? `${parentKey}/${slug(names.name)}` : slug(names.name);
  units.push({ key, parentKey, kind, ...names });
  return key;
}

/** Leaders still waiting for a team join the first staff team of their unit, ahead of its manager. */
function teamSlots(spec: TeamSpec, teamKey: string, waiting: Slot[]): Slot[] {
  const group = spec.group;
  if (group) {
    return Array.from({ length: spec.size }, (_, i) => ({
      teamKey,
      staff_group: group,
      job_title: item(spec.roles, i),
    }));
  }
  const top: Slot[] = [...waiting.splice(0), { teamKey, staff_group: 'manager', job_title: spec.manager }];
  return Array.from({ length: spec.size }, (_, i): Slot => {
    const lead = top[i];
    if (lead) return { ...lead, teamKey };
    return { teamKey, staff_group: 'frontline', job_title: item(spec.roles, i - top.length) };
  });
}

function buildStructure(directorates: readonly DirectorateSpec[]): { units: UnitData[]; slots: Slot[] } {
  const units: UnitData[] = [];
  const slots: Slot[] = [];
  for (const d of directorates) {
    const dKey = addUnit(units, null, 'directorate', d.label);
    const waiting: Slot[] = [{ teamKey: '', staff_group: 'senior_leader', job_title: d.leader }];
    for (const s of d.services) {
      const sKey = addUnit(units, dKey, 'service', s.label);
      waiting.push({ teamKey: '', staff_group: 'head_of_service', job_title: `Head of ${splitLabel(s.label).name}` });
      for (const t of s.teams) slots.push(...teamSlots(t, addUnit(units, sKey, 'team', t.label), waiting));
    }
  }
  if (new Set(units.map((unit) => unit.key)).size !== units.length) throw new Error('demo data: duplicate unit');
  return { units, slots };
}

function uniqueEmail(local: string, domain: string, used: Set<string>): string {
  let email = `${local}@${domain}`;
  for (let n = 2; used.has(email); n++) email = `${local}${n}@${domain}`;
  used.add(email);
  return email;
}

function placeFixed(fixed: readonly FixedPerson[], units: readonly UnitData[]): PersonData[] {
  const teamKeyByName = new Map(units.filter((u) => u.kind === 'team').map((u) => [u.name, u.key]));
  return fixed.map(({ team: teamName, ...person }) => {
    const teamKey = teamKeyByName.get(teamName);
    if (!teamKey) throw new Error(`demo data: no team called ${teamName}`);
    return { ...person, teamKey };
  });
}

/** The one generator behind all three councils. */
function buildCouncil(spec: CouncilSpec): CouncilData {
  const { units, slots } = buildStructure(spec.directorates);
  const rand = mulberry32(spec.seed);
  const used = new Set(spec.fixed.map((person) => person.email));
  const generated = slots.map((slot): PersonData => {
    const first = pick(rand, spec.firstNames);
    const last = pick(rand, spec.surnames);
    return {
      ...slot,
      email: uniqueEmail(`${slug(first)}.${slug(last).replace(/-/g, '')}`, spec.domain, used),
      display_name: slot.staff_group === 'councillor' ? `Councillor ${first} ${last}` : `${first} ${last}`,
      role: 'member',
    };
  });
  return { organisation: spec.organisation, units, people: [...placeFixed(spec.fixed, units), ...generated] };
}

export function harbridgeCouncil(): CouncilData {
  const [admin, comms, crew] = ['org_admin', 'Communications and Engagement', 'North Collection Crew'] as const;
  return buildCouncil({
    organisation: {
      code: 'harbridge',
      name: 'Harbridge Borough Council',
      name_cy: null,
      brand_colour: '#005a70',
      default_locale: 'en',
    },
    domain: 'harbridge.example',
    seed: 2024,
    firstNames: britishFirstNames,
    surnames: britishSurnames,
    directorates: harbridgeStructure,
    fixed: [
      fixedPerson('admin@harbridge.example', 'Alex Morgan', 'Intranet Manager', 'manager', 'Digital and Web', admin),
      fixedPerson('editor@harbridge.example', 'Priya Shah', 'Communications Officer', 'frontline', comms),
      fixedPerson('frontline@harbridge.example', 'Sam Okafor', 'Refuse Collection Operative', 'frontline', crew),
    ],
  });
}

export function aberlynCouncil(): CouncilData {
  const [admin, digital] = ['org_admin', 'Digital Team'] as const;
  return buildCouncil({
    organisation: {
      code: 'aberlyn',
      name: 'Aberlyn County Council',
      name_cy: 'Cyngor Sir Aberlyn',
      brand_colour: '#7a1f3d',
      default_locale: 'en',
    },
    domain: 'aberlyn.example',
    seed: 1282,
    // Concatenated pools: about a third of first names and half of surnames are Welsh.
    firstNames: [...welshFirstNames, ...britishFirstNames],
    surnames: [...welshSurnames, ...welshSurnames, ...britishSurnames],
    directorates: aberlynStructure,
    fixed: [fixedPerson('admin@aberlyn.example', 'Rhiannon Evans', 'Digital Services Manager', 'manager', digital, admin)],
  });
}

/** Team sizes of 10 to 25 that add up to exactly `total` (a single smaller team below 10). */
function benchTeamSizes(total: number, rand: () => number): number[] {
  const sizes: number[] = [];
  let remaining = total;
  do {
    const size = remaining <= 25 ? remaining : Math.min(10 + Math.floor(rand() * 16), remaining - 10);
    sizes.push(size);
    remaining -= size;
  } while (remaining > 0);
  return sizes;
}

/** Numbered once a name pool runs out, so that unit names (and keys) stay unique. */
function numbered(pool: readonly string[], index: number): string {
  const round = Math.floor(index / pool.length);
  return round === 0 ? item(pool, index) : `${item(pool, index)} ${round + 1}`;
}

/** Groups teams into services of up to 6 and services into directorates of up to 8. */
function benchStructure(staff: number, rand: () => number): DirectorateSpec[] {
  // Capped so that these teams, like the rest, stay within 25.
  const councillors = Math.min(25, Math.round(staff / 150));
  const partners = Math.min(25, Math.round(staff / 400));
  const sizes = benchTeamSizes(staff - councillors - partners, rand);
  const services: ServiceSpec[] = [];
  for (let start = 0; start < sizes.length; start += 6) {
    const name = numbered(benchServices, services.length);
    const teams = sizes.slice(start, start + 6).map((size, i) => team(`${name} ${i + 1}`, size, 'Manager', benchRoles));
    services.push(service(name, teams));
  }
  const directorates: DirectorateSpec[] = [];
  for (let start = 0; start < services.length; start += 8) {
    const index = directorates.length;
    const name = index === 0 ? "Chief Executive's Office" : numbered(benchDirectorates, index - 1);
    const leader = index === 0 ? 'Chief Executive' : `Director of ${name}`;
    directorates.push(directorate(name, leader, services.slice(start, start + 8)));
  }
  const members = Array.from({ length: councillors }, (_, i) => `Ward councillor for Ward ${Math.floor(i / 3) + 1}`);
  const partnerRoles = Array.from({ length: partners }, (_, i) => item(benchPartners, i));
  return addMembersService(directorates, members, partnerRoles);
}

function addMembersService(directorates: DirectorateSpec[], members: string[], partners: string[]): DirectorateSpec[] {
  const [first, ...rest] = directorates;
  if (!first) throw new Error('demo data: no directorate');
  const membersService = service('Democratic Services', [
    groupTeam('Elected Members', 'councillor', members),
    groupTeam('Partnerships', 'partner', partners),
  ]);
  return [{ ...first, services: [...first.services, membersService] }, ...rest];
}

/** A council of exactly `staffCount` people for benchmarks; only the admin account is fixed. */
export function generatedCouncil(staffCount: number, seed = 1): CouncilData {
  if (!Number.isInteger(staffCount) || staffCount < 1) throw new Error('staffCount must be a positive integer');
  const rand = mulberry32(seed);
  const directorates = benchStructure(staffCount - 1, rand);
  const adminTeam = directorates[0]?.services[0]?.teams[0]?.label ?? '';
  return buildCouncil({
    organisation: {
      code: 'bench',
      name: 'Benchmark Borough Council',
      name_cy: null,
      brand_colour: '#1d70b8',
      default_locale: 'en',
    },
    domain: 'bench.example',
    seed: seed + 1,
    firstNames: britishFirstNames,
    surnames: britishSurnames,
    directorates,
    fixed: [fixedPerson('admin@bench.example', 'Benchmark Admin', 'Intranet Manager', 'manager', adminTeam, 'org_admin')],
  });
}
