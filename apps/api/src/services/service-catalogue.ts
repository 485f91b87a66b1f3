import { registerEnumType } from '@nestjs/graphql';
import { Locale } from '../common/i18n/translate';

/** Form in which a social service is provided (§33 of Act 108/2006 Coll.). */
export enum ServiceForm {
  RESIDENTIAL = 'RESIDENTIAL',
  OUTPATIENT = 'OUTPATIENT',
  FIELD = 'FIELD',
}
registerEnumType(ServiceForm, {
  name: 'ServiceForm',
  description: 'Form of a social service (§33 of Act 108/2006 Coll.).',
  valuesMap: {
    RESIDENTIAL: { description: 'Residential (pobytová): the client lives at the facility.' },
    OUTPATIENT: { description: 'Outpatient (ambulantní): the client comes to the facility.' },
    FIELD: { description: 'Field (terénní): the service comes to the client.' },
  },
});

/** What a capacity is counted in. */
export enum CapacityUnit {
  BEDS = 'BEDS',
  CLIENTS_AT_ONCE = 'CLIENTS_AT_ONCE',
  HOURS = 'HOURS',
  INTERVENTIONS = 'INTERVENTIONS',
}
registerEnumType(CapacityUnit, {
  name: 'CapacityUnit',
  description: 'Unit of a capacity; it must fit the form of the service.',
  valuesMap: {
    BEDS: { description: 'Beds (lůžka); residential services only.' },
    CLIENTS_AT_ONCE: { description: 'Clients served at one time (outpatient and field services).' },
    HOURS: { description: 'Hours of direct work per year (outpatient and field services).' },
    INTERVENTIONS: { description: 'Interventions per year (outpatient and field services).' },
  },
});

/** Units that make sense for each form: beds only where people live, the rest where they do not. */
export const UNITS_BY_FORM: Record<ServiceForm, readonly CapacityUnit[]> = {
  RESIDENTIAL: [CapacityUnit.BEDS],
  OUTPATIENT: [CapacityUnit.CLIENTS_AT_ONCE, CapacityUnit.HOURS, CapacityUnit.INTERVENTIONS],
  FIELD: [CapacityUnit.CLIENTS_AT_ONCE, CapacityUnit.HOURS, CapacityUnit.INTERVENTIONS],
};

/** Upper bound of a capacity per unit: well above the largest Czech service, low enough to catch typos. */
export const MAX_CAPACITY: Record<CapacityUnit, number> = {
  BEDS: 2_000,
  CLIENTS_AT_ONCE: 10_000,
  HOURS: 1_000_000,
  INTERVENTIONS: 1_000_000,
};

/** Whom a service is for: a short list the network is counted by (after the register's "cílové skupiny"). */
export enum TargetGroup {
  SENIORS = 'SENIORS',
  PHYSICAL_DISABILITY = 'PHYSICAL_DISABILITY',
  MENTAL_DISABILITY = 'MENTAL_DISABILITY',
  SENSORY_DISABILITY = 'SENSORY_DISABILITY',
  MENTAL_ILLNESS = 'MENTAL_ILLNESS',
  CHRONIC_ILLNESS = 'CHRONIC_ILLNESS',
  FAMILIES_WITH_CHILDREN = 'FAMILIES_WITH_CHILDREN',
  CHILDREN_AND_YOUTH = 'CHILDREN_AND_YOUTH',
  HOMELESS = 'HOMELESS',
  ADDICTION = 'ADDICTION',
  SOCIAL_EXCLUSION = 'SOCIAL_EXCLUSION',
  VIOLENCE_AND_CRISIS = 'VIOLENCE_AND_CRISIS',
  ETHNIC_MINORITIES_AND_FOREIGNERS = 'ETHNIC_MINORITIES_AND_FOREIGNERS',
}
registerEnumType(TargetGroup, { name: 'TargetGroup', description: 'Target group of a social service.' });

export const TARGET_GROUP_NAMES: Record<TargetGroup, Record<Locale, string>> = {
  SENIORS: { cs: 'senioři', pl: 'seniorzy', en: 'older people' },
  PHYSICAL_DISABILITY: { cs: 'osoby s tělesným postižením', pl: 'osoby z niepełnosprawnością ruchową', en: 'people with physical disabilities' },
  MENTAL_DISABILITY: { cs: 'osoby s mentálním postižením', pl: 'osoby z niepełnosprawnością intelektualną', en: 'people with intellectual disabilities' },
  SENSORY_DISABILITY: { cs: 'osoby se zdravotním postižením smyslů', pl: 'osoby z niepełnosprawnością sensoryczną', en: 'people with sensory disabilities' },
  MENTAL_ILLNESS: { cs: 'osoby s chronickým duševním onemocněním', pl: 'osoby z zaburzeniami psychicznymi', en: 'people with mental illness' },
  CHRONIC_ILLNESS: { cs: 'osoby s chronickým onemocněním', pl: 'osoby przewlekle chore', en: 'people with chronic illness' },
  FAMILIES_WITH_CHILDREN: { cs: 'rodiny s dítětem/dětmi', pl: 'rodziny z dziećmi', en: 'families with children' },
  CHILDREN_AND_YOUTH: { cs: 'děti a mládež', pl: 'dzieci i młodzież', en: 'children and young people' },
  HOMELESS: { cs: 'osoby bez přístřeší', pl: 'osoby w kryzysie bezdomności', en: 'homeless people' },
  ADDICTION: { cs: 'osoby ohrožené závislostí', pl: 'osoby uzależnione', en: 'people with addictions' },
  SOCIAL_EXCLUSION: { cs: 'osoby ohrožené sociálním vyloučením', pl: 'osoby zagrożone wykluczeniem społecznym', en: 'people at risk of social exclusion' },
  VIOLENCE_AND_CRISIS: { cs: 'oběti násilí a osoby v krizi', pl: 'ofiary przemocy i osoby w kryzysie', en: 'victims of violence and people in crisis' },
  ETHNIC_MINORITIES_AND_FOREIGNERS: { cs: 'etnické menšiny a cizinci', pl: 'mniejszości etniczne i cudzoziemcy', en: 'ethnic minorities and foreigners' },
};

/** The 33 kinds of registered social services of Act 108/2006 Coll., §37 to §70. */
export enum ServiceType {
  SOCIAL_COUNSELLING = 'SOCIAL_COUNSELLING',
  PERSONAL_ASSISTANCE = 'PERSONAL_ASSISTANCE',
  HOME_CARE = 'HOME_CARE',
  EMERGENCY_CARE = 'EMERGENCY_CARE',
  GUIDE_AND_READER_SERVICES = 'GUIDE_AND_READER_SERVICES',
  SUPPORTED_INDEPENDENT_LIVING = 'SUPPORTED_INDEPENDENT_LIVING',
  RESPITE_CARE = 'RESPITE_CARE',
  DAY_SERVICE_CENTRES = 'DAY_SERVICE_CENTRES',
  DAY_CARE_CENTRES = 'DAY_CARE_CENTRES',
  WEEKLY_CARE_CENTRES = 'WEEKLY_CARE_CENTRES',
  HOMES_FOR_DISABLED = 'HOMES_FOR_DISABLED',
  HOMES_FOR_ELDERLY = 'HOMES_FOR_ELDERLY',
  SPECIAL_REGIME_HOMES = 'SPECIAL_REGIME_HOMES',
  SHELTERED_HOUSING = 'SHELTERED_HOUSING',
  SOCIAL_SERVICES_IN_HEALTH_FACILITIES = 'SOCIAL_SERVICES_IN_HEALTH_FACILITIES',
  EARLY_INTERVENTION = 'EARLY_INTERVENTION',
  CRISIS_HELPLINE = 'CRISIS_HELPLINE',
  INTERPRETING_SERVICES = 'INTERPRETING_SERVICES',
  ASYLUM_HOUSES = 'ASYLUM_HOUSES',
  HALFWAY_HOUSES = 'HALFWAY_HOUSES',
  CONTACT_CENTRES = 'CONTACT_CENTRES',
  CRISIS_ASSISTANCE = 'CRISIS_ASSISTANCE',
  INTERVENTION_CENTRES = 'INTERVENTION_CENTRES',
  LOW_THRESHOLD_DAY_CENTRES = 'LOW_THRESHOLD_DAY_CENTRES',
  LOW_THRESHOLD_YOUTH_FACILITIES = 'LOW_THRESHOLD_YOUTH_FACILITIES',
  NIGHT_SHELTERS = 'NIGHT_SHELTERS',
  AFTERCARE_SERVICES = 'AFTERCARE_SERVICES',
  ACTIVATION_SERVICES_FOR_FAMILIES = 'ACTIVATION_SERVICES_FOR_FAMILIES',
  ACTIVATION_SERVICES_FOR_SENIORS_AND_DISABLED = 'ACTIVATION_SERVICES_FOR_SENIORS_AND_DISABLED',
  SOCIAL_THERAPEUTIC_WORKSHOPS = 'SOCIAL_THERAPEUTIC_WORKSHOPS',
  THERAPEUTIC_COMMUNITIES = 'THERAPEUTIC_COMMUNITIES',
  FIELD_PROGRAMMES = 'FIELD_PROGRAMMES',
  SOCIAL_REHABILITATION = 'SOCIAL_REHABILITATION',
}
registerEnumType(ServiceType, { name: 'ServiceType', description: 'Kind of social service under Act 108/2006 Coll. (§37–§70); see `serviceTypes` for § numbers and names.' });

export interface ServiceTypeInfo {
  /** The section of the Act, e.g. "40" or "60a". */
  section: string;
  forms: readonly ServiceForm[];
  names: Record<Locale, string>;
}

const { RESIDENTIAL: R, OUTPATIENT: O, FIELD: F } = ServiceForm;

/**
 * § number, the forms the Act allows and the names in cs/pl/en, in the order of the Act. The
 * forms follow the wording of each section (e.g. §39 "terénní služba", §44 "terénní, ambulantní
 * nebo pobytová"); §37 names no form, so all three are allowed. Polish names are descriptive
 * translations: Poland has no such catalogue.
 */
export const SERVICE_TYPES: Record<ServiceType, ServiceTypeInfo> = {
  SOCIAL_COUNSELLING: { section: '37', forms: [O, F, R], names: { cs: 'odborné sociální poradenství', pl: 'specjalistyczne poradnictwo socjalne', en: 'professional social counselling' } },
  PERSONAL_ASSISTANCE: { section: '39', forms: [F], names: { cs: 'osobní asistence', pl: 'asystencja osobista', en: 'personal assistance' } },
  HOME_CARE: { section: '40', forms: [F, O], names: { cs: 'pečovatelská služba', pl: 'usługi opiekuńcze', en: 'home care service' } },
  EMERGENCY_CARE: { section: '41', forms: [F], names: { cs: 'tísňová péče', pl: 'teleopieka', en: 'emergency alarm care' } },
  GUIDE_AND_READER_SERVICES: { section: '42', forms: [F, O], names: { cs: 'průvodcovské a předčitatelské služby', pl: 'usługi przewodnika i lektora', en: 'guide and reader services' } },
  SUPPORTED_INDEPENDENT_LIVING: { section: '43', forms: [F], names: { cs: 'podpora samostatného bydlení', pl: 'wsparcie samodzielnego zamieszkiwania', en: 'support for independent living' } },
  RESPITE_CARE: { section: '44', forms: [F, O, R], names: { cs: 'odlehčovací služby', pl: 'opieka wytchnieniowa', en: 'respite care' } },
  DAY_SERVICE_CENTRES: { section: '45', forms: [O], names: { cs: 'centra denních služeb', pl: 'centra usług dziennych', en: 'day service centres' } },
  DAY_CARE_CENTRES: { section: '46', forms: [O], names: { cs: 'denní stacionáře', pl: 'ośrodki dziennego pobytu', en: 'day care centres' } },
  WEEKLY_CARE_CENTRES: { section: '47', forms: [R], names: { cs: 'týdenní stacionáře', pl: 'ośrodki tygodniowego pobytu', en: 'weekly care centres' } },
  HOMES_FOR_DISABLED: { section: '48', forms: [R], names: { cs: 'domovy pro osoby se zdravotním postižením', pl: 'domy dla osób z niepełnosprawnościami', en: 'homes for people with disabilities' } },
  HOMES_FOR_ELDERLY: { section: '49', forms: [R], names: { cs: 'domovy pro seniory', pl: 'domy dla seniorów', en: 'homes for the elderly' } },
  SPECIAL_REGIME_HOMES: { section: '50', forms: [R], names: { cs: 'domovy se zvláštním režimem', pl: 'domy o szczególnym reżimie', en: 'homes with a special regime' } },
  SHELTERED_HOUSING: { section: '51', forms: [R], names: { cs: 'chráněné bydlení', pl: 'mieszkania chronione', en: 'sheltered housing' } },
  SOCIAL_SERVICES_IN_HEALTH_FACILITIES: {
    section: '52',
    forms: [R],
    names: { cs: 'sociální služby poskytované ve zdravotnických zařízeních lůžkové péče', pl: 'usługi społeczne w szpitalach i zakładach opieki stacjonarnej', en: 'social services in inpatient health facilities' },
  },
  EARLY_INTERVENTION: { section: '54', forms: [F, O], names: { cs: 'raná péče', pl: 'wczesne wspomaganie rozwoju', en: 'early intervention' } },
  CRISIS_HELPLINE: { section: '55', forms: [F], names: { cs: 'telefonická krizová pomoc', pl: 'telefon zaufania', en: 'crisis helpline' } },
  INTERPRETING_SERVICES: { section: '56', forms: [F, O], names: { cs: 'tlumočnické služby', pl: 'usługi tłumacza', en: 'interpreting services' } },
  ASYLUM_HOUSES: { section: '57', forms: [R], names: { cs: 'azylové domy', pl: 'domy azylowe', en: 'asylum houses' } },
  HALFWAY_HOUSES: { section: '58', forms: [R], names: { cs: 'domy na půl cesty', pl: 'domy pół drogi', en: 'halfway houses' } },
  CONTACT_CENTRES: { section: '59', forms: [O, F], names: { cs: 'kontaktní centra', pl: 'punkty kontaktowe', en: 'contact centres' } },
  CRISIS_ASSISTANCE: { section: '60', forms: [O, F, R], names: { cs: 'krizová pomoc', pl: 'interwencja kryzysowa', en: 'crisis assistance' } },
  INTERVENTION_CENTRES: { section: '60a', forms: [R, O, F], names: { cs: 'intervenční centra', pl: 'centra interwencyjne', en: 'intervention centres' } },
  LOW_THRESHOLD_DAY_CENTRES: { section: '61', forms: [O, F], names: { cs: 'nízkoprahová denní centra', pl: 'niskoprogowe centra dzienne', en: 'low-threshold day centres' } },
  LOW_THRESHOLD_YOUTH_FACILITIES: {
    section: '62',
    forms: [O, F],
    names: { cs: 'nízkoprahová zařízení pro děti a mládež', pl: 'niskoprogowe placówki dla dzieci i młodzieży', en: 'low-threshold facilities for children and youth' },
  },
  NIGHT_SHELTERS: { section: '63', forms: [O], names: { cs: 'noclehárny', pl: 'noclegownie', en: 'night shelters' } },
  AFTERCARE_SERVICES: { section: '64', forms: [O, R], names: { cs: 'služby následné péče', pl: 'usługi opieki następczej', en: 'aftercare services' } },
  ACTIVATION_SERVICES_FOR_FAMILIES: {
    section: '65',
    forms: [F, O],
    names: { cs: 'sociálně aktivizační služby pro rodiny s dětmi', pl: 'usługi aktywizujące dla rodzin z dziećmi', en: 'social activation services for families with children' },
  },
  ACTIVATION_SERVICES_FOR_SENIORS_AND_DISABLED: {
    section: '66',
    forms: [O, F],
    names: {
      cs: 'sociálně aktivizační služby pro seniory a osoby se zdravotním postižením',
      pl: 'usługi aktywizujące dla seniorów i osób z niepełnosprawnościami',
      en: 'social activation services for older people and people with disabilities',
    },
  },
  SOCIAL_THERAPEUTIC_WORKSHOPS: { section: '67', forms: [O], names: { cs: 'sociálně terapeutické dílny', pl: 'warsztaty terapii zajęciowej', en: 'social therapeutic workshops' } },
  THERAPEUTIC_COMMUNITIES: { section: '68', forms: [R], names: { cs: 'terapeutické komunity', pl: 'społeczności terapeutyczne', en: 'therapeutic communities' } },
  FIELD_PROGRAMMES: { section: '69', forms: [F], names: { cs: 'terénní programy', pl: 'programy terenowe (streetworking)', en: 'field programmes' } },
  SOCIAL_REHABILITATION: { section: '70', forms: [F, O, R], names: { cs: 'sociální rehabilitace', pl: 'rehabilitacja społeczna', en: 'social rehabilitation' } },
};

/** "§ 40 pečovatelská služba" in the given language. */
export const serviceTypeLabel = (type: ServiceType, locale: Locale): string => `§ ${SERVICE_TYPES[type].section} ${SERVICE_TYPES[type].names[locale]}`;
