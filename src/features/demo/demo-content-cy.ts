// Aberlyn County Council / Cyngor Sir Aberlyn: a bilingual council, so about
// half its pages and news are in Welsh. Section titles are in English; owner
// teams are the English names from aberlynStructure. Phone numbers are Ofcom
// drama numbers and every address ends in .example.

import type { DemoContent, DemoDocument, DemoNews, DemoPage, DemoSection } from './demo-content.ts';

const aberlynSections: DemoSection[] = [
  {
    key: 'hr',
    parentKey: null,
    title: 'HR',
    summary: 'Policies, wellbeing and learning for everyone who works for the council.',
    ownerTeam: 'Human Resources',
  },
  {
    key: 'pay-and-leave',
    parentKey: 'hr',
    title: 'Pay and leave',
    summary: 'Annual leave, sickness absence, expenses and pay.',
    ownerTeam: 'Payroll',
  },
  {
    key: 'health-and-safety',
    parentKey: null,
    title: 'Health and safety',
    summary: 'Lone working, accidents and near misses, and staying safe at work.',
    ownerTeam: 'Human Resources',
  },
  {
    key: 'it-help',
    parentKey: null,
    title: 'IT help',
    summary: 'Passwords, multi-factor authentication and getting help from ICT Support.',
    ownerTeam: 'ICT Support',
  },
  {
    key: 'safeguarding',
    parentKey: null,
    title: 'Safeguarding',
    summary: 'What to do if you are worried about a child or an adult at risk.',
    ownerTeam: "Children's Services",
  },
  {
    key: 'welsh-language',
    parentKey: null,
    title: 'Welsh language',
    summary: 'The Welsh Language Standards, translation and learning Welsh at work.',
    ownerTeam: 'Welsh Language Unit',
  },
];

const aberlynPages: DemoPage[] = [
  {
    section: 'pay-and-leave',
    title: 'Gwyliau blynyddol',
    summary: "Faint o wyliau blynyddol sydd gennych chi, sut i'w trefnu, gwyliau banc 2026 a faint y gallwch chi ei gario drosodd.",
    body: `## Faint o wyliau rydych chi'n eu cael

Mae eich blwyddyn wyliau yn rhedeg o 1 Ionawr i 31 Rhagfyr. Yn ogystal â'r 8 gŵyl banc, mae staff llawn amser yn cael:

| Gwasanaeth di-dor mewn llywodraeth leol ar 1 Ionawr | Diwrnodau | Oriau (wythnos 37 awr) |
| --- | --- | --- |
| Llai na 5 mlynedd | 25 | 185 |
| 5 mlynedd neu fwy | 30 | 222 |

Mae gwasanaeth gyda chynghorau eraill a llawer o gyrff cyhoeddus eraill yn cyfrif tuag at y 5 mlynedd, cyn belled nad oedd bwlch rhwng y swyddi. Os oes gennych chi wasanaeth blaenorol nad yw ar eich cofnod, anfonwch e-bost at adnoddau.dynol@aberlyn.example gyda'r dyddiadau.

Os byddwch chi'n dechrau neu'n gadael yn ystod y flwyddyn, byddwch chi'n cael cyfran o'r gwyliau am y misoedd rydych chi'n gweithio.

## Os ydych chi'n gweithio'n rhan-amser

Rydyn ni'n cyfrif gwyliau mewn oriau, felly mae staff rhan-amser yn cael yr un gyfran yn union â staff llawn amser. Lluoswch yr oriau llawn amser â'ch oriau wythnosol, yna rhannwch â 37.

Er enghraifft, os ydych chi'n gweithio 22.5 awr yr wythnos a bod gennych chi lai na 5 mlynedd o wasanaeth, byddwch chi'n cael 112.5 awr o wyliau blynyddol (185 × 22.5 ÷ 37) a 36 awr ar gyfer y gwyliau banc. Pan fydd gŵyl banc yn disgyn ar ddiwrnod rydych chi fel arfer yn ei weithio, mae'r oriau y byddech chi wedi'u gweithio yn dod allan o'ch oriau gŵyl banc.

## Gwyliau banc 2026

| Gŵyl banc | Dyddiad |
| --- | --- |
| Dydd Calan | Dydd Iau 1 Ionawr |
| Dydd Gwener y Groglith | Dydd Gwener 3 Ebrill |
| Dydd Llun y Pasg | Dydd Llun 6 Ebrill |
| Gŵyl Banc Calan Mai | Dydd Llun 4 Mai |
| Gŵyl Banc y Gwanwyn | Dydd Llun 25 Mai |
| Gŵyl Banc yr Haf | Dydd Llun 31 Awst |
| Dydd Nadolig | Dydd Gwener 25 Rhagfyr |
| Gŵyl San Steffan (diwrnod yn lle) | Dydd Llun 28 Rhagfyr |

Os yw eich rota yn golygu eich bod chi'n gweithio ar ŵyl banc, byddwch chi'n cael diwrnod i ffwrdd yn ei lle ar adeg arall.

## Trefnu gwyliau

1. Siaradwch â'ch rheolwr am gyfnodau prysur a gwiriwch galendr eich tîm.
2. Gwnewch gais am y gwyliau yn y [system hunanwasanaeth](https://hunanwasanaeth.aberlyn.example).
3. Bydd eich rheolwr yn cymeradwyo neu'n gwrthod y cais o fewn 5 diwrnod gwaith.

Os gallwch chi, rhowch rybudd sydd o leiaf ddwywaith mor hir â'r gwyliau: pythefnos o rybudd ar gyfer wythnos o wyliau, er enghraifft. Mae rhai timau, fel gofal cartref a chasglu gwastraff, yn cyfyngu ar faint o bobl all fod i ffwrdd ar yr un pryd, yn enwedig yn ystod gwyliau'r ysgol a thros y Nadolig.

## Cario gwyliau drosodd

Gallwch chi gario hyd at 5 diwrnod (37 awr, pro rata os ydych chi'n gweithio'n rhan-amser) drosodd i'r flwyddyn nesaf os bydd eich rheolwr yn cytuno. Rhaid i chi ddefnyddio'r gwyliau hyn erbyn 31 Mawrth.

:::inset
Os nad oeddech chi'n gallu cymryd eich gwyliau oherwydd salwch, neu oherwydd absenoldeb mamolaeth, mabwysiadu neu absenoldeb teuluol arall, gallwch chi gario mwy drosodd. Siaradwch â'r tîm Adnoddau Dynol cyn diwedd y flwyddyn wyliau.
:::

Allwch chi ddim cael eich talu yn lle cymryd gwyliau, ac eithrio am wyliau sydd heb eu cymryd pan fyddwch chi'n gadael y cyngor.

## Os byddwch chi'n sâl tra byddwch chi ar wyliau

Rhowch wybod am eich salwch yn y ffordd arferol ar y diwrnod cyntaf. Os byddwch chi'n rhoi nodyn ffitrwydd i ni neu'n llenwi ffurflen hunanardystio, byddwn ni'n rhoi'r diwrnodau hynny o wyliau yn ôl i chi.`,
    language: 'cy',
    status: 'published',
    reviewDueInDays: 200,
    updatedDaysAgo: 40,
    related: ['Adrodd am absenoldeb salwch'],
  },
  {
    section: 'pay-and-leave',
    title: 'Adrodd am absenoldeb salwch',
    summary:
      "Pwy i'w ffonio pan fyddwch chi'n rhy sâl i weithio, pryd mae angen nodyn ffitrwydd arnoch chi a beth sy'n digwydd pan fyddwch chi'n dychwelyd.",
    body: `## Ar eich diwrnod cyntaf o absenoldeb

Ffoniwch eich rheolwr cyn gynted ag y gallwch chi, a dim hwyrach nag awr ar ôl i'ch diwrnod gwaith fod i ddechrau. Ffoniwch, yn hytrach nag anfon neges destun, er mwyn i'ch rheolwr allu gwneud yn siŵr eich bod chi'n iawn a threfnu bod rhywun arall yn gwneud eich gwaith.

Os ydych chi'n gweithio ym maes gofal cartref, ffoniwch y tîm cynllunio rota cyn eich galwad gyntaf, fel bod modd trefnu i rywun arall ymweld â'ch cleientiaid.

Dywedwch wrth eich rheolwr:

- yn gyffredinol, beth sy'n bod (does dim rhaid i chi roi manylion meddygol)
- pryd rydych chi'n meddwl y byddwch chi'n ôl
- am unrhyw gyfarfodydd, ymweliadau neu derfynau amser y mae angen i rywun arall ofalu amdanyn nhw

Bydd eich rheolwr yn cofnodi eich absenoldeb yn y system hunanwasanaeth ar yr un diwrnod, ac yn cytuno gyda chi pryd y byddwch chi'n cysylltu nesaf.

## Hunanardystio a nodiadau ffitrwydd

Ar gyfer absenoldeb o hyd at 7 diwrnod calendr (gan gynnwys penwythnosau), byddwch chi'n llenwi ffurflen hunanardystio yn y system hunanwasanaeth pan fyddwch chi'n dychwelyd.

O'r wythfed diwrnod calendr, bydd angen nodyn ffitrwydd arnoch chi. Gall meddygon teulu, meddygon ysbyty, nyrsys, fferyllwyr, therapyddion galwedigaethol a ffisiotherapyddion roi nodyn ffitrwydd. Anfonwch lun neu sgan ohono at eich rheolwr cyn gynted ag y bydd gennych chi.

## Tâl salwch

Mae eich tâl salwch yn dibynnu ar hyd eich gwasanaeth. Mae'n cynnwys unrhyw dâl salwch statudol sy'n ddyledus i chi.

| Hyd eich gwasanaeth | Tâl llawn | Hanner tâl |
| --- | --- | --- |
| Yn ystod eich blwyddyn gyntaf | 1 mis | 2 fis (ar ôl 4 mis o wasanaeth) |
| Yn ystod eich ail flwyddyn | 2 fis | 2 fis |
| Yn ystod eich trydedd flwyddyn | 4 mis | 4 mis |
| Yn ystod eich pedwaredd a'ch pumed flwyddyn | 5 mis | 5 mis |
| Ar ôl 5 mlynedd | 6 mis | 6 mis |

## Pan fyddwch chi'n dychwelyd

Bydd eich rheolwr yn cael sgwrs dychwelyd i'r gwaith gyda chi o fewn 3 diwrnod gwaith. Mae'n gyfle i wneud yn siŵr eich bod chi'n ddigon iach i fod yn y gwaith, ac i gytuno ar unrhyw gymorth, fel dychwelyd yn raddol, newid eich dyletswyddau neu atgyfeiriad at iechyd galwedigaethol.

Os byddwch chi'n absennol 3 gwaith mewn 6 mis, neu am 10 diwrnod gwaith neu fwy mewn 12 mis, bydd eich rheolwr yn trefnu cyfarfod i drafod sut gallwn ni eich helpu. Dydyn ni ddim yn cyfrif salwch sy'n gysylltiedig â beichiogrwydd.

:::inset
Mae'r rhaglen cymorth i weithwyr ar gael am ddim, 24 awr y dydd, ar 0808 157 0200. Mae'n gyfrinachol, a gallwch chi siarad â chynghorydd yn Gymraeg.
:::`,
    language: 'cy',
    status: 'published',
    reviewDueInDays: 150,
    updatedDaysAgo: 62,
  },
  {
    section: 'health-and-safety',
    title: 'Gweithio ar eich pen eich hun',
    summary:
      "Sut i gadw'n ddiogel pan fyddwch chi'n gweithio ar eich pen eich hun: rhoi gwybod ble rydych chi, y cynllun cyfaill a'r ap gweithwyr unigol.",
    body: `Rydych chi'n gweithio ar eich pen eich hun pryd bynnag nad oes cydweithiwr yn agos i'ch helpu chi. Mae llawer ohonon ni'n gwneud hyn: gweithwyr gofal yn ymweld â chartrefi pobl, gweithwyr cymdeithasol, staff priffyrdd ar ffyrdd gwledig, gyrwyr y llyfrgell deithiol a staff sy'n agor neu'n cloi adeiladau.

Dydy gweithio ar eich pen eich hun ddim yn beryglus ynddo'i hun. Ond os aiff rhywbeth o'i le, does neb yno i helpu, felly mae angen i ni gynllunio ar ei gyfer. Bydd eich rheolwr yn asesu'r risgiau ac yn mynd drwy'r asesiad gyda chi.

## Cyn i chi fynd

- Rhowch bob ymweliad yn eich calendr Outlook, gyda'r cyfeiriad a'r amser rydych chi'n disgwyl gorffen.
- Edrychwch ar y gofrestr rhybuddion cyn ymweld â chyfeiriad. Os oes rhybudd, siaradwch â'ch rheolwr cyn mynd.
- Gwnewch yn siŵr bod eich ffôn wedi'i wefru'n llawn.

## Rhoi gwybod ble rydych chi

Mae gan bob gweithiwr unigol gyfaill: cydweithiwr sy'n gwybod ble rydych chi a phryd rydych chi'n disgwyl gorffen. Os oes gennych chi'r ap gweithwyr unigol, mae canolfan fonitro yn gwneud y gwaith hwn 24 awr y dydd.

1. Pan fyddwch chi'n cyrraedd, dechreuwch sesiwn ar yr ap, neu anfonwch neges at eich cyfaill.
2. Os bydd yr ymweliad yn para'n hirach, estynnwch y sesiwn neu rhowch wybod i'ch cyfaill cyn i'r amser ddod i ben.
3. Pan fyddwch chi'n gadael, gorffennwch y sesiwn neu rhowch wybod i'ch cyfaill eich bod chi'n ddiogel.

Ar ddiwedd y dydd, peidiwch ag anghofio rhoi gwybod i'ch cyfaill eich bod chi wedi gorffen.

## Os na fyddwch chi'n rhoi gwybod mewn pryd

| Faint o amser ar ôl yr amser gorffen | Pwy | Beth maen nhw'n ei wneud |
| --- | --- | --- |
| Ar unwaith | Eich cyfaill neu'r ganolfan fonitro | Eich ffonio chi ac anfon neges destun |
| 15 munud | Eich cyfaill neu'r ganolfan fonitro | Eich ffonio chi eto a rhoi gwybod i'ch rheolwr |
| 30 munud | Eich rheolwr | Edrych ar eich calendr a system olrhain y cerbydau, a ffonio'ch rhifau eraill |
| 60 munud | Eich rheolwr neu'r rheolwr ar ddyletswydd | Ffonio'r heddlu ar 999 |

Os oes unrhyw arwydd eich bod chi mewn perygl, byddan nhw'n ffonio 999 ar unwaith, heb aros.

Os gwnaethoch chi anghofio, rhowch wybod cyn gynted ag y byddwch chi'n sylweddoli. Fyddwch chi ddim mewn trafferth.

## Ar garreg y drws

Ymddiriedwch yn eich greddf. Os ydych chi'n teimlo'n anesmwyth, peidiwch â mynd i mewn, neu gwnewch esgus a gadael. Fydd neb byth yn eich beirniadu chi am adael ymweliad am eich bod chi'n teimlo'n anniogel.

Mae gan bob tîm ymadrodd cod sy'n golygu "rydw i mewn perygl, anfonwch help". Mae'n swnio'n gyffredin, fel y gallwch chi ei ddweud ar y ffôn heb i neb sylweddoli. Bydd eich rheolwr yn dweud wrthych chi beth yw ymadrodd eich tîm.

:::warning
Os ydych chi mewn perygl, ewch oddi yno a ffoniwch 999. Mae eich diogelwch chi'n bwysicach na gorffen y gwaith.
:::`,
    language: 'cy',
    status: 'published',
    reviewDueInDays: 18,
    updatedDaysAgo: 340,
    related: ['Reporting an accident or near miss'],
  },
  {
    section: 'welsh-language',
    title: "Safonau'r Gymraeg: canllaw i staff",
    summary: "Beth mae Safonau'r Gymraeg yn ei olygu yn eich gwaith bob dydd: ateb y ffôn, e-byst, llythyrau, cyfarfodydd ac arwyddion.",
    body: `Mae'r Gymraeg a'r Saesneg yn gyfartal yng Nghyngor Sir Aberlyn. Mae Safonau'r Gymraeg, a osodwyd o dan Fesur y Gymraeg (Cymru) 2011, yn dweud sut mae'n rhaid i ni ddefnyddio'r Gymraeg wrth ddelio â'r cyhoedd ac yn ein gwaith. Daeth y safonau yn lle'r hen gynllun iaith Gymraeg, a Chomisiynydd y Gymraeg sy'n eu rheoleiddio.

Mae'r dudalen hon yn esbonio'r pethau sy'n effeithio ar y rhan fwyaf o staff.

## Ateb y ffôn

Atebwch bob galwad gyda chyfarchiad dwyieithog, gan ddechrau yn Gymraeg. Er enghraifft: "Bore da, Cyngor Sir Aberlyn, good morning."

Os yw'r galwr eisiau siarad Cymraeg ac nad ydych chi'n siarad Cymraeg, trosglwyddwch yr alwad i gydweithiwr sy'n siarad Cymraeg. Os nad oes neb ar gael, cynigiwch fod rhywun yn ffonio'r galwr yn ôl yn Gymraeg.

## E-byst a llythyrau

- Rhaid i'ch llofnod e-bost a'ch neges allan o'r swyddfa fod yn ddwyieithog.
- Os bydd rhywun yn ysgrifennu atoch chi yn Gymraeg, rhaid i chi ateb yn Gymraeg, a hynny o fewn yr un amser ag y byddech chi'n ateb yn Saesneg.
- Rhaid i lythyrau a dogfennau i'r cyhoedd fod yn ddwyieithog, gyda'r Gymraeg yn gyntaf neu ar y chwith.

## Cyfarfodydd

Os bydd aelod o'r cyhoedd yn dod i gyfarfod â ni, rhaid gofyn a ydyn nhw eisiau defnyddio'r Gymraeg. Os ydyn nhw eisiau, trefnwch gyfieithydd neu aelod o staff sy'n siarad Cymraeg.

## Arwyddion a hysbysiadau

Rhaid i bob arwydd a hysbysiad newydd fod yn ddwyieithog, gyda'r Gymraeg yn y man lle mae'n debygol o gael ei darllen gyntaf. Gofynnwch i Uned y Gymraeg wirio'r testun cyn i chi ei argraffu.

## Cyfieithu

Mae Uned y Gymraeg yn cyfieithu dogfennau, tudalennau gwe a phosteri i bob tîm. Anfonwch eich gwaith at cyfieithu@aberlyn.example.

| Hyd y testun | Faint o amser |
| --- | --- |
| Hyd at 500 gair | 2 ddiwrnod gwaith |
| 500 i 2,000 o eiriau | 5 diwrnod gwaith |
| Dros 2,000 o eiriau | Trafodwch gyda'r uned cyn anfon y gwaith |

Cofiwch gynnwys amser cyfieithu yn eich cynlluniau. Os byddwch chi'n anfon testun Saesneg ar y funud olaf, efallai y bydd rhaid oedi cyn ei gyhoeddi.

:::inset
Ydych chi'n siarad Cymraeg, neu'n ei dysgu? Gwisgwch fathodyn neu laniard Iaith Gwaith, fel bod pobl yn gwybod y gallan nhw siarad Cymraeg â chi. Gofynnwch i Uned y Gymraeg am un.
:::

Mae rhagor o wybodaeth am y safonau ar [wefan Comisiynydd y Gymraeg](https://www.comisiynyddygymraeg.cymru/).`,
    language: 'cy',
    status: 'published',
    reviewDueInDays: 240,
    updatedDaysAgo: 35,
    related: ['Learning Welsh at work'],
  },
  {
    section: 'it-help',
    title: 'Ailosod eich cyfrinair',
    summary:
      "Sut i ailosod cyfrinair rydych chi wedi'i anghofio, sut i ddewis cyfrinair cryf a beth i'w wneud os yw eich cyfrif wedi'i gloi.",
    body: `Gallwch chi ailosod eich cyfrinair eich hun, ar unrhyw adeg, o unrhyw ddyfais. Does dim angen i chi ffonio'r tîm Cymorth TGCh.

## Yn gyntaf: cofrestrwch

Cyn y gallwch chi ailosod eich cyfrinair, mae angen i chi gofrestru rhif ffôn ac ap Microsoft Authenticator. Mae'r rhan fwyaf o bobl yn gwneud hyn yn ystod eu hwythnos gyntaf. Gwiriwch eich manylion yn [aka.ms/mfasetup](https://aka.ms/mfasetup).

## Sut i ailosod eich cyfrinair

1. Ewch i [aka.ms/sspr](https://aka.ms/sspr) ar unrhyw gyfrifiadur neu ffôn.
2. Rhowch gyfeiriad e-bost eich gwaith a'r nodau sy'n cael eu dangos.
3. Cadarnhewch pwy ydych chi gydag ap Authenticator, neu gyda chod sy'n cael ei anfon i'ch ffôn.
4. Dewiswch gyfrinair newydd.

Mae'r cyfrinair newydd yn gweithio ar unwaith ar liniaduron sydd wedi'u cysylltu â'r rhyngrwyd.

## Dewis cyfrinair da

Rhaid i'ch cyfrinair fod yn 14 nod o leiaf. Y ffordd hawsaf o greu cyfrinair cryf y gallwch chi ei gofio yw defnyddio tri gair ar hap, fel "tebotcadairmynydd" (ond peidiwch â defnyddio'r enghraifft hon). Gall y geiriau fod yn Gymraeg, yn Saesneg neu'n gymysgedd o'r ddwy iaith.

Peidiwch â defnyddio:

- cyfrinair rydych chi'n ei ddefnyddio, neu wedi'i ddefnyddio, yn rhywle arall
- eich enw, enwau eich plant neu'ch anifeiliaid anwes, na'ch tîm pêl-droed
- y gair "Aberlyn" neu enw'r mis

Does dim rhaid i chi newid eich cyfrinair yn rheolaidd. Newidiwch ef dim ond os ydych chi'n meddwl bod rhywun arall yn ei wybod.

:::warning
Peidiwch byth â rhannu eich cyfrinair â neb, gan gynnwys eich rheolwr. Fydd y tîm Cymorth TGCh byth yn gofyn amdano. Os bydd rhywun yn gofyn, rhowch wybod i ni ar unwaith.
:::

## Os yw eich cyfrif wedi'i gloi

Os byddwch chi'n rhoi'r cyfrinair anghywir 10 gwaith, bydd eich cyfrif yn cael ei gloi am 15 munud. Arhoswch a rhowch gynnig arall arni, neu ailosodwch eich cyfrinair.

Os na allwch chi ailosod eich cyfrinair eich hun, er enghraifft am fod gennych chi ffôn newydd, ffoniwch y tîm Cymorth TGCh ar 029 2018 0100, rhwng 8yb a 6yh o ddydd Llun i ddydd Gwener. Byddwn ni'n gwirio pwy ydych chi gyda'ch rheolwr, ac yna'n rhoi cyfrinair dros dro i chi.

:::inset
Os ydych chi'n rhannu llechen gyda chydweithwyr, er enghraifft yn y ganolfan ailgylchu, allgofnodwch bob tro ar ddiwedd eich shifft.
:::`,
    language: 'cy',
    status: 'published',
    reviewDueInDays: -9,
    updatedDaysAgo: 372,
    related: ['Setting up multi-factor authentication'],
  },
  {
    section: 'welsh-language',
    title: 'Learning Welsh at work',
    summary: 'Free Welsh courses for staff at every level, time off to learn, and how to record your Welsh language skills.',
    body: `Whether you are starting from scratch or want to get your confidence back, the council will support you to learn or improve your Welsh. Courses are free, and most take place in work time.

## Record your Welsh skills

The Welsh Language Standards require us to keep a record of our staff's Welsh language skills. Please update yours in [self-service](https://hunanwasanaeth.aberlyn.example), and again whenever your Welsh improves. It takes 2 minutes.

| Level | What it means |
| --- | --- |
| 0 | No Welsh |
| 1 | You can greet people and use a few words and phrases |
| 2 | You can have a basic conversation about everyday topics |
| 3 | You can take part in most conversations at work and deal with simple enquiries |
| 4 | You can deal with most work in Welsh, with some help for formal writing |
| 5 | You are fluent and can work in Welsh with confidence, including formal writing |

Your answers help us plan services so that residents can be served in Welsh, and help us offer you the right course.

## Courses

Our courses are run with the National Centre for Learning Welsh through the Work Welsh programme, funded by the Welsh Government. They cover every level, from Entry to Proficiency.

- Weekly online classes of 2 to 3 hours, in term time.
- Intensive courses, including week-long residential courses.
- Short, self-study courses online, which you can do at your own pace.
- Courses for confident speakers who want to improve their written Welsh.

See what is available on the [Learn Welsh website](https://learnwelsh.cymru/).

## Time to learn

You can learn in work time for up to 3 hours a week, if your manager agrees. Managers should say yes wherever the service allows: learning Welsh helps the whole team. If your course is outside your working hours, you may be able to take the time back.

## Practising

Learning is only half of it. The best way to improve is to use your Welsh at work:

- Say "Bore da" and "Diolch" to colleagues and residents.
- Join the fortnightly coffee and chat group in the County Hall canteen, or online.
- Ask a Welsh-speaking colleague to be your mentor.
- Wear an Iaith Gwaith badge or lanyard with "Dw i'n dysgu" (I'm learning), so that Welsh speakers know they can help you.

:::inset
Welsh-speaking staff: be patient with learners and speak Welsh with them, even if they answer in English. It makes a huge difference to their confidence.
:::

For anything else about learning Welsh, contact the Welsh Language Unit at cymraeg@aberlyn.example or on 029 2018 0400.`,
    language: 'en',
    status: 'draft',
    reviewDueInDays: 365,
    updatedDaysAgo: 5,
  },
  {
    section: 'safeguarding',
    title: 'Making a safeguarding referral',
    summary: 'What to do if you are worried that a child or an adult is at risk of abuse or neglect, and how to report it.',
    body: `Everyone who works for the council has a duty to act if they think a child or an adult is at risk. Under the Social Services and Well-being (Wales) Act 2014, the council must make enquiries when a report is made. You do not need to be certain. If you are worried, report it.

:::warning
If a child or adult is in immediate danger, call 999 now.
:::

## Who is at risk

A child is anyone under 18. An adult at risk is someone who is experiencing, or at risk of, abuse or neglect, has care and support needs, and cannot protect themselves because of those needs.

Abuse can be physical, sexual, emotional or financial, or neglect. It includes domestic abuse, exploitation and modern slavery.

## If someone tells you something

- Stay calm and listen. Let them tell you in their own words.
- Do not ask leading questions or try to investigate.
- Do not promise to keep it secret. Explain that you will need to tell someone who can help.
- Write down what they said, in their words, with the date and time.

## How to report it

Report your concern the same day. You can report in Welsh or English.

| Concern about | Who to contact | Phone |
| --- | --- | --- |
| A child or young person under 18 | Children's Services information, advice and assistance team | 029 2018 0300 |
| An adult at risk | Adult Services information, advice and assistance team | 029 2018 0310 |
| Anyone, evenings, weekends and bank holidays | Emergency Duty Team | 029 2018 0320 |

Office hours are 8:30am to 5pm, Monday to Thursday, and 8:30am to 4:30pm on Friday.

Then tell your manager, and complete the safeguarding report form in self-service within 24 hours, so that there is a written record of your concern.

## What happens next

A social worker will look at the information and decide what needs to happen. They may contact you for more details. You may not be told the outcome, because of confidentiality, but you can ask whether your report was received.

## Your service's safeguarding lead

Every service has a designated safeguarding person who can advise you. Find yours in the staff directory, or ask your manager.

The Wales Safeguarding Procedures explain in more detail what to do. Read them on the [Wales Safeguarding Procedures website](https://www.safeguarding.wales/).

:::inset
Sharing information to protect someone from harm is allowed under data protection law. Do not let worries about confidentiality stop you from reporting a concern.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 130,
    updatedDaysAgo: 48,
  },
  {
    section: 'pay-and-leave',
    title: 'Claiming mileage and expenses',
    summary: 'Mileage rates, travel between care calls, what you can claim and the deadline for getting your claim in.',
    body: `You can claim the costs of travelling and working away from your normal workplace when it is part of your job. Claim in [self-service](https://hunanwasanaeth.aberlyn.example). Your manager approves the claim and it is paid with your salary.

## Mileage rates

If you use your own vehicle for council business, we pay the HMRC approved mileage rates. They are tax-free.

| Vehicle | First 10,000 business miles in the tax year | Each mile after 10,000 |
| --- | --- | --- |
| Car or van | 45p a mile | 25p a mile |
| Motorcycle | 24p a mile | 24p a mile |
| Bicycle | 20p a mile | 20p a mile |

You can also claim 5p a mile for each colleague you carry on the same business journey.

## Which miles you can claim

You can claim business miles only. Travel between your home and your normal workplace is commuting, and you cannot claim it.

If you work in home care or another role with no fixed base, you can claim for travel between calls or visits. Your first journey of the day, to your first call, and your last journey home are treated as commuting, unless your manager has agreed otherwise because of the distance.

Record the start and end postcodes and the reason for each journey. Self-service works out the distance.

:::warning
Your car insurance must cover business use. Most policies do not include it unless you ask. If you are not insured for business use, you must not use your car for council work.
:::

## Other expenses

- Parking and tolls: keep the receipt, or the confirmation from the parking app.
- Public transport: standard class only.
- Meals: if you are away from your normal workplace for more than 5 hours for work, you can claim up to £5; more than 10 hours, up to £10. You must have a receipt.

## Receipts and deadlines

Take a clear photo of each receipt and attach it to your claim. For mileage, attach a VAT receipt for fuel dated on or before the journey.

Claim within 3 months of the journey or expense. Claims approved by the 5th of the month are paid on that month's pay day.

:::inset
Care workers: the new care phones record your travel between calls, and self-service can fill in your mileage claim from them. Check the journeys before you submit.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 220,
    updatedDaysAgo: 70,
  },
  {
    section: 'health-and-safety',
    title: 'Reporting an accident or near miss',
    summary: 'What to do straight after an accident, how to report it within 24 hours, and why near misses and abuse must be reported too.',
    body: `Report every accident, injury, near miss and act of violence or aggression at work, however small. Reports help us find out what went wrong and stop it happening again. Reporting is never about blame.

## Straight after an accident

1. Make sure the person who is hurt gets first aid. Call a first aider, or 999 if the injury is serious.
2. Make the area safe if you can do so without putting yourself at risk.
3. Tell your manager or supervisor as soon as possible.

:::warning
If someone is seriously hurt, call 999 first. Do not move them unless they are in danger where they are.
:::

## How to report it

Fill in the accident and incident form in self-service within 24 hours. If you cannot get online, tell your manager or supervisor, who will fill it in with you. You can complete the form in Welsh or English.

If you work in home care or social work and the incident involves someone you support, record it on their care record as well, and tell your manager the same day.

## What to report

| What happened | Examples |
| --- | --- |
| Accident causing injury | A fall on an icy path at a client's home, a cut from a broken bottle in a recycling box |
| Near miss | A car nearly hitting a highways operative at roadworks, a heavy shelf coming loose in the library |
| Violence or aggression | A member of the public shouting threats at the Contact Centre counter, a dog bite on a home visit |
| Work-related ill health | Back pain from moving a client, skin problems from cleaning products |

## What happens next

Your manager will look into what happened and agree actions to stop it happening again, such as updating a risk assessment or getting new equipment. For more serious incidents, the health and safety team will investigate.

Some injuries and incidents must be reported to the Health and Safety Executive, for example injuries that keep someone off work for more than 7 days. The health and safety team makes these reports, so it is important that your form is complete and on time.

:::inset
For every serious accident there are usually many near misses first. A near miss is a free warning: report it, and we can fix the problem before someone gets hurt.
:::

Contact the health and safety team on 029 2018 0230 or at iechydadiogelwch@aberlyn.example.`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 175,
    updatedDaysAgo: 90,
    related: ['Gweithio ar eich pen eich hun'],
  },
  {
    section: 'it-help',
    title: 'Setting up multi-factor authentication',
    summary: 'How to set up the Microsoft Authenticator app on your phone, and what to do if you get a new phone or lose yours.',
    body: `Multi-factor authentication (MFA) means that signing in needs something you know, your password, and something you have, your phone. Even if a criminal gets your password, they cannot get into your account without your phone. Everyone with a council account must use it, including councillors.

## Setting it up

You will need your laptop and a smartphone: either your council phone or your own.

1. Install Microsoft Authenticator from the App Store or Google Play. On a council phone, install it from Company Portal.
2. On your laptop, go to [aka.ms/mfasetup](https://aka.ms/mfasetup) and sign in.
3. Choose Add sign-in method, then Authenticator app, and follow the steps to scan the QR code with your phone.
4. Add your mobile number as a back-up.

It takes about 5 minutes. If you get stuck, phone ICT Support on 029 2018 0100.

## Signing in

When you sign in, a number is shown on your screen. Open Authenticator on your phone and type in that number.

:::warning
If your phone asks you to approve a sign-in that you did not start, choose No, it's not me. Then phone ICT Support straight away. It means someone else has your password.
:::

## If you do not want to use your own phone

If you do not have a council phone and do not want to put the app on your own, ask ICT Support for a security key. It is a small device that plugs into your laptop, and it is free.

## Getting a new phone

Before you reset or hand in your old phone, add the new one at [aka.ms/mfasetup](https://aka.ms/mfasetup) while the old one still works. If you have already lost or reset your old phone, phone ICT Support. We will check who you are with your manager and reset your MFA.

## Poor mobile signal

Many of our staff work in areas with poor signal. The Authenticator app works without signal: if you are asked for a code rather than a number, open the app and type in the 6-digit code shown under your account.

:::inset
If you lose a phone with Authenticator on it, tell ICT Support the same day, even if it is your own phone, so that we can remove it from your account.
:::`,
    language: 'en',
    status: 'published',
    reviewDueInDays: 160,
    updatedDaysAgo: 25,
  },
];

const aberlynNews: DemoNews[] = [
  {
    title: "Diwrnod Shwmae Su'mae: dechreuwch bob sgwrs yn Gymraeg",
    summary:
      "Ar 15 Hydref, rhowch gynnig ar ddechrau pob sgwrs gyda 'Shwmae' neu 'Su'mae', p'un a ydych chi'n rhugl neu newydd ddechrau dysgu.",
    body: `Mae Diwrnod Shwmae Su'mae yn cael ei gynnal bob blwyddyn ar 15 Hydref. Y nod yw annog pawb i ddechrau pob sgwrs yn Gymraeg, a dangos bod y Gymraeg yn perthyn i bawb, beth bynnag fo lefel eu Cymraeg.

Eleni, rydyn ni'n gofyn i bawb sy'n gweithio i'r cyngor ymuno. Does dim rhaid i chi fod yn rhugl: mae "Shwmae" neu "Su'mae" yn ddigon i ddechrau.

## Beth sy'n digwydd

- Sesiynau blasu Cymraeg 20 munud ar-lein am 12:30yp, i bobl sydd heb ddysgu Cymraeg o'r blaen.
- Bore coffi yn ffreutur Neuadd y Sir o 10yb, gyda byrddau sgwrsio i ddysgwyr a siaradwyr rhugl.
- Cwis Cymraeg i dimau yn y llyfrgelloedd, y depos a'r canolfannau ailgylchu.
- Bathodynnau a laniardau Iaith Gwaith am ddim gan Uned y Gymraeg.

## Awgrymiadau i ddysgwyr

- Dechreuwch gyda "Shwmae" neu "Bore da", a gorffennwch gyda "Diolch" neu "Hwyl".
- Os nad ydych chi'n deall, gofynnwch: "Allwch chi siarad yn arafach, os gwelwch yn dda?"
- Peidiwch â phoeni am wneud camgymeriadau. Mae siaradwyr Cymraeg yn hapus iawn i helpu dysgwyr.

## Siaradwyr rhugl

Os ydych chi'n siarad Cymraeg, siaradwch hi! Defnyddiwch eich Cymraeg gyda chydweithwyr, yn enwedig y rhai sy'n dysgu. Gall ychydig o amynedd a sgwrs araf wneud byd o wahaniaeth i hyder dysgwr.

## Dal ati ar ôl y diwrnod

Os yw'r diwrnod yn codi awydd arnoch chi i ddysgu, mae cyrsiau Cymraeg Gwaith ar gael am ddim i holl staff y cyngor, a hynny yn ystod oriau gwaith. Siaradwch â'ch rheolwr, neu anfonwch e-bost at cymraeg@aberlyn.example.

Rhannwch eich lluniau o'r diwrnod gyda'r tîm cyfathrebu, a dywedwch wrthon ni yn y sylwadau sut aeth hi.`,
    language: 'cy',
    categories: ['Welsh language', 'Events'],
    pinned: false,
    featured: true,
    commentsEnabled: true,
    publishedDaysAgo: 5,
    audience: [{ everyone: true }],
    imageAlt: 'Staff yn sgwrsio dros baned wrth fwrdd gydag arwydd "Shwmae" yn ffreutur Neuadd y Sir',
  },
  {
    title: "Gweithwyr gofal cartref: ffonau newydd a'r ap gweithwyr unigol",
    summary: "Bydd pob gweithiwr gofal cartref yn cael ffôn newydd dros y mis nesaf, gyda'r system rota a'r ap gweithwyr unigol arno.",
    body: `Dros y mis nesaf, bydd pob aelod o'r tîm Gofal Cartref yn cael ffôn clyfar newydd. Bydd y ffonau newydd yn disodli'r hen ffonau, sy'n araf ac sydd â batris gwan.

## Beth sydd ar y ffôn

- Y system rota, er mwyn i chi weld eich galwadau a'r newidiadau diweddaraf.
- Cofnodion gofal, er mwyn i chi gofnodi pob galwad yn y cartref, yn lle ar bapur.
- Yr ap gweithwyr unigol, sy'n cysylltu â chanolfan fonitro 24 awr y dydd.
- Microsoft Teams, i gadw mewn cysylltiad â'ch tîm.

## Casglu eich ffôn

Bydd eich uwch weithiwr gofal yn trefnu amser i chi gasglu eich ffôn o swyddfa'r tîm, ac yn dangos i chi sut i'w ddefnyddio. Mae'r sesiwn yn cymryd tua 45 munud, ac rydyn ni'n ei thalu fel amser gwaith.

Dewch â'ch hen ffôn gyda chi, a gwnewch yn siŵr eich bod chi'n gwybod eich cyfrinair.

## Yr ap gweithwyr unigol

Mae llawer ohonoch chi'n ymweld â phobl ar eich pen eich hun, yn gynnar yn y bore ac yn hwyr gyda'r nos. Mae'r ap yn golygu bod rhywun bob amser yn gwybod eich bod chi'n ddiogel.

Dechreuwch sesiwn bob tro y byddwch chi'n cyrraedd cartref rhywun, a'i gorffen pan fyddwch chi'n gadael. Os ydych chi mewn perygl, gallwch chi wasgu'r botwm coch, a bydd y ganolfan fonitro yn gwrando ac yn galw am help.

## Milltiroedd

Mae'r ffonau newydd yn cofnodi eich teithiau rhwng galwadau, felly bydd y system hunanwasanaeth yn gallu llenwi eich hawliad milltiroedd i chi. Bydd angen i chi wirio'r teithiau cyn anfon yr hawliad.

Mae'r ap a'r holl systemau ar gael yn Gymraeg ac yn Saesneg.

Os oes gennych chi gwestiynau, siaradwch â'ch rheolwr neu ffoniwch y tîm Cymorth TGCh ar 029 2018 0100.`,
    language: 'cy',
    categories: ['Health and safety', 'IT'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 12,
    audience: [{ unit: 'Home Care' }],
    imageAlt: 'Gweithiwr gofal cartref yn dangos yr ap gweithwyr unigol ar ffôn newydd i gydweithiwr',
  },
  {
    title: 'Highways crews ready for the gritting season',
    summary:
      'Our gritters are serviced, the salt barns are full and the winter rota starts this week. Here is how the service will work this winter.',
    body: `The winter maintenance season starts this week. Our 7 gritters have been serviced and calibrated, and the salt barns at the Aberlyn and Llanddewi depots hold 6,000 tonnes of salt.

## How the service works

We grit around 40% of the county's roads on our priority routes. These include A and B roads, bus routes, roads to hospitals and schools, and the steepest hills in Pen-y-bryn and Cwmlyn. On snow days, we extend gritting to secondary routes once the priority routes are clear.

The decision to grit is made each afternoon by the duty officer, using forecasts for our 4 road weather stations. Crews on standby are called out by text, usually for a 4am start so that roads are treated before the morning rush.

## Looking after yourselves

Winter nights are long and the work is hard. Please:

- take your full rest breaks, and tell the duty officer if you are too tired to drive safely
- keep to the duty rota, which has been planned so that everyone gets at least 11 hours' rest between shifts
- wear your hi-vis and winter boots, and take care when loading salt in the dark
- report every near miss, including other drivers overtaking too close

## Residents' questions

Residents often ask Highway Maintenance crews about their own street. Please pass questions politely to the Contact Centre on 029 2018 0000, or point people to the gritting map on the council website.

Thank you to everyone on the winter rota. Your early mornings keep the county moving: people get to work, children get to school and carers get to the people who need them.`,
    language: 'en',
    categories: ['Health and safety', 'Council news'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 16,
    audience: [{ unit: 'Highways' }],
    imageAlt: 'Highway Maintenance operatives in hi-vis loading salt into a gritter at the Llanddewi depot at dusk',
  },
  {
    title: 'Can you help us find 20 new foster families?',
    summary:
      'Aberlyn needs more local foster carers, especially for teenagers and brothers and sisters. Here is how you can help, even if you cannot foster.',
    body: `There are more than 140 children in the care of Aberlyn County Council. Too many of them live with foster carers outside the county, away from their schools, friends and families, because we do not have enough local carers. This year, our Fostering team wants to find 20 new foster families in Aberlyn.

## Who can foster

Foster carers come from all walks of life. You can foster if you are single, married or in a relationship, whatever your sexuality, if you rent or own your home, and whether or not you work. What matters is that you can offer a child a safe, caring home and a spare bedroom.

We especially need carers for:

- teenagers
- brothers and sisters who want to stay together
- children who speak Welsh at home or at school
- short breaks, such as one weekend a month

## Fostering and working for the council

We are a fostering-friendly employer. If you work for the council and decide to foster with us, you can take up to 5 days' paid leave a year for assessment, training and meetings, and we will look at flexible working to help you care for a child.

## How you can help

Even if fostering is not for you, you can help by:

- sharing the council's fostering posts on social media
- putting up a poster in your library, leisure centre or community building
- telling friends and family who might be interested

## Find out more

Come to an information evening at County Hall, or book a no-obligation chat with the Fostering team on 029 2018 0350 or at maethu@aberlyn.example. Conversations are available in Welsh and English.

Find out more about fostering on the [Foster Wales website](https://fosterwales.gov.wales/).`,
    language: 'en',
    categories: ['Council news'],
    pinned: false,
    featured: false,
    commentsEnabled: true,
    publishedDaysAgo: 29,
    audience: [{ everyone: true }],
    imageAlt: 'Foster carer and a teenager laughing together while cooking in a family kitchen',
  },
];

const aberlynDocuments: DemoDocument[] = [];

export const aberlynContent: DemoContent = {
  sections: aberlynSections,
  pages: aberlynPages,
  news: aberlynNews,
  documents: aberlynDocuments,
};
