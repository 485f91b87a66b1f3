import { AreaRole } from '../people/area-role.enum';
import { OrganisationSide } from '../organisations/organisation-side.enum';

/**
 * What the demo city is made of: organisations, working groups, the people who log in, names
 * to draw the other participants from, and meeting places. Everything here is fictional; the
 * public bodies are named as such bodies are named in any Czech statutory city.
 */

export type GroupKey = 'seniori' | 'ozp' | 'rodina' | 'vylouceni' | 'cizinci';
export const GROUP_KEYS: readonly GroupKey[] = ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'];

export interface DemoOrganisation {
  key: string;
  name: string;
  side: OrganisationSide;
  /** Working groups whose topics the organisation works on. */
  focus: readonly GroupKey[];
  /** How many of the demo people work there, relatively. */
  weight: number;
  website: string | null;
}

const ALL = GROUP_KEYS;
const C = OrganisationSide.COMMISSIONER;
const P = OrganisationSide.PROVIDER;
const U = OrganisationSide.USER;

const org = (key: string, name: string, side: OrganisationSide, focus: readonly GroupKey[], weight: number, website: string | null = null): DemoOrganisation => ({
  key,
  name,
  side,
  focus,
  weight,
  website,
});

export const DEMO_ORGANISATIONS: readonly DemoOrganisation[] = [
  // Commissioners (zadavatelé)
  org('mmp-oss', 'Magistrát města Plzně – Odbor sociálních služeb', C, ALL, 5, 'https://socialni-sluzby.plzen.example'),
  org('mmp-rada', 'Magistrát města Plzně – Odbor kanceláře rady a zastupitelstva', C, [], 1, 'https://www.plzen.example'),
  org('umo1', 'Úřad městského obvodu Plzeň 1', C, ALL, 2, 'https://umo1.plzen.example'),
  org('umo2', 'Úřad městského obvodu Plzeň 2 – Slovany', C, ALL, 2, 'https://umo2.plzen.example'),
  org('umo3', 'Úřad městského obvodu Plzeň 3', C, ALL, 2, 'https://umo3.plzen.example'),
  org('umo4', 'Úřad městského obvodu Plzeň 4', C, ALL, 2, 'https://umo4.plzen.example'),
  org('kupk', 'Krajský úřad Plzeňského kraje – Odbor sociálních věcí', C, ALL, 2, 'https://www.plzensky-kraj.example'),
  org('up', 'Úřad práce ČR – kontaktní pracoviště Plzeň-město', C, ['ozp', 'rodina', 'vylouceni', 'cizinci'], 1.5),
  org('mp', 'Městská policie Plzeň – oddělení prevence kriminality', C, ['seniori', 'vylouceni'], 1),
  // Providers (poskytovatelé)
  org('diakonie', 'Diakonie Radbuza – středisko Plzeň', P, ['seniori', 'ozp', 'rodina'], 3, 'https://diakonie-radbuza.example.cz'),
  org('charita', 'Farní charita Plzeň-Lochotín', P, ['seniori', 'vylouceni', 'cizinci'], 2.5, 'https://charita-lochotin.example.cz'),
  org('ds-vyhlidka', 'Domov pro seniory Na Vyhlídce, příspěvková organizace', P, ['seniori'], 2.5, 'https://dsnavyhlidce.example.cz'),
  org('ds-haj', 'Domov pro seniory Zelený Háj, příspěvková organizace', P, ['seniori'], 2),
  org('dzr-slunecnice', 'Domov se zvláštním režimem Slunečnice, o. p. s.', P, ['seniori', 'ozp'], 1.5, 'https://slunecnice-dzr.example.cz'),
  org('ps-sever', 'Pečovatelská služba Plzeň-sever, příspěvková organizace', P, ['seniori', 'ozp'], 2),
  org('pece-doubravka', 'Domácí péče Doubravka, z. ú.', P, ['seniori'], 1.5),
  org('asistence', 'Asistence bez bariér, z. ú.', P, ['ozp', 'seniori'], 2, 'https://asistencebezbarier.example.cz'),
  org('hospic', 'Domácí hospic Světlo, z. ú.', P, ['seniori'], 1.5, 'https://hospicsvetlo.example.cz'),
  org('stacionar', 'Denní stacionář Klíček, o. p. s.', P, ['ozp', 'rodina'], 1.5),
  org('domecek', 'Chráněné bydlení Domeček, z. s.', P, ['ozp'], 1.5),
  org('dilny', 'Sociálně terapeutické dílny Ruka v ruce, z. s.', P, ['ozp'], 1),
  org('gesto', 'Tlumočnické centrum Gesto, o. p. s.', P, ['ozp'], 1, 'https://gesto-tlumoceni.example.cz'),
  org('cdz', 'Centrum duševního zdraví Plzeň-jih, z. ú.', P, ['ozp', 'vylouceni'], 1.5),
  org('paprsek', 'Raná péče Paprsek, z. ú.', P, ['rodina', 'ozp'], 1.5, 'https://ranapece-paprsek.example.cz'),
  org('kompas', 'Centrum pro rodinu Kompas, z. s.', P, ['rodina'], 2, 'https://kompas-rodina.example.cz'),
  org('archa', 'Nízkoprahový klub Archa, z. s.', P, ['rodina', 'vylouceni'], 1.5),
  org('azyl', 'Azylový dům sv. Martina, z. s.', P, ['vylouceni', 'rodina'], 2),
  org('pristav', 'Noclehárna a denní centrum Přístav, z. s.', P, ['vylouceni'], 1.5),
  org('cestou-ven', 'Cestou ven – terénní programy, z. s.', P, ['vylouceni', 'cizinci'], 2, 'https://cestouven.example.cz'),
  org('rovnovaha', 'Dluhová poradna Rovnováha, z. s.', P, ['vylouceni', 'rodina'], 1),
  org('nouze', 'Lidé v nouzi, o. p. s. – pobočka Plzeň', P, ['vylouceni', 'rodina', 'cizinci'], 2.5, 'https://lidevnouzi.example.cz'),
  org('most', 'Poradna pro cizince Most, z. ú.', P, ['cizinci'], 2, 'https://poradna-most.example.cz'),
  org('khetanes', 'Khetanes – romské komunitní centrum, z. s.', P, ['cizinci', 'vylouceni', 'rodina'], 1.5),
  // Users and their associations (uživatelé)
  org('stp', 'Spolek tělesně postižených Plzeň, z. s.', U, ['ozp', 'seniori'], 1.5),
  org('nevidomi', 'Spolek nevidomých a slabozrakých Plzeň, z. s.', U, ['ozp'], 1),
  org('klub-slovany', 'Klub seniorů Plzeň-Slovany, z. s.', U, ['seniori'], 1.5),
  org('klub-lochotin', 'Klub aktivních seniorů Lochotín, z. s.', U, ['seniori'], 1),
  org('pampeliska', 'Rodičovské centrum Pampeliška, z. s.', U, ['rodina'], 1.5, 'https://rc-pampeliska.example.cz'),
  org('duha', 'Spolek rodičů dětí s autismem Duha, z. s.', U, ['ozp', 'rodina'], 1),
  org('pecujici', 'Sdružení pečujících Plzeňska, z. s.', U, ['seniori', 'ozp'], 1),
  org('cizinci-spolek', 'Sdružení cizinců Plzeňska, z. s.', U, ['cizinci'], 1.5),
  org('ukrajinci', 'Ukrajinská komunita v Plzni, z. s.', U, ['cizinci'], 1),
  org('kotva', 'Svépomocná skupina Kotva, z. s.', U, ['vylouceni', 'ozp'], 1),
];

/** Positions by side, as [masculine, feminine]. */
export const POSITIONS: Record<OrganisationSide, readonly (readonly [string, string])[]> = {
  [OrganisationSide.COMMISSIONER]: [
    ['referent sociálních služeb', 'referentka sociálních služeb'],
    ['sociální pracovník', 'sociální pracovnice'],
    ['vedoucí oddělení sociální práce', 'vedoucí oddělení sociální práce'],
    ['metodik sociální práce', 'metodička sociální práce'],
    ['vedoucí odboru', 'vedoucí odboru'],
  ],
  [OrganisationSide.PROVIDER]: [
    ['ředitel', 'ředitelka'],
    ['vedoucí služby', 'vedoucí služby'],
    ['sociální pracovník', 'sociální pracovnice'],
    ['sociální pracovník', 'sociální pracovnice'],
    ['koordinátor služby', 'koordinátorka služby'],
    ['pracovník v sociálních službách', 'pracovnice v sociálních službách'],
  ],
  [OrganisationSide.USER]: [
    ['předseda', 'předsedkyně'],
    ['místopředseda', 'místopředsedkyně'],
    ['člen výboru', 'členka výboru'],
    ['dobrovolník', 'dobrovolnice'],
  ],
};

export interface DemoGroup {
  key: GroupKey | 'mt';
  name: string;
  targetGroup: string | null;
  description: string;
  /** Abbreviation used in meeting titles. */
  short: string;
  /** Regular slot: weekday (1 = Monday), start and length in minutes. */
  slot: { weekday: number; hour: number; minute: number; minutes: number };
  place: string;
  upcoming: number;
}

export const MANAGEMENT_TEAM: DemoGroup = {
  key: 'mt',
  name: 'Manažerský tým KPSS',
  targetGroup: null,
  short: 'Manažerského týmu KPSS',
  description:
    'Řídí proces komunitního plánování sociálních služeb v Plzni: připravuje harmonogram, sestavuje návrhy akčního plánu z podkladů pracovních skupin, ' +
    'koordinuje jejich práci a předkládá dokumenty Radě města Plzně. Členy jsou koordinátoři pracovních skupin a zástupci Odboru sociálních služeb.',
  slot: { weekday: 1, hour: 14, minute: 0, minutes: 120 },
  place: 'Magistrát města Plzně, Škroupova 5, zasedací místnost 301',
  upcoming: 1,
};

export const WORKING_GROUPS: readonly (DemoGroup & { key: GroupKey })[] = [
  {
    key: 'seniori',
    name: 'Senioři',
    targetGroup: 'senioři 65+ a jejich pečující',
    short: 'PS Senioři',
    description:
      'Plánuje služby pro seniory: terénní pečovatelskou službu, odlehčovací služby, domovy pro seniory a domovy se zvláštním režimem. ' +
      'Sleduje kapacity pobytových služeb, podporu pečujících osob a dostupnost péče v domácím prostředí.',
    slot: { weekday: 2, hour: 9, minute: 0, minutes: 120 },
    place: 'Magistrát města Plzně, Škroupova 5, zasedací místnost 301',
    upcoming: 2,
  },
  {
    key: 'ozp',
    name: 'Osoby se zdravotním postižením',
    targetGroup: 'osoby s tělesným, smyslovým, mentálním a duševním onemocněním či postižením',
    short: 'PS Osoby se zdravotním postižením',
    description:
      'Zabývá se službami pro lidi s tělesným, smyslovým, mentálním a duševním postižením: osobní asistencí, podporou samostatného bydlení, ' +
      'denními stacionáři, tlumočnickými službami a transformací pobytových služeb. Dbá na bezbariérovost města.',
    slot: { weekday: 3, hour: 13, minute: 0, minutes: 120 },
    place: 'Úřad městského obvodu Plzeň 3, sady Pětatřicátníků 7, zasedací místnost č. 12',
    upcoming: 1,
  },
  {
    key: 'rodina',
    name: 'Rodina, děti a mládež',
    targetGroup: 'rodiny s dětmi, děti a mládež do 26 let',
    short: 'PS Rodina, děti a mládež',
    description:
      'Plánuje služby pro rodiny s dětmi a mladé lidi: sociálně aktivizační služby, nízkoprahová zařízení, ranou péči, azylové bydlení ' +
      'pro matky s dětmi a odborné poradenství. Spolupracuje s orgány sociálně-právní ochrany dětí.',
    slot: { weekday: 4, hour: 9, minute: 30, minutes: 120 },
    place: 'Magistrát města Plzně, Škroupova 5, zasedací místnost 205',
    upcoming: 2,
  },
  {
    key: 'vylouceni',
    name: 'Osoby ohrožené sociálním vyloučením',
    targetGroup: 'osoby bez přístřeší, lidé v dluhové pasti, osoby ohrožené závislostmi',
    short: 'PS Osoby ohrožené sociálním vyloučením',
    description:
      'Věnuje se lidem bez domova a ohroženým ztrátou bydlení, lidem v dluhové pasti a osobám ohroženým závislostmi: terénním programům, ' +
      'noclehárnám, azylovým domům, dluhovému poradenství a sociálnímu bydlení.',
    slot: { weekday: 2, hour: 13, minute: 30, minutes: 120 },
    place: 'Centrum sociálních služeb, Kaplířova 7, Plzeň, přednáškový sál',
    upcoming: 1,
  },
  {
    key: 'cizinci',
    name: 'Národnostní menšiny a cizinci',
    targetGroup: 'cizinci žijící v Plzni a příslušníci národnostních menšin, včetně romské',
    short: 'PS Národnostní menšiny a cizinci',
    description:
      'Plánuje podporu integrace cizinců a příslušníků národnostních menšin: poradenství, tlumočení a jazykové kurzy, terénní sociální práci ' +
      'v lokalitách a spolupráci s komunitami. Od roku 2022 sleduje i situaci držitelů dočasné ochrany.',
    slot: { weekday: 3, hour: 9, minute: 0, minutes: 120 },
    place: 'Magistrát města Plzně, Škroupova 5, zasedací místnost 301',
    upcoming: 2,
  },
];

export interface DemoLoginPerson {
  email: string;
  who: string;
  fullName: string;
  female: boolean;
  roles: AreaRole[];
  organisation: string;
  position: string;
  /** Groups the person coordinates. */
  coordinates: readonly (GroupKey | 'mt')[];
  /** Groups the person is an ordinary member of. */
  memberOf: readonly (GroupKey | 'mt')[];
}

/** The people who can log in to the demo (one password for all). */
export const DEMO_LOGIN_PEOPLE: readonly DemoLoginPerson[] = [
  {
    email: 'koordinator@plzen.example',
    who: 'Kateřina Šímová – koordinátorka KPSS (area coordinator, leads the management team)',
    fullName: 'Kateřina Šímová',
    female: true,
    roles: [AreaRole.COORDINATOR, AreaRole.MEMBER],
    organisation: 'mmp-oss',
    position: 'koordinátorka komunitního plánování',
    coordinates: ['mt'],
    memberOf: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'],
  },
  {
    email: 'seniori@plzen.example',
    who: 'Marie Dvořáková – coordinator of the working group Senioři',
    fullName: 'Marie Dvořáková',
    female: true,
    roles: [AreaRole.MEMBER],
    organisation: 'ds-vyhlidka',
    position: 'vedoucí sociálního úseku',
    coordinates: ['seniori'],
    memberOf: ['mt'],
  },
  {
    email: 'ozp@plzen.example',
    who: 'Tomáš Hrubý – coordinator of the working group Osoby se zdravotním postižením',
    fullName: 'Tomáš Hrubý',
    female: false,
    roles: [AreaRole.MEMBER],
    organisation: 'asistence',
    position: 'vedoucí osobní asistence',
    coordinates: ['ozp'],
    memberOf: ['mt'],
  },
  {
    email: 'rodina@plzen.example',
    who: 'Petra Malá – coordinator of the working group Rodina, děti a mládež',
    fullName: 'Petra Malá',
    female: true,
    roles: [AreaRole.MEMBER],
    organisation: 'kompas',
    position: 'ředitelka',
    coordinates: ['rodina'],
    memberOf: ['mt'],
  },
  {
    email: 'vylouceni@plzen.example',
    who: 'Martin Kříž – coordinator of the working group Osoby ohrožené sociálním vyloučením',
    fullName: 'Martin Kříž',
    female: false,
    roles: [AreaRole.MEMBER],
    organisation: 'cestou-ven',
    position: 'koordinátor terénních programů',
    coordinates: ['vylouceni'],
    memberOf: ['mt'],
  },
  {
    email: 'cizinci@plzen.example',
    who: 'Olga Benešová – coordinator of the working group Národnostní menšiny a cizinci',
    fullName: 'Olga Benešová',
    female: true,
    roles: [AreaRole.MEMBER],
    organisation: 'most',
    position: 'vedoucí poradny',
    coordinates: ['cizinci'],
    memberOf: ['mt'],
  },
  {
    email: 'clen@plzen.example',
    who: 'Pavel Novotný – member (users’ side) of the groups Senioři and Osoby se zdravotním postižením',
    fullName: 'Pavel Novotný',
    female: false,
    roles: [AreaRole.MEMBER],
    organisation: 'klub-slovany',
    position: 'předseda',
    coordinates: [],
    memberOf: ['seniori', 'ozp'],
  },
  {
    email: 'clen2@plzen.example',
    who: 'Eva Procházková – member (municipal district) of the groups Rodina, děti a mládež and Osoby ohrožené sociálním vyloučením',
    fullName: 'Eva Procházková',
    female: true,
    roles: [AreaRole.MEMBER],
    organisation: 'umo2',
    position: 'sociální pracovnice',
    coordinates: [],
    memberOf: ['rodina', 'vylouceni'],
  },
  {
    email: 'poskytovatel@plzen.example',
    who: 'Jiří Vlček – provider (director of Diakonie Radbuza: its services and development intentions, drafts among them), member of Senioři and Osoby se zdravotním postižením',
    fullName: 'Jiří Vlček',
    female: false,
    roles: [AreaRole.PROVIDER, AreaRole.MEMBER],
    organisation: 'diakonie',
    position: 'ředitel',
    coordinates: [],
    memberOf: ['seniori', 'ozp'],
  },
  {
    email: 'rada@plzen.example',
    who: 'Hana Kolářová – council clerk (records the resolutions of the city council)',
    fullName: 'Hana Kolářová',
    female: true,
    roles: [AreaRole.COUNCIL_CLERK],
    organisation: 'mmp-rada',
    position: 'referentka pro přípravu jednání rady',
    coordinates: [],
    memberOf: [],
  },
];

/** Czech first names; surnames as [masculine, feminine]. */
export const MALE_NAMES = [
  'Jan', 'Petr', 'Josef', 'Pavel', 'Martin', 'Tomáš', 'Jaroslav', 'Miroslav', 'Zdeněk', 'Václav', 'Michal', 'František', 'Jiří',
  'Karel', 'Milan', 'Lukáš', 'Jakub', 'David', 'Ondřej', 'Radek', 'Vojtěch', 'Stanislav', 'Roman', 'Aleš', 'Marek', 'Libor', 'Štěpán',
];
export const FEMALE_NAMES = [
  'Jana', 'Marie', 'Eva', 'Hana', 'Anna', 'Lenka', 'Kateřina', 'Lucie', 'Věra', 'Alena', 'Petra', 'Veronika', 'Jaroslava', 'Martina',
  'Tereza', 'Michaela', 'Zuzana', 'Ivana', 'Monika', 'Markéta', 'Helena', 'Barbora', 'Dagmar', 'Šárka', 'Radka', 'Blanka', 'Romana',
  'Jitka', 'Kristýna', 'Pavla', 'Simona', 'Ludmila',
];
export const SURNAMES: readonly (readonly [string, string])[] = [
  ['Novák', 'Nováková'], ['Svoboda', 'Svobodová'], ['Dvořák', 'Dvořáková'], ['Černý', 'Černá'], ['Procházka', 'Procházková'],
  ['Kučera', 'Kučerová'], ['Veselý', 'Veselá'], ['Horák', 'Horáková'], ['Němec', 'Němcová'], ['Marek', 'Marková'],
  ['Pospíšil', 'Pospíšilová'], ['Pokorný', 'Pokorná'], ['Hájek', 'Hájková'], ['Král', 'Králová'], ['Jelínek', 'Jelínková'],
  ['Růžička', 'Růžičková'], ['Beneš', 'Benešová'], ['Fiala', 'Fialová'], ['Sedláček', 'Sedláčková'], ['Doležal', 'Doležalová'],
  ['Zeman', 'Zemanová'], ['Kolář', 'Kolářová'], ['Navrátil', 'Navrátilová'], ['Čermák', 'Čermáková'], ['Vaněk', 'Vaňková'],
  ['Urban', 'Urbanová'], ['Blažek', 'Blažková'], ['Kříž', 'Křížová'], ['Kovář', 'Kovářová'], ['Bartoš', 'Bartošová'],
  ['Vlček', 'Vlčková'], ['Polák', 'Poláková'], ['Musil', 'Musilová'], ['Kopecký', 'Kopecká'], ['Šimek', 'Šimková'],
  ['Konečný', 'Konečná'], ['Holub', 'Holubová'], ['Štěpánek', 'Štěpánková'], ['Kadlec', 'Kadlecová'], ['Dostál', 'Dostálová'],
  ['Soukup', 'Soukupová'], ['Šťastný', 'Šťastná'], ['Mareš', 'Marešová'], ['Moravec', 'Moravcová'], ['Sýkora', 'Sýkorová'],
  ['Tichý', 'Tichá'], ['Valenta', 'Valentová'], ['Vávra', 'Vávrová'], ['Matoušek', 'Matoušková'], ['Říha', 'Říhová'],
  ['Bláha', 'Bláhová'], ['Šebesta', 'Šebestová'], ['Skála', 'Skálová'], ['Richter', 'Richterová'], ['Toman', 'Tomanová'],
  ['Kratochvíl', 'Kratochvílová'], ['Havlíček', 'Havlíčková'], ['Janoušek', 'Janoušková'], ['Žák', 'Žáková'], ['Hrdlička', 'Hrdličková'],
  ['Brož', 'Brožová'], ['Vondráček', 'Vondráčková'], ['Šindelář', 'Šindelářová'], ['Charvát', 'Charvátová'], ['Kubát', 'Kubátová'],
];

/** Members of the foreigners' associations, with the organisation they belong to (names as they use them in Czechia). */
export const FOREIGN_PEOPLE: readonly { fullName: string; female: boolean; organisation: string }[] = [
  { fullName: 'Olena Kovalenková', female: true, organisation: 'ukrajinci' },
  { fullName: 'Andrij Ševčenko', female: false, organisation: 'ukrajinci' },
  { fullName: 'Oksana Melnyková', female: true, organisation: 'most' },
  { fullName: 'Nguyen Thi Lan', female: true, organisation: 'cizinci-spolek' },
  { fullName: 'Tran Van Minh', female: false, organisation: 'cizinci-spolek' },
  { fullName: 'Dmytro Bondarenko', female: false, organisation: 'cizinci-spolek' },
  { fullName: 'Pham Quoc Huy', female: false, organisation: 'nouze' },
];

/** What walk-in guests said they came for (null: a member of the public). */
export const GUEST_AFFILIATIONS: readonly (string | null)[] = [
  'Západočeská univerzita – studentka sociální práce',
  'Fakultní nemocnice – sociální oddělení',
  'Veřejný ochránce práv – regionální kancelář',
  'Probační a mediační služba, středisko Plzeň',
  'Plzeňský deník',
  'Nadační fond Plzeň sobě',
  null,
];

export const PLACES = {
  magistrat301: 'Magistrát města Plzně, Škroupova 5, zasedací místnost 301',
  magistratTraining: 'Magistrát města Plzně, Škroupova 5, školicí místnost 112 (1. patro)',
  radnice: 'Radnice města Plzně, náměstí Republiky 1, velká zasedací síň',
  beseda: 'Měšťanská beseda, Kopeckého sady 13, Plzeň – malý sál',
  knihovna: 'Knihovna města Plzně, Ústřední knihovna – přednáškový sál',
  kaplirova: 'Centrum sociálních služeb, Kaplířova 7, Plzeň, přednáškový sál',
} as const;

export const ONLINE = {
  mt: 'https://meet.plzen.example/kpss-manazersky-tym',
  training: 'https://meet.plzen.example/kpss-seminare',
  supervision: 'https://meet.plzen.example/kpss-supervize',
  group: (key: string) => `https://meet.plzen.example/kpss-ps-${key}`,
} as const;
