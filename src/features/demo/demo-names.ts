// Name pools for the fictional demo staff. Deliberately varied so that the
// demo looks like a real British workforce and exercises non-ASCII names
// (Siân, Wiśniewska) and apostrophes (O'Brien) in display and email code.

export const britishFirstNames: readonly string[] = [
  'Oliver',
  'Amelia',
  'Mohammed',
  'Aisha',
  'Priya',
  'Olusegun',
  'Chloe',
  'Jack',
  'Harry',
  'Grace',
  'Fatima',
  'Ravi',
  'Wei',
  'Zainab',
  'Kwame',
  'Emma',
  'Sophie',
  'Daniel',
  'Thomas',
  'Charlotte',
  'Hannah',
  'Liam',
  'Connor',
  'Siobhan',
  'Niamh',
  'Callum',
  'Fiona',
  'Kirsty',
  'Imran',
  'Ayesha',
  'Hassan',
  'Yusuf',
  'Amara',
  'Chidi',
  'Adebayo',
  'Ella',
  'Jasmine',
  'Gurpreet',
  'Harpreet',
  'Sunita',
  'Anil',
  'Deepak',
  'Marek',
  'Agnieszka',
  'Tomasz',
  'Ewa',
  'Lucy',
  'Rebecca',
  'Mark',
  'Paul',
  'David',
  'Susan',
  'Karen',
  'Janet',
  'Gary',
  'Stephen',
  'Joanne',
  'Michelle',
  'Darren',
  'Kelly',
  'Leon',
  'Marcus',
  'Jade',
  'Abdul',
  'Nadia',
  'Samir',
  'Mei',
  'Kofi',
  'Ama',
  'Bilal',
  'Rukhsana',
  'Shabana',
  'George',
  'Isla',
  'Freya',
  'Noah',
  'Ruby',
  'Ethan',
  'Zara',
  'Arjun',
];

export const britishSurnames: readonly string[] = [
  'Smith',
  'Jones',
  'Taylor',
  'Brown',
  'Wilson',
  'Johnson',
  'Walker',
  'Wright',
  'Robinson',
  'Thompson',
  'White',
  'Hughes',
  'Edwards',
  'Green',
  'Hall',
  'Wood',
  'Harris',
  'Clarke',
  'Patel',
  'Khan',
  'Ahmed',
  'Begum',
  'Hussain',
  'Ali',
  'Singh',
  'Kaur',
  'Sharma',
  'Chowdhury',
  'Okafor',
  'Adeyemi',
  'Mensah',
  'Okoro',
  'Nwosu',
  'Boateng',
  'Campbell',
  'Stewart',
  'Murray',
  'MacDonald',
  "O'Brien",
  'Murphy',
  'Kelly',
  'Doyle',
  'Kowalski',
  'Nowak',
  'Wiśniewska',
  'Chen',
  'Wong',
  'Nguyen',
  'Francis',
  'Baptiste',
  'Mitchell',
  'Hamilton',
  'Fraser',
  'Shah',
  'Mistry',
  'Rahman',
  'Iqbal',
  'Mahmood',
  'Akhtar',
  'Osei',
  'Cooper',
  'Ward',
  'Turner',
  'Bailey',
];

export const welshFirstNames: readonly string[] = [
  'Rhiannon',
  'Siân',
  'Gareth',
  'Dafydd',
  'Carys',
  'Eleri',
  'Rhys',
  'Ieuan',
  'Ffion',
  'Cerys',
  'Bethan',
  'Gethin',
  'Iwan',
  'Nia',
  'Owain',
  'Aled',
  'Catrin',
  'Elin',
  'Emyr',
  'Gwenllian',
  'Hywel',
  'Llinos',
  'Meinir',
  'Osian',
  'Huw',
  'Lowri',
  'Alun',
  'Mared',
  'Sioned',
  'Dylan',
  'Tomos',
  'Gwion',
  'Manon',
  'Angharad',
  'Heledd',
  'Cadi',
  'Geraint',
  'Mererid',
  'Steffan',
  'Non',
];

export const welshSurnames: readonly string[] = [
  'Jones',
  'Davies',
  'Evans',
  'Williams',
  'Thomas',
  'Roberts',
  'Hughes',
  'Lewis',
  'Morgan',
  'Griffiths',
  'Owen',
  'Price',
  'Pritchard',
  'Rees',
  'Parry',
  'Powell',
  'Jenkins',
  'Lloyd',
  'Llewellyn',
  'Vaughan',
  'Bowen',
  'Pugh',
  'Howells',
  'Gruffydd',
  'Prosser',
  'Bevan',
  'Meredith',
  'Rowlands',
  'Phillips',
  'Edwards',
];

// Council structures. Labels are 'English' or 'English | Cymraeg'. Staff-group
// proportions are not written here: the generator derives them (one senior
// leader per directorate, one head per service, one manager per team).

export interface TeamSpec {
  label: string;
  /** Everyone in the team, including any director or head of service placed there. */
  size: number;
  manager: string;
  /** Frontline job titles, used in turn. */
  roles: readonly string[];
  /** Councillor and partner teams have no line management. */
  group?: 'councillor' | 'partner';
}

export interface ServiceSpec {
  label: string;
  teams: readonly TeamSpec[];
}

export interface DirectorateSpec {
  label: string;
  leader: string;
  services: readonly ServiceSpec[];
}

export const team = (label: string, size: number, manager: string, roles: readonly string[]): TeamSpec => ({
  label,
  size,
  manager,
  roles,
});

export const service = (label: string, teams: readonly TeamSpec[]): ServiceSpec => ({ label, teams });

export const directorate = (label: string, leader: string, services: readonly ServiceSpec[]): DirectorateSpec => ({
  label,
  leader,
  services,
});

export const groupTeam = (label: string, group: 'councillor' | 'partner', roles: readonly string[]): TeamSpec => ({
  label,
  size: roles.length,
  manager: '',
  roles,
  group,
});

/** Several members per ward, as in most councils; the first listed leads the council. */
export function wardRoles(title: string, wards: readonly string[], perWard: number): string[] {
  const roles = wards.flatMap((ward) => Array.from({ length: perWard }, () => `${title} for ${ward}`));
  const lowerFirst = (text: string) => text.charAt(0).toLowerCase() + text.slice(1);
  return roles.map((role, i) => (i === 0 ? `Leader of the Council and ${lowerFirst(role)}` : role));
}

// Generic names for the benchmark council.
export const benchDirectorates: readonly string[] = [
  'Place',
  'People',
  'Resources',
  'Communities',
  'Growth',
  'Environment',
  'Children and Families',
  'Adult Social Care',
  'Neighbourhoods',
  'Corporate Services',
  'Housing and Regeneration',
  'Public Health',
];
export const benchServices: readonly string[] = [
  'Waste and Recycling',
  'Planning',
  'Housing',
  'Revenues and Benefits',
  'Leisure and Culture',
  'Environmental Health',
  'Legal Services',
  'Human Resources',
  'ICT',
  'Finance',
  'Customer Services',
  'Highways',
];
export const benchPartners: readonly string[] = ['NHS Liaison Officer', 'Police Liaison Officer', 'Charity Liaison'];
export const benchRoles: readonly string[] = ['Officer', 'Assistant', 'Adviser', 'Senior Officer', 'Technician'];

const crew = ['Refuse Collection Operative', 'Refuse Collection Operative', 'HGV Driver', 'Recycling Operative'];
const harbridgeWards = ['Harbridge North', 'Harbridge South', 'Harbridge Central', 'Millbrook', 'Eastfield'];

export const harbridgeStructure: readonly DirectorateSpec[] = [
  directorate("Chief Executive's Office", 'Chief Executive', [
    service('Policy and Performance', [
      team('Corporate Policy', 5, 'Policy and Performance Manager', ['Policy Officer', 'Performance Analyst']),
    ]),
    service('Legal and Democratic Services', [
      team('Legal Services', 6, 'Principal Solicitor', ['Solicitor', 'Paralegal', 'Legal Assistant']),
      team('Democratic Services', 5, 'Democratic Services Manager', ['Committee Clerk', 'Electoral Services Officer']),
      groupTeam('Elected Members', 'councillor', wardRoles('Ward councillor', harbridgeWards, 3)),
    ]),
    service('Communications', [
      team('Communications and Engagement', 5, 'Communications Manager', ['Digital Content Officer', 'Graphic Designer']),
    ]),
  ]),
  directorate('Place and Environment', 'Director of Place and Environment', [
    service('Waste and Recycling', [
      team('North Collection Crew', 9, 'Collection Crew Supervisor', crew),
      team('South Collection Crew', 8, 'Collection Crew Supervisor', crew),
      team('Street Cleansing', 6, 'Street Cleansing Supervisor', ['Street Cleansing Operative', 'Sweeper Driver']),
    ]),
    service('Planning', [
      team('Development Management', 6, 'Development Management Team Leader', ['Planning Officer', 'Planning Technician']),
      team('Planning Policy', 4, 'Planning Policy Team Leader', ['Planning Policy Officer', 'Conservation Officer']),
    ]),
    service('Environmental Health', [
      team('Food Safety', 4, 'Food Safety Team Leader', ['Environmental Health Officer', 'Food Safety Officer']),
      team('Environmental Protection', 4, 'Environmental Protection Team Leader', ['Pest Control Officer', 'Noise Officer']),
    ]),
  ]),
  directorate('People and Communities', 'Director of People and Communities', [
    service('Housing', [
      team('Housing Options', 7, 'Housing Options Manager', ['Housing Options Officer', 'Homelessness Prevention Officer']),
      team('Private Sector Housing', 4, 'Private Sector Housing Team Leader', ['Housing Standards Officer']),
    ]),
    service('Leisure and Culture', [
      team('Libraries', 7, 'Library Services Manager', ['Library Assistant', 'Library Assistant', 'Community Librarian']),
      team('Leisure Centres', 6, 'Leisure Centre Manager', ['Leisure Attendant', 'Swimming Instructor']),
    ]),
    service('Community Safety and Partnerships', [
      team('Community Safety', 4, 'Community Safety Manager', ['Community Safety Officer', 'Anti-social Behaviour Officer']),
      groupTeam('Partnerships', 'partner', [
        'NHS Liaison Officer',
        'Police Community Liaison Officer',
        'Voluntary Sector Partnership Officer',
        'Citizens Advice Caseworker',
      ]),
    ]),
    service('Customer Services', [team('Contact Centre', 8, 'Contact Centre Manager', ['Customer Service Adviser'])]),
  ]),
  directorate('Resources', 'Director of Resources', [
    service('Finance', [
      team('Accountancy', 5, 'Chief Accountant', ['Accountant', 'Finance Officer', 'Accounts Payable Assistant']),
      team('Procurement', 3, 'Procurement Manager', ['Procurement Officer']),
    ]),
    service('Revenues and Benefits', [
      team('Council Tax', 6, 'Council Tax Team Leader', ['Council Tax Officer', 'Recovery Officer']),
      team('Benefits', 5, 'Benefits Team Leader', ['Benefits Assessor', 'Benefits Assessor', 'Fraud Officer']),
    ]),
    service('HR and Organisational Development', [
      team('HR Advisory', 4, 'HR Manager', ['HR Adviser', 'HR Assistant']),
      team('Payroll', 3, 'Payroll Manager', ['Payroll Officer']),
    ]),
    service('ICT and Digital', [
      team('IT Service Desk', 5, 'Service Desk Manager', ['Service Desk Analyst', 'Desktop Support Technician']),
      team('Digital and Web', 3, 'Digital Services Manager', ['Web Developer', 'User Researcher']),
    ]),
  ]),
];

const aberlynWards = ['Aberlyn North', 'Aberlyn South', 'Llanddewi', 'Glanrafon', 'Pen-y-bryn', 'Cwmlyn', 'Bryngwyn', 'Llanfihangel'];

export const aberlynStructure: readonly DirectorateSpec[] = [
  directorate("Chief Executive's Office | Swyddfa'r Prif Weithredwr", 'Chief Executive', [
    service('Legal and Democratic Services | Gwasanaethau Cyfreithiol a Democrataidd', [
      team('Legal Services | Gwasanaethau Cyfreithiol', 5, 'Principal Solicitor', ['Solicitor', 'Legal Assistant']),
      team('Democratic Services | Gwasanaethau Democrataidd', 4, 'Democratic Services Manager', ['Committee Clerk']),
      groupTeam('Elected Members | Aelodau Etholedig', 'councillor', wardRoles('County councillor', aberlynWards, 2)),
    ]),
    service('Policy and Partnerships | Polisi a Phartneriaethau', [
      team('Corporate Policy | Polisi Corfforaethol', 4, 'Policy Manager', ['Policy Officer', 'Performance Officer']),
      team('Welsh Language Unit | Uned y Gymraeg', 4, 'Welsh Language Manager', ['Translator', 'Welsh Language Officer']),
      groupTeam('Partnerships | Partneriaethau', 'partner', [
        'NHS Wales Liaison Officer',
        'Police Community Liaison Officer',
        'Fire and Rescue Liaison Officer',
        'Third Sector Partnership Officer',
      ]),
    ]),
    service('Communications | Cyfathrebu', [
      team('Communications and Engagement | Cyfathrebu ac Ymgysylltu', 4, 'Communications Manager', [
        'Communications Officer',
        'Bilingual Content Officer',
      ]),
    ]),
  ]),
  directorate('Education | Addysg', 'Director of Education', [
    service('School Improvement | Gwella Ysgolion', [
      team('Primary School Improvement | Gwella Ysgolion Cynradd', 4, 'Primary Lead', ['Challenge Adviser']),
      team('Secondary School Improvement | Gwella Ysgolion Uwchradd', 4, 'Secondary Lead', ['Challenge Adviser']),
    ]),
    service('Inclusion | Cynhwysiant', [
      team('Additional Learning Needs | Anghenion Dysgu Ychwanegol', 5, 'ALN Manager', ['ALN Officer', 'Psychologist']),
      team('Education Welfare | Lles Addysg', 3, 'Education Welfare Manager', ['Education Welfare Officer']),
    ]),
    service('Libraries and Culture | Llyfrgelloedd a Diwylliant', [
      team('Central Library | Llyfrgell Ganolog', 6, 'Library Manager', ['Library Assistant', 'Librarian']),
      team('Community Libraries | Llyfrgelloedd Cymunedol', 5, 'Community Libraries Manager', [
        'Library Assistant',
        'Mobile Library Driver',
      ]),
    ]),
  ]),
  directorate('Social Services | Gwasanaethau Cymdeithasol', 'Director of Social Services', [
    service('Adult Services | Gwasanaethau Oedolion', [
      team('Adult Social Work | Gwaith Cymdeithasol Oedolion', 6, 'Team Manager', ['Social Worker', 'Occupational Therapist']),
      team('Home Care | Gofal Cartref', 9, 'Home Care Manager', ['Care Worker', 'Care Worker', 'Senior Care Worker']),
    ]),
    service("Children's Services | Gwasanaethau Plant", [
      team('Child Protection | Amddiffyn Plant', 6, 'Team Manager', ['Social Worker', 'Family Support Worker']),
      team('Fostering | Maethu', 4, 'Fostering Team Manager', ['Supervising Social Worker']),
    ]),
  ]),
  directorate("Economy and Environment | Economi a'r Amgylchedd", 'Director of Economy and Environment', [
    service('Highways | Priffyrdd', [
      team('Highway Maintenance | Cynnal a Chadw Priffyrdd', 7, 'Highways Supervisor', ['Highways Operative']),
      team('Road Safety | Diogelwch y Ffyrdd', 3, 'Road Safety Manager', ['Road Safety Officer']),
    ]),
    service('Waste and Recycling | Gwastraff ac Ailgylchu', [
      team('Waste Collection | Casglu Gwastraff', 8, 'Collection Supervisor', crew),
      team('Recycling Centres | Canolfannau Ailgylchu', 3, 'Site Supervisor', ['Site Operative']),
    ]),
    service('Housing | Tai', [
      team('Housing Options | Opsiynau Tai', 5, 'Housing Options Manager', ['Housing Options Officer']),
      team('Housing Support | Cymorth Tai', 3, 'Housing Support Manager', ['Housing Support Officer']),
    ]),
    service('Planning | Cynllunio', [team('Development Management | Rheoli Datblygu', 4, 'Development Manager', ['Planning Officer'])]),
  ]),
  directorate('Resources | Adnoddau', 'Director of Resources', [
    service('Finance | Cyllid', [
      team('Accountancy | Cyfrifeg', 4, 'Chief Accountant', ['Accountant', 'Finance Assistant']),
      team('Revenues and Benefits | Refeniw a Budd-daliadau', 5, 'Revenues Manager', ['Benefits Assessor']),
    ]),
    service('Human Resources | Adnoddau Dynol', [
      team("Workforce Development | Datblygu'r Gweithlu", 3, 'Workforce Development Manager', ['Learning Officer']),
      team('Payroll | Cyflogres', 3, 'Payroll Manager', ['Payroll Officer']),
    ]),
    service('Digital Services | Gwasanaethau Digidol', [
      team('ICT Support | Cymorth TGCh', 4, 'ICT Support Manager', ['ICT Support Analyst', 'ICT Technician']),
      team('Digital Team | Tîm Digidol', 2, 'Digital Lead', ['Web Developer']),
    ]),
    service('Customer Services | Gwasanaethau Cwsmeriaid', [
      team('Contact Centre | Canolfan Gyswllt', 6, 'Contact Centre Manager', [
        'Customer Service Adviser',
        'Bilingual Customer Service Adviser',
      ]),
    ]),
  ]),
];
