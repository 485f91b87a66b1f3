import { IntentionKind, IntentionState } from '../intentions/intention.enums';
import { CapacityUnit, ServiceForm, ServiceType, TargetGroup } from '../services/service-catalogue';
import { GroupKey } from './demo-catalogue';

/** The demo providers' registered services and their development intentions. */

const { RESIDENTIAL: R, OUTPATIENT: O, FIELD: F } = ServiceForm;
const { BEDS, CLIENTS_AT_ONCE: CLIENTS, HOURS, INTERVENTIONS } = CapacityUnit;
const T = ServiceType;
const G = TargetGroup;

export interface DemoService {
  key: string;
  org: string;
  type: ServiceType;
  name: string;
  form: ServiceForm;
  capacity: number;
  unit: CapacityUnit;
  targetGroups: readonly TargetGroup[];
  areaServed: string;
  address: string;
}

const CITY = 'Statutární město Plzeň';
const ORP = 'Plzeň a obce ORP Plzeň';
const svc = (
  key: string,
  org: string,
  type: ServiceType,
  name: string,
  form: ServiceForm,
  capacity: number,
  unit: CapacityUnit,
  targetGroups: readonly TargetGroup[],
  address: string,
  areaServed = CITY,
): DemoService => ({ key, org, type, name, form, capacity, unit, targetGroups, areaServed, address });

export const DEMO_SERVICES: readonly DemoService[] = [
  svc('diakonie-ps', 'diakonie', T.HOME_CARE, 'Pečovatelská služba Diakonie Radbuza', F, 85, CLIENTS, [G.SENIORS, G.PHYSICAL_DISABILITY], 'Radbuzská 12, Plzeň', ORP),
  svc('diakonie-ols', 'diakonie', T.RESPITE_CARE, 'Odlehčovací služba Diakonie Radbuza – terénní', F, 6000, HOURS, [G.SENIORS], 'Radbuzská 12, Plzeň'),
  svc('diakonie-poradna', 'diakonie', T.SOCIAL_COUNSELLING, 'Poradna pro pečující Diakonie Radbuza', O, 3, CLIENTS, [G.SENIORS, G.CHRONIC_ILLNESS], 'Radbuzská 12, Plzeň'),
  svc('diakonie-stacionar', 'diakonie', T.DAY_CARE_CENTRES, 'Denní stacionář Radbuza', O, 20, CLIENTS, [G.SENIORS, G.MENTAL_DISABILITY], 'U Radbuzy 4, Plzeň'),
  svc('charita-ndc', 'charita', T.LOW_THRESHOLD_DAY_CENTRES, 'Nízkoprahové denní centrum Charity Lochotín', O, 40, CLIENTS, [G.HOMELESS], 'Lochotínská 20, Plzeň'),
  svc('charita-ps', 'charita', T.HOME_CARE, 'Charitní pečovatelská služba Lochotín', F, 40, CLIENTS, [G.SENIORS], 'Lochotínská 20, Plzeň'),
  svc('charita-poradna', 'charita', T.SOCIAL_COUNSELLING, 'Občanská poradna Charity Lochotín', O, 4, CLIENTS, [G.SOCIAL_EXCLUSION], 'Lochotínská 20, Plzeň'),
  svc('vyhlidka-ds', 'ds-vyhlidka', T.HOMES_FOR_ELDERLY, 'Domov pro seniory Na Vyhlídce', R, 180, BEDS, [G.SENIORS], 'Na Vyhlídce 3, Plzeň', 'Plzeňský kraj'),
  svc('vyhlidka-dzr', 'ds-vyhlidka', T.SPECIAL_REGIME_HOMES, 'Domov se zvláštním režimem Na Vyhlídce', R, 30, BEDS, [G.SENIORS, G.MENTAL_ILLNESS], 'Na Vyhlídce 3, Plzeň', 'Plzeňský kraj'),
  svc('haj-ds', 'ds-haj', T.HOMES_FOR_ELDERLY, 'Domov pro seniory Zelený Háj', R, 140, BEDS, [G.SENIORS], 'Zelený Háj 8, Plzeň', 'Plzeňský kraj'),
  svc('haj-ols', 'ds-haj', T.RESPITE_CARE, 'Odlehčovací služba Zelený Háj', R, 6, BEDS, [G.SENIORS], 'Zelený Háj 8, Plzeň'),
  svc('slunecnice-dzr', 'dzr-slunecnice', T.SPECIAL_REGIME_HOMES, 'Domov se zvláštním režimem Slunečnice', R, 48, BEDS, [G.SENIORS, G.MENTAL_ILLNESS], 'Slunečná 15, Plzeň', 'Plzeňský kraj'),
  svc('sever-ps', 'ps-sever', T.HOME_CARE, 'Pečovatelská služba Plzeň-sever', F, 150, CLIENTS, [G.SENIORS, G.PHYSICAL_DISABILITY, G.CHRONIC_ILLNESS], 'Gerská 32, Plzeň'),
  svc('sever-hygiena', 'ps-sever', T.HOME_CARE, 'Středisko osobní hygieny Plzeň-sever', O, 6, CLIENTS, [G.SENIORS], 'Gerská 32, Plzeň'),
  svc('doubravka-ols', 'pece-doubravka', T.RESPITE_CARE, 'Terénní odlehčovací služba Doubravka', F, 4200, HOURS, [G.SENIORS, G.CHRONIC_ILLNESS], 'Masarykova 80, Plzeň'),
  svc('asistence-oa', 'asistence', T.PERSONAL_ASSISTANCE, 'Osobní asistence bez bariér', F, 28000, HOURS, [G.PHYSICAL_DISABILITY, G.SENIORS], 'Kaplířova 7, Plzeň', ORP),
  svc('hospic-poradna', 'hospic', T.SOCIAL_COUNSELLING, 'Poradna Domácího hospice Světlo', F, 2, CLIENTS, [G.CHRONIC_ILLNESS, G.SENIORS], 'Sladkovského 41, Plzeň'),
  svc('hospic-ols', 'hospic', T.RESPITE_CARE, 'Odlehčovací služba Domácího hospice Světlo', F, 3000, HOURS, [G.CHRONIC_ILLNESS], 'Sladkovského 41, Plzeň', ORP),
  svc('klicek-ds', 'stacionar', T.DAY_CARE_CENTRES, 'Denní stacionář Klíček', O, 25, CLIENTS, [G.MENTAL_DISABILITY, G.CHILDREN_AND_YOUTH], 'Klatovská 110, Plzeň'),
  svc('klicek-ts', 'stacionar', T.WEEKLY_CARE_CENTRES, 'Týdenní stacionář Klíček', R, 12, BEDS, [G.MENTAL_DISABILITY], 'Klatovská 110, Plzeň', 'Plzeňský kraj'),
  svc('domecek-cb', 'domecek', T.SHELTERED_HOUSING, 'Chráněné bydlení Domeček', R, 16, BEDS, [G.MENTAL_DISABILITY], 'Pod Vinicemi 9, Plzeň'),
  svc('dilny-std', 'dilny', T.SOCIAL_THERAPEUTIC_WORKSHOPS, 'Sociálně terapeutické dílny Ruka v ruce', O, 18, CLIENTS, [G.MENTAL_DISABILITY], 'Koterovská 60, Plzeň'),
  svc('gesto-ts', 'gesto', T.INTERPRETING_SERVICES, 'Tlumočnické služby Gesto', F, 1800, INTERVENTIONS, [G.SENSORY_DISABILITY], 'Husova 14, Plzeň', 'Plzeňský kraj'),
  svc('gesto-poradna', 'gesto', T.SOCIAL_COUNSELLING, 'Poradna pro sluchově postižené Gesto', O, 2, CLIENTS, [G.SENSORY_DISABILITY], 'Husova 14, Plzeň'),
  svc('cdz-sr', 'cdz', T.SOCIAL_REHABILITATION, 'Sociální rehabilitace CDZ Plzeň-jih', F, 15, CLIENTS, [G.MENTAL_ILLNESS], 'Americká 55, Plzeň'),
  svc('cdz-klub', 'cdz', T.SOCIAL_REHABILITATION, 'Sociální rehabilitace – klub CDZ', O, 12, CLIENTS, [G.MENTAL_ILLNESS], 'Americká 55, Plzeň'),
  svc('paprsek-rp', 'paprsek', T.EARLY_INTERVENTION, 'Raná péče Paprsek', F, 85, CLIENTS, [G.FAMILIES_WITH_CHILDREN, G.CHILDREN_AND_YOUTH], 'Tylova 20, Plzeň', 'Plzeňský kraj'),
  svc('kompas-sas', 'kompas', T.ACTIVATION_SERVICES_FOR_FAMILIES, 'Sociálně aktivizační služby Kompas', F, 60, CLIENTS, [G.FAMILIES_WITH_CHILDREN], 'Prokopova 15, Plzeň'),
  svc('kompas-poradna', 'kompas', T.SOCIAL_COUNSELLING, 'Rodinná poradna Kompas', O, 3, CLIENTS, [G.FAMILIES_WITH_CHILDREN], 'Prokopova 15, Plzeň'),
  svc('archa-nzdm', 'archa', T.LOW_THRESHOLD_YOUTH_FACILITIES, 'Nízkoprahový klub Archa', O, 25, CLIENTS, [G.CHILDREN_AND_YOUTH], 'Lábkova 22, Plzeň'),
  svc('azyl-muzi', 'azyl', T.ASYLUM_HOUSES, 'Azylový dům sv. Martina pro muže', R, 30, BEDS, [G.HOMELESS], 'Železniční 18, Plzeň'),
  svc('azyl-rodiny', 'azyl', T.ASYLUM_HOUSES, 'Azylový dům sv. Martina pro rodiny s dětmi', R, 24, BEDS, [G.FAMILIES_WITH_CHILDREN, G.HOMELESS], 'Železniční 20, Plzeň'),
  svc('pristav-noc', 'pristav', T.NIGHT_SHELTERS, 'Noclehárna Přístav', O, 30, CLIENTS, [G.HOMELESS], 'Wenzigova 6, Plzeň'),
  svc('pristav-dc', 'pristav', T.LOW_THRESHOLD_DAY_CENTRES, 'Denní centrum Přístav', O, 35, CLIENTS, [G.HOMELESS], 'Wenzigova 6, Plzeň'),
  svc('cestou-tp', 'cestou-ven', T.FIELD_PROGRAMMES, 'Terénní programy Cestou ven', F, 5200, INTERVENTIONS, [G.SOCIAL_EXCLUSION, G.ADDICTION], 'Rokycanská 40, Plzeň'),
  svc('cestou-kc', 'cestou-ven', T.CONTACT_CENTRES, 'Kontaktní centrum Cestou ven', O, 15, CLIENTS, [G.ADDICTION], 'Rokycanská 40, Plzeň'),
  svc('rovnovaha-dp', 'rovnovaha', T.SOCIAL_COUNSELLING, 'Dluhová poradna Rovnováha', O, 2, CLIENTS, [G.SOCIAL_EXCLUSION], 'Jungmannova 3, Plzeň'),
  svc('nouze-ic', 'nouze', T.INTERVENTION_CENTRES, 'Intervenční centrum Plzeň', O, 3, CLIENTS, [G.VIOLENCE_AND_CRISIS], 'Řeznická 8, Plzeň', 'Plzeňský kraj'),
  svc('nouze-tp', 'nouze', T.FIELD_PROGRAMMES, 'Terénní programy Lidé v nouzi Plzeň', F, 6000, HOURS, [G.SOCIAL_EXCLUSION, G.ETHNIC_MINORITIES_AND_FOREIGNERS], 'Řeznická 8, Plzeň'),
  svc('most-poradna', 'most', T.SOCIAL_COUNSELLING, 'Poradna pro cizince Most', O, 4, CLIENTS, [G.ETHNIC_MINORITIES_AND_FOREIGNERS], 'Dominikánská 5, Plzeň', 'Plzeňský kraj'),
  svc('khetanes-sas', 'khetanes', T.ACTIVATION_SERVICES_FOR_FAMILIES, 'Sociálně aktivizační služby Khetanes', F, 30, CLIENTS, [G.FAMILIES_WITH_CHILDREN, G.ETHNIC_MINORITIES_AND_FOREIGNERS], 'Částkova 30, Plzeň'),
];

export interface DemoIntention {
  org: string;
  kind: IntentionKind;
  /** A registered service (key of DEMO_SERVICES), or the new service. */
  service?: string;
  newService?: { type: ServiceType; form: ServiceForm; name: string; targetGroups: readonly TargetGroup[]; unit: CapacityUnit };
  proposed: number;
  /** Change of staff, e.g. "1.50". */
  fte: string;
  /** Annual cost in Kč and the share of each source in per cent (the rest is unfunded yet). */
  cost: number;
  funding: { municipality?: number; region?: number; state?: number; eu?: number; other?: number };
  group: GroupKey;
  state: IntentionState;
  /** LAST: the call of this year (decided); NEXT: the open call for next year. */
  call: 'LAST' | 'NEXT';
  justification: string;
  /** The opinion was recorded outside a meeting (per rollam). */
  perRollam?: true;
  withdrawReason?: string;
}

const I = IntentionKind;
const St = IntentionState;

export const DEMO_INTENTIONS: readonly DemoIntention[] = [
  // The call of this year: reviewed, forwarded and (mostly) decided by the region.
  { org: 'ps-sever', kind: I.CAPACITY_INCREASE, service: 'sever-ps', proposed: 170, fte: '4.00', cost: 2400000, funding: { municipality: 40, region: 20, state: 40 }, group: 'seniori', state: St.INCLUDED, call: 'LAST',
    justification: 'Večerní a víkendové směny pečovatelské služby (opatření 1.1.1); 38 % zájemců potřebuje péči mimo pracovní dobu.' },
  { org: 'dzr-slunecnice', kind: I.CAPACITY_INCREASE, service: 'slunecnice-dzr', proposed: 60, fte: '8.50', cost: 5200000, funding: { municipality: 20, region: 20, state: 40, other: 20 }, group: 'seniori', state: St.INCLUDED, call: 'LAST',
    justification: 'Rekonstrukce pavilonu B; v pořadníku čeká 90 lidí s demencí.' },
  { org: 'asistence', kind: I.CAPACITY_INCREASE, service: 'asistence-oa', proposed: 34000, fte: '3.50', cost: 2200000, funding: { municipality: 25, region: 15, state: 60 }, group: 'ozp', state: St.INCLUDED, call: 'LAST',
    justification: 'V roce 2024 odmítnuto 41 zájemců pro nedostatek kapacity, zejména ranní a večerní asistence.' },
  { org: 'diakonie', kind: I.CAPACITY_INCREASE, service: 'diakonie-ps', proposed: 100, fte: '2.00', cost: 1300000, funding: { municipality: 35, state: 55 }, group: 'seniori', state: St.INCLUDED, call: 'LAST',
    justification: 'Rozšíření pečovatelské služby do obvodů Plzeň 5–10, kde služba chybí.' },
  { org: 'ds-haj', kind: I.CAPACITY_DECREASE, service: 'haj-ds', proposed: 128, fte: '-2.00', cost: 0, funding: {}, group: 'seniori', state: St.INCLUDED, call: 'LAST',
    justification: 'Přestavba třílůžkových pokojů na dvoulůžkové podle standardů kvality; kapacita klesne o 12 lůžek.' },
  { org: 'hospic', kind: I.TERMINATION, service: 'hospic-poradna', proposed: 0, fte: '-0.50', cost: 0, funding: {}, group: 'seniori', state: St.INCLUDED, call: 'LAST',
    justification: 'Poradenství pro pozůstalé a pečující převezme odlehčovací služba hospice; samostatná registrace poradny se ruší.' },
  { org: 'pristav', kind: I.CAPACITY_INCREASE, service: 'pristav-noc', proposed: 40, fte: '1.50', cost: 780000, funding: { municipality: 60, state: 40 }, group: 'vylouceni', state: St.NOT_INCLUDED, call: 'LAST',
    justification: 'V mrazivých nocích přespává venku přes 60 lidí; noclehárna je plně obsazena.' },
  { org: 'charita', kind: I.SCOPE_CHANGE, service: 'charita-ndc', proposed: 40, fte: '1.00', cost: 640000, funding: { municipality: 50, state: 50 }, group: 'vylouceni', state: St.NOT_INCLUDED, call: 'LAST',
    justification: 'Víkendový provoz denního centra a hygienický servis (opatření 4.1.2).' },
  { org: 'azyl', kind: I.CAPACITY_INCREASE, service: 'azyl-rodiny', proposed: 33, fte: '2.00', cost: 1800000, funding: { municipality: 30, region: 10, state: 60 }, group: 'rodina', state: St.FORWARDED, call: 'LAST',
    justification: 'Azylový dům ročně odmítne přes 50 rodin s dětmi; tři nové pokoje v přístavbě.' },
  { org: 'archa', kind: I.NEW_SERVICE, newService: { type: T.LOW_THRESHOLD_YOUTH_FACILITIES, form: O, name: 'Nízkoprahový klub Archa Doubravka', targetGroups: [G.CHILDREN_AND_YOUTH], unit: CLIENTS },
    proposed: 20, fte: '2.50', cost: 1250000, funding: { municipality: 40, region: 10, state: 50 }, group: 'rodina', state: St.FORWARDED, call: 'LAST',
    justification: 'V Doubravce chybí nízkoprahové zařízení; městská policie eviduje nárůst přestupků mladistvých.' },
  { org: 'rovnovaha', kind: I.NEW_SERVICE, newService: { type: T.SOCIAL_COUNSELLING, form: F, name: 'Dluhové poradenství v terénu', targetGroups: [G.SOCIAL_EXCLUSION], unit: CLIENTS },
    proposed: 2, fte: '1.00', cost: 520000, funding: { municipality: 50 }, group: 'vylouceni', state: St.NOT_RECOMMENDED, call: 'LAST',
    justification: 'Dluhové poradenství přímo v domácnostech klientů terénních programů.' },
  // The open call for next year.
  { org: 'diakonie', kind: I.NEW_SERVICE, newService: { type: T.DAY_CARE_CENTRES, form: O, name: 'Denní stacionář pro lidi s demencí Bolevec', targetGroups: [G.SENIORS, G.MENTAL_ILLNESS], unit: CLIENTS },
    proposed: 15, fte: '4.50', cost: 3100000, funding: { municipality: 30, region: 10, state: 40, other: 20 }, group: 'seniori', state: St.DRAFT, call: 'NEXT',
    justification: 'Pečující o lidi s demencí nemohou chodit do práce; ambulantní služba pro ně na severu města chybí (opatření 1.3.4).' },
  { org: 'diakonie', kind: I.CAPACITY_INCREASE, service: 'diakonie-ols', proposed: 8000, fte: '1.50', cost: 900000, funding: { municipality: 30, state: 50 }, group: 'seniori', state: St.DRAFT, call: 'NEXT',
    justification: 'Terénní odlehčovací služba odmítá zájemce o víkendové služby; rozpracováno, doplníme počty odmítnutých.' },
  { org: 'diakonie', kind: I.SCOPE_CHANGE, service: 'diakonie-poradna', proposed: 3, fte: '0.50', cost: 300000, funding: { municipality: 50 }, group: 'ozp', state: St.WITHDRAWN, call: 'NEXT',
    justification: 'Rozšíření poradny pro pečující o pečující o dospělé se zdravotním postižením.',
    withdrawReason: 'Záměr spojíme s připravovaným poradenským centrem pro pečující; podáme ho v příštím roce.' },
  { org: 'diakonie', kind: I.CAPACITY_INCREASE, service: 'diakonie-stacionar', proposed: 24, fte: '1.00', cost: 600000, funding: { municipality: 30, state: 60 }, group: 'seniori', state: St.SUBMITTED, call: 'NEXT',
    justification: 'Denní stacionář má 14 zájemců v pořadníku; po přestěhování do větších prostor může přijmout další 4 klienty.' },
  { org: 'diakonie', kind: I.NEW_SERVICE, newService: { type: T.EMERGENCY_CARE, form: F, name: 'Tísňová péče Diakonie Radbuza', targetGroups: [G.SENIORS, G.CHRONIC_ILLNESS], unit: CLIENTS },
    proposed: 150, fte: '2.00', cost: 900000, funding: { municipality: 70, other: 30 }, group: 'seniori', state: St.RECOMMENDED, call: 'NEXT',
    justification: 'Tísňová péče v Plzni chybí; přes 9 000 lidí nad 75 let žije osaměle (opatření 1.1.2).' },
  { org: 'ds-vyhlidka', kind: I.CAPACITY_INCREASE, service: 'vyhlidka-dzr', proposed: 36, fte: '3.00', cost: 1900000, funding: { municipality: 30, state: 50 }, group: 'seniori', state: St.DRAFT, call: 'NEXT',
    justification: 'Po modernizaci domova lze zřídit další oddělení se zvláštním režimem.' },
  { org: 'domecek', kind: I.NEW_SERVICE, newService: { type: T.SUPPORTED_INDEPENDENT_LIVING, form: F, name: 'Podpora samostatného bydlení Domeček', targetGroups: [G.MENTAL_DISABILITY], unit: CLIENTS },
    proposed: 10, fte: '2.00', cost: 1400000, funding: { municipality: 20, region: 20, state: 60 }, group: 'ozp', state: St.RECOMMENDED, call: 'NEXT',
    justification: 'Pět klientů chráněného bydlení je připraveno žít samostatně (opatření 2.1.1).' },
  { org: 'dilny', kind: I.CAPACITY_INCREASE, service: 'dilny-std', proposed: 24, fte: '1.50', cost: 850000, funding: { municipality: 30, state: 50, other: 20 }, group: 'ozp', state: St.SUBMITTED, call: 'NEXT',
    justification: 'Keramická dílna pro 6 klientů (opatření 2.2.3).' },
  { org: 'cdz', kind: I.CAPACITY_INCREASE, service: 'cdz-sr', proposed: 20, fte: '1.50', cost: 980000, funding: { municipality: 20, state: 80 }, group: 'ozp', state: St.RECOMMENDED, call: 'NEXT', perRollam: true,
    justification: 'Klienti ze severu města čekají na sociální rehabilitaci měsíce (opatření 2.3.1).' },
  { org: 'gesto', kind: I.NEW_SERVICE, newService: { type: T.GUIDE_AND_READER_SERVICES, form: F, name: 'Průvodcovská a předčitatelská služba Gesto', targetGroups: [G.SENSORY_DISABILITY], unit: INTERVENTIONS },
    proposed: 300, fte: '0.50', cost: 480000, funding: { municipality: 50, state: 50 }, group: 'ozp', state: St.NOT_RECOMMENDED, call: 'NEXT',
    justification: 'Doprovody nevidomých k lékaři a na úřady.' },
  { org: 'paprsek', kind: I.CAPACITY_INCREASE, service: 'paprsek-rp', proposed: 110, fte: '2.00', cost: 720000, funding: { municipality: 25, region: 15, state: 60 }, group: 'rodina', state: St.SUBMITTED, call: 'NEXT',
    justification: 'Rodiny z jihu města čekají na první návštěvu až 4 měsíce (opatření 3.1.1).' },
  { org: 'kompas', kind: I.CAPACITY_INCREASE, service: 'kompas-sas', proposed: 90, fte: '1.50', cost: 1050000, funding: { municipality: 30, state: 70 }, group: 'rodina', state: St.RECOMMENDED, call: 'NEXT',
    justification: 'OSPOD eviduje rostoucí počet rodin ohrožených odebráním dítěte (opatření 3.1.2).' },
  { org: 'cestou-ven', kind: I.SCOPE_CHANGE, service: 'cestou-tp', proposed: 5200, fte: '1.00', cost: 560000, funding: { municipality: 40, state: 60 }, group: 'vylouceni', state: St.SUBMITTED, call: 'NEXT',
    justification: 'Rozšíření terénních programů o lokalitu Plzeň-Lobzy s novými ubytovnami (opatření 4.1.3).' },
  { org: 'most', kind: I.CAPACITY_INCREASE, service: 'most-poradna', proposed: 5, fte: '1.00', cost: 640000, funding: { municipality: 30, state: 70 }, group: 'cizinci', state: St.RECOMMENDED, call: 'NEXT',
    justification: 'Počet klientů poradny vzrostl od roku 2022 trojnásobně (opatření 4.3.1).' },
  { org: 'nouze', kind: I.NEW_SERVICE, newService: { type: T.FIELD_PROGRAMMES, form: F, name: 'Terénní práce s cizinci v ubytovnách', targetGroups: [G.ETHNIC_MINORITIES_AND_FOREIGNERS, G.SOCIAL_EXCLUSION], unit: HOURS },
    proposed: 2500, fte: '2.00', cost: 760000, funding: { municipality: 30, state: 70 }, group: 'cizinci', state: St.SUBMITTED, call: 'NEXT',
    justification: 'Agenturní zaměstnanci v ubytovnách o pomoci nevědí (opatření 4.3.3).' },
  { org: 'khetanes', kind: I.CAPACITY_INCREASE, service: 'khetanes-sas', proposed: 40, fte: '1.00', cost: 420000, funding: { municipality: 50 }, group: 'cizinci', state: St.DRAFT, call: 'NEXT',
    justification: 'Doučování dětí z romských rodin v domácnostech.' },
];
