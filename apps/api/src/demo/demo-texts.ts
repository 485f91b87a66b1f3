import type { GroupKey } from './demo-catalogue';

/**
 * Czech texts of the demo meetings: agenda items, what the minutes say about each of them and
 * the decisions they lead to. A template is filled in for one meeting through its context.
 */

export interface TextContext {
  /** Name of the group ("Senioři"), or of the event for area-wide meetings. */
  group: string;
  /** Who decides at the meeting, as the subject of a decision ("Pracovní skupina", "Manažerský tým"). */
  body: string;
  targetGroup: string;
  coordinator: string;
  /** "a" when the coordinator is a woman, for Czech past-tense verbs ("zahájil/zahájila"). */
  cA: string;
  presenter: string;
  pA: string;
  /** Action plan being prepared, e.g. "2027–2028". */
  plan: string;
  year: number;
  /** Organisation the item is about (a provider of the group). */
  org: string;
  /** A development intention discussed at the item, and the provider that submitted it. */
  intention: string;
  intentionOrg: string;
  previousMeeting: string | null;
  nextMeeting: string | null;
  /** A whole number drawn for this item (counts, percentages). */
  n: number;
}

/** Who presents an item. */
export type PresenterRole =
  | 'coordinator'
  | 'commissioner'
  | 'provider'
  | 'user'
  | 'member'
  | 'org'
  /** Head of the city's social-services department. */
  | 'head'
  /** One of the working-group coordinators. */
  | 'groupCoordinator'
  | 'none';

export interface AgendaTemplate {
  title: (c: TextContext) => string;
  presenter: PresenterRole;
  /** Organisations (demo keys) whose people present the item when one of them is invited. */
  from?: readonly string[];
  minutes: number;
  /** Months (1–12) in which the item comes up; any month when absent. */
  months?: readonly number[];
  notes?: string;
  /** What the minutes say; one variant is chosen. */
  record: readonly ((c: TextContext) => string)[];
  decision?: (c: TextContext) => string;
}

export const OPENING: AgendaTemplate = {
  title: () => 'Zahájení, schválení programu a zápisu z minulého jednání',
  presenter: 'coordinator',
  minutes: 10,
  record: [
    (c) =>
      `Jednání zahájil${c.cA} ${c.coordinator}, přivítal${c.cA} přítomné a konstatoval${c.cA}, že skupina je usnášeníschopná. ` +
      `Program byl schválen bez doplnění.` +
      (c.previousMeeting ? ` K zápisu z jednání konaného dne ${c.previousMeeting} nebyly vzneseny připomínky.` : ''),
    (c) =>
      `${c.coordinator} přivítal${c.cA} členy i hosty a seznámil${c.cA} je s programem. Na návrh členů byl do bodu Různé doplněn krátký ` +
      `informační vstup k pořadníkům žadatelů.` +
      (c.previousMeeting ? ` Zápis z jednání dne ${c.previousMeeting} byl schválen bez připomínek.` : ''),
  ],
  decision: (c) =>
    c.previousMeeting ? `${c.body} schvaluje zápis z jednání konaného dne ${c.previousMeeting}.` : `${c.body} schvaluje program jednání.`,
};

export const CLOSING: AgendaTemplate = {
  title: () => 'Různé, termín příštího jednání',
  presenter: 'coordinator',
  minutes: 10,
  record: [
    (c) =>
      `Členové se vzájemně informovali o akcích svých organizací (dny otevřených dveří, benefiční koncert, nabídka vzdělávání). ` +
      (c.nextMeeting ? `Příští jednání se uskuteční ${c.nextMeeting}.` : 'Termín příštího jednání bude upřesněn e-mailem.'),
    (c) =>
      `Bez dalších podnětů. ${c.coordinator} poděkoval${c.cA} všem za účast. ` +
      (c.nextMeeting ? `Další jednání je naplánováno na ${c.nextMeeting}; pozvánka s podklady přijde e-mailem.` : 'Termín dalšího jednání bude dohodnut e-mailem.'),
  ],
};

/** Items any working group takes up during the year. */
export const COMMON_ITEMS: readonly AgendaTemplate[] = [
  {
    title: () => 'Aktuality z Odboru sociálních služeb Magistrátu města Plzně',
    from: ['mmp-oss'],
    presenter: 'commissioner',
    minutes: 15,
    record: [
      (c) =>
        `${c.presenter} informoval${c.pA} o aktualizaci Katalogu sociálních a návazných služeb města Plzně; poskytovatelé mají změny ` +
        `kontaktů a kapacit zaslat do konce měsíce. Dále informoval${c.pA} o personálních změnách na odboru a o přípravě Týdne sociálních služeb.`,
      (c) =>
        `${c.presenter} shrnul${c.pA} výsledky jednání Komise pro sociální věci Rady města Plzně. Komise doporučila navýšit ` +
        `prostředky na spolufinancování sociálních služeb o ${c.n} % oproti loňskému roku.`,
    ],
  },
  {
    title: () => 'Rozvojové záměry poskytovatelů – představení a projednání',
    presenter: 'provider',
    minutes: 30,
    record: [
      (c) =>
        `${c.presenter} představil${c.pA} rozvojový záměr organizace ${c.intentionOrg}: ${c.intention}. Členové se ptali na personální zajištění ` +
        `a na to, zda záměr odpovídá potřebám zjištěným při mapování. Záměr byl hodnocen jako potřebný; poskytovatel doplní odhad ` +
        `nákladů a zdroje financování.`,
      (c) =>
        `Skupina projednala rozvojový záměr organizace ${c.intentionOrg} (${c.intention}). ${c.presenter} doložil${c.pA} záměr daty o odmítnutých ` +
        `žadatelích za poslední rok (${c.n} osob). Zástupci zadavatele upozornili, že zařazení do sítě závisí na rozhodnutí kraje.`,
    ],
    decision: (c) =>
      `Skupina doporučuje rozvojový záměr organizace ${c.intentionOrg} (${c.intention}) k zařazení do akčního plánu ${c.plan}.`,
  },
  {
    title: (c) => `Připomínky k akčnímu plánu ${c.plan}`,
    presenter: 'coordinator',
    minutes: 40,
    months: [9, 10, 11, 12, 1],
    record: [
      (c) =>
        `${c.coordinator} představil${c.cA} pracovní verzi opatření za cílovou skupinu ${c.targetGroup}. Členové uplatnili ${c.n} ` +
        `připomínek, zejména k indikátorům a k odhadu nákladů. Připomínky budou zapracovány a vypořádány před předložením ` +
        `Manažerskému týmu.`,
      (c) =>
        `Diskuse se soustředila na priority akčního plánu ${c.plan}. Zástupci uživatelů požadovali konkrétnější formulace cílů ` +
        `a měřitelné indikátory; poskytovatelé upozornili na rostoucí mzdové náklady. Písemné připomínky lze zasílat ještě 14 dní.`,
    ],
    decision: (c) =>
      `Skupina souhlasí s předložením návrhu opatření za cílovou skupinu ${c.targetGroup} Manažerskému týmu KPSS po zapracování připomínek.`,
  },
  {
    title: (c) => `Vyhodnocení plnění akčního plánu za rok ${c.year - 1}`,
    presenter: 'coordinator',
    minutes: 30,
    months: [2, 3, 4, 5],
    record: [
      (c) =>
        `${c.presenter} seznámil${c.pA} skupinu s vyhodnocením opatření za rok ${c.year - 1}. Z opatření skupiny bylo ${40 + c.n * 3} % splněno ` +
        `zcela, ostatní částečně; důvodem bývá nedostatek pracovníků a zpoždění investičních akcí. Vyhodnocení bude zveřejněno na webu města.`,
    ],
    decision: (c) => `Skupina bere na vědomí vyhodnocení plnění akčního plánu za rok ${c.year - 1}.`,
  },
  {
    title: (c) => `Dotační program města Plzně na podporu sociálních služeb pro rok ${c.year}`,
    from: ['mmp-oss'],
    presenter: 'commissioner',
    minutes: 20,
    months: [1, 2, 3, 11, 12],
    record: [
      (c) =>
        `${c.presenter} představil${c.pA} pravidla dotačního programu. Žádosti se podávají elektronicky, podpořeny mohou být jen služby ` +
        `zařazené v síti sociálních služeb Plzeňského kraje. Poskytovatelé ocenili zjednodušení vyúčtování.`,
    ],
  },
  {
    title: () => 'Síť sociálních služeb Plzeňského kraje – změny kapacit',
    from: ['kupk'],
    presenter: 'commissioner',
    minutes: 20,
    record: [
      (c) =>
        `${c.presenter} informoval${c.pA} o aktualizaci krajské sítě sociálních služeb. Kraj přijímá žádosti o změnu kapacit dvakrát ročně; ` +
        `záměry, které mají být podpořeny od příštího roku, musí být doporučeny pracovní skupinou a obsaženy v akčním plánu města.`,
    ],
  },
  {
    title: (c) => `Představení služby: ${c.org}`,
    presenter: 'org',
    minutes: 20,
    record: [
      (c) =>
        `${c.presenter} představil${c.pA} činnost organizace ${c.org}: cílovou skupinu, kapacitu a způsob, jak se na službu obrátit. ` +
        `Služba má aktuálně pořadník ${c.n} zájemců. Členové ocenili možnost provázat službu s ostatními poskytovateli ve městě.`,
    ],
  },
  {
    title: () => 'Mapování potřeb cílové skupiny – výsledky dotazníkového šetření',
    presenter: 'commissioner',
    minutes: 30,
    months: [4, 5, 6, 9, 10],
    notes: 'Prezentace bude zaslána členům po jednání.',
    record: [
      (c) =>
        `${c.presenter} představil${c.pA} výsledky dotazníkového šetření mezi uživateli služeb a veřejností (${c.n * 10} respondentů). ` +
        `Nejčastěji zmiňovanou potřebou je dostupnost informací o službách a jejich kapacita v okrajových částech města.`,
    ],
    decision: () => 'Skupina ukládá koordinátorovi zapracovat zjištěné potřeby do analytické části akčního plánu.',
  },
  {
    title: () => 'Příprava veřejného fóra komunitního plánování',
    presenter: 'coordinator',
    minutes: 15,
    record: [
      (c) =>
        `Skupina se dohodla, že na veřejném fóru představí svá opatření formou informačního stánku. Za skupinu se stánku ujme ` +
        `${c.presenter}; podklady připraví koordinátor do dvou týdnů.`,
    ],
  },
];

/** Items of one target group. */
export const GROUP_ITEMS: Record<GroupKey, readonly AgendaTemplate[]> = {
  seniori: [
    {
      title: () => 'Kapacity pobytových služeb pro seniory a pořadníky žadatelů',
    from: ['ds-vyhlidka', 'ds-haj', 'dzr-slunecnice'],
      presenter: 'provider',
      minutes: 30,
      record: [
        (c) =>
          `${c.presenter} shrnul${c.pA} údaje domovů pro seniory a domovů se zvláštním režimem: v pořadnících čeká přes ${c.n * 10} žadatelů, ` +
          `z toho asi třetina v akutní situaci. Skupina se shodla, že řešením není jen navyšování lůžek, ale i posílení terénní péče.`,
      ],
      decision: () => 'Skupina doporučuje sledovat pořadníky pobytových služeb jednotnou metodikou a výsledky zveřejňovat jednou ročně.',
    },
    {
      title: () => 'Odlehčovací služby a podpora pečujících osob',
    from: ['pecujici', 'klub-slovany', 'klub-lochotin'],
      presenter: 'user',
      minutes: 25,
      record: [
        (c) =>
          `${c.presenter} popsal${c.pA} zkušenosti pečujících: odlehčovací pobyty je nutné objednávat měsíce předem a terénní odlehčovací ` +
          `služba o víkendech chybí. Poskytovatelé potvrdili, že poptávka převyšuje kapacitu.`,
      ],
      decision: (c) => `Skupina navrhuje zařadit do akčního plánu ${c.plan} opatření na rozšíření terénní odlehčovací služby o víkendy.`,
    },
    {
      title: () => 'Senior taxi – zkušenosti a rozšíření provozu',
    from: ['mmp-oss', 'umo2'],
      presenter: 'commissioner',
      minutes: 15,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA}, že službu Senior taxi loni využilo ${c.n * 50} seniorů. Členové navrhli rozšířit provoz ` +
          `i na dopravu k lékaři mimo Plzeň.`,
      ],
    },
    {
      title: () => 'Bezpečné stáří – prevence podvodů na seniorech',
    from: ['mp'],
      presenter: 'commissioner',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} představil${c.pA} preventivní program městské policie. Besedy v klubech seniorů budou pokračovat; kluby se mohou ` +
          `přihlásit u oddělení prevence.`,
      ],
    },
  ],
  ozp: [
    {
      title: () => 'Osobní asistence – nedostatečné kapacity',
    from: ['asistence', 'diakonie'],
      presenter: 'provider',
      minutes: 30,
      record: [
        (c) =>
          `${c.presenter} uvedl${c.pA}, že poskytovatelé osobní asistence odmítli za poslední půlrok ${c.n} zájemců, nejčastěji kvůli ` +
          `požadavku na víkendy a večery. Skupina diskutovala o náboru asistentů a o podpoře ze strany města.`,
      ],
      decision: (c) => `Skupina doporučuje navýšit kapacitu osobní asistence v akčním plánu ${c.plan} o 6 000 hodin ročně.`,
    },
    {
      title: () => 'Bezbariérovost veřejné dopravy a veřejných budov',
    from: ['stp', 'nevidomi'],
      presenter: 'user',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} předložil${c.pA} seznam zastávek a úřadů, kde chybí bezbariérový přístup. Seznam bude předán Odboru dopravy ` +
          `a správcům budov; skupina požádá o informaci o postupu odstraňování bariér.`,
      ],
    },
    {
      title: () => 'Podpora samostatného bydlení pro lidi s mentálním postižením',
    from: ['domecek', 'diakonie'],
      presenter: 'provider',
      minutes: 25,
      record: [
        (c) =>
          `${c.presenter} popsal${c.pA} přechod klientů z chráněného bydlení do bytů s podporou. Hlavní překážkou je nedostatek ` +
          `dostupných městských bytů.`,
      ],
      decision: () => 'Skupina žádá Manažerský tým KPSS o projednání vyčlenění městských bytů pro službu podpora samostatného bydlení.',
    },
    {
      title: () => 'Tlumočnické služby pro neslyšící – dostupnost na úřadech',
    from: ['gesto'],
      presenter: 'provider',
      minutes: 15,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA} o on-line tlumočení do znakového jazyka, které je nově dostupné na přepážkách úřadů ` +
          `městských obvodů. Členové žádají rozšíření i do zdravotnických zařízení.`,
      ],
    },
  ],
  rodina: [
    {
      title: () => 'Sociálně aktivizační služby pro rodiny s dětmi',
    from: ['kompas', 'nouze', 'diakonie'],
      presenter: 'provider',
      minutes: 25,
      record: [
        (c) =>
          `${c.presenter} představil${c.pA} zkušenosti se sanací rodin. Spolupráce s OSPOD funguje dobře, služba však má pořadník ` +
          `${c.n} rodin a nemůže přijímat rodiny z okrajových obvodů.`,
      ],
      decision: (c) => `Skupina doporučuje posílit sociálně aktivizační služby pro rodiny s dětmi o 1,5 úvazku v akčním plánu ${c.plan}.`,
    },
    {
      title: () => 'Nízkoprahová zařízení pro děti a mládež – letní provoz',
    from: ['archa', 'khetanes'],
      presenter: 'provider',
      minutes: 20,
      months: [4, 5, 6, 9],
      record: [
        (c) =>
          `${c.presenter} shrnul${c.pA} letní provoz klubů: program venku a spolupráce se školami. Kluby navštívilo ${c.n * 5} dětí, ` +
          `nově i z lokality Plzeň-Doubravka.`,
      ],
    },
    {
      title: () => 'Spolupráce s orgány sociálně-právní ochrany dětí',
    from: ['umo1', 'umo2', 'umo3', 'umo4'],
      presenter: 'commissioner',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA} o počtu rodin v evidenci OSPOD a o nejčastějších problémech (bydlení, dluhy, školní ` +
          `docházka). Navrhl${c.pA} pravidelná společná setkání s poskytovateli.`,
      ],
    },
    {
      title: () => 'Dluhové poradenství pro rodiny s dětmi',
    from: ['rovnovaha', 'nouze'],
      presenter: 'provider',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} upozornil${c.pA} na rostoucí počet rodin s exekucemi. Poradna nabízí konzultace v rodinných centrech ` +
          `jednou měsíčně; skupina doporučila rozšířit je i do azylových domů.`,
      ],
    },
  ],
  vylouceni: [
    {
      title: () => 'Zimní opatření pro lidi bez domova',
    from: ['pristav', 'charita', 'cestou-ven'],
      presenter: 'provider',
      minutes: 30,
      months: [10, 11, 12, 1, 2],
      record: [
        (c) =>
          `${c.presenter} představil${c.pA} zimní režim: noclehárna navyšuje kapacitu o ${c.n} lůžek, terénní pracovníci rozšiřují ` +
          `večerní trasy a nízkoprahové denní centrum prodlužuje otevírací dobu. Městská policie spolupracuje při vyhledávání ` +
          `ohrožených osob.`,
      ],
      decision: () => 'Skupina doporučuje zachovat zimní navýšení kapacity noclehárny i v příští sezóně.',
    },
    {
      title: () => 'Housing First – pilotní projekt a jeho pokračování',
    from: ['mmp-oss'],
      presenter: 'commissioner',
      minutes: 30,
      record: [
        (c) =>
          `${c.presenter} shrnul${c.pA} výsledky pilotního projektu: ${c.n} domácností získalo nájemní bydlení s podporou a většina ` +
          `z nich bydlení udržela. Skupina diskutovala o financování po skončení projektu.`,
      ],
      decision: (c) => `Skupina doporučuje zařadit pokračování programu Housing First do akčního plánu ${c.plan}.`,
    },
    {
      title: () => 'Terénní programy v lokalitách ohrožených sociálním vyloučením',
    from: ['cestou-ven', 'nouze'],
      presenter: 'provider',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA} o práci v lokalitách, kde terénní pracovníci evidují ${c.n * 3} kontaktů měsíčně. ` +
          `Nejčastěji řeší dluhy, ztrátu bydlení a závislosti.`,
      ],
    },
    {
      title: () => 'Dluhová poradna a exekuce – aktuální situace',
    from: ['rovnovaha'],
      presenter: 'provider',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} popsal${c.pA} dopady novely exekučního řádu a zkušenosti s oddlužením. Poradna má čekací dobu kolem ` +
          `${c.n} týdnů.`,
      ],
    },
  ],
  cizinci: [
    {
      title: () => 'Integrace cizinců – adaptační kurzy a jazyková výuka',
    from: ['most', 'charita'],
      presenter: 'provider',
      minutes: 25,
      record: [
        (c) =>
          `${c.presenter} představil${c.pA} nabídku kurzů češtiny a adaptačně-integračních kurzů. Kapacita večerních kurzů je ` +
          `naplněna; skupina doporučila hledat další lektory.`,
      ],
    },
    {
      title: () => 'Dočasná ochrana – situace lidí z Ukrajiny v Plzni',
    from: ['mmp-oss', 'up'],
      presenter: 'commissioner',
      minutes: 30,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA} o počtu držitelů dočasné ochrany v Plzni a o ukončení některých forem humanitární ` +
          `podpory. Poskytovatelé hlásí zvýšený zájem o pracovní a bytové poradenství.`,
      ],
      decision: () => 'Skupina doporučuje zachovat poradenství pro držitele dočasné ochrany v rozsahu alespoň dvou úvazků.',
    },
    {
      title: () => 'Tlumočení a interkulturní práce v sociálních službách',
    from: ['most', 'cestou-ven'],
      presenter: 'provider',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} upozornil${c.pA}, že poskytovatelé často nemají prostředky na tlumočníky. Skupina navrhla sdílený ` +
          `fond komunitních tlumočníků pro ukrajinštinu a vietnamštinu.`,
      ],
      decision: (c) => `Skupina navrhuje opatření „Sdílení komunitních tlumočníků“ do akčního plánu ${c.plan}.`,
    },
    {
      title: () => 'Romská komunita – sociální práce a spolupráce se školami',
    from: ['khetanes'],
      presenter: 'provider',
      minutes: 20,
      record: [
        (c) =>
          `${c.presenter} informoval${c.pA} o doučování a o spolupráci se školami v Plzni 3. Skupina ocenila zapojení ` +
          `romských asistentů a doporučila pokračovat.`,
      ],
    },
  ],
};

/** Development intentions the providers of each group bring, by organisation (demo keys). */
export const INTENTIONS: Record<GroupKey, readonly { org: string; text: string }[]> = {
  seniori: [
    { org: 'ps-sever', text: 'rozšíření pečovatelské služby o večerní a víkendové směny' },
    { org: 'ds-haj', text: 'navýšení kapacity odlehčovací služby o 4 lůžka' },
    { org: 'diakonie', text: 'nová služba denního stacionáře pro lidi s demencí' },
    { org: 'dzr-slunecnice', text: 'navýšení kapacity domova se zvláštním režimem o 12 lůžek' },
    { org: 'pece-doubravka', text: 'rozšíření terénní odlehčovací služby o víkendy' },
  ],
  ozp: [
    { org: 'asistence', text: 'navýšení kapacity osobní asistence o 6 000 hodin ročně' },
    { org: 'domecek', text: 'nová služba podpora samostatného bydlení pro 10 klientů' },
    { org: 'dilny', text: 'rozšíření sociálně terapeutických dílen o keramickou dílnu' },
    { org: 'cdz', text: 'navýšení úvazků sociální rehabilitace o 1,5' },
  ],
  rodina: [
    { org: 'kompas', text: 'rozšíření sociálně aktivizačních služeb pro rodiny s dětmi o 1,5 úvazku' },
    { org: 'archa', text: 'nový nízkoprahový klub v Plzni-Doubravce' },
    { org: 'azyl', text: 'navýšení kapacity azylového domu pro matky s dětmi o 3 pokoje' },
    { org: 'paprsek', text: 'rozšíření rané péče o klienty z Plzně-jihu' },
  ],
  vylouceni: [
    { org: 'pristav', text: 'navýšení kapacity noclehárny o 10 lůžek v zimním období' },
    { org: 'cestou-ven', text: 'rozšíření terénních programů o lokalitu Plzeň-Lobzy' },
    { org: 'rovnovaha', text: 'nové kontaktní místo dluhového poradenství' },
    { org: 'charita', text: 'prodloužení provozu nízkoprahového denního centra o víkendy' },
  ],
  cizinci: [
    { org: 'most', text: 'rozšíření odborného sociálního poradenství pro cizince o 1 úvazek' },
    { org: 'nouze', text: 'nová služba terénní práce s cizinci v ubytovnách' },
    { org: 'cestou-ven', text: 'komunitní tlumočení pro ukrajinštinu a vietnamštinu' },
    { org: 'khetanes', text: 'rozšíření doučování dětí z romských rodin' },
  ],
};

export const MANAGEMENT_ITEMS: readonly AgendaTemplate[] = [
  {
    title: () => 'Informace z jednání pracovních skupin',
    presenter: 'none',
    minutes: 30,
    record: [
      () =>
        `Koordinátoři pracovních skupin shrnuli průběh posledních jednání. Skupina Senioři řešila pořadníky pobytových služeb, ` +
        `skupina Osoby se zdravotním postižením kapacity osobní asistence, skupina Osoby ohrožené sociálním vyloučením zimní opatření.`,
      () =>
        `Koordinátoři informovali o počtu projednaných rozvojových záměrů a o účasti členů. Účast ve skupinách je stabilní, ` +
        `nižší je jen u zástupců uživatelů; tým doporučil nabídnout jim on-line připojení.`,
    ],
  },
  {
    title: (c) => `Harmonogram přípravy akčního plánu ${c.plan}`,
    presenter: 'coordinator',
    minutes: 25,
    record: [
      (c) =>
        `${c.coordinator} představil${c.cA} harmonogram: návrhy opatření ze skupin do konce září, připomínkové řízení v říjnu, ` +
        `veřejné projednání v listopadu a předložení Radě města Plzně v prosinci.`,
    ],
    decision: (c) => `Manažerský tým schvaluje harmonogram přípravy akčního plánu ${c.plan}.`,
  },
  {
    title: (c) => `Návrh rozpočtu na sociální služby na rok ${c.year + 1}`,
    from: ['mmp-oss'],
    presenter: 'commissioner',
    minutes: 25,
    months: [9, 10, 11, 12],
    record: [
      (c) =>
        `${c.presenter} představil${c.pA} návrh rozpočtu kapitoly sociálních služeb. Meziročně se počítá s navýšením o ${c.n} %, ` +
        `především kvůli růstu mezd v sociálních službách.`,
    ],
  },
  {
    title: () => 'Rozvojové záměry – souhrn doporučení pracovních skupin',
    presenter: 'coordinator',
    minutes: 30,
    record: [
      (c) =>
        `Tým prošel ${c.n} rozvojových záměrů doporučených pracovními skupinami. U dvou záměrů požádal o doplnění finančního ` +
        `krytí, ostatní postoupí krajskému úřadu.`,
    ],
    decision: () => 'Manažerský tým souhlasí s postoupením doporučených rozvojových záměrů Krajskému úřadu Plzeňského kraje.',
  },
  {
    title: () => 'Stav plnění akčního plánu – průběžná zpráva',
    presenter: 'coordinator',
    minutes: 20,
    record: [
      (c) =>
        `${c.coordinator} shrnul${c.cA} průběžné plnění: většina opatření probíhá podle plánu, zpoždění mají investiční akce ` +
        `(rekonstrukce objektu pro denní stacionář).`,
    ],
  },
  {
    title: () => 'Komunikace s veřejností: web, zpravodaj a sociální sítě',
    presenter: 'commissioner',
    minutes: 15,
    record: [
      (c) =>
        `${c.presenter} navrhl${c.pA} pravidelnou rubriku o sociálních službách ve zpravodaji městských obvodů. Tým souhlasil; ` +
        `první článek představí veřejné fórum.`,
    ],
  },
  {
    title: () => 'Spolupráce s Krajským úřadem – střednědobý plán kraje',
    from: ['kupk'],
    presenter: 'commissioner',
    minutes: 20,
    record: [
      (c) =>
        `${c.presenter} informoval${c.pA} o přípravě střednědobého plánu rozvoje sociálních služeb Plzeňského kraje. Kraj žádá ` +
        `o podklady za město do konce čtvrtletí.`,
    ],
  },
];

/** The seminar series: one title per session. */
export const TRAINING_SESSIONS: readonly { topic: string; items: readonly string[]; lecturer: string; female: boolean }[] = [
  {
    topic: 'Registrace sociálních služeb a základní činnosti',
    items: ['Registrace podle § 78 a násl. zákona o sociálních službách', 'Základní činnosti jednotlivých druhů služeb', 'Diskuse a dotazy'],
    lecturer: 'Mgr. Ivana Křenková, Krajský úřad Plzeňského kraje',
    female: true,
  },
  {
    topic: 'Standardy kvality a inspekce',
    items: ['Standardy kvality sociálních služeb v praxi', 'Jak probíhá inspekce', 'Případové studie'],
    lecturer: 'PhDr. Lubomír Šebek, inspektor kvality',
    female: false,
  },
  {
    topic: 'Financování sociálních služeb a síť kraje',
    items: ['Dotace ze státního rozpočtu a pověření k poskytování služby', 'Síť sociálních služeb kraje', 'Spolufinancování obcí'],
    lecturer: 'Ing. Radka Vondrová, Krajský úřad Plzeňského kraje',
    female: true,
  },
  {
    topic: 'Komunitní plánování a střednědobý plán',
    items: ['Komunitní plánování podle § 3 a § 95 zákona', 'Od potřeb k opatřením: jak psát opatření a indikátory', 'Práce ve skupinách'],
    lecturer: 'Mgr. Ivana Křenková, Krajský úřad Plzeňského kraje',
    female: true,
  },
];

export const TRAINING_SERIES = 'Cyklus seminářů: Zákon o sociálních službách v praxi';

export interface AreaEvent {
  title: (c: TextContext) => string;
  description: string;
  items: readonly AgendaTemplate[];
  decisions: readonly ((c: TextContext) => string)[];
}

const item = (title: string, presenter: PresenterRole, minutes: number, record: (c: TextContext) => string, notes?: string): AgendaTemplate => ({
  title: () => title,
  presenter,
  minutes,
  record: [record],
  ...(notes ? { notes } : {}),
});

export const PUBLIC_FORUMS: readonly AreaEvent[] = [
  {
    title: (c) => `Veřejné fórum: Jak se daří sociálním službám v Plzni (${c.year})`,
    description:
      'Setkání pro veřejnost, uživatele služeb, poskytovatele i zástupce města. Představíme, co se z akčního plánu podařilo, a vyslechneme ' +
      'vaše zkušenosti se službami. Vstup volný, sál je bezbariérový, tlumočení do znakového jazyka zajištěno.',
    items: [
      item('Zahájení a úvodní slovo vedoucí Odboru sociálních služeb', 'head', 10, (c) => `${c.presenter} přivítal${c.pA} účastníky a připomněl${c.pA}, že komunitní plánování je otevřené všem obyvatelům města.`),
      item('Co se podařilo: plnění akčního plánu za uplynulý rok', 'coordinator', 25, (c) =>
        `${c.presenter} shrnul${c.pA} hlavní výsledky: nové kapacity osobní asistence, pokračování programu Housing First a rozšíření terénní pečovatelské služby.`),
      item('Pracovní skupiny se představují', 'groupCoordinator', 30, () =>
        'Koordinátoři pěti pracovních skupin představili svá témata a pozvali veřejnost k zapojení; u stánků skupin se sbíraly podněty na lístečcích.'),
      item('Diskuse s veřejností', 'coordinator', 45, () =>
        'V diskusi zazněly dotazy na čekací lhůty v domovech pro seniory, na dostupnost osobní asistence o víkendech a na bezbariérovost zastávek. ' +
        'Podněty byly zapsány a předány pracovním skupinám.'),
    ],
    decisions: [
      () => 'Fórum bere na vědomí informaci o plnění akčního plánu.',
      () => 'Podněty z diskuse budou projednány v pracovních skupinách a jejich vypořádání zveřejněno na webu města.',
    ],
  },
  {
    title: (c) => `Veřejné fórum: Návrh akčního plánu ${c.plan}`,
    description:
      'Veřejné projednání návrhu akčního plánu rozvoje sociálních služeb. Přijďte se seznámit s prioritami a opatřeními a říct k nim svůj názor; ' +
      'připomínky lze podat i písemně do konce připomínkového řízení.',
    items: [
      item('Zahájení', 'head', 10, (c) => `${c.presenter} zahájil${c.pA} fórum a představil${c.pA} harmonogram schvalování akčního plánu.`),
      item('Návrh akčního plánu: priority a opatření', 'coordinator', 30, (c) =>
        `${c.presenter} představil${c.pA} pět priorit a ${c.n + 20} opatření návrhu, včetně odhadu nákladů a zdrojů financování.`),
      item('Rozvojové záměry poskytovatelů doporučené pracovními skupinami', 'groupCoordinator', 20, (c) =>
        `${c.presenter} představil${c.pA} rozvojové záměry, které pracovní skupiny doporučily k zařazení do plánu.`),
      item('Diskuse a připomínky veřejnosti', 'coordinator', 45, () =>
        'Účastníci vznesli připomínky k nedostatku odlehčovacích služeb, k podpoře pečujících a k informovanosti o službách. ' +
        'Připomínky budou vypořádány v tabulce vypořádání připomínek.'),
    ],
    decisions: [
      (c) => `Fórum bere na vědomí návrh akčního plánu ${c.plan}.`,
      () => 'Připomínky vznesené na fóru budou zapracovány do tabulky vypořádání připomínek.',
    ],
  },
];

export const WORKSHOPS: readonly AreaEvent[] = [
  {
    title: (c) => `Workshop: Priority a opatření akčního plánu ${c.plan}`,
    description: 'Společný workshop členů všech pracovních skupin: od zjištěných potřeb k prioritám a opatřením. Kapacita sálu je omezena.',
    items: [
      item('Úvod: výstupy mapování potřeb', 'coordinator', 20, (c) => `${c.presenter} shrnul${c.pA} hlavní zjištění analýzy potřeb a dotazníkového šetření.`),
      item('Práce ve skupinách podle cílových skupin', 'none', 90, () =>
        'Účastníci ve skupinách formulovali návrhy priorit a opatření; každá skupina vybrala tři nejdůležitější.'),
      item('Prezentace výstupů skupin', 'groupCoordinator', 30, (c) => `Výstupy skupin shrnul${c.pA} ${c.presenter}; návrhy budou podkladem pro první verzi plánu.`),
    ],
    decisions: [
      () => 'Výstupy workshopu budou zapracovány do první verze akčního plánu.',
      () => 'Pracovní skupiny doplní ke každému opatření odpovědnou organizaci a indikátory.',
    ],
  },
  {
    title: () => 'Workshop: Indikátory a monitorování plnění opatření',
    description: 'Jak psát měřitelné indikátory a jak budou organizace hlásit plnění opatření. Pro členy pracovních skupin a poskytovatele.',
    items: [
      item('Proč měříme: indikátory v akčním plánu', 'coordinator', 20, (c) =>
        `${c.presenter} vysvětlil${c.pA} rozdíl mezi indikátory výstupu a výsledku a ukázal${c.pA} příklady z loňského vyhodnocení.`),
      item('Práce ve skupinách: indikátory pro vybraná opatření', 'none', 75, () =>
        'Ve skupinách vznikly návrhy indikátorů pro dvanáct opatření včetně cílových hodnot.'),
      item('Jak budou organizace hlásit plnění', 'head', 20, (c) =>
        `${c.presenter} představil${c.pA} postup monitorování: organizace budou plnění hlásit jednou ročně v Komplanu.`),
    ],
    decisions: [() => 'Navržené indikátory budou předány pracovním skupinám k dopracování.'],
  },
];

export const SUPERVISION: AreaEvent = {
  title: () => 'Supervize koordinátorů pracovních skupin',
  description: 'Týmová supervize koordinátorů KPSS s externí supervizorkou. Jen pro pozvané.',
  items: [
    item('Úvodní kolečko: s čím přicházíme', 'none', 20, () => 'Koordinátoři pojmenovali témata, která je v poslední době zatěžují.'),
    item('Případová supervize: vedení jednání s rozdílnými zájmy', 'none', 90, () =>
      'Rozbor situace z jednání pracovní skupiny, kde se střetly zájmy poskytovatelů a zadavatele; hledání způsobů, jak vést diskusi k dohodě.', 'Supervizorka: Mgr. Dana Hronová'),
    item('Sdílení dobré praxe a závěr', 'none', 20, () => 'Koordinátoři sdíleli osvědčené postupy pro zapojení uživatelů do skupin.'),
  ],
  decisions: [() => 'Další supervize se uskuteční přibližně za tři měsíce.'],
};

/** The decision recorded after each seminar of the series. */
export const TRAINING_DECISIONS: readonly ((c: TextContext) => string)[] = [
  () => 'Prezentace lektora a osvědčení o absolvování budou účastníkům zaslány e-mailem.',
];

/** What the minutes of a seminar say about one of its items. */
export function trainingItemRecord(title: string, lecturer: string, female: boolean): string {
  const name = lecturer.split(',')[0] as string;
  const aa = female ? 'a' : '';
  if (title.startsWith('Diskuse')) {
    return `${name} odpovídal${aa} na dotazy účastníků, nejčastěji k registraci nových činností a k dokládání personálního zajištění.`;
  }
  if (title.startsWith('Práce ve skupinách') || title.startsWith('Případové')) {
    return `Účastníci ve skupinách pracovali s modelovými situacemi z praxe; ${name} výstupy okomentoval${aa}.`;
  }
  return `${name} představil${aa} téma „${title}“ a doplnil${aa} je příklady z praxe plzeňských služeb. Prezentace je k dispozici u koordinátorky KPSS.`;
}
