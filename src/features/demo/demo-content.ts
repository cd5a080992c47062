// Intranet content for the two demo councils: sections, pages, news and
// documents, written as a council's own HR, health and safety, IT and comms
// teams would publish them. Aberlyn's bilingual content is in
// demo-content-cy.ts. Everything here is fictional: phone numbers are Ofcom
// drama numbers and every address ends in .example.

export interface DemoSection {
  key: string;
  parentKey: string | null;
  title: string;
  summary: string;
  /** English name of a team or service in that council's structure. */
  ownerTeam: string;
  /** Only people given a role on the section may see it. */
  restricted?: boolean;
}

export interface DemoPage {
  /** A section key. */
  section: string;
  title: string;
  /** One sentence, at most 160 characters. */
  summary: string;
  /** Markdown. */
  body: string;
  language: 'en' | 'cy';
  status: 'published' | 'draft' | 'in_review' | 'archived';
  /** Negative means overdue. */
  reviewDueInDays: number;
  updatedDaysAgo: number;
  /** Exact titles of other pages of the same council. */
  related?: string[];
}

export type DemoAudience =
  | { everyone: true }
  /** English name of a directorate, service or team. */
  | { unit: string }
  | { staffGroup: 'senior_leader' | 'head_of_service' | 'manager' | 'frontline' | 'councillor' | 'partner' };

export interface DemoNews {
  title: string;
  summary: string;
  body: string;
  language: 'en' | 'cy';
  categories: string[];
  pinned: boolean;
  featured: boolean;
  commentsEnabled: boolean;
  publishedDaysAgo: number;
  audience: DemoAudience[];
  imageAlt?: string;
}

export interface DemoDocument {
  section: string;
  /** Folder name, such as 'Policies', 'Forms' or 'Guidance'. */
  folder: string | null;
  title: string;
  /** File name under src/features/demo/files/. */
  file: string;
}

export interface DemoContent {
  sections: DemoSection[];
  pages: DemoPage[];
  news: DemoNews[];
  documents: DemoDocument[];
  /** What the council's admins have taught search: words that mean the same, and pages pinned to queries. */
  search?: { synonyms: string[][]; bestBets: Array<{ query: string; page: string }> };
}

export { aberlynContent } from './demo-content-cy.ts';

const harbridgeSections: DemoSection[] = [
  {
    key: 'hr',
    parentKey: null,
    title: 'HR',
    summary: 'Pay, leave, policies, wellbeing and learning for everyone who works for the council.',
    ownerTeam: 'HR and Organisational Development',
  },
  {
    key: 'pay-and-leave',
    parentKey: 'hr',
    title: 'Pay and leave',
    summary: 'Pay dates, payslips, pensions, annual leave, sickness and family leave.',
    ownerTeam: 'HR Advisory',
  },
  {
    key: 'policies',
    parentKey: 'hr',
    title: 'Policies and procedures',
    summary: 'The rules we all work to, explained in plain English, with the full policies to download.',
    ownerTeam: 'HR Advisory',
  },
  {
    key: 'wellbeing',
    parentKey: 'hr',
    title: 'Wellbeing',
    summary: 'Confidential support for your physical and mental health, at work and at home.',
    ownerTeam: 'HR Advisory',
  },
  {
    key: 'health-and-safety',
    parentKey: null,
    title: 'Health and safety',
    summary: 'How to stay safe at work, and what to do when something goes wrong.',
    ownerTeam: 'HR and Organisational Development',
  },
  {
    key: 'lone-working',
    parentKey: 'health-and-safety',
    title: 'Lone working',
    summary: 'Check-ins, buddies, the lone worker app and what happens if someone goes quiet.',
    ownerTeam: 'HR and Organisational Development',
  },
  {
    key: 'it-help',
    parentKey: null,
    title: 'IT help',
    summary: 'Get help from the IT Service Desk, report a fault and keep council information secure.',
    ownerTeam: 'ICT and Digital',
  },
  {
    key: 'accounts-and-passwords',
    parentKey: 'it-help',
    title: 'Accounts and passwords',
    summary: 'Passwords, multi-factor authentication and how to spot a phishing email.',
    ownerTeam: 'IT Service Desk',
  },
  {
    key: 'equipment-and-software',
    parentKey: 'it-help',
    title: 'Equipment and software',
    summary: 'Laptops, phones, software and using your own device for work.',
    ownerTeam: 'IT Service Desk',
  },
  {
    key: 'safeguarding',
    parentKey: null,
    title: 'Safeguarding',
    summary: 'What to do if you are worried about a child or an adult at risk, day or night.',
    ownerTeam: 'Community Safety and Partnerships',
  },
  {
    key: 'finance',
    parentKey: null,
    title: 'Finance',
    summary: 'Budgets, paying for things and claiming money back.',
    ownerTeam: 'Finance',
  },
  {
    key: 'expenses-and-purchasing',
    parentKey: 'finance',
    title: 'Expenses and purchasing',
    summary: 'Mileage, expenses claims, purchasing cards and buying goods and services.',
    ownerTeam: 'Accountancy',
  },
  {
    key: 'working-here',
    parentKey: null,
    title: 'Working here',
    summary: 'Starting at Harbridge, the Civic Centre, parking and building access.',
    ownerTeam: 'HR and Organisational Development',
  },
  {
    key: 'councillors-support',
    parentKey: null,
    title: "Councillors' support",
    summary: 'Guidance for officers and councillors on member enquiries, meetings and the pre-election period.',
    ownerTeam: 'Democratic Services',
    restricted: true,
  },
  {
    key: 'communications',
    parentKey: null,
    title: 'Communications',
    summary: 'Writing for the intranet, getting a page published and working with the comms team.',
    ownerTeam: 'Communications and Engagement',
  },
];

const payAndLeavePages: DemoPage[] = [
  {
    section: 'pay-and-leave',
    title: 'Annual leave',
    summary: 'How much annual leave you get, how to book it, bank holidays in 2026 and what you can carry over.',
    body: `## How much leave you get

Your leave year runs from 1 January to 31 December. On top of 8 bank holidays, full-time staff get:

| Continuous local government service on 1 January | Days | Hours (37-hour week) |
| --- | --- | --- |
| Less than 5 years | 26 | 192.4 |
| 5 years or more | 31 | 229.4 |

Service with other councils and many other public bodies counts towards the 5 years, as long as there was no break between jobs. If you have service from a previous employer that is not on your record, email hr@harbridge.example with the dates and we will check it.

If you start or leave part-way through the year, you get a share of your leave for the months you work.

## If you work part time

We count leave in hours, so part-time staff get exactly the same share as full-time staff. Multiply the full-time hours by your weekly hours, then divide by 37.

For example, if you work 22.5 hours a week and have less than 5 years' service, you get 117 hours of annual leave (192.4 × 22.5 ÷ 37) and 36 hours for bank holidays. When a bank holiday falls on a day you normally work, the hours you would have worked come out of your bank holiday hours. Self-service shows your balance in hours.

## Bank holidays in 2026

| Bank holiday | Date |
| --- | --- |
| New Year's Day | Thursday 1 January |
| Good Friday | Friday 3 April |
| Easter Monday | Monday 6 April |
| Early May bank holiday | Monday 4 May |
| Spring bank holiday | Monday 25 May |
| Summer bank holiday | Monday 31 August |
| Christmas Day | Friday 25 December |
| Boxing Day (substitute day) | Monday 28 December |

If your rota means you work on a bank holiday, you get the time back as a day off in lieu. Your supervisor will agree when you take it.

## Booking leave

1. Check your team's calendar and talk to your manager about busy periods.
2. Request the leave in [self-service](https://selfservice.harbridge.example).
3. Your manager will approve or decline it within 5 working days.

Try to give at least twice as much notice as the leave you want: 2 weeks' notice for a week off, for example. Collection crews and leisure centre staff book through their supervisor, who keeps the rota. To keep services running, some teams limit how many people can be off at once, especially in school holidays and at Christmas.

## Carrying leave over

You can carry up to 5 days (37 hours, pro rata if you are part time) into the next leave year if your manager agrees. You must use carried-over leave by 31 March.

:::inset
If you could not take your leave because you were off sick or on maternity, adoption or other family leave, you can carry over more. Talk to HR Advisory before the end of the leave year.
:::

You cannot be paid instead of taking leave, except for leave you have not taken when you leave the council.

## If you are ill on leave

Report your sickness in the usual way on the first day. If you provide a fit note or complete a self-certificate, we will give you those days of leave back.

Read the full annual leave policy in the policies folder in this section.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 21,
    updatedDaysAgo: 34,
    related: ['Reporting sickness absence', 'Flexible working requests', 'Pay dates and payslips'],
  },
  {
    section: 'pay-and-leave',
    title: 'Reporting sickness absence',
    summary: 'Who to call when you are too ill to work, when you need a fit note, what sick pay you get and what happens when you return.',
    body: `## On your first day off

Phone your manager as early as you can, and no later than one hour after you were due to start. Phone rather than text or email, so that your manager can check you are all right and ask about any work that needs covering. If you cannot reach your manager, phone their manager or the HR Advisory line on 01632 960200.

Collection crews and street cleansing staff must phone their supervisor before the start of the shift, so that the round can still go out.

Tell your manager:

- in general terms what is wrong (you do not have to give medical details)
- when you think you will be back
- any meetings, visits or deadlines someone needs to pick up

Your manager records your absence in self-service the same day and agrees with you when you will next be in touch.

## Self-certificates and fit notes

For absences of up to 7 calendar days (including weekends), you fill in a self-certificate in self-service when you come back.

From the 8th calendar day you need a fit note. GPs, hospital doctors, nurses, pharmacists, occupational therapists and physiotherapists can all issue one. Send a photo or scan to your manager as soon as you have it. If the fit note says you "may be fit for work", your manager will talk to you about changes that could help you come back sooner.

## Sick pay

Your sick pay depends on your length of service. It includes any statutory sick pay you are entitled to.

| Length of service | Full pay | Half pay |
| --- | --- | --- |
| During your first year | 1 month | 2 months (after 4 months' service) |
| During your second year | 2 months | 2 months |
| During your third year | 4 months | 4 months |
| During your fourth and fifth years | 5 months | 5 months |
| After 5 years | 6 months | 6 months |

We work out what you can get by looking back over the 12 months before your absence.

## When you come back

Your manager will have a return-to-work conversation with you within 3 working days. It is a chance to check you are well enough to be at work and to agree any support, such as a phased return, changes to your duties or a referral to occupational health.

## If you are off often or for a long time

Your manager will arrange an absence review meeting if you have 3 periods of sickness in 6 months, or 10 working days or more in 12 months. The aim is to understand what is going on and how we can help.

We do not count pregnancy-related sickness towards these triggers. If you have a disability, we will look at reasonable adjustments first, as the Equality Act 2010 requires.

:::inset
If you are off because of stress, anxiety or low mood, you can call the employee assistance programme free at any time on 0808 157 0100. It is confidential: your manager is not told.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 210,
    updatedDaysAgo: 61,
    related: ['Annual leave', 'Employee assistance programme'],
  },
  {
    section: 'pay-and-leave',
    title: 'Pay dates and payslips',
    summary: 'When you are paid in 2026, the deadline for claims and changes, and how to read and get your payslip.',
    body: `## When you are paid

We pay everyone monthly, on the 20th. If the 20th is a weekend or bank holiday, we pay you on the working day before. In December we pay a little early, before Christmas.

Claims and changes that your manager has approved by the cut-off date are paid that month. This includes overtime, mileage, expenses and changes to your hours. Anything approved later is paid the following month.

| Month | Pay date | Cut-off for approved claims and changes |
| --- | --- | --- |
| January | Tuesday 20 January | Monday 5 January |
| February | Friday 20 February | Thursday 5 February |
| March | Friday 20 March | Thursday 5 March |
| April | Monday 20 April | Thursday 2 April |
| May | Wednesday 20 May | Tuesday 5 May |
| June | Friday 19 June | Friday 5 June |
| July | Monday 20 July | Friday 3 July |
| August | Thursday 20 August | Wednesday 5 August |
| September | Friday 18 September | Friday 4 September |
| October | Tuesday 20 October | Monday 5 October |
| November | Friday 20 November | Thursday 5 November |
| December | Friday 18 December | Friday 4 December |

## Getting your payslip

Your payslip is in [self-service](https://selfservice.harbridge.example) from 3 working days before pay day. You can download it as a PDF or print it.

If you do not use a computer for work, you can view self-service on your phone. If you would rather have a paper payslip, ask your supervisor or email payroll@harbridge.example and we will post it to you each month.

Your P60 is in self-service by 31 May each year. Keep it: you may need it for a mortgage or tenancy application.

## Reading your payslip

Your payslip shows:

- your basic pay and any extra payments, such as overtime or allowances
- income tax, worked out from your tax code
- National Insurance
- your pension contribution, if you are in the Local Government Pension Scheme
- any other deductions, such as trade union subscriptions, the cycle to work scheme or a student loan

HMRC sets your tax code, not the council. If you think it is wrong, check your [personal tax account on GOV.UK](https://www.gov.uk/personal-tax-account).

## If your pay is wrong

Email payroll@harbridge.example or phone 01632 960210 as soon as you notice. If we have underpaid you by more than £100 and it is causing you difficulty, we can make a payment straight to your bank within 3 working days. If we have overpaid you, we will agree with you how to pay it back in affordable amounts.

## Changing your bank details

Change your bank details yourself in self-service before the cut-off date.

:::warning
Payroll will never ask you to change your bank details by email or phone. If you get a message like this, even if it seems to come from a colleague, do not reply. Report it with the Report button in Outlook.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 240,
    updatedDaysAgo: 118,
    related: ['Claiming expenses and mileage', 'Phishing: spotting and reporting suspicious emails'],
  },
  {
    section: 'pay-and-leave',
    title: 'Your pension: the Local Government Pension Scheme',
    summary: 'How the LGPS works, what you and the council pay in, and where to get help with your pension.',
    body: `## What the scheme is

The Local Government Pension Scheme (LGPS) is a secure, defined benefit pension. The pension you build up does not depend on stock markets: it is worked out from your pay.

Each scheme year (April to March) you build up a pension of 1/49th of the pay you received that year. This is added to your pension account and increased each April in line with the cost of living. You can see the total on your annual benefit statement, which the pension fund sends by 31 August each year.

## Joining

If you are eligible, we put you into the scheme automatically when you start. You do not need to do anything.

Our scheme is run by the Westmarch Pension Fund on behalf of Harbridge and the other councils in the county. Register for the fund's online member portal to see your statements, update your nominations and get estimates. The fund's helpline is 01632 960480.

## What it costs

You pay between 5.5% and 12.5% of your pay, depending on how much you earn. The bands change each April and are published on the national LGPS member website. Your contributions come off your pay before tax, so you get tax relief straight away.

The council pays much more: at the moment about 18.5% of your pay.

If money is tight, you can move to the 50/50 section. You pay half your normal contribution and build up half the pension, while keeping full life cover and ill-health cover. You can move back to the main section at any time.

:::inset
Thinking of leaving the scheme? Talk to the pension fund first. If you opt out, you lose the council's contribution and your life cover. If you leave, you will be put back in every 3 years, as the law requires, and you can opt out again.
:::

## What the scheme gives you

- A pension for life, increased every year in line with prices. You can take it in full at your State Pension age.
- The option to swap some of your pension for a tax-free lump sum.
- A lump sum of 3 times your pay if you die while working for us, and pensions for your partner and eligible children.
- An ill-health pension if you have to stop work permanently because of illness.

You can take your pension from age 55, reduced because it is paid earlier. The earliest age is due to rise to 57 from April 2028.

## Paying in more

You can increase your pension by paying additional pension contributions into the scheme, or by saving in the additional voluntary contribution (AVC) plan. Our shared cost AVC scheme lets you save through salary sacrifice, so you also save National Insurance. Email payroll@harbridge.example to find out more.

## Where to get help

- [The national LGPS member website](https://www.lgpsmember.org/), with guides and videos
- Free, impartial guidance on pensions: [MoneyHelper](https://www.moneyhelper.org.uk/en/pensions-and-retirement)
- Contributions taken from your pay: Payroll on 01632 960210

HR and Payroll cannot give financial advice. If you are thinking about retiring, ask the pension fund for an estimate at least 6 months before.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 300,
    updatedDaysAgo: 75,
  },
  {
    section: 'pay-and-leave',
    title: 'Maternity, paternity and shared parental leave',
    summary: 'Your leave and pay when you or your partner are having a baby, adopting or using a surrogate.',
    body: `## Telling us you are pregnant

Tell your manager and HR Advisory by the end of the 15th week before your baby is due. You can tell us earlier, and we encourage you to, so that we can support you. Send us your MATB1 certificate, which your midwife can give you from 20 weeks.

Your manager will do a risk assessment for new and expectant mothers and review it as your pregnancy goes on. You can take paid time off for antenatal appointments, including classes your midwife recommends. Partners can take paid time off for 2 antenatal appointments.

## Maternity leave

You can take up to 52 weeks' maternity leave, however long you have worked for us. The earliest you can start it is 11 weeks before the week your baby is due. You must take at least 2 weeks off after the birth.

## Maternity pay

If you have 1 year's continuous local government service by the 11th week before your baby is due, you get:

| Weeks | What you are paid |
| --- | --- |
| 1 to 6 | 90% of your average weekly earnings |
| 7 to 18 | Half pay plus statutory maternity pay, up to your full pay |
| 19 to 39 | Statutory maternity pay |
| 40 to 52 | Unpaid |

We pay the half pay in weeks 7 to 18 on condition that you come back to work for at least 3 months. If you do not, you may have to pay the half pay back.

If you have less service, you may still get statutory maternity pay. Check what you can get on [GOV.UK: maternity pay and leave](https://www.gov.uk/maternity-pay-leave).

You keep building up annual leave while you are on maternity leave. Many people add it to the end of their leave.

## Keeping in touch

You can work up to 10 keeping-in-touch days during maternity or adoption leave, and up to 20 days during shared parental leave. They are optional for you and for us. We pay your normal rate for the hours you work.

## Paternity leave

If you are the father, partner or co-parent, you can take up to 2 weeks' paternity leave from your first day with us. Take it as 1 week, 2 weeks together, or 2 separate weeks, at any time in the first year. Give 28 days' notice for each week.

If you have 26 weeks' service, we pay you full pay for both weeks. Otherwise you may get statutory paternity pay: see [GOV.UK: paternity pay and leave](https://www.gov.uk/paternity-pay-leave).

## Shared parental leave

Shared parental leave lets you and your partner share up to 50 weeks of leave and 37 weeks of pay in the first year. The mother or main adopter ends their maternity or adoption leave early, and you share what is left. You can take leave at the same time or in turns, in up to 3 blocks each.

Give 8 weeks' notice of each block. Shared parental pay is paid at the statutory rate. Use the [shared parental leave planner on GOV.UK](https://www.gov.uk/shared-parental-leave-and-pay).

## Adoption, surrogacy and neonatal care

If you are adopting or having a baby through surrogacy, you have the same leave and pay as for maternity leave.

If your baby is admitted to neonatal care within 28 days of birth and stays for 7 days or more in a row, you can take up to 12 weeks' neonatal care leave on top of your other leave.

:::inset
Talk to HR Advisory on 01632 960200 as early as you like. We will work out your dates and pay with you.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 190,
    updatedDaysAgo: 88,
    related: ['Annual leave', 'Flexible working requests'],
  },
  {
    section: 'pay-and-leave',
    title: 'Time off for dependants and special leave',
    summary: 'Time off for emergencies, caring, bereavement, jury service and other reasons, and whether it is paid.',
    body: `Life does not always fit around work. This page explains the time off you can take for reasons other than holidays and sickness. Ask your manager as soon as you know you need it. In an emergency, a phone call is enough: you can fill in the request in self-service when you are back.

## What you can take

| Reason | How much | Paid? |
| --- | --- | --- |
| Emergency involving a dependant | As much as you reasonably need to deal with the emergency | Up to 3 days a year paid, then unpaid |
| Carer's leave | Up to 1 week a year, in half days or whole days | Paid |
| Death of a close relative or partner | Up to 5 days | Paid |
| Death of your child under 18, or stillbirth after 24 weeks | 2 weeks, plus time for the funeral | Paid |
| Jury service | For as long as you are needed | Paid |
| Public duties, such as a magistrate or school governor | Up to 10 days a year | Paid |
| Reserve forces training | Up to 2 weeks a year | Paid, then unpaid |
| Fertility treatment appointments | Up to 5 appointments a year | Paid |

## Emergencies

A dependant is your partner, child or parent, or someone who depends on you for care, such as an elderly neighbour. You can take time off to deal with an emergency: for example if your child is ill and you need to arrange care, or a care arrangement suddenly falls through. The time off is for sorting things out, not for providing longer-term care yourself.

## Carer's leave

If someone depends on you because of illness, disability, old age or injury, you can take carer's leave to look after them, for example to take them to appointments. You do not need to give evidence. Tell your manager at least 3 days ahead where you can.

## Bereavement

Take the time you need and tell your manager when you can. You do not need to give proof. If you need more time, your manager can agree extra paid or unpaid leave, or annual leave. The employee assistance programme offers bereavement counselling on 0808 157 0100.

## Jury service

Show your manager the summons as soon as you get it. We carry on paying you, so do not claim loss of earnings from the court. You can claim travel and food costs from the court. If you are released early on any day, come back to work if it is practical.

## Public duties

Councillors on other councils, magistrates, school governors and members of health and police bodies can take paid time off. If your post is politically restricted, you cannot stand as a councillor. See the code of conduct for employees.

:::inset
If none of these fits your situation, talk to your manager anyway. Managers can agree other paid or unpaid leave, and HR Advisory can help them decide.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 150,
    updatedDaysAgo: 203,
  },
];

const policyPages: DemoPage[] = [
  {
    section: 'policies',
    title: 'Flexible working requests',
    summary: 'You can ask to change your hours, times or place of work from your first day. Here is how to ask and how we decide.',
    body: `Everyone can ask for flexible working from their first day. You do not need a particular reason, such as caring responsibilities.

## What you can ask for

You can ask to change how many hours you work, when you work them or where you work. For example:

- part-time hours or a job share
- compressed hours, such as a full-time week over 4 days
- term-time working
- different start and finish times
- annualised hours, where you work an agreed total over the year
- working from home for some or all of the week, if the job allows it

Our flexitime scheme is separate. If your team uses flexitime, you can already vary your start and finish times between 7am and 7pm, as long as you work the core hours of 10am to noon and 2pm to 4pm.

## How to make a request

1. Fill in the flexible working request form in self-service. Say what change you want and when you want it to start. It helps to say how you think it could work for your team.
2. Your manager will meet you to talk about it, usually within 14 days. You can bring a trade union representative or a colleague.
3. Your manager will tell you the decision in writing.
4. If you disagree with the decision, you can appeal to your head of service within 14 days.

You can make up to 2 requests in any 12 months. We must make a decision, including any appeal, within 2 months of your request, unless you agree to a longer time.

## How we decide

Managers look at each request on its merits and must talk to you before refusing it. We can only refuse a request for one or more of these reasons:

- it would cost too much
- we could not meet customer demand
- we could not reorganise the work among other staff
- we could not recruit extra staff
- it would harm quality
- it would harm performance
- there is not enough work at the times you want to work
- there are planned changes to the structure of the team

If we refuse, we will explain why and tell you about any other arrangements we could offer.

:::inset
Not sure what would work? Try a trial period. Many managers agree to try a new pattern for 3 months and then review it with you.
:::

## What changes

An agreed change is a permanent change to your contract unless you both agree it is temporary. If you reduce your hours, your pay, annual leave and pension change too. Check with Payroll on 01632 960210 before you decide.

Find out more about [your right to ask for flexible working on GOV.UK](https://www.gov.uk/flexible-working).`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 280,
    updatedDaysAgo: 45,
    related: ['Hybrid working', 'Annual leave'],
  },
  {
    section: 'policies',
    title: 'Hybrid working',
    summary: 'Which roles can work partly from home, how to book a desk at the Civic Centre, and how to work safely at home.',
    body: `Many of us split our time between the Civic Centre and home. This page explains how that works. It does not apply to roles that must be done in a particular place, such as collection crews, leisure centre staff and library staff.

## Types of role

| Type of role | Where you work | Examples |
| --- | --- | --- |
| Site-based | At a set place every day | Collection crews, leisure attendants, library assistants |
| Hybrid | Some days at the Civic Centre or out in the borough, some at home | Most office-based and officer roles |
| Home-based | Mainly at home, with some office days | A few specialist roles, agreed with HR |

Your manager will tell you which type your role is. Hybrid working is not a contractual right. Your base is still the Civic Centre or your named workplace.

## How often to come in

Each team agrees anchor days, when everyone in the team is in. Most teams have 2 anchor days a week. Come in on other days too when the work needs it, such as for training, meetings with residents or supporting new colleagues.

Book a desk before you come in, using [desk booking](https://desks.harbridge.example). Clear your desk when you leave and do not leave papers out.

## Working safely at home

- Complete the display screen equipment self-assessment for your home set-up. If you need a chair, screen or keyboard, ask your manager.
- Work somewhere you cannot be overheard or overlooked when you deal with personal information.
- Lock your screen whenever you step away.
- Do not print council documents at home.
- Take proper breaks. If you work more than 6 hours, take at least 20 minutes away from work.

## Your working hours

Work your normal hours and keep your calendar up to date so colleagues can see when you are available. We do not expect you to read or reply to messages outside your working hours.

## Costs

We do not pay a home working allowance. Because hybrid working is usually your choice, you are unlikely to be able to claim tax relief from HMRC for working at home. Check the [rules on tax relief for working at home](https://www.gov.uk/tax-relief-for-employees/working-at-home).

:::inset
This page is being updated after the hybrid working review. The changes will be confirmed after consultation with the trade unions.
:::`,
    language: 'en',
    status: 'in_review',
    reviewDueInDays: 90,
    updatedDaysAgo: 6,
    related: ['Flexible working requests', 'Display screen equipment'],
  },
  {
    section: 'policies',
    title: 'Whistleblowing: raising a concern about wrongdoing',
    summary: 'How to report fraud, danger, cover-ups or other wrongdoing at the council in confidence, and how the law protects you.',
    body: `If you think something seriously wrong is happening at the council, we want you to tell us. You will be taken seriously and you will not be treated unfairly for speaking up.

## What counts as whistleblowing

Whistleblowing means reporting wrongdoing that affects other people or the public. For example:

- fraud, bribery or other crime
- someone's health or safety being put in danger
- damage to the environment
- the council breaking the law
- someone covering up any of these

If your concern is about how you personally are being treated, such as your workload or a dispute with a colleague, use the grievance procedure instead. HR Advisory can help you decide which applies.

## How the law protects you

The Public Interest Disclosure Act 1998 protects you if you reasonably believe that what you report is true and in the public interest. You do not need proof. It does not matter if you turn out to be wrong, as long as you were honest.

Anyone who victimises a person for raising a concern will face disciplinary action.

## How to raise a concern

You can speak to any of these people, in person, by phone or in writing:

- your manager, or their manager
- the Monitoring Officer, who is the Head of Legal and Democratic Services
- the confidential whistleblowing line: 01632 960310 or whistleblowing@harbridge.example

You can ask us to keep your name confidential. You can also report anonymously, but it is harder for us to investigate and we cannot tell you what happened.

## What happens next

1. We acknowledge your concern within 5 working days.
2. The Monitoring Officer decides how to look into it and who will do it.
3. We keep you informed and tell you the outcome, as far as we can without breaching other people's confidentiality.

## Reporting outside the council

If you do not feel able to report internally, or you are not happy with how we have dealt with your concern, you can contact a prescribed person, such as our external auditor or the Health and Safety Executive. See the [list of prescribed people and bodies on GOV.UK](https://www.gov.uk/whistleblowing). The charity [Protect](https://protect-advice.org.uk/) gives free, confidential advice.

:::warning
If a child or adult is at risk of harm, do not wait: follow the safeguarding procedure. If someone is in immediate danger, call 999.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 320,
    updatedDaysAgo: 140,
    related: ['Code of conduct for employees', 'Making a safeguarding referral'],
  },
  {
    section: 'policies',
    title: 'Code of conduct for employees',
    summary: 'The standards we expect from everyone who works for the council, including gifts, conflicts of interest and social media.',
    body: `People in Harbridge trust us to spend public money well and treat everyone fairly. The code of conduct sets out what that means day to day. It applies to everyone employed by the council, and to agency workers and contractors working for us.

## The principles we work to

We follow the 7 principles of public life: selflessness, integrity, objectivity, accountability, openness, honesty and leadership. In practice, this means you act in the public interest, not your own, and you can explain every decision you make.

## Conflicts of interest

A conflict of interest is anything that could affect, or look as if it affects, how you do your job. For example, a relative applying for a council contract or a planning application from a friend. Declare it on the declaration of interests form in self-service as soon as you are aware of it. Your manager will agree what to do, which may mean someone else deals with the matter.

## Gifts and hospitality

| What is offered | What to do |
| --- | --- |
| Cash, vouchers or gift cards | Always say no |
| Small gifts worth less than £25, such as a box of chocolates | You may accept. Share them with your team if you can |
| Gifts or hospitality worth £25 or more | Say no, or ask your manager first, then record it in the register within 28 days |
| Anything from someone bidding for a contract or waiting for a decision | Always say no |

If you are not sure, say no politely and explain that council rules do not allow it. Offering or accepting a bribe is a criminal offence under the Bribery Act 2010.

## Other work

You must tell your manager before taking on a second job or running a business. We will agree unless it conflicts with your council work or breaks the Working Time Regulations.

## Political neutrality

Serve all councillors equally, whatever their party. Some senior and sensitive posts are politically restricted: if yours is, your contract says so, and you cannot stand for election or take part in public political activity.

## Social media

You can say you work for the council, but be clear that your views are your own. Do not post confidential information, criticise colleagues or residents, or comment on council decisions in a way that could damage trust in the council.

## Council equipment and information

Use council equipment, vehicles and systems for council work. Look only at the information you need for your job. Looking up records out of curiosity, including your own or a neighbour's, is a serious breach.

:::inset
Breaking the code can lead to disciplinary action. If you are unsure what to do, ask your manager or HR Advisory before you act.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: -63,
    updatedDaysAgo: 428,
    related: ['Whistleblowing: raising a concern about wrongdoing', 'Data protection and subject access requests'],
  },
  {
    section: 'policies',
    title: 'Data protection and subject access requests',
    summary:
      'How to look after personal information, what to do if it goes to the wrong person, and how to spot and pass on a subject access request.',
    body: `We hold personal information about nearly everyone in Harbridge: council tax, benefits, housing, library membership and more. The UK GDPR and the Data Protection Act 2018 say how we must look after it. Everyone who works for the council is responsible for this, not just the Information Governance team.

## Looking after personal information

- Only collect and look at what you need for the job.
- Check the address before you send an email or letter, especially when autocomplete fills it in.
- Use secure email or a shared OneDrive link, not attachments, for sensitive information.
- Lock your screen when you step away and keep papers out of sight.
- Keep records only as long as the retention schedule says.

## Data breaches

A data breach is when personal information is lost, shared with the wrong person, changed or destroyed by mistake. For example, an email sent to the wrong resident, a lost phone or a letter in the wrong envelope.

:::warning
Report a data breach straight away, even if you are not sure. Email dataprotection@harbridge.example or phone 01632 960320. We may have only 72 hours to tell the Information Commissioner's Office.
:::

Do not try to fix it quietly. If you sent an email to the wrong person, ask them to delete it, but still report it.

## Subject access requests

Anyone can ask for a copy of the information we hold about them. This is a subject access request. It does not have to mention data protection law or use any particular words. It can come:

- by email, letter or online form
- by phone or face to face
- through social media
- to any member of staff, not just the Information Governance team

If you get one, send it to dataprotection@harbridge.example the same day, with any contact details the person gave. Do not reply to the person yourself, beyond saying you have passed it on.

:::inset
Never delete or change information after someone has asked for it. Doing so to stop them getting it is a criminal offence.
:::

## Time limits for information requests

| Request | What it is | Time limit |
| --- | --- | --- |
| Subject access request | A person asking for their own information | 1 month, extendable by 2 months for complex requests |
| Freedom of Information request | Anyone asking for recorded information the council holds | 20 working days |
| Environmental Information request | Information about the environment, such as planning or pollution | 20 working days |

The Information Governance team will ask you to find the information. Search properly, including emails, Teams chats and paper files, and send it by the date they give you.

Find out more from the [Information Commissioner's Office](https://ico.org.uk/).`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 170,
    updatedDaysAgo: 96,
  },
];

const wellbeingPages: DemoPage[] = [
  {
    section: 'wellbeing',
    title: 'Employee assistance programme',
    summary: 'Free, confidential support 24 hours a day: counselling, money and legal advice, for you and your family.',
    body: `Our employee assistance programme (EAP) is a free, confidential service for everyone who works for the council. It is there for work problems and for anything else going on in your life.

## How to get help

Call 0808 157 0100, at any time of the day or night, every day of the year. The call is free from mobiles and landlines. You will speak to a trained adviser straight away.

You can also use the [EAP website and app](https://eap.harbridge.example). Sign in with the organisation code HARBRIDGE.

## What the EAP can help with

- Stress, anxiety, low mood and worries of any kind
- Bereavement and relationship problems
- Debt, budgeting and money worries
- Legal questions, such as housing, consumer or family law
- Caring for a child, partner or older relative
- Problems at work, including how to raise them

You can have up to 6 counselling sessions for each issue, by phone, video or face to face. The adviser will talk to you about what would help most.

Family members aged 16 and over who live with you can use the service too.

## It is confidential

The EAP is run by an independent provider. We never find out who has called or why. The council only receives anonymous figures, such as how many people used the service in a month. The only exception is if the adviser believes you or someone else is at serious risk of harm.

## Other support at work

- Occupational health can advise you and your manager on health and work. Your manager can refer you, or you can ask HR Advisory.
- Our mental health first aiders are trained to listen and point you to help. Find them by searching for "mental health first aider" on the [people directory](/people).
- Trade unions, including UNISON, GMB and Unite, support their members at work.

:::warning
If you or someone else is in immediate danger, call 999. If you are struggling to cope, call Samaritans free on 116 123, or call NHS 111 and choose the mental health option.
:::

:::inset
Managers: the EAP has a managers' advice line on the same number. Call it for advice on supporting someone in your team, such as after a traumatic incident.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 260,
    updatedDaysAgo: 52,
    related: ['Reporting sickness absence', 'Menopause support'],
  },
  {
    section: 'wellbeing',
    title: 'Menopause support',
    summary: 'Support and practical changes for colleagues affected by the menopause, and advice for managers.',
    body: `Most women and some trans and non-binary people go through the menopause while they are working. Symptoms can include hot flushes, poor sleep, anxiety, brain fog and heavy periods. For some people they last for years. We want everyone to feel able to talk about it and get the support they need.

## Talking to your manager

You can talk to your manager, another manager you trust or HR Advisory. You do not need a diagnosis. It may help to keep a note of your symptoms and how they affect your work, and to think about what would help.

Your manager will keep what you tell them confidential and agree with you what, if anything, is shared with your team.

## Changes that can help

Small changes often make a big difference. Depending on your job, these could include:

- a desk fan or a desk near a window
- a different start and finish time, or more frequent short breaks
- uniform in lighter or breathable fabric, or extra sets to change into
- for crews and outdoor staff, agreed toilet stops on the round
- working from home on some days, if your role allows
- time off for medical appointments

Your manager should record what you have agreed and review it with you, as symptoms change over time.

## Sickness absence

If you need time off because of menopause symptoms, report it in the usual way. Tell your manager it is menopause-related if you are comfortable doing so. Managers will take this into account when reviewing absence.

## Where to find out more

- [NHS information about the menopause](https://www.nhs.uk/conditions/menopause/)
- The employee assistance programme on 0808 157 0100
- Occupational health, through your manager or HR Advisory

:::inset
Our menopause network meets online once a month for an informal chat. Everyone is welcome, including partners and managers who want to understand more. Email wellbeing@harbridge.example to join.
:::

## For managers

Have a private, supportive conversation and focus on what would help. Do not make assumptions about what someone needs. HR Advisory can help you agree and record adjustments.`,
    language: 'en',
    status: 'draft',
    reviewDueInDays: 365,
    updatedDaysAgo: 3,
  },
];

const hrPages: DemoPage[] = [
  {
    section: 'hr',
    title: 'Learning and development',
    summary: 'Your mandatory training, the Harbridge Learning platform, apprenticeships and support for qualifications.',
    body: `We want everyone to have the skills to do their job well and to grow. This page explains the training everyone must do and the other learning you can ask for.

## Training everyone must do

Most courses are on the [Harbridge Learning](https://learning.harbridge.example) platform. Sign in with your council account. If you do not use a computer for work, your supervisor will arrange time and a device, or a face-to-face session.

| Course | Who must do it | How often |
| --- | --- | --- |
| Data protection | Everyone | Every year |
| Cyber security awareness | Everyone with a council IT account | Every year |
| Fire safety | Everyone | Every year |
| Safeguarding awareness | Everyone | Every 3 years |
| Equality, diversity and inclusion | Everyone | Every 3 years |
| Manual handling | Anyone who lifts or moves loads | Every 3 years |
| Lone working | Anyone who works alone | Every 2 years |

New starters must complete the courses for everyone within their first month. The platform emails you when a course is due.

## Talking about your development

You and your manager should talk about your work and development at your regular one-to-ones, and in more depth at your yearly My Conversation review. This is the time to agree what learning would help you.

## Apprenticeships

Apprenticeships are not just for new starters. You can do one at any age and at any level, from a level 2 qualification to a degree, in subjects from business administration to surveying. The course is paid from apprenticeship funding and you study in paid working time. Talk to your manager, then email learning@harbridge.example.

## Qualifications and courses

If you want to study for a professional qualification, fill in the learning request form in self-service. Your manager and head of service decide based on the needs of the service and the budget.

If we pay £1,000 or more towards your course and you leave within 2 years of finishing it, you will need to pay some of it back:

| When you leave | What you pay back |
| --- | --- |
| Within 12 months of finishing | 100% |
| 12 to 24 months after finishing | 50% |
| More than 24 months after finishing | Nothing |

We do not ask you to pay back anything if you leave because of redundancy or ill health.

:::inset
Study leave: you get paid time off for exams, and up to 5 days a year to prepare for them, for any qualification we support.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: -21,
    updatedDaysAgo: 395,
  },
];

const safetyPages: DemoPage[] = [
  {
    section: 'health-and-safety',
    title: 'Reporting an accident or near miss',
    summary: 'What to do straight after an accident, how to report it online within 24 hours, and why near misses matter.',
    body: `Report every accident, injury, near miss and act of violence or aggression at work, however small. Reports help us find out what went wrong and stop it happening again. Reporting is never about blame.

## Straight after an accident

1. Make sure the person who is hurt gets first aid. Call a first aider, or 999 if the injury is serious.
2. Make the area safe if you can do so without putting yourself at risk.
3. Tell your manager or supervisor as soon as possible.

:::warning
If someone is seriously hurt, call 999 first. Do not move them unless they are in danger where they are.
:::

## How to report it

Fill in the accident and incident form in self-service within 24 hours, or by the end of your shift if you work on the rounds. If you cannot get online, tell your supervisor, who will fill it in for you.

Report accidents to members of the public on council premises or caused by our work in the same way.

If a council vehicle is involved in a collision, also follow the instructions in the vehicle's accident pack and phone the fleet insurance line on 01632 960250.

## What to report

| What happened | Examples | Report it |
| --- | --- | --- |
| Accident causing injury | A cut from broken glass in a bin bag, a slip in the leisure centre changing room | Within 24 hours |
| Near miss | A reversing vehicle narrowly missing someone, a shelf falling after the library closes | Within 24 hours |
| Violence or aggression | A resident shouting threats at the Contact Centre counter | Within 24 hours, and tell your manager the same day |
| Work-related ill health | Skin problems from cleaning products, back pain from a task | As soon as you notice it |
| Serious injury or a dangerous occurrence | A broken bone, someone taken to hospital, a vehicle fire | Phone the health and safety team at once on 01632 960230, then complete the form |

## What happens next

Your manager will look into what happened and agree actions to stop it happening again, such as changing a risk assessment or getting new equipment. For more serious incidents, the health and safety team will investigate.

Some accidents must be reported to the Health and Safety Executive under the RIDDOR regulations, for example injuries that keep someone off work for more than 7 days. The health and safety team makes these reports, so it is important that your form is complete and on time.

## Why near misses matter

For every serious accident there are usually many near misses that happened first. A near miss is a free warning. If you report it, we can fix the problem before someone gets hurt.

:::inset
Find out more about [RIDDOR on the HSE website](https://www.hse.gov.uk/riddor/).
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 200,
    updatedDaysAgo: 70,
    related: ['Manual handling', 'Lone working: what you need to know'],
  },
  {
    section: 'health-and-safety',
    title: 'Manual handling',
    summary: 'How to lift, carry, push and pull safely, and what to do if a load is too heavy or awkward.',
    body: `Manual handling means lifting, carrying, pushing, pulling or putting down anything by hand or with your body. It includes bins and bulky waste, book trolleys, gym equipment and boxes of files. Injuries from manual handling are the most common reason for time off work across our services.

## Avoid it if you can

Before you lift anything, ask yourself whether you need to. Could you use a trolley, a sack truck, a bin lift or a team lift instead? Can the load be split into smaller loads?

Every service that does regular manual handling must have a risk assessment. Your manager will go through it with you and make sure you have the right equipment.

## Think TILE before you lift

- Task: will you need to twist, stoop, reach up or carry it far?
- Individual: are you fit to do it? Tell your manager if you are pregnant, injured or have a health condition.
- Load: is it heavy, awkward, unstable or hard to grip? Are there sharp edges?
- Environment: is the floor slippery or uneven? Is there enough space and light?

## How to lift safely

1. Plan the lift. Know where you are going and clear the route.
2. Stand close to the load with your feet apart, one leg slightly forward.
3. Bend your knees and keep your back in its natural curve.
4. Get a good grip and keep the load close to your waist.
5. Lift smoothly, without jerking. Keep your head up.
6. Move your feet to turn. Do not twist your body.
7. Put the load down, then adjust its position.

## For collection crews

- Use the bin lift for every wheeled bin. Never lift a wheeled bin by hand to empty it.
- Pull bins, do not push them, on slopes and kerbs.
- Bulky waste collections always need 2 people. If an item is too heavy or awkward for 2, leave it and tell your supervisor.
- Report any bin that is overloaded, damaged or blocked in, rather than struggling with it.

:::warning
Never lift something you think is too heavy for you. Stop, get help or leave it and tell your supervisor. Nobody will be disciplined for refusing an unsafe lift.
:::

## If you get hurt

Report any back pain or strain as soon as you notice it, even if it seems minor. Fill in the accident form in self-service. Early treatment, such as physiotherapy through occupational health, can stop a small injury becoming a long-term one.

Manual handling training is on Harbridge Learning and must be refreshed every 3 years. There is more advice in the [HSE's manual handling guidance](https://www.hse.gov.uk/msd/manual-handling/).`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 155,
    updatedDaysAgo: 130,
  },
  {
    section: 'health-and-safety',
    title: 'Display screen equipment',
    summary: 'How to set up your desk, laptop and screen safely, in the office and at home, and how to get a free eye test.',
    body: `If you use a computer, laptop or tablet for an hour or more at a time most days, the Display Screen Equipment Regulations apply to you. Poorly set-up workstations can cause back, neck and wrist pain, headaches and tired eyes. Most of these problems are easy to prevent.

## Do a workstation assessment

Complete the display screen equipment self-assessment on Harbridge Learning:

- in your first week
- when you move desk or change your equipment
- when you start working from home
- if you start to get aches or pains

Your manager reviews your answers and arranges anything you need. If you have a health condition or a disability, they can refer you to occupational health for a specialist assessment.

## Setting up your workstation

- Adjust your chair so your feet are flat on the floor and your thighs are roughly level. Use a footrest if your feet do not reach.
- Sit back in the chair so your lower back is supported.
- Put the top of the screen at about eye level, an arm's length away.
- Keep your keyboard and mouse close, so your elbows are by your sides and your wrists are straight.
- Avoid glare from windows and lights on the screen.

If you use a laptop for more than an hour, use a laptop stand with a separate keyboard and mouse. Ask the IT Service Desk for them.

## Take breaks

Short, frequent breaks are better than long, occasional ones. Look away from the screen regularly and get up and move around at least once an hour. A change of task, such as making a phone call standing up, counts.

## Eye tests and glasses

If you use a screen regularly for work, the council will pay for an eye test. Ask HR Advisory for an eye test voucher. If the optician says you need glasses specifically for screen work, we will contribute up to £60 towards them. Keep your receipt and the optician's report and claim through self-service.

:::inset
Working from home? The same rules apply. If you need a chair, screen or keyboard to work safely at home, ask your manager. Do not work for long periods on a sofa or at a kitchen table with a laptop alone.
:::

The HSE has more [guidance on working safely with display screen equipment](https://www.hse.gov.uk/msd/dse/).`,
    language: 'en',
    status: 'published',
    reviewDueInDays: -12,
    updatedDaysAgo: 377,
  },
  {
    section: 'health-and-safety',
    title: 'Fire safety at the Civic Centre',
    summary: 'What to do if you discover a fire or hear the alarm, where to assemble, and how we help people who need assistance to leave.',
    body: `## If you discover a fire

1. Raise the alarm by breaking the glass at the nearest fire alarm call point. They are next to every stairwell and exit.
2. Call 999 and give the address: Harbridge Civic Centre, Market Street.
3. Leave the building by the nearest safe exit.

Only tackle a fire with an extinguisher if you have been trained, the fire is small and you have a clear way out.

## If you hear the alarm

A continuous alarm means everyone must leave straight away.

- Leave by the nearest exit. Do not stop to collect belongings.
- Close doors behind you if you can.
- Take any visitors with you.
- Go to the assembly point in car park B, at the Market Street end.
- Report to your floor's fire warden, who will be wearing an orange vest.

:::warning
Never use the lifts during a fire alarm. Do not go back into the building until the chief fire warden or the fire service tells you it is safe.
:::

## Fire alarm tests

We test the alarm every Wednesday at 10am. The test lasts less than 30 seconds and you do not need to leave. If the alarm sounds for longer, or at any other time, evacuate.

We hold a full evacuation drill twice a year, without warning.

## If you need help to leave

If you would need help to leave the building in an emergency, we will agree a personal emergency evacuation plan with you. This could be because of a disability, a temporary injury or pregnancy. Contact the health and safety team on 01632 960230.

Each floor has refuge points in the stairwells. They are protected from fire and smoke and have an intercom to the fire control point at reception. Trained evacuation chair operators will help anyone waiting there.

Visitors who need help should tell reception when they sign in.

## Preventing fires

- Keep fire doors closed. Never wedge them open.
- Keep corridors, stairs and exits clear.
- Do not bring in your own heaters, fans or kettles. All electrical equipment must be tested by facilities.
- Switch off equipment at the end of the day.

:::inset
We need more fire wardens, especially on the second and third floors. Training takes half a day. If you are interested, email healthandsafety@harbridge.example.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 14,
    updatedDaysAgo: 330,
  },
];

const loneWorkingPages: DemoPage[] = [
  {
    section: 'lone-working',
    title: 'Lone working: what you need to know',
    summary: 'Who counts as a lone worker, what your manager must do, and how to keep yourself safe when you work alone.',
    body: `You are a lone worker whenever you work without a colleague close by who could help you. Many of us work alone some of the time. For example:

- housing, environmental health and planning officers visiting homes and businesses
- pest control and noise officers working evenings and weekends
- street cleansing staff starting early in the town centre
- library and leisure staff opening up or locking up alone
- anyone working in the Civic Centre early, late or at weekends

Working alone is not unsafe in itself. But if something goes wrong, there is nobody there to help, so we need to plan for it.

## What your manager must do

Your manager must assess the risks of any lone working in your job, using the lone working risk assessment form in the forms folder in this section, and go through it with you. The assessment sets out:

- which tasks you can do alone and which always need 2 people
- how you check in and out, and who your buddy is
- whether you need the lone worker app
- the training you need

They must review it at least once a year, and after any incident.

## What you must do

- Follow the check-in arrangements for your team every time.
- Keep your phone or lone worker device charged and with you.
- Keep your calendar up to date with where you are going.
- Check the cautionary contacts register before any visit. It tells you about addresses where there is a known risk.
- Complete the lone working course on Harbridge Learning every 2 years.

## On the doorstep

Trust your instincts. Before you go in, and all the time you are there, think about whether it feels safe. If you feel uneasy, do not go in, or make an excuse and leave. Nobody will ever question you for leaving a visit because you felt unsafe.

Sit or stand near the way out. Do not go into rooms you do not need to.

:::warning
If you are in danger, get away and call 999. Your safety matters more than finishing the job.
:::

The other pages in this section explain how to check in and out, how the buddy system works, how to use the lone worker app and what happens if you miss a check-in.

Report any incident, including verbal abuse and threats, using the accident and incident form in self-service.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 230,
    updatedDaysAgo: 58,
    related: ['Checking in and out when you work alone', 'The lone working buddy system', 'Using the lone worker app'],
  },
  {
    section: 'lone-working',
    title: 'Checking in and out when you work alone',
    summary: 'How to let someone know where you are, when you expect to finish, and that you are safe at the end of the day.',
    body: `Checking in means someone always knows where you are and when you should be finished. If you do not check out on time, they will start trying to find you.

## Before you go

Put every visit in your Outlook calendar and make it visible to your team. Include:

- the address, including flat number and postcode
- the name of the person you are visiting, if you have one
- what time you expect to arrive and leave
- the registration of the vehicle you are using

Check the cautionary contacts register for the address. If there is a warning, talk to your manager: the visit may need 2 people or a different location, such as the Civic Centre.

## During the visit

If you have the lone worker app, start a timed session when you arrive and set it for how long you expect the visit to take. If you do not have the app, phone or text your buddy when you arrive.

If the visit runs on, extend the session in the app or tell your buddy before the time runs out.

## After the visit

End the session in the app, or tell your buddy you have left safely. Do this every time, even if you are going straight to another visit.

## At the end of the day

If you finish your working day away from your base, send a final "safe and finished" message to your buddy, or end your last session in the app. Your buddy will not go off duty until everyone they are covering has checked out.

## Your code phrase

Every team has a code phrase that means "I am in danger, send help". It sounds ordinary, so that you can say it on the phone without the person you are with realising. Your manager will tell you your team's phrase.

If you hear a colleague use it, stay calm, say something ordinary back and call 999 straight away. Give the police the address from their calendar.

:::inset
Do not write your team's code phrase down anywhere a member of the public could see it, including on this intranet or on paper in your vehicle.
:::

## If your plans change

Update your calendar and tell your buddy if you add a visit, change the order or go somewhere different. Your buddy can only find you if they know where you are.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 230,
    updatedDaysAgo: 58,
    related: ['The lone working buddy system', 'What happens if you miss a check-in'],
  },
  {
    section: 'lone-working',
    title: 'The lone working buddy system',
    summary: 'What a buddy does, who can be one, and how buddies hand over at the end of a shift.',
    body: `Every lone worker who does not use the lone worker app has a buddy. Your buddy is the person who knows where you are and who starts looking for you if you do not check in.

## Who can be a buddy

A buddy must:

- be working at the same time as you
- have completed the lone working course on Harbridge Learning
- have a phone with them and be able to answer it
- be able to see your calendar
- know your team's code phrase and the escalation steps

A buddy is usually a colleague in your team. Your manager sets up a buddy rota and makes sure nobody is buddy for more than 4 people at once.

## What a buddy does

1. At the start of the shift, check who you are covering and look at their calendars.
2. Keep a note of each check-in and check-out, and the time each visit should end.
3. If someone does not check out on time, start the escalation steps straight away.
4. At the end of the shift, check that everyone you are covering has checked out before you go home.

## Handing over

If you need to stop being a buddy before everyone has checked out, for example because your shift ends, hand over to another buddy. Tell them:

- who is still out
- where they are and when they are due to check out
- anything that worried you

Tell the people you were covering who their new buddy is. Do not go home until the handover is confirmed.

:::warning
A buddy must never go to look for a missing colleague alone. If you are worried about someone's safety, follow the escalation steps and call 999 if you think they are in danger.
:::

## Evenings and weekends

Out of hours, the duty manager can act as buddy. Phone them on 07700 900150 at the start and end of your work. For regular out-of-hours work, your manager may ask you to use the lone worker app instead, as it is monitored 24 hours a day.

:::inset
Being a buddy is an important job. If you are too busy to keep an eye on your colleagues, tell your manager so they can find someone else.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 230,
    updatedDaysAgo: 58,
  },
  {
    section: 'lone-working',
    title: 'Using the lone worker app',
    summary: 'How to start a timed session, raise an alert, and what happens at the monitoring centre when you do.',
    body: `The lone worker app is on council phones for staff whose risk assessment says they need it. It connects you to a monitoring centre that is staffed 24 hours a day, every day. If you think you need the app, ask your manager.

## Setting it up

The app is installed from Company Portal on your council phone. The first time you open it, sign in with your council account and check that your name, mobile number and manager's details are right. Allow the app to use your location and microphone, or it cannot help you.

## Timed sessions

Start a timed session whenever you arrive at a visit or begin working alone:

1. Open the app and tap Start session.
2. Add a short note, such as the address and the type of visit.
3. Set how long you expect to be.

The app reminds you 5 minutes before the time runs out. Tap I'm safe to end the session, or Extend if you need more time. If the time runs out and you do not respond, the monitoring centre starts the escalation plan for you.

## Raising an alert

If you feel threatened, press and hold the red alert button for 3 seconds. On most council phones you can also press the side button 5 times quickly. The app shows no sign that an alert has been raised.

An operator at the monitoring centre will:

- listen to what is happening through your phone's microphone and record it
- see your location
- call the police if you are in danger

The monitoring centre is accredited to the British Standard for lone worker services. This means the police give its calls a fast response.

:::warning
If you can safely call 999 yourself, do. The app is there for when you cannot.
:::

## Fall detection

Turn on fall detection if your work includes climbing, working at height or working in remote places. If the phone detects a fall and you do not respond, the monitoring centre calls you and then follows the escalation plan.

## Your privacy

The app only shares your location during a session or an alert. It does not track you at other times, and your manager cannot see where you are.

## Testing it

Raise a test alert once a month, so that you know it works and what it feels like. Tap Test in the app menu. The monitoring centre will call you back to confirm.

:::inset
Keep your phone charged. If your battery is below 20%, the app will warn you. Carry the in-car charger in pool cars.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 110,
    updatedDaysAgo: 41,
  },
  {
    section: 'lone-working',
    title: 'What happens if you miss a check-in',
    summary: 'The steps your buddy, your manager and the monitoring centre take if you do not check out on time.',
    body: `If you do not check out on time, we assume something may be wrong until we know you are safe. This page explains what happens, so that everyone knows what to expect.

## If you forgot

It happens. Check out as soon as you realise, and phone your buddy or the monitoring centre to say you are safe. You will not be in trouble. We would rather make 100 calls to colleagues who forgot than miss one who needs help.

## The escalation steps

| Time after the missed check-out | Who acts | What they do |
| --- | --- | --- |
| At once | Your buddy or the monitoring centre | Phone you. Send a text if you do not answer |
| 15 minutes | Your buddy or the monitoring centre | Phone you again. Try the place you were visiting, if they have a number. Tell your manager |
| 30 minutes | Your manager | Check your calendar and the vehicle tracker. Try your other contact numbers |
| 45 minutes | Your manager or the duty manager | Decide whether to call the police or send 2 colleagues to your last known location |
| 60 minutes | Your manager or the duty manager | Call the police on 999 if you have still not been found |

Out of hours, the duty manager on 07700 900150 takes the place of your manager.

:::warning
If there is any sign that you are in danger, such as an alert from the app, a call using the code phrase or a warning on the cautionary contacts register for the address, the buddy or manager calls 999 at once. They do not wait for the next step.
:::

## What to tell the police

Give the police:

- your colleague's name, description and mobile number
- the address they were visiting and who they were meeting
- the time they were due to check out
- the vehicle they are using and its registration
- any warning on the cautionary contacts register

## Afterwards

Your manager will talk to you and anyone else involved. If something happened, report it using the accident and incident form. If the escalation was because of a problem with the system, such as no phone signal, tell your manager so that the risk assessment can be updated.

:::inset
If you know a visit will be in an area with no phone signal, agree a fixed time to call your buddy from somewhere with signal, and add it to your calendar.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 9,
    updatedDaysAgo: 355,
    related: ['The lone working buddy system', 'Using the lone worker app'],
  },
];

const itPages: DemoPage[] = [
  {
    section: 'it-help',
    title: 'Reporting an IT fault',
    summary: 'How to contact the IT Service Desk, what to tell us, and how quickly we aim to fix things.',
    body: `## How to contact us

- Online: log a call on the [IT Service Desk portal](https://itservice.harbridge.example). This is the quickest way for most problems, and you can track progress.
- Phone: 01632 960100, Monday to Friday, 8am to 6pm.
- Email: itservicedesk@harbridge.example.

If your laptop will not work at all, phone us or ask a colleague to log a call for you.

Out of hours, phone 07700 900100 only if a critical service is down, such as the Contact Centre phones, the out-of-hours housing line or the leisure centre booking system.

## Before you call

Restarting fixes many problems, so try that first. Restart properly: choose Restart from the Start menu, rather than closing the lid.

Check whether the problem is already known. Current problems are shown on the service desk home page.

## What to tell us

- Your name and a phone number we can reach you on.
- The asset number on the sticker on your laptop, phone or printer.
- What you were trying to do and what happened instead.
- The exact wording of any error message. A screenshot is even better: press the Windows key, Shift and S together.
- When it started and whether it affects anyone else.

## How quickly we respond

We set a priority for each call based on how many people are affected and how much it matters to residents.

| Priority | What it means | We respond within | We aim to fix it within |
| --- | --- | --- | --- |
| 1: critical | A service residents rely on is down, or many staff cannot work | 30 minutes | 4 hours |
| 2: high | A team cannot work, or an important system is very slow | 2 hours | 1 working day |
| 3: normal | One person has a problem but can still work in some way | 1 working day | 3 working days |
| 4: request | Something new, such as software or a change to access | 2 working days | 10 working days |

If your problem is more urgent than its priority suggests, for example because of a court deadline, phone us and explain.

## Keeping you informed

We email you when we pick up your call, when we need something from you and when we have fixed it. If you do not reply to 3 messages over 5 working days, we will close the call. You can reopen it by replying to the last email.

:::inset
Tell us how we did. Every closed call has a short survey. We read every comment and use them to improve the service.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 140,
    updatedDaysAgo: 27,
  },
  {
    section: 'accounts-and-passwords',
    title: 'Resetting your password',
    summary: 'How to reset a forgotten password yourself, how to choose a strong one, and what to do if you are locked out.',
    body: `You can reset your council password yourself, at any time, from any device. You do not need to call the IT Service Desk.

## Set up self-service password reset first

Before you can reset your password yourself, you need to register a phone number and the Microsoft Authenticator app. Most people do this when they set up multi-factor authentication in their first week. Check your details at [aka.ms/mfasetup](https://aka.ms/mfasetup).

## How to reset your password

1. Go to [aka.ms/sspr](https://aka.ms/sspr) on any computer or phone.
2. Enter your council email address and the characters shown.
3. Confirm who you are using the Authenticator app or a code sent to your phone.
4. Choose a new password.

Your new password works straight away on laptops connected to the internet. If your laptop is off site and not connected, connect to the internet first, then sign in with the new password.

## Choosing a good password

Your password must be at least 14 characters long. The easiest way to make a strong password you can remember is to use 3 random words, such as a mix of 3 objects you can see from your window. Add numbers or symbols if you like.

Do not use:

- a password you use, or have used, anywhere else
- your name, your children's or pets' names, or your football team
- the name of the month or season, or "Harbridge"

You do not have to change your password regularly. Change it only if you think someone else may know it.

:::warning
Never share your password with anyone, including your manager or a colleague covering for you. The IT Service Desk will never ask for it. If someone asks, report it as phishing.
:::

## If you are locked out

If you enter the wrong password 10 times, your account is locked for 15 minutes. Wait and try again, or reset your password.

If you cannot reset your password yourself, for example because you have a new phone, call the IT Service Desk on 01632 960100. We will check who you are by asking your manager to confirm your identity, then give you a temporary password.

:::inset
Collection crews and others who share a tablet: always sign out at the end of your shift, so the next person cannot use your account.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 190,
    updatedDaysAgo: 33,
    related: ['Setting up multi-factor authentication', 'Reporting an IT fault'],
  },
  {
    section: 'accounts-and-passwords',
    title: 'Setting up multi-factor authentication',
    summary:
      'How to set up the Microsoft Authenticator app, what to do when you get a new phone, and why you should never approve a sign-in you did not start.',
    body: `Multi-factor authentication (MFA) means that signing in needs something you know, your password, and something you have, your phone. Even if a criminal gets your password, they cannot get into your account without your phone.

Everyone with a council account must use MFA.

## Setting it up

You will need your laptop and a smartphone, either your council phone or your own.

1. Install Microsoft Authenticator from the App Store or Google Play. On a council phone, install it from Company Portal.
2. On your laptop, go to [aka.ms/mfasetup](https://aka.ms/mfasetup) and sign in.
3. Choose Add sign-in method, then Authenticator app, and follow the steps to scan the QR code with your phone.
4. Add your mobile number as a back-up method.

It takes about 5 minutes. If you get stuck, phone the IT Service Desk on 01632 960100.

## Signing in

When you sign in, a number is shown on your screen. Open Authenticator on your phone and type in that number. On most devices we only ask you to do this about once a fortnight, or when you sign in somewhere new.

:::warning
If your phone asks you to approve a sign-in that you did not start, choose No, it's not me. Then phone the IT Service Desk straight away. It means someone else has your password.
:::

## If you do not want to use your own phone

If you do not have a council phone and do not want to put the app on your own phone, ask the IT Service Desk for a security key. It is a small device that plugs into your laptop. Keep it separate from your laptop when you are travelling.

## Getting a new phone

Before you reset or hand in your old phone, add the new phone at [aka.ms/mfasetup](https://aka.ms/mfasetup) while the old one still works. If you have already lost or reset your old phone, phone the IT Service Desk. We will check who you are and reset your MFA.

## Losing your phone

If you lose a phone that has Authenticator on it, tell the IT Service Desk the same day, even if it is your own phone. We will remove it from your account so nobody else can use it.

:::inset
The National Cyber Security Centre calls two-factor authentication the single best thing you can do to protect an account. Find out more on the [National Cyber Security Centre website](https://www.ncsc.gov.uk/).
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 180,
    updatedDaysAgo: 20,
    related: ['Resetting your password', 'Phishing: spotting and reporting suspicious emails'],
  },
  {
    section: 'accounts-and-passwords',
    title: 'Phishing: spotting and reporting suspicious emails',
    summary: 'How to spot a phishing email, text or call, how to report it with one click, and what to do if you have clicked a link.',
    body: `Phishing is when criminals send emails, texts or messages pretending to be someone you trust, to get you to click a link, open an attachment, give away your password or pay a false invoice. Councils are targeted every day. One click can be enough to let criminals into our systems.

## Signs of a phishing email

- It creates urgency: "your account will be closed today", "pay this invoice immediately".
- The sender's address does not match the name shown, or it comes from outside the council when you would expect it to come from inside.
- It asks you to sign in, confirm details, or open an attachment you were not expecting.
- It asks you to change bank details or buy gift cards.
- The link goes somewhere unexpected. Hover over it, or press and hold on a phone, to see the real address before you click.

Emails from outside the council have a yellow banner at the top saying External. Take extra care with these.

## How to report it

In Outlook, select the email, then choose Report and Report phishing. This sends it to the IT security team and removes it from your inbox. Do not forward it to colleagues to ask what they think.

If you get a suspicious text or call, tell the IT Service Desk on 01632 960100.

:::warning
If you have clicked a link, opened an attachment or entered your password, phone the IT Service Desk on 01632 960100 straight away. Do not wait to see what happens. The sooner we know, the more we can do. You will not be in trouble.
:::

## Invoices and bank details

Criminals often pretend to be a supplier and ask us to change the bank account we pay them into. Before changing any supplier's bank details, phone the supplier on a number you already hold, not one in the email. Accounts payable must confirm every change this way.

## Practice emails

We send practice phishing emails from time to time. If you click one, you will see a short page explaining what you missed. We use the results to improve training, not to catch people out.

:::inset
The National Cyber Security Centre has more [advice on spotting and dealing with scams](https://www.ncsc.gov.uk/collection/phishing-scams). It is worth sharing with your family too.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 120,
    updatedDaysAgo: 16,
    related: ['Setting up multi-factor authentication', 'Data protection and subject access requests'],
  },
  {
    section: 'equipment-and-software',
    title: 'Using your own device for work',
    summary: 'What you can use on your own phone, tablet or computer for council work, and the rules that keep council information safe.',
    body: `You can use your own phone or tablet to read your council email, join Teams calls and look at files. This is optional: you do not have to, and we will not pay for your device or your data.

## What you can use and how

| Device | What you can use | How |
| --- | --- | --- |
| Your own phone or tablet | Outlook, Teams, OneDrive and Authenticator | Install the apps from the App Store or Google Play and sign in with your council account |
| Your own computer | Outlook, Teams and OneDrive in a web browser only | Go to [office.com](https://www.office.com) and sign in |
| Your own USB stick or hard drive | Nothing | Council laptops block them |

## The rules

When you sign in to a council app on your own phone, it asks you to accept our app protection policy. This means:

- you must lock your device with a PIN of at least 6 digits, a fingerprint or face recognition
- you cannot copy council information into personal apps, or save it to the device
- the apps lock after 30 minutes without use
- your device must run a supported version of iOS or Android

We can only see and control the council apps on your device. We cannot see your photos, messages or anything else. If your device is lost, or you leave the council, we can remove council information from the apps. We cannot wipe anything else.

On your own computer, do not download or print council files. Sign out and close the browser when you finish. Never use a shared or public computer, such as one in a hotel or library.

## Things you must not do

- Forward council emails to your personal email account.
- Use personal email, WhatsApp or text messages for council business with residents.
- Take photos of residents' documents or of council information with your own camera.

:::warning
If you lose a device with council apps on it, tell the IT Service Desk on 01632 960100 the same day. It may be a data breach, and we need to remove council information from it quickly.
:::

## When you leave

Remove the council apps from your devices on your last day. If you forget, we will remove council information from them when your account is closed.

Read the full IT acceptable use policy in the policies folder in this section.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: -40,
    updatedDaysAgo: 412,
  },
  {
    section: 'equipment-and-software',
    title: 'Ordering equipment and software',
    summary: 'What equipment you get as standard, how to order more, and why all software must be approved by ICT first.',
    body: `## Standard equipment

Depending on your role, you get:

| Role type | Standard equipment |
| --- | --- |
| Hybrid and office-based | Laptop, headset, laptop stand, keyboard and mouse. A docking station and 2 screens at Civic Centre desks |
| Mobile and field-based | Laptop or tablet, council smartphone, in-car charger |
| Site-based, such as crews and leisure staff | Access to a shared tablet or kiosk for self-service and Harbridge Learning |

## Ordering more equipment

1. Log a request on the [IT Service Desk portal](https://itservice.harbridge.example). Choose Order equipment and pick from the catalogue.
2. Your manager approves the request and the cost code.
3. We order it and tell you when it is ready to collect from the IT Service Desk on the ground floor, or we post it to you.

Standard catalogue items usually take 5 working days. Anything outside the catalogue takes longer, because we need to check it works with our systems.

If you need equipment because of a disability or health condition, such as a large screen, a special keyboard or speech recognition software, your manager can order it through the workplace adjustments route. We aim to get it to you within 10 working days.

## Software and online tools

All software and online services used for council work must be approved by ICT before you use them. This includes free tools, browser extensions and websites you sign up to. We check that they are secure, accessible and that they handle personal data lawfully.

To ask for new software, log a request and tell us what it is, what you need it for and whether it will use personal information. If it will, we will ask you to work with the Information Governance team on a data protection impact assessment.

:::warning
Do not paste personal or confidential information into public AI tools, translation websites or file converters. Use Microsoft Copilot, signed in with your council account, which keeps our information inside the council.
:::

## Returning equipment

When you leave, or your equipment is replaced, return it to the IT Service Desk. We wipe it securely and reuse or recycle it.`,
    language: 'en',
    status: 'draft',
    reviewDueInDays: 365,
    updatedDaysAgo: 2,
  },
];

const safeguardingPages: DemoPage[] = [
  {
    section: 'safeguarding',
    title: 'Making a safeguarding referral',
    summary: 'What to do if you are worried that a child or an adult is being abused or neglected, and how to make a referral.',
    body: `Safeguarding is everyone's job. Whatever your role, you may see or hear something that worries you: on a home visit, at the library counter, on the bin round or on the phone to a resident. You do not need to be sure that something is wrong. If you are worried, act.

:::warning
If a child or adult is in immediate danger, call 999 now. Then tell a designated safeguarding lead.
:::

## Signs to look out for

Abuse and neglect can take many forms, including physical, sexual, emotional and financial abuse, neglect, domestic abuse, exploitation (such as county lines), modern slavery and radicalisation. Signs can include:

- injuries that are not explained, or explanations that do not fit
- a child or adult who seems frightened, withdrawn or hungry
- a home that is unsafe, very dirty or very cold
- someone who never seems to be allowed to speak for themselves
- a person who is being pressured to hand over money or possessions

## If someone tells you something

- Stay calm and listen. Let them tell you in their own words.
- Do not ask leading questions or try to investigate.
- Do not promise to keep it secret. Explain that you will need to tell someone who can help.
- Reassure them that they were right to tell you.

## Making a referral

1. As soon as you can, write down what you saw or heard, using the person's own words. Include the date, time and place, and anyone else who was there. Sign it.
2. Phone a designated safeguarding lead the same day on 01632 960300. If the line is busy, leave a message with your number.
3. The safeguarding lead will decide with you whether to refer to Westmarch County Council, which is responsible for children's and adults' social care in Harbridge.
4. Complete the safeguarding concern form in self-service within 24 hours.

If you cannot reach a safeguarding lead and you think the person is at risk of harm today, refer to the county council yourself:

| Concern about | Who to contact | Phone |
| --- | --- | --- |
| A child or young person under 18 | Westmarch Children's Front Door | 01632 960500 |
| An adult at risk | Westmarch Adult Social Care | 01632 960510 |
| Anyone, outside office hours | Westmarch Emergency Duty Team | 01632 960520 |

## Consent

For an adult, ask if they agree to a referral. You can refer without consent if others are at risk, if a crime has been committed, if they are being coerced or if they may not have the mental capacity to decide. For a child, do not ask for consent if it could put the child at greater risk. If in doubt, ask a safeguarding lead.

:::inset
You will not get into trouble for raising a concern that turns out to be nothing. It is far better to share a worry than to keep it to yourself. Sharing information to keep someone safe is allowed under data protection law.
:::

The guide to making a referral, in the guidance folder in this section, has a printable checklist.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 160,
    updatedDaysAgo: 40,
    related: ['Designated safeguarding leads', 'Safeguarding concerns out of hours'],
  },
  {
    section: 'safeguarding',
    title: 'Designated safeguarding leads',
    summary: "Who the council's designated safeguarding leads are, how to contact them, and what they do.",
    body: `Designated safeguarding leads are trained to advise on safeguarding concerns and to decide, with you, what to do next. They make referrals to Westmarch County Council, keep records and follow up.

Talk to a safeguarding lead whenever you are worried about a child or an adult. You do not need to go through your manager first.

## How to contact a safeguarding lead

Phone the safeguarding line on 01632 960300, Monday to Friday, 8:30am to 5pm. It rings the lead officer and the deputy leads in turn until someone answers. You can also email safeguarding@harbridge.example, but do not rely on email for anything urgent.

## Who the safeguarding leads are

You can find the people in these roles in the [people directory](/people).

| Role | Safeguarding responsibility |
| --- | --- |
| Director of People and Communities | Senior safeguarding lead for the council, accountable to the Chief Executive |
| Community Safety Manager | Lead designated safeguarding officer for the whole council |
| Housing Options Manager | Deputy lead for housing, homelessness and private sector housing |
| Library Services Manager | Deputy lead for libraries and community events |
| Leisure Centre Manager | Deputy lead for leisure centres, swimming lessons and holiday activities |
| Contact Centre Manager | Deputy lead for calls and visits from residents |
| Head of Waste and Recycling | Deputy lead for collection crews and street cleansing |

The Leader of the Council is the councillors' safeguarding champion.

## What safeguarding leads do

- Give advice on any concern, however small.
- Decide whether a concern needs a referral to the county council, and make the referral.
- Keep a secure record of every concern and what happened.
- Share information with the police and other partners when it is needed to keep someone safe.
- Support staff who have dealt with something upsetting.

All safeguarding leads complete advanced safeguarding training every 2 years.

:::inset
We are reviewing the safeguarding lead arrangements after the restructure of People and Communities. Until this page is updated, the safeguarding line and email address stay the same.
:::

## Allegations against staff

If you are worried about the behaviour of someone who works for the council, or a volunteer or contractor, towards a child, tell the Community Safety Manager straight away. They will talk to the county's Local Authority Designated Officer. Do not discuss it with the person concerned.`,
    language: 'en',
    status: 'in_review',
    reviewDueInDays: 28,
    updatedDaysAgo: 11,
  },
  {
    section: 'safeguarding',
    title: 'Safeguarding concerns out of hours',
    summary: 'Who to call about a child or adult at risk in the evening, at weekends or on a bank holiday.',
    body: `Some of us work when the safeguarding line is closed: in leisure centres and libraries in the evening, on early street cleansing shifts, at weekend events and on out-of-hours housing and noise duties. Concerns do not wait for office hours, so neither should you.

:::warning
If a child or adult is in immediate danger, call 999.
:::

## Who to call

| Situation | Who to call | Phone |
| --- | --- | --- |
| Someone is in immediate danger | Police or ambulance | 999 |
| A crime has happened but nobody is in immediate danger | Police non-emergency line | 101 |
| You are worried about a child or adult and it cannot wait until the next working day | Westmarch Emergency Duty Team | 01632 960520 |
| Someone has nowhere safe to sleep tonight | Harbridge out-of-hours housing line | 01632 960530 |
| You need support or advice as a member of staff | Council duty manager | 07700 900150 |

The Westmarch Emergency Duty Team covers all of the county. It is open from 5pm to 8:45am on weekdays and all day at weekends and on bank holidays. It is a small team dealing with emergencies, so you may need to wait for a call back. Leave your name, number and a short summary.

## What to tell them

- Your name, your job and that you work for Harbridge Borough Council.
- The name, age and address of the person you are worried about, if you know them.
- What you saw or heard, and when.
- Whether the person knows you are calling.
- What you have done already, such as calling the police.

Write down the name of the person you speak to and any reference number they give you.

## The next working day

1. Phone the safeguarding line on 01632 960300 to tell a designated safeguarding lead what happened.
2. Complete the safeguarding concern form in self-service.
3. Tell your manager.

## Looking after yourself

Dealing with a safeguarding concern, especially alone and at night, can be upsetting. Talk to your manager or a safeguarding lead afterwards. The employee assistance programme is available at any time on 0808 157 0100.

:::inset
Keep this page handy. Leisure centre and library duty folders have a printed copy of the numbers in the table, checked every quarter.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 95,
    updatedDaysAgo: 40,
  },
];

const financePages: DemoPage[] = [
  {
    section: 'expenses-and-purchasing',
    title: 'Claiming expenses and mileage',
    summary: 'Mileage rates, what you can claim, the receipts you need and the deadline for getting your claim in.',
    body: `You can claim back the costs of travelling and working away from your normal workplace when it is part of your job. Claim in [self-service](https://selfservice.harbridge.example). Your manager approves the claim and it is paid with your salary.

## Mileage rates

If you use your own vehicle for council business, we pay the HMRC approved mileage rates. They are tax-free.

| Vehicle | First 10,000 business miles in the tax year | Each mile after 10,000 |
| --- | --- | --- |
| Car or van (petrol, diesel, hybrid or electric) | 45p a mile | 25p a mile |
| Motorcycle | 24p a mile | 24p a mile |
| Bicycle | 20p a mile | 20p a mile |

You can also claim 5p a mile for each colleague you carry on the same business journey.

## Which miles you can claim

You can claim business miles only. Travel between your home and your normal workplace is commuting, and you cannot claim it.

If you go straight from home to a visit, claim the shorter of:

- the distance from home to the visit
- the distance from your normal workplace to the visit

Record the start and end postcodes and the reason for each journey. Self-service works out the distance.

:::warning
Check your car insurance covers business use before you drive for work. Most policies do not include it unless you ask. Commuting cover is not enough. If you are not insured, you must not use your car for council business.
:::

## Other expenses

- Parking: keep the receipt, or the confirmation from the parking app.
- Public transport: standard class only. Book rail tickets in advance where you can.
- Meals when you are away for work: if you are away from your normal workplace for more than 5 hours, you can claim up to £5; more than 10 hours, up to £10. You must have a receipt.
- Overnight stays: ask Procurement to book them through our travel contract.

We do not pay for alcohol, fines or parking tickets, or for travel that a pool car or video call could have avoided.

## Receipts

Take a clear photo of each receipt and attach it to your claim. For mileage, attach a VAT receipt for fuel dated on or before the journey. This lets us reclaim the VAT: it does not need to match the miles.

## Deadlines

Claim within 3 months of the journey or expense. We will only pay older claims in exceptional circumstances, with your head of service's approval.

Claims approved by the 5th of the month are paid on that month's pay day.

:::inset
If you cannot use self-service, fill in the expenses claim form in the forms folder in this section and give it to your manager with your receipts.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 250,
    updatedDaysAgo: 64,
    related: ['Pay dates and payslips', 'Purchasing cards'],
  },
  {
    section: 'expenses-and-purchasing',
    title: 'Purchasing cards',
    summary: 'Who can have a council purchasing card, what you can buy with it, spending limits and how to reconcile your card each month.',
    body: `A purchasing card is a council credit card for buying low-value goods and services quickly, such as materials for a repair, a train ticket or equipment from an online shop. It saves the cost of raising a purchase order for small amounts.

## Getting a card

Your head of service decides who in their service needs a card. Ask them to email procurement@harbridge.example. Before you get your card you must complete the purchasing card course on Harbridge Learning and sign the cardholder agreement.

## Spending limits

| Card type | Single transaction limit | Monthly limit | Who has it |
| --- | --- | --- | --- |
| Standard | £500 | £2,000 | Most cardholders |
| Higher limit | £2,500 | £10,000 | Agreed by the Procurement Manager, for example for leisure centre and depot managers |

The card is declined if you go over a limit. Do not ask a supplier to split a payment to get around it.

## What you can and cannot buy

You can buy goods and services that are needed for council business and within your budget.

You must not:

- buy anything for personal use, even if you plan to pay it back
- take out cash
- buy alcohol, gift cards or vouchers without written approval from Procurement
- buy anything that is already available through a council contract, such as stationery, IT equipment or agency staff
- let anyone else use your card or card details

:::warning
Misusing a purchasing card is a disciplinary matter and may be a criminal offence. If your card is lost or stolen, phone the card provider's 24-hour line straight away, then tell Procurement. The number is on your monthly statement and in the cardholder agreement.
:::

## Receipts and VAT

Get a VAT receipt for everything you buy. For online orders, save the order confirmation and the VAT invoice. We cannot reclaim VAT without a proper receipt, so the cost to your budget goes up.

## Reconciling your card

Each month:

1. Log in to the card management system within 5 working days of the end of the month.
2. For each transaction, add a description, choose the cost code and attach the receipt.
3. Submit your statement to your manager, who checks and approves it.

If you do not reconcile on time, Procurement may suspend your card.

## Buying larger amounts

For anything over £5,000, you need quotes or a formal procurement under the council's contract procedure rules, which follow the Procurement Act 2023. Contact Procurement before you talk to suppliers.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 75,
    updatedDaysAgo: 150,
  },
];

const workingHerePages: DemoPage[] = [
  {
    section: 'working-here',
    title: 'New starter induction',
    summary: 'What happens on your first day and in your first weeks at Harbridge, and what you need to do.',
    body: `Welcome to Harbridge Borough Council. This page explains what to expect when you start. Your manager will go through it with you and will have a new starter checklist to work through together.

## Your first day

Unless your manager has told you otherwise, come to the Civic Centre reception on Market Street at 9am. If you are joining a collection crew or street cleansing, go to the depot on Foundry Lane at the time your supervisor gave you.

Bring:

- your bank details, if you have not already added them
- your National Insurance number
- your P45 from your last job, if you have one

Your manager will meet you, show you around and introduce you to your team. Reception will take your photo for your ID and access card.

## Your first week

| When | What happens |
| --- | --- |
| Day 1 | Meet your team, collect your ID card and laptop or phone, set up your password and multi-factor authentication |
| Day 1 | Fire safety and building tour, including your nearest exit and assembly point |
| Days 1 to 2 | Go through your job description, the risk assessments for your role and who to ask for help |
| Days 2 to 5 | Start your mandatory courses on Harbridge Learning |
| By day 5 | Check your details in self-service and complete your display screen equipment assessment |
| Week 1 | Meet your buddy, a colleague who will help you find your way around |

## Your first months

- Complete all the mandatory courses within your first month.
- Come to a corporate welcome session. They run on the first Tuesday of every month. The Chief Executive and the leadership team talk about how the council works and what we are trying to achieve.
- Add your photo, skills and the languages you speak to your profile at [your profile](/profile/edit), so colleagues can find you in the [people directory](/people).

## Probation

Your first 6 months are a probation period. Your manager will meet you at 1, 3 and 5 months to talk about how you are getting on, what support you need and any concerns. Most people pass probation without any problem. If there are concerns, your manager will tell you early and agree a plan with you.

## Pay and pension

You will be paid on the 20th of each month. Depending on when you start, your first pay may be for part of the month. You will join the Local Government Pension Scheme automatically if you are eligible.

:::inset
Trade unions: UNISON, GMB and Unite are recognised at Harbridge. Your union representative can support you at work. Ask HR Advisory for contact details.
:::

## Managers

Use the new starter checklist in the forms folder in this section. Order IT equipment at least 10 working days before the start date, so that it is ready on day 1.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 120,
    updatedDaysAgo: 29,
    related: ['Learning and development', 'Car parking and building access', 'Fire safety at the Civic Centre'],
  },
  {
    section: 'working-here',
    title: 'Car parking and building access',
    summary: 'Opening hours, access cards, staff car parking permits, cycling and visitors at the Civic Centre.',
    body: `## Opening hours

The Civic Centre is open to staff from 7am to 7pm, Monday to Friday. Reception is open to the public from 9am to 5pm.

If you need to work outside these hours, ask your manager to request out-of-hours access for you. Sign in and out with security at the staff entrance on Church Lane, so we know who is in the building in an emergency.

## Your access card

Your ID and access card opens the staff entrance and the doors to the areas you need. Wear it where people can see it whenever you are in the building.

- If you lose your card, tell reception straight away on 01632 960000. We will cancel it so nobody else can use it and print a new one.
- Do not lend your card to anyone, or let people follow you through secure doors. If someone you do not recognise tries to, politely ask them to go to reception.

## Car parking

Parking at the Civic Centre is limited. Staff with a permit can park in car park B. We give permits in this order:

1. Blue Badge holders.
2. Staff who need their car for work most days, such as officers who do visits.
3. Staff with caring responsibilities that mean they must be able to leave quickly.
4. Staff who start before 7:30am or finish after 6:30pm.

Apply for a permit in self-service. Permits are free and are reviewed every year.

There are 6 electric vehicle charging bays in car park B. Charge for up to 4 hours, then move your car so others can use them. Pay through the charging app: the cost is the same as the public rate.

If you do not have a permit, there is a pay and display car park on Station Road, 5 minutes' walk away.

## Cycling and public transport

There is covered cycle parking for 40 bikes at the staff entrance, with showers and lockers on the lower ground floor. You can buy a bike through the cycle to work scheme and pay for it from your salary before tax.

Harbridge station is 10 minutes' walk from the Civic Centre, and most town bus routes stop on Market Street.

## Visitors

Ask visitors to sign in at reception, where they will be given a visitor badge. Meet them at reception and stay with them while they are in staff areas. Tell reception in advance if a visitor will need help in an emergency.

:::inset
Working at the depot, a library or a leisure centre? Your manager will tell you the parking and access arrangements for your site.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 215,
    updatedDaysAgo: 84,
  },
  {
    section: 'working-here',
    title: 'Car park B resurfacing: temporary parking arrangements',
    summary: 'Car park B was closed for resurfacing in autumn 2025. This page is kept for reference only.',
    body: `:::inset
This page is archived. The resurfacing work is finished and car park B reopened in November 2025. For current arrangements, see the car parking and building access page.
:::

## What happened

Car park B at the Civic Centre was closed for 3 weeks in October and November 2025 so that it could be resurfaced, relined and fitted with 6 electric vehicle charging bays.

## Parking while the work was done

During the closure:

- Blue Badge holders could park in the visitor spaces at the front of the Civic Centre. We kept 8 spaces free for staff with a permit and a Blue Badge.
- Permit holders who needed their car for work could park free in the Station Road car park. Permits were valid there during the closure.
- Other staff were asked to use public transport, cycle, car share or work from home where their role allowed.

The cycle parking and showers stayed open throughout, with access from Church Lane.

## Pool cars

The council's 4 pool cars moved to the depot on Foundry Lane during the closure. Staff booked them in the usual way and collected the keys from the depot office. Visitors to the Civic Centre, including people coming for interviews and meetings, were asked to use the Station Road car park, and reception gave them a voucher to cover the cost.

## Thank you

Thank you to everyone for your patience while the work was done, and to the facilities team and the contractor for finishing on time. The new surface has clearer markings, better lighting and more accessible bays.

If you have any comments about car park B, email facilities@harbridge.example.`,
    language: 'en',
    status: 'archived',
    reviewDueInDays: 300,
    updatedDaysAgo: 190,
  },
  {
    section: 'working-here',
    title: 'Christmas and New Year 2025: opening times and closure days',
    summary: 'When the Civic Centre and council services were open over Christmas and New Year 2025. Kept for reference only.',
    body: `:::inset
This page is archived. It described arrangements for Christmas 2025 and New Year 2026. Arrangements for Christmas 2026 will be published in the autumn.
:::

## Civic Centre closure

The Civic Centre closed at 3pm on Wednesday 24 December 2025 and reopened at 8:30am on Friday 2 January 2026.

As well as the bank holidays on 25 and 26 December and 1 January, the council was closed on Monday 29, Tuesday 30 and Wednesday 31 December. Staff who work Monday to Friday were asked to keep 3 days of annual leave for these closure days. Part-time staff kept leave for any closure days they would normally work.

## Services that kept running

Some services carried on as usual or ran a reduced service:

- Bin collections moved by up to 2 days. The revised collection calendar was posted on the council website and social media.
- The out-of-hours housing line, 01632 960530, was open throughout.
- The Contact Centre answered emergency calls on the closure days, such as reports of dangerous structures and stray dogs.
- Harbridge Leisure Centre was open on reduced hours, apart from Christmas Day, Boxing Day and New Year's Day.
- Libraries closed from 24 December to 1 January inclusive.

## Staff working over the break

Staff who worked on bank holidays or closure days were paid in line with the usual enhancements and given the closure days back to take at another time. Managers confirmed rotas by Friday 12 December.

## Safeguarding and emergencies

During the closure, safeguarding concerns went to the Westmarch Emergency Duty Team on 01632 960520, and staff could reach the council duty manager on 07700 900150.

Thank you to everyone who kept our services running over the holidays.`,
    language: 'en',
    status: 'archived',
    reviewDueInDays: 330,
    updatedDaysAgo: 170,
  },
];

const councillorPages: DemoPage[] = [
  {
    section: 'councillors-support',
    title: 'Handling councillor enquiries',
    summary: 'How officers log and answer enquiries from councillors, the timescales we work to, and how to stay politically neutral.',
    body: `Councillors contact officers every day about problems raised by the people they represent: a missed bin, a housing repair, a planning application or an anti-social behaviour problem. Answering these well and on time is one of the most important things we do for councillors.

## How enquiries reach you

Councillors send enquiries to the member enquiries system, by emailing memberenquiries@harbridge.example or using the form in the councillors' area. Democratic Services logs each enquiry and sends it to the right service.

If a councillor contacts you directly, answer if it is quick and simple. Otherwise, ask them to use the member enquiries system, or log it yourself, so that it is tracked and nothing gets lost.

## Timescales

| Step | When |
| --- | --- |
| Democratic Services logs the enquiry and sends it to the service | Within 1 working day |
| The service acknowledges the enquiry and says who is dealing with it | Within 2 working days |
| The councillor gets a full response | Within 10 working days |
| If a full response will take longer | Send a holding reply within 10 working days, saying when to expect an answer |

Urgent enquiries, such as a risk to someone's safety, should be dealt with the same day. Phone the councillor if you need to.

## Writing your response

- Answer the question asked, in plain English, and say what will happen next.
- Give the facts. Do not offer a political opinion or comment on council policy choices.
- Copy in your manager for anything complex or sensitive.
- Reply through the member enquiries system so the response is recorded.

## Personal information

Councillors can receive personal information about a resident when they are acting on that resident's behalf. Share only what the councillor needs to help that person. Take extra care with special category information, such as health or ethnicity. If you are not sure the resident has asked the councillor to help, check with them or with Democratic Services first.

## Staying neutral

Treat all councillors equally, whatever their party. Give the same information to any councillor who asks the same question. Councillors cannot instruct officers to take a particular action: if you feel under pressure, talk to your manager or the Democratic Services Manager.

:::warning
During the pre-election period, take extra care. Anything you provide could be used in a campaign. Check with Democratic Services before responding to anything that could be seen as political.
:::

Contact Democratic Services on 01632 960400 or democratic.services@harbridge.example.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 180,
    updatedDaysAgo: 57,
    related: ['Working with councillors during the pre-election period', 'Data protection and subject access requests'],
  },
  {
    section: 'councillors-support',
    title: 'Working with councillors during the pre-election period',
    summary: 'What officers can and cannot do in the weeks before an election, and how to handle requests from councillors and candidates.',
    body: `The pre-election period starts when the notice of election is published, about 5 weeks before polling day, and ends when the results are declared. During this time the law and the Code of Recommended Practice on Local Authority Publicity restrict what the council can say and do. The aim is to make sure council resources are never used to support a party or candidate.

## What changes

- The council does not publish anything that could be seen as supporting a party, candidate or political view. This includes press releases, social media posts and the council website.
- Councillors do not appear in council publicity, photos or videos, unless there is a genuine emergency that needs a named councillor to respond.
- We avoid announcing new or controversial decisions, unless they cannot wait.
- Council buildings and equipment must not be used for campaigning.

## What carries on

Council business carries on as normal. Councillors remain councillors until 4 days after polling day, and can still:

- raise casework on behalf of residents through the member enquiries system
- go to meetings that have been arranged
- get information they need for council business

Treat every enquiry in the same way as usual, and be ready for it to be used in a campaign.

## Requests from candidates

Candidates who are not councillors have no more right to information than any other resident. Treat their requests as you would any request from the public.

If you get a request that you think could be for campaigning, such as detailed information about a ward or a service, talk to Democratic Services before you reply.

## Your own political activity

If your post is politically restricted, you cannot campaign or stand for election. All staff must keep their political views out of their work. Do not wear or display party colours, badges or posters at work, and do not campaign while wearing a council uniform or ID.

:::inset
Not sure whether something is allowed? Ask Democratic Services or the communications team before you act. They would rather answer a question than deal with a complaint.
:::`,
    language: 'en',
    status: 'draft',
    reviewDueInDays: 365,
    updatedDaysAgo: 1,
  },
];

const communicationsPages: DemoPage[] = [
  {
    section: 'communications',
    title: 'Writing for the intranet: style guide',
    summary: 'How to write intranet pages that people can find, understand and act on, using plain English and our house style.',
    body: `People come to the intranet to do something: book leave, report a fault, find a phone number. Many are reading on a phone between jobs. Write so they can find what they need quickly and act on it.

## Start with what people need

- Put the most important information first. Most people read only the first few lines.
- Write for the person doing the task, and call them "you". Call the council "we".
- Use headings that say what is in each part, such as "How to book leave", not "Procedure".
- Keep sentences short: aim for 25 words or fewer.
- Use numbered lists for steps in order, and bullet lists for everything else.
- Use the active voice: "your manager approves your leave", not "leave is approved by your manager".

## Plain English

Use the words people use. Avoid jargon and spell out acronyms the first time, for example Local Government Pension Scheme (LGPS).

| Write this | Not this |
| --- | --- |
| use | utilise |
| help, support | facilitate |
| start | commence |
| to | in order to |
| from now on | going forward |
| I have attached | please find attached |
| buy | procure |

## Our house style

- Dates: Monday 3 August 2026. Do not use 3/8/26 or 3rd August.
- Times: 9am, 5:30pm, 9am to 5pm. Use midday and midnight rather than 12pm and 12am.
- Numbers: write numbers as numerals, including 1 to 9, except in phrases like "one of the". Use a comma in numbers over 999: 1,250.
- Money: £5, £2,500, 45p.
- Phone numbers: 01632 960100, with a space after the area code.
- Capital letters: only for names and the start of sentences. Write "the council", "the housing team", "head of service".

## Links

Make link text describe where the link goes, such as "the employee assistance programme". Never use "click here". Link to the page that answers the question, not to a home page.

## Documents

Put information on a page rather than in a PDF or Word document wherever you can. Pages work better on phones, are easier to search and are easier to keep up to date. If you must upload a document, it must be accessible, as the accessibility regulations for public sector websites require. See [accessibility requirements for public sector websites](https://www.gov.uk/guidance/accessibility-requirements-for-public-sector-websites-and-apps).

## Warnings and highlighted notes

Use a warning box only when there is a risk of harm, a legal consequence or money at stake. Use a highlighted note for useful information people might otherwise miss. If everything is highlighted, nothing stands out: use no more than 2 on a page.

## Images

Only use images that add information. Describe each image in its alternative text, so that people who use screen readers get the same information.

:::inset
For anything not covered here, we follow the [GOV.UK style guide](https://www.gov.uk/guidance/style-guide).
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 330,
    updatedDaysAgo: 22,
    related: ['Requesting a new intranet page'],
  },
  {
    section: 'communications',
    title: 'Requesting a new intranet page',
    summary: 'How to ask for a new intranet page or changes to an existing one, what we need from you and how long it takes.',
    body: `Every section of the intranet has an owning team and trained editors who can publish and update pages. The communications team looks after the intranet as a whole and helps owners keep it accurate and easy to use.

## Before you ask

- Search the intranet to check there is not a page on the subject already. It is usually better to improve an existing page than to add a new one.
- Check who owns the section where the page would go. It is shown at the top of each section.
- If your team has an editor, they may be able to publish the page themselves.

## How to request a page

1. Email intranet@harbridge.example with the subject "New page request".
2. Tell us who the page is for, what they need to do and why it is needed now.
3. Send us a first draft in a Word document or email, written using the style guide. Do not worry about getting it perfect.
4. Name a content owner: the person who will keep the page accurate. This must be someone in the owning team, usually a manager.
5. Tell us when the page should be reviewed. Most pages are reviewed at least once a year.

We will reply within 2 working days and aim to publish new pages within 5 working days. Anything urgent about safety or safeguarding is published the same day.

## What happens next

An editor in the owning team, or the communications team, will edit your draft so it follows the style guide. They will send it back to you to check the facts before it is published. Pages about policies may also need approval from HR or Legal Services before publishing.

## Keeping pages up to date

Every page has an owner and a review date. We send the owner a reminder 30 days before the review is due. At the review, the owner checks the page is still accurate and either updates it or confirms it is still correct.

:::inset
Pages that are more than 3 months past their review date, with no response from the owner, are archived. Archived pages no longer appear in search, but we can bring them back.
:::

## Becoming an editor

Editors publish and update pages for their team. If your team publishes regularly, ask your manager to nominate you. Training is a 2-hour online session with the communications team.

For anything else about the intranet, email intranet@harbridge.example or phone the communications team on 01632 960450.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 270,
    updatedDaysAgo: 22,
  },
];

const harbridgeNews: DemoNews[] = [
  {
    title: 'Multi-factor authentication for every account from next month',
    summary: 'Everyone with a council account must set up the Microsoft Authenticator app or a security key by the end of next month.',
    body: `From the end of next month, everyone with a council account, including councillors, will need multi-factor authentication (MFA) to sign in. If you have already set it up, you do not need to do anything.

## Why we are doing this

Councils are targeted by criminals every day, and several UK councils have lost access to their systems for weeks after cyber attacks. MFA means that a stolen password on its own is not enough to get into your account. The National Cyber Security Centre says it is one of the most effective protections there is.

About 7 out of 10 of us already use MFA. This change brings in everyone else, including people who only use shared tablets and kiosks.

## What you need to do

Set up MFA before the deadline. It takes about 5 minutes:

1. Install Microsoft Authenticator on your phone.
2. Go to [aka.ms/mfasetup](https://aka.ms/mfasetup) on your laptop and follow the steps.

The guide on the intranet has step-by-step instructions, with pictures.

If you do not have a council phone and do not want to use your own, ask the IT Service Desk for a security key. They are free.

## Help sessions

The IT Service Desk is running drop-in sessions at the Civic Centre, the depot and Harbridge Leisure Centre over the next 4 weeks. Bring your phone and your laptop and we will set it up with you. Collection crews can come to the depot sessions at the end of their shift.

If you are stuck, phone the IT Service Desk on 01632 960100.

## After the deadline

If you have not set up MFA by the deadline, you will be asked to do it the next time you sign in. You will not be able to use council systems until you do.`,
    language: 'en',
    categories: ['IT'],
    pinned: true,
    featured: false,
    commentsEnabled: false,
    publishedDaysAgo: 4,
    audience: [{ everyone: true }],
  },
  {
    title: 'Staff survey results: what you told us and what happens next',
    summary:
      "More than 6 in 10 of you took part in this year's staff survey. Here are the main findings and the 3 things we will act on first.",
    body: `Thank you to everyone who took part in this year's staff survey. 64% of you responded, up from 51% last year. The biggest rise was among collection crews and leisure centre staff, after we ran paper surveys and sessions in work time at the depot and the leisure centres.

## What you told us

Some results were encouraging:

- 87% of you are proud of the services your team provides.
- 81% feel your manager treats you with respect.
- 74% know where to get support for their wellbeing, up from 62%.

Other results showed where we need to do better:

- Only 41% feel that senior leaders listen to staff.
- 38% of frontline staff said they do not have the equipment they need to do their job well.
- 1 in 5 said they had experienced abuse from a member of the public in the past year, and fewer than half of them reported it.

## What we will do first

The leadership team has agreed 3 priorities for the coming year:

1. Senior leaders will spend a day each quarter working alongside a frontline team, and we will start quarterly open sessions with the Chief Executive at the depot, the leisure centres and the Civic Centre.
2. Each service will review its equipment and uniforms with staff by the end of the summer, with a budget set aside for what is needed.
3. We will make it easier to report abuse from the public, including by phone for staff who do not use a computer, and make sure everyone who reports gets support.

Your service's results will be shared at team meetings this month. Your manager will agree a team action plan with you.

We will report back on progress in the autumn, and the next survey will run early next year. If you have ideas, tell your manager or comment below.`,
    language: 'en',
    categories: ['Staff news', 'Council news'],
    pinned: false,
    featured: true,
    commentsEnabled: true,
    publishedDaysAgo: 9,
    audience: [{ everyone: true }],
    imageAlt: 'Chief Executive talking with a group of staff in hi-vis jackets in the depot canteen',
  },
  {
    title: "Harbridge's first electric refuse collection vehicles take to the streets",
    summary: 'Two electric bin lorries have joined the North Collection Crew, cutting noise and fumes on the town centre rounds.',
    body: `Two new electric refuse collection vehicles started work this week on the town centre and Harbridge North rounds. They are the first electric vehicles in our collection fleet.

Each vehicle can collect a full day's round on one charge, with battery to spare. They charge overnight at the depot on Foundry Lane, where 4 new chargers have been installed. Together, the 2 vehicles will save around 50 tonnes of carbon dioxide a year compared with diesel lorries.

## Quieter and cleaner

The vehicles are much quieter than diesel lorries, which means fewer complaints about early morning noise in the town centre. Crews say it is also easier to hear each other and to hear traffic around them.

"The cab is a lot nicer, and you're not breathing in fumes when you're working at the back," said one of the North Collection Crew drivers. "It took a couple of days to get used to how quiet it is."

Because the vehicles are so quiet, they have an extra warning sound when they move at low speed. Crews have had training on working safely around them, and there is a reminder in the depot about keeping clear when the vehicle is reversing.

## Training

All drivers and loaders on the rounds completed training with the manufacturer before the vehicles went out, including how to charge them safely and what to do in a breakdown. Fleet and workshop staff have been trained to maintain them.

## What next

We will look at how the vehicles perform through the winter before deciding whether to replace more of the diesel fleet when leases end next year. If you have feedback, tell your supervisor.

Thank you to the fleet team, the North Collection Crew and everyone at the depot who helped get the vehicles on the road.`,
    language: 'en',
    categories: ['Council news'],
    pinned: false,
    featured: true,
    commentsEnabled: true,
    publishedDaysAgo: 14,
    audience: [{ unit: 'Place and Environment' }],
    imageAlt: 'North Collection Crew standing beside a new electric refuse collection vehicle at the depot charging bay',
  },
  {
    title: 'Managers: new absence reports in self-service',
    summary: 'A new dashboard shows absence for your team at a glance, with alerts when someone reaches an absence review trigger.',
    body: `Managers now have a new absence dashboard in self-service. It replaces the monthly absence spreadsheet that HR Advisory used to email out.

## What it shows

The dashboard shows, for everyone who reports to you:

- current absences and expected return dates
- days lost over the last 12 months, and the reasons recorded
- anyone who has reached an absence review trigger: 3 periods of absence in 6 months, or 10 working days or more in 12 months
- return-to-work conversations that have not yet been recorded

Pregnancy-related absence is shown but does not count towards the triggers.

## Alerts

You will get an email when someone in your team reaches a trigger, or when a return-to-work conversation is more than 3 working days overdue. You can turn off the daily summary email in your self-service settings, but not the trigger alerts.

## Recording absence

Please record absence on the first day, when the person calls you, and record the return-to-work conversation within 3 working days of their return. The dashboard is only as good as the information in it. Payroll also uses it to work out sick pay, so late recording can mean people are paid the wrong amount.

## Using it well

The triggers are a prompt for a supportive conversation, not an automatic warning. Look at the reasons for absence and what you can do to help, such as adjustments or a referral to occupational health. HR Advisory can help you prepare for the meeting.

## Training

HR Advisory is running 30-minute online sessions on the dashboard over the next 3 weeks. Book on Harbridge Learning. There is also a 4-minute video in the manager's toolkit.

Questions? Email hr@harbridge.example or phone 01632 960200.`,
    language: 'en',
    categories: ['Staff news'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 18,
    audience: [{ staffGroup: 'manager' }, { staffGroup: 'head_of_service' }],
  },
  {
    title: 'Keeping safe on the rounds this winter',
    summary: 'Dark mornings, ice and high winds bring extra risks for frontline staff. Here is a reminder of how to stay safe.',
    body: `The clocks have gone back and the weather is turning. For the next few months, many of us will start and finish work in the dark, often on icy pavements. Here is a reminder of how to stay safe.

## Be seen

- Wear your hi-vis jacket, fully zipped, and keep it clean. Dirty hi-vis is much harder to see.
- If your hi-vis is faded, torn or does not fit over your winter layers, ask your supervisor for a new one.
- Check that the lights and beacons on your vehicle are working before you set off.

## Slips and falls

Slips on ice are the most common winter injury among our frontline staff.

- Wear the winter boots or ice grips provided. Ask your supervisor if you have not had them.
- Take shorter steps and keep your hands out of your pockets.
- Do not run for the vehicle, even if you are behind.
- If a path to a bin is too icy, leave the bin and report it. Do not risk it.

## Cold and wet

Wear layers, keep a spare pair of gloves and socks in the cab and take your breaks somewhere warm. Tell your supervisor if you feel unwell, dizzy or very cold.

## High winds

If there is a weather warning for high winds, supervisors will decide whether it is safe to collect. Do not empty bins or work at height in strong winds. Watch out for falling branches and flying debris.

## Reporting

Report every slip, trip or near miss, even if you were not hurt. Tell your supervisor, or ask them to fill in the form for you. Every report helps us grit the right places and fix the worst spots.

Stay safe, and thank you for keeping Harbridge's services running whatever the weather.`,
    language: 'en',
    categories: ['Health and safety'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 23,
    audience: [{ staffGroup: 'frontline' }],
    imageAlt: 'Street cleansing operative in a hi-vis jacket gritting a frosty pavement on Market Street before sunrise',
  },
  {
    title: 'Councillors: new casework system and training sessions',
    summary:
      'A new system for member enquiries goes live next month. Democratic Services is running training sessions for all councillors.',
    body: `Next month, the member enquiries system is moving to a new platform. It will make it easier for you to log casework, see what is happening with each enquiry and get responses from officers.

## What is changing

- You can log an enquiry from your phone or tablet, as well as your laptop, and attach photos, such as a fly-tipping site or a damaged footpath.
- You will see the progress of each enquiry, including which officer is dealing with it and when you can expect a response.
- You can search your past enquiries by ward, service or address.
- You will get an email when an enquiry is updated, or you can choose a weekly summary instead.

Enquiries you have already logged will be moved to the new system, so you will not lose any history.

## What stays the same

You can still email memberenquiries@harbridge.example and Democratic Services will log it for you. The timescales stay the same: an acknowledgement within 2 working days and a full response within 10 working days.

## Training

Democratic Services is running 45-minute training sessions in the Members' Room at the Civic Centre, and online. There are daytime and evening sessions to fit around your other commitments. Book a place with Democratic Services on 01632 960400 or at democratic.services@harbridge.example.

If you would prefer a one-to-one session, in person or by video call, we will arrange one at a time that suits you.

## Personal information

The new system stores residents' personal information securely and keeps an audit trail. Please log casework through the system rather than by personal email, which helps you meet your own data protection responsibilities.`,
    language: 'en',
    categories: ['Council news', 'IT'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 27,
    audience: [{ staffGroup: 'councillor' }, { unit: 'Democratic Services' }],
  },
  {
    title: 'Contact Centre: call-back option goes live on Monday',
    summary: 'From Monday, residents waiting in the queue can ask for a call back instead of holding. Here is what it means for your day.',
    body: `From Monday, residents who call 01632 960000 and have to wait more than 3 minutes will be offered a call back. They keep their place in the queue, and the system calls them when an adviser is free.

## Why we are doing it

At our busiest times, on Monday mornings and in the weeks after council tax bills go out, some residents wait more than 15 minutes. Many give up and call again later, which makes the queue longer. Councils that have introduced call-backs have seen fewer abandoned calls and fewer angry callers.

## What it means for you

- Call-backs appear in your queue like any other call, marked "call back". The system dials the resident when you accept the call, so be ready to start straight away.
- If the resident does not answer, the system tries once more after 5 minutes. After that, it sends them a text with the Contact Centre's opening hours.
- Call-backs are only offered until 30 minutes before we close, so that we can return them all before the end of the day.

## Training

Team leaders will run 20-minute huddles on Thursday and Friday to go through the new screens. There is a one-page guide at every desk.

## Tell us how it goes

We will review the call-back option after 4 weeks, looking at waiting times, abandoned calls and your feedback. Tell your team leader what is working and what is not, or comment below.

Thank you for all your hard work through a very busy few months.`,
    language: 'en',
    categories: ['Staff news'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 31,
    audience: [{ unit: 'Contact Centre' }],
  },
  {
    title: 'Wellbeing week: health checks, walks and a cooking demo',
    summary: 'Free health checks, lunchtime walks and sessions on sleep, money and menopause, at the Civic Centre, the depot and online.',
    body: `Our wellbeing week starts on Monday, with free activities for everyone at the Civic Centre, the depot, the leisure centres and online.

## Free health checks

Nurses from our occupational health provider will do free 20-minute health checks, including blood pressure, cholesterol and body mass index. There are sessions at the Civic Centre on Monday and Tuesday and at the depot on Wednesday, starting at 6:30am for early shifts. Book a slot on Harbridge Learning. Results are confidential and are not shared with the council.

## Get moving

- Lunchtime walks along the river from the Civic Centre every day at 12:30pm. They take 30 minutes and are suitable for all abilities.
- Free swimming and gym sessions for staff at Harbridge Leisure Centre all week. Show your ID card at reception.
- Chair yoga online on Thursday at 1pm.

## Talks and workshops

All talks are online and recorded, so you can watch them later:

- Sleeping better, on Tuesday at 12:30pm
- Money worries and where to get help, on Wednesday at 12:30pm
- Menopause at work, for everyone, on Thursday at 12:30pm

## Healthy eating on a budget

Our leisure centre café team will show how to make quick, cheap and healthy meals in the Civic Centre atrium on Friday lunchtime, with free tasters.

## Taking part

Managers, please give your team time to take part, including frontline staff. Sessions at the depot and leisure centres are timed to fit around shifts.

The employee assistance programme is available all year round, at any time, on 0808 157 0100.`,
    language: 'en',
    categories: ['Wellbeing', 'Events'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 38,
    audience: [{ everyone: true }],
    imageAlt: 'Group of council staff in walking shoes setting off on a lunchtime walk along the river path',
  },
  {
    title: 'Long service awards: nominations open',
    summary: 'Do you know someone who has worked for Harbridge for 25 years or more? Tell us by the end of the month.',
    body: `Each year we thank colleagues who have worked for the council for 25, 30, 35 and 40 years. This year's awards evening will be held in the Council Chamber in the autumn, hosted by the Mayor and the Chief Executive.

## Who can be nominated

Anyone who reaches 25, 30, 35 or 40 years of continuous local government service this year, at Harbridge or another council before joining us. HR Advisory will contact everyone whose records show they are eligible. But our records are not always complete, especially for service with other councils, so we would like your help.

## How to nominate

If you know someone who should be included, or you are eligible yourself, email hr@harbridge.example by the end of the month. Tell us:

- the person's name, job and team
- when they started in local government, and where
- anything you would like us to say about them on the evening, such as memorable moments or the difference they make

## On the evening

Everyone receiving an award can bring a guest. There will be a buffet, and each person will receive a certificate and a gift voucher. Those reaching 25 years also get an extra day of annual leave each year from then on.

Last year, we celebrated 14 colleagues with a combined 415 years of service, from a library assistant who started with a Saturday job in 1985 to a refuse driver who has driven every round in the borough.

If you would like to help organise the evening, we would love to hear from you.`,
    language: 'en',
    categories: ['Staff news', 'Events'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 46,
    audience: [{ everyone: true }],
  },
  {
    title: 'Budget setting for 2027 to 2028: timetable and next steps',
    summary: "The timetable for next year's budget, the savings target and what heads of service need to prepare by the end of September.",
    body: `The leadership team has agreed the timetable for setting the council's budget for 2027 to 2028. This article explains what heads of service need to do and when.

## The position

Our medium-term financial plan shows a gap of £2.4 million next year, rising to £4.1 million by 2029 to 2030. This reflects rising demand for temporary accommodation, pay and contract inflation, and uncertainty about government funding. We expect the provisional local government finance settlement in December.

## Timetable

| When | What happens |
| --- | --- |
| By the end of July | Finance issues budget templates and each service's baseline |
| By the end of September | Heads of service submit savings and income proposals |
| October | Leadership team challenge sessions with each directorate |
| November | Cabinet considers draft proposals. Public consultation begins |
| December | Provisional finance settlement |
| February | Cabinet and Full Council set the budget and council tax |

## What we need from you

By the end of September, each head of service should submit proposals worth at least 4% of their net budget. For each proposal, tell us:

- what would change for residents and staff
- the saving or income, and when it would start
- the risks, including any legal or safeguarding risks
- whether it needs consultation or an equality impact assessment

Talk to your finance business partner in Accountancy early. They can help you model options and check figures.

## Staff

We know budget news can be worrying. Our aim is to avoid compulsory redundancies wherever possible, through vacancy management, redeployment and voluntary options. We will consult the trade unions and staff affected at the earliest possible stage.

Please do not share draft proposals outside the leadership and management teams until Cabinet has considered them.`,
    language: 'en',
    categories: ['Council news'],
    pinned: false,
    featured: false,
    commentsEnabled: false,
    publishedDaysAgo: 52,
    audience: [{ staffGroup: 'head_of_service' }, { staffGroup: 'senior_leader' }],
  },
];

const harbridgeDocuments: DemoDocument[] = [
  { section: 'pay-and-leave', folder: 'Policies', title: 'Annual leave policy', file: 'annual-leave-policy.pdf' },
  { section: 'equipment-and-software', folder: 'Policies', title: 'IT acceptable use policy', file: 'it-acceptable-use-policy.pdf' },
  { section: 'safeguarding', folder: 'Guidance', title: 'Safeguarding referral guide', file: 'safeguarding-referral-guide.pdf' },
  { section: 'expenses-and-purchasing', folder: 'Forms', title: 'Expenses claim form', file: 'expenses-claim-form.docx' },
  { section: 'lone-working', folder: 'Forms', title: 'Lone working risk assessment', file: 'lone-working-risk-assessment.docx' },
  { section: 'working-here', folder: 'Forms', title: 'New starter checklist', file: 'new-starter-checklist.docx' },
];

export const harbridgeContent: DemoContent = {
  sections: harbridgeSections,
  search: {
    synonyms: [
      ['annual leave', 'holiday', 'a/l'],
      ['payslip', 'pay slip', 'wage slip'],
    ],
    bestBets: [{ query: 'payslip', page: 'Pay dates and payslips' }],
  },
  pages: [
    ...payAndLeavePages,
    ...policyPages,
    ...wellbeingPages,
    ...hrPages,
    ...safetyPages,
    ...loneWorkingPages,
    ...itPages,
    ...safeguardingPages,
    ...financePages,
    ...workingHerePages,
    ...councillorPages,
    ...communicationsPages,
  ],
  news: harbridgeNews,
  documents: harbridgeDocuments,
};
