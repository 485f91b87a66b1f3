import { FundingSource } from '../measures/measure.enums';
import { GroupKey } from './demo-catalogue';

/**
 * The demo city's medium-term plan: priorities, goals and measures in the words a Czech city's
 * plan uses. Organisations and groups are keys of the demo catalogue; the generator adds the
 * timelines, states, history and money around them.
 */

export interface DemoMeasureText {
  title: string;
  description: string;
  /** The need the measure answers. */
  rationale: string;
  /** Responsible organisation (catalogue key). */
  org: string;
  partners: readonly string[];
  /** Proposing working groups; the first one's coordinator proposed it. */
  groups: readonly GroupKey[];
  targetGroups: readonly string[];
  /** Indicator: name, unit, baseline (null: not known), target. */
  indicator: readonly [string, string, string | null, string];
  /** Estimated cost per year in thousands of Kč and who pays it (shares in per cent). */
  cost: number;
  funding: readonly (readonly [FundingSource, number])[];
  activities?: readonly string[];
  /** A measure that left the plan: how and why. */
  closed?: { state: 'REJECTED' | 'MERGED' | 'WITHDRAWN'; reason: string };
  /** How a measure that stays in the plan stands (otherwise the generator's rhythm decides). */
  outcome?: 'IP' | 'ACC' | 'FUL' | 'PART' | 'NOT';
  /** A measure proposed only lately, for the plan's update. */
  fresh?: 'PROPOSED' | 'UNDER_DISCUSSION';
}

export interface DemoGoalText {
  title: string;
  description: string;
  measures: readonly DemoMeasureText[];
}

export interface DemoPriorityText {
  title: string;
  description: string;
  goals: readonly DemoGoalText[];
}

const { MUNICIPALITY: M, REGION: R, STATE: S, EU_FUNDS: EU, OTHER: O } = FundingSource;

export const PLAN_DESCRIPTION =
  'Střednědobý plán rozvoje sociálních služeb je výsledkem komunitního plánování, na kterém se podílejí zadavatelé, poskytovatelé ' +
  'a uživatelé sociálních služeb. Navazuje na Střednědobý plán rozvoje sociálních služeb Plzeňského kraje a určuje, které služby ' +
  'a související aktivity bude město v následujících letech podporovat. Plán se každoročně vyhodnocuje a aktualizuje akčním plánem.';

export const PLAN_PRIORITIES: readonly DemoPriorityText[] = [
  {
    title: 'Podpora seniorů a pečujících',
    description: 'Senioři mají žít co nejdéle doma; pečující rodiny dostanou pomoc a oddech. Pobytové služby zůstávají pro ty, kdo už doma být nemohou.',
    goals: [
      {
        title: 'Rozvoj terénních a ambulantních služeb pro seniory',
        description: 'Dostupná péče v domácnosti sedm dní v týdnu ve všech městských obvodech.',
        measures: [
          {
            title: 'Rozšíření pečovatelské služby o večerní a víkendové směny',
            description: 'Pečovatelská služba bude poskytována i ve večerních hodinách do 22:00 a o víkendech; posílení o 4 úvazky pracovnic v sociálních službách.',
            rationale: 'Analýza potřeb z roku 2024 ukázala, že 38 % zájemců o službu potřebuje pomoc večer nebo o víkendu; dnes je služba dostupná jen ve všední dny do 19:00.',
            org: 'ps-sever', partners: ['umo1', 'umo3'], groups: ['seniori'], targetGroups: ['senioři 65+', 'osoby s chronickým onemocněním'],
            indicator: ['počet klientů s večerní nebo víkendovou péčí', 'osoby', '0', '60'], cost: 2400, funding: [[M, 40], [R, 20], [S, 40]],
            activities: ['Nábor a zaškolení nových pracovnic', 'Úprava smluv s klienty a ceníku úkonů', 'Vyhodnocení prvního roku provozu'],
            outcome: 'IP',
          },
          {
            title: 'Zavedení tísňové péče pro osaměle žijící seniory',
            description: 'Zprostředkování tísňové péče s nepřetržitým dispečinkem; město hradí instalaci zařízení pro klienty s nízkými příjmy.',
            rationale: 'Ve městě žije přes 9 000 osaměle žijících lidí nad 75 let; služba tísňové péče v Plzni dosud chybí.',
            org: 'mmp-oss', partners: ['diakonie', 'mp'], groups: ['seniori'], targetGroups: ['senioři 75+ žijící osaměle'],
            indicator: ['počet připojených domácností', 'domácnosti', '0', '150'], cost: 900, funding: [[M, 70], [O, 30]],
            outcome: 'IP',
          },
          {
            title: 'Posílení terénní odlehčovací služby',
            description: 'Terénní odlehčovací služba v rozsahu až 12 hodin denně, aby pečující mohli vyřídit své záležitosti nebo si odpočinout.',
            rationale: 'Pečující rodiny podle dotazníkového šetření nejčastěji postrádají krátkodobé zastoupení v domácnosti.',
            org: 'pece-doubravka', partners: ['pecujici'], groups: ['seniori'], targetGroups: ['pečující osoby', 'senioři 65+'],
            indicator: ['počet hodin přímé péče za rok', 'hodiny', '4200', '7000'], cost: 1300, funding: [[M, 30], [R, 20], [S, 50]],
          },
          {
            title: 'Terénní odlehčovací služba o víkendech',
            description: 'Samostatná víkendová směna terénní odlehčovací služby.',
            rationale: 'Pečující žádají o zastoupení hlavně o víkendech.',
            org: 'pece-doubravka', partners: [], groups: ['seniori'], targetGroups: ['pečující osoby'],
            indicator: ['počet víkendových intervencí', 'intervence', '0', '400'], cost: 450, funding: [[M, 50], [S, 50]],
            closed: { state: 'MERGED', reason: 'Víkendové směny jsou součástí opatření „Posílení terénní odlehčovací služby“; obě opatření připravuje tentýž poskytovatel.' },
          },
          {
            title: 'Osobní asistence pro seniory v okrajových částech města',
            description: 'Rozšíření osobní asistence do městských obvodů Plzeň 5–10 včetně dopravy asistentů.',
            rationale: 'Klienti z okrajových obvodů čekají na asistenci déle než 3 měsíce; náklady na dopravu dosud nebyly kryty.',
            org: 'asistence', partners: ['umo4'], groups: ['seniori', 'ozp'], targetGroups: ['senioři 65+', 'osoby se zdravotním postižením'],
            indicator: ['počet klientů z obvodů 5–10', 'osoby', '12', '35'], cost: 1100, funding: [[M, 35], [R, 15], [S, 50]],
          },
        ],
      },
      {
        title: 'Podpora pečujících osob',
        description: 'Pečující znají své možnosti, mají kam se obrátit a mohou si odpočinout.',
        measures: [
          {
            title: 'Poradenské centrum pro pečující',
            description: 'Kontaktní místo s odborným sociálním poradenstvím, půjčovnou kompenzačních pomůcek a svépomocnými skupinami pečujících.',
            rationale: 'Pečující se o dostupných službách a příspěvcích dozvídají pozdě, často až v krizi.',
            org: 'diakonie', partners: ['pecujici', 'mmp-oss'], groups: ['seniori', 'ozp'], targetGroups: ['pečující osoby'],
            indicator: ['počet podpořených pečujících za rok', 'osoby', '80', '250'], cost: 1600, funding: [[M, 30], [EU, 60], [O, 10]],
            activities: ['Otevření kontaktního místa v Diakonii Radbuza', 'Svépomocná skupina pečujících jednou měsíčně', 'Půjčovna kompenzačních pomůcek'],
          },
          {
            title: 'Pobytové odlehčovací služby v domově pro seniory',
            description: 'Vyčlenění 4 lůžek odlehčovací služby v Domově pro seniory Zelený Háj.',
            rationale: 'Pobytová odlehčovací služba je v Plzni trvale plně obsazena, čekací doba je 6–8 týdnů.',
            org: 'ds-haj', partners: ['mmp-oss'], groups: ['seniori'], targetGroups: ['senioři 65+', 'pečující osoby'],
            indicator: ['počet lůžek odlehčovací služby', 'lůžka', '6', '10'], cost: 1900, funding: [[M, 40], [S, 40], [O, 20]],
          },
          {
            title: 'Vzdělávací cyklus pro rodinné pečující',
            description: 'Kurzy péče o blízkého v domácnosti (polohování, hygiena, strava, péče o člověka s demencí) čtyřikrát ročně.',
            rationale: 'Rodinní pečující nemají praktické dovednosti a brzy se vyčerpají.',
            org: 'hospic', partners: ['diakonie', 'pecujici'], groups: ['seniori'], targetGroups: ['pečující osoby'],
            indicator: ['počet absolventů kurzů', 'osoby', '0', '120'], cost: 180, funding: [[M, 60], [O, 40]],
          },
          {
            title: 'Příspěvek města na úhradu odlehčovací služby',
            description: 'Přímý příspěvek města pečujícím na úhradu pobytové odlehčovací služby.',
            rationale: 'Úhrada odlehčovací služby je pro část rodin nedostupná.',
            org: 'mmp-oss', partners: [], groups: ['seniori'], targetGroups: ['pečující osoby'],
            indicator: ['počet vyplacených příspěvků', 'příspěvky', null, '100'], cost: 1200, funding: [[M, 100]],
            closed: { state: 'REJECTED', reason: 'Rada města nepodpořila zavedení nové dávky; podpora pečujících bude řešena rozšířením kapacity odlehčovacích služeb.' },
          },
        ],
      },
      {
        title: 'Kvalitní pobytové služby pro seniory s vysokou mírou potřebné podpory',
        description: 'Pobytové služby mají kapacitu pro lidi s demencí a ve vysokém stupni závislosti.',
        measures: [
          {
            title: 'Navýšení kapacity domova se zvláštním režimem',
            description: 'Rekonstrukce pavilonu B a navýšení kapacity domova se zvláštním režimem o 12 lůžek pro lidi s demencí.',
            rationale: 'V pořadníku domovů se zvláštním režimem čeká 140 žadatelů, z toho 90 s diagnózou demence.',
            org: 'dzr-slunecnice', partners: ['kupk', 'mmp-oss'], groups: ['seniori'], targetGroups: ['lidé s demencí'],
            indicator: ['kapacita domova se zvláštním režimem', 'lůžka', '48', '60'], cost: 5200, funding: [[M, 20], [R, 20], [S, 40], [O, 20]],
            activities: ['Projektová dokumentace rekonstrukce pavilonu B', 'Stavební úpravy a vybavení pokojů', 'Registrace navýšené kapacity u krajského úřadu'],
            outcome: 'IP',
          },
          {
            title: 'Paliativní péče v domovech pro seniory',
            description: 'Spolupráce domovů pro seniory s domácím hospicem: konzultace, vzdělávání personálu a doprovázení rodin.',
            rationale: 'Většina obyvatel domovů umírá v nemocnici, přestože si přáli zůstat v domově.',
            org: 'hospic', partners: ['ds-vyhlidka', 'ds-haj'], groups: ['seniori'], targetGroups: ['senioři v pobytových službách'],
            indicator: ['podíl úmrtí v domově', '%', '35', '60'], cost: 600, funding: [[M, 50], [R, 30], [O, 20]],
          },
          {
            title: 'Modernizace Domova pro seniory Na Vyhlídce',
            description: 'Přestavba třílůžkových pokojů na jednolůžkové a dvoulůžkové s vlastním sociálním zařízením.',
            rationale: 'Třetina pokojů nesplňuje současné standardy kvality a soukromí.',
            org: 'ds-vyhlidka', partners: ['mmp-oss'], groups: ['seniori'], targetGroups: ['senioři 65+'],
            indicator: ['počet třílůžkových pokojů', 'pokoje', '18', '0'], cost: 8500, funding: [[M, 30], [EU, 70]],
          },
          {
            title: 'Denní stacionář pro lidi s demencí',
            description: 'Nový denní stacionář s kapacitou 15 klientů pro lidi s demencí v Plzni-Bolevci.',
            rationale: 'Pečující o lidi s demencí nemohou chodit do práce; ambulantní služba pro ně ve městě chybí.',
            org: 'diakonie', partners: ['pecujici'], groups: ['seniori'], targetGroups: ['lidé s demencí', 'pečující osoby'],
            indicator: ['kapacita stacionáře', 'klienti', '0', '15'], cost: 3100, funding: [[M, 30], [R, 10], [S, 40], [O, 20]],
            fresh: 'PROPOSED',
          },
        ],
      },
    ],
  },
  {
    title: 'Osoby se zdravotním postižením',
    description: 'Lidé se zdravotním postižením žijí samostatně v běžném prostředí, pracují a mají dostupnou podporu podle svých potřeb.',
    goals: [
      {
        title: 'Podpora samostatného bydlení a přechodu z ústavní péče',
        description: 'Transformace pobytových služeb a dostupné bydlení s podporou.',
        measures: [
          {
            title: 'Nová služba podpora samostatného bydlení',
            description: 'Terénní služba podpory samostatného bydlení pro 10 klientů s mentálním postižením, kteří odcházejí z chráněného bydlení.',
            rationale: 'Pět klientů chráněného bydlení je připraveno žít samostatně, ale bez podpory v domácnosti přechod nezvládnou.',
            org: 'domecek', partners: ['mmp-oss', 'kupk'], groups: ['ozp'], targetGroups: ['osoby s mentálním postižením'],
            indicator: ['počet klientů v samostatném bydlení', 'osoby', '0', '10'], cost: 1400, funding: [[M, 20], [R, 20], [S, 60]],
            activities: ['Zajištění 4 městských bytů', 'Registrace služby', 'Individuální plány přechodu klientů'],
            outcome: 'IP',
          },
          {
            title: 'Rozšíření chráněného bydlení o dvě domácnosti',
            description: 'Dva byty chráněného bydlení po 4 lůžkách v běžné zástavbě.',
            rationale: 'Pořadník chráněného bydlení má 22 žadatelů, průměrná čekací doba přesahuje dva roky.',
            org: 'domecek', partners: ['mmp-oss'], groups: ['ozp'], targetGroups: ['osoby s mentálním postižením', 'osoby s kombinovaným postižením'],
            indicator: ['kapacita chráněného bydlení', 'lůžka', '16', '24'], cost: 2800, funding: [[M, 20], [S, 50], [EU, 30]],
          },
          {
            title: 'Tréninkové byty pro lidi s duševním onemocněním',
            description: 'Dva tréninkové byty, kde klienti sociální rehabilitace nacvičují samostatné bydlení.',
            rationale: 'Po hospitalizaci se lidé s duševním onemocněním nemají kam vrátit a hospitalizace se opakují.',
            org: 'cdz', partners: ['mmp-oss'], groups: ['ozp', 'vylouceni'], targetGroups: ['osoby s duševním onemocněním'],
            indicator: ['počet klientů, kteří prošli tréninkovým bydlením', 'osoby', '0', '12'], cost: 700, funding: [[M, 40], [S, 60]],
          },
          {
            title: 'Bezbariérové městské byty',
            description: 'Úprava 10 městských bytů na bezbariérové a jejich přidělování podle pravidel sociálního bydlení.',
            rationale: 'Město nemá bezbariérové byty k přidělení.',
            org: 'mmp-oss', partners: ['stp'], groups: ['ozp'], targetGroups: ['osoby s tělesným postižením'],
            indicator: ['počet bezbariérových bytů', 'byty', '2', '12'], cost: 3000, funding: [[M, 100]],
            closed: { state: 'WITHDRAWN', reason: 'Opatření převzal Koncepce bydlení města Plzně; pracovní skupina návrh stáhla, aby se nefinancovalo dvakrát.' },
          },
        ],
      },
      {
        title: 'Dostupná ambulantní a terénní podpora',
        description: 'Osobní asistence, tlumočení, dílny a stacionáře v dostatečné kapacitě.',
        measures: [
          {
            title: 'Navýšení kapacity osobní asistence',
            description: 'Navýšení osobní asistence o 6 000 hodin ročně, zejména pro klienty potřebující asistenci ráno a večer.',
            rationale: 'Poskytovatel odmítl v roce 2024 pro nedostatek kapacity 41 zájemců.',
            org: 'asistence', partners: ['stp'], groups: ['ozp'], targetGroups: ['osoby s tělesným postižením', 'osoby s kombinovaným postižením'],
            indicator: ['počet hodin osobní asistence za rok', 'hodiny', '28000', '34000'], cost: 2200, funding: [[M, 25], [R, 15], [S, 60]],
            outcome: 'IP',
          },
          {
            title: 'Tlumočnické služby pro neslyšící on-line',
            description: 'Zavedení on-line tlumočení do znakového jazyka (videohovor) pro jednání na úřadech a u lékaře.',
            rationale: 'Osobní tlumočení je třeba objednat několik dní předem; neslyšící nemohou řešit akutní situace.',
            org: 'gesto', partners: ['nevidomi', 'mmp-oss'], groups: ['ozp'], targetGroups: ['osoby se sluchovým postižením'],
            indicator: ['počet on-line tlumočení za rok', 'intervence', '0', '600'], cost: 520, funding: [[M, 40], [S, 60]],
            activities: ['Pořízení technického vybavení', 'Propagace služby na úřadech a v nemocnici'],
          },
          {
            title: 'Keramická dílna v sociálně terapeutických dílnách',
            description: 'Rozšíření sociálně terapeutických dílen o keramickou dílnu pro 6 klientů.',
            rationale: 'Dílny odmítají zájemce; keramická dílna umožní nácvik pracovních návyků i prodej výrobků.',
            org: 'dilny', partners: ['stacionar'], groups: ['ozp'], targetGroups: ['osoby s mentálním postižením'],
            indicator: ['kapacita dílen', 'klienti', '18', '24'], cost: 850, funding: [[M, 30], [S, 50], [O, 20]],
            outcome: 'IP',
          },
          {
            title: 'Svoz klientů do denního stacionáře',
            description: 'Pořízení mikrobusu a zajištění svozu klientů denního stacionáře z celého města.',
            rationale: 'Rodiny, které nemohou klienty vozit, službu nevyužívají.',
            org: 'stacionar', partners: ['umo2'], groups: ['ozp', 'rodina'], targetGroups: ['osoby s kombinovaným postižením', 'děti se zdravotním postižením'],
            indicator: ['počet klientů využívajících svoz', 'osoby', '0', '14'], cost: 650, funding: [[M, 60], [O, 40]],
          },
          {
            title: 'Průvodcovská služba pro nevidomé',
            description: 'Zřízení průvodcovské a předčitatelské služby pro nevidomé a slabozraké.',
            rationale: 'Nevidomí nemají podporu při cestách k lékaři a na úřady.',
            org: 'gesto', partners: ['nevidomi'], groups: ['ozp'], targetGroups: ['osoby se zrakovým postižením'],
            indicator: ['počet doprovodů za rok', 'intervence', '0', '300'], cost: 480, funding: [[M, 50], [S, 50]],
            closed: { state: 'MERGED', reason: 'Průvodcovství zajistí tlumočnické centrum v rámci on-line tlumočení a doprovodů; opatření se spojují.' },
          },
        ],
      },
      {
        title: 'Duševní zdraví a sociální rehabilitace',
        description: 'Reforma péče o duševní zdraví: služby v komunitě místo opakovaných hospitalizací.',
        measures: [
          {
            title: 'Posílení týmu sociální rehabilitace o 1,5 úvazku',
            description: 'Posílení multidisciplinárního týmu centra duševního zdraví o sociální pracovníky.',
            rationale: 'Centrum duševního zdraví pokrývá jen jih města; klienti ze severu čekají měsíce.',
            org: 'cdz', partners: ['kupk'], groups: ['ozp'], targetGroups: ['osoby s duševním onemocněním'],
            indicator: ['počet klientů sociální rehabilitace', 'osoby', '110', '150'], cost: 980, funding: [[M, 20], [S, 80]],
            outcome: 'IP',
          },
          {
            title: 'Peer konzultanti v sociálních službách',
            description: 'Zaměstnání peer konzultantů se zkušeností s duševním onemocněním v sociálních službách.',
            rationale: 'Peer konzultanti zvyšují důvěru klientů a pomáhají jim zůstat ve službě.',
            org: 'cdz', partners: ['kotva'], groups: ['ozp', 'vylouceni'], targetGroups: ['osoby s duševním onemocněním'],
            indicator: ['počet peer konzultantů', 'osoby', '1', '4'], cost: 560, funding: [[M, 30], [EU, 70]],
          },
          {
            title: 'Krizové lůžko pro lidi v psychické krizi',
            description: 'Krizové lůžko s nepřetržitou dostupností pro lidi v akutní psychické krizi.',
            rationale: 'Lidé v krizi končí na policii nebo v nemocnici, protože jiná pomoc v noci není.',
            org: 'cdz', partners: ['mp', 'kupk'], groups: ['ozp'], targetGroups: ['osoby v psychické krizi'],
            indicator: ['počet krizových pobytů za rok', 'pobyty', '0', '80'], cost: 1500, funding: [[M, 30], [R, 30], [S, 40]],
            fresh: 'UNDER_DISCUSSION',
          },
          {
            title: 'Svépomocné skupiny pro lidi s duševním onemocněním a jejich blízké',
            description: 'Pravidelné svépomocné skupiny vedené peer konzultanty a rodinné skupiny pro blízké.',
            rationale: 'Blízcí lidí s duševním onemocněním nemají kde sdílet zkušenosti; svépomocné skupiny snižují riziko relapsu.',
            org: 'kotva', partners: ['cdz'], groups: ['ozp'], targetGroups: ['osoby s duševním onemocněním', 'rodinní příslušníci'],
            indicator: ['počet setkání za rok', 'setkání', '10', '40'], cost: 120, funding: [[M, 80], [O, 20]],
          },
        ],
      },
    ],
  },
  {
    title: 'Rodiny s dětmi',
    description: 'Rodiny v obtížné situaci dostanou včasnou pomoc, aby děti mohly vyrůstat doma.',
    goals: [
      {
        title: 'Včasná podpora rodin a dětí',
        description: 'Raná péče a sociálně aktivizační služby dostupné v celém městě.',
        measures: [
          {
            title: 'Rozšíření rané péče o klienty z Plzně-jihu',
            description: 'Posílení rané péče o 1 úvazek poradkyně a rozšíření o lokalitu Plzeň-jih.',
            rationale: 'Rodiny dětí se zdravotním postižením z jihu města čekají na první návštěvu až 4 měsíce.',
            org: 'paprsek', partners: ['umo2'], groups: ['rodina', 'ozp'], targetGroups: ['rodiny s dětmi se zdravotním postižením'],
            indicator: ['počet rodin v rané péči', 'rodiny', '85', '110'], cost: 720, funding: [[M, 25], [R, 15], [S, 60]],
            outcome: 'IP',
          },
          {
            title: 'Sociálně aktivizační služby pro rodiny s dětmi',
            description: 'Posílení sociálně aktivizačních služeb o 1,5 úvazku, práce s rodinou v domácnosti.',
            rationale: 'OSPOD eviduje rostoucí počet rodin, kterým hrozí odebrání dítěte kvůli bydlení a dluhům.',
            org: 'kompas', partners: ['umo1', 'umo2', 'umo3', 'umo4'], groups: ['rodina'], targetGroups: ['rodiny s dětmi'],
            indicator: ['počet podpořených rodin', 'rodiny', '60', '90'], cost: 1050, funding: [[M, 30], [S, 70]],
            activities: ['Nábor dvou pracovnic', 'Spolupráce s OSPOD v obvodech', 'Skupina pro rodiče'],
            outcome: 'IP',
          },
          {
            title: 'Rodinné centrum pro rodiče s malými dětmi v Doubravce',
            description: 'Prostor pro setkávání rodičů na rodičovské dovolené, poradenství a prevence.',
            rationale: 'V Doubravce chybí místo setkávání rodin s malými dětmi.',
            org: 'pampeliska', partners: ['umo4'], groups: ['rodina'], targetGroups: ['rodiče s dětmi do 6 let'],
            indicator: ['počet rodin navštěvujících centrum', 'rodiny', '0', '120'], cost: 380, funding: [[M, 70], [O, 30]],
          },
          {
            title: 'Odborné poradenství pro rodiny v rozvodové situaci',
            description: 'Mediace a poradenství pro rodiče v rozvodu, asistovaný kontakt s dítětem.',
            rationale: 'Soudy a OSPOD nemají kam rodiče odkázat; asistovaný kontakt ve městě neexistuje.',
            org: 'kompas', partners: ['mmp-oss'], groups: ['rodina'], targetGroups: ['rodiny s dětmi'],
            indicator: ['počet rodin v poradenství', 'rodiny', '20', '60'], cost: 600, funding: [[M, 40], [S, 60]],
          },
        ],
      },
      {
        title: 'Děti a mládež v ohrožení',
        description: 'Nízkoprahové služby a prevence pro děti a dospívající.',
        measures: [
          {
            title: 'Nový nízkoprahový klub v Plzni-Doubravce',
            description: 'Nízkoprahové zařízení pro děti a mládež 11–21 let, otevřené 5 dní v týdnu.',
            rationale: 'Městská policie eviduje v Doubravce nárůst přestupků mladistvých; nízkoprahový klub v obvodu není.',
            org: 'archa', partners: ['umo4', 'mp'], groups: ['rodina', 'vylouceni'], targetGroups: ['děti a mládež 11–21 let'],
            indicator: ['počet kontaktů za rok', 'kontakty', '0', '3000'], cost: 1250, funding: [[M, 40], [R, 10], [S, 50]],
            activities: ['Pronájem a úprava prostor', 'Registrace služby', 'Terénní mapování lokality'],
            outcome: 'IP',
          },
          {
            title: 'Doučování dětí ze sociálně vyloučených lokalit',
            description: 'Doučování a příprava do školy v domácnostech i v komunitním centru.',
            rationale: 'Děti z vyloučených lokalit opakují ročník třikrát častěji než jejich vrstevníci.',
            org: 'khetanes', partners: ['nouze'], groups: ['rodina', 'cizinci'], targetGroups: ['děti ze sociálně vyloučených lokalit'],
            indicator: ['počet doučovaných dětí', 'děti', '35', '60'], cost: 420, funding: [[M, 50], [EU, 50]],
          },
          {
            title: 'Terénní práce s mládeží na sídlištích',
            description: 'Streetwork na sídlištích Lochotín a Vinice ve večerních hodinách.',
            rationale: 'Mládež se zdržuje na sídlištích, do klubů nechodí.',
            org: 'archa', partners: ['mp'], groups: ['rodina'], targetGroups: ['mládež 15–21 let'],
            indicator: ['počet kontaktů za rok', 'kontakty', '0', '1500'], cost: 500, funding: [[M, 60], [S, 40]],
          },
          {
            title: 'Prevence rizikového chování ve školách',
            description: 'Programy primární prevence pro základní školy.',
            rationale: 'Školy žádají o programy prevence.',
            org: 'archa', partners: [], groups: ['rodina'], targetGroups: ['žáci základních škol'],
            indicator: ['počet tříd v programu', 'třídy', null, '40'], cost: 300, funding: [[M, 100]],
            closed: { state: 'REJECTED', reason: 'Primární prevence ve školách není sociální službou; opatření patří do Plánu prevence kriminality, kam bylo předáno.' },
          },
        ],
      },
      {
        title: 'Pomoc rodinám v krizi',
        description: 'Azylové bydlení a krizová pomoc pro rodiny s dětmi a oběti domácího násilí.',
        measures: [
          {
            title: 'Navýšení kapacity azylového domu pro matky s dětmi',
            description: 'Rozšíření azylového domu o 3 pokoje (9 lůžek) pro matky nebo otce s dětmi.',
            rationale: 'Azylový dům musí ročně odmítnout přes 50 rodin; rodiny pak končí na ubytovnách.',
            org: 'azyl', partners: ['mmp-oss'], groups: ['rodina', 'vylouceni'], targetGroups: ['rodiny s dětmi bez přístřeší'],
            indicator: ['kapacita azylového domu pro rodiny', 'lůžka', '24', '33'], cost: 1800, funding: [[M, 30], [R, 10], [S, 60]],
            outcome: 'IP',
          },
          {
            title: 'Intervenční tým pro oběti domácího násilí',
            description: 'Spolupráce intervenčního centra s policií a OSPOD, případové konference.',
            rationale: 'Případy domácího násilí se řeší roztříštěně.',
            org: 'nouze', partners: ['mp', 'umo1'], groups: ['rodina'], targetGroups: ['osoby ohrožené domácím násilím'],
            indicator: ['počet případových konferencí', 'konference', '4', '20'], cost: 350, funding: [[M, 50], [S, 50]],
          },
          {
            title: 'Startovací byty pro mladé dospělé z dětských domovů',
            description: 'Pět startovacích bytů s doprovodem sociálního pracovníka pro mladé odcházející z ústavní výchovy.',
            rationale: 'Třetina mladých dospělých po odchodu z dětského domova do roka ztratí bydlení.',
            org: 'azyl', partners: ['mmp-oss', 'up'], groups: ['rodina', 'vylouceni'], targetGroups: ['mladí dospělí 18–26 let'],
            indicator: ['počet obsazených startovacích bytů', 'byty', '0', '5'], cost: 900, funding: [[M, 60], [EU, 40]],
          },
          {
            title: 'Krizová pomoc pro rodiny s dětmi v noci a o víkendech',
            description: 'Telefonická a ambulantní krizová pomoc pro rodiny dostupná i mimo pracovní dobu úřadů.',
            rationale: 'Rodiny v akutní krizi (násilí, ztráta bydlení) se v noci a o víkendech nemají na koho obrátit.',
            org: 'nouze', partners: ['azyl', 'mp'], groups: ['rodina'], targetGroups: ['rodiny s dětmi v krizi'],
            indicator: ['počet krizových intervencí za rok', 'intervence', '120', '300'], cost: 680, funding: [[M, 40], [S, 60]],
          },
        ],
      },
    ],
  },
  {
    title: 'Sociální začleňování',
    description: 'Lidé bez domova, v dluzích, se závislostí a lidé z vyloučených lokalit dostanou pomoc k návratu do běžného života.',
    goals: [
      {
        title: 'Pomoc lidem bez domova',
        description: 'Nocležny, denní centra a terénní práce v dostatečné kapacitě po celý rok.',
        measures: [
          {
            title: 'Zimní navýšení kapacity noclehárny',
            description: 'Navýšení kapacity noclehárny o 10 lůžek v období listopad–březen.',
            rationale: 'V mrazivých nocích přespává venku přes 60 lidí; noclehárna je plně obsazena.',
            org: 'pristav', partners: ['mp', 'charita'], groups: ['vylouceni'], targetGroups: ['osoby bez přístřeší'],
            indicator: ['počet lůžek v zimním období', 'lůžka', '30', '40'], cost: 780, funding: [[M, 60], [S, 40]],
            activities: ['Vybavení zimní místnosti', 'Noční služba v zimním období'],
            outcome: 'IP',
          },
          {
            title: 'Víkendový provoz nízkoprahového denního centra',
            description: 'Prodloužení provozu denního centra o soboty a neděle.',
            rationale: 'O víkendech nemají lidé bez domova kde se ohřát, najíst a umýt.',
            org: 'charita', partners: ['pristav'], groups: ['vylouceni'], targetGroups: ['osoby bez přístřeší'],
            indicator: ['počet provozních dnů za rok', 'dny', '250', '365'], cost: 640, funding: [[M, 50], [S, 50]],
            outcome: 'IP',
          },
          {
            title: 'Rozšíření terénních programů o lokalitu Plzeň-Lobzy',
            description: 'Terénní práce v lokalitě Lobzy dvakrát týdně.',
            rationale: 'V Lobzích vznikly nové ubytovny; terénní pracovníci tam dosud nechodí.',
            org: 'cestou-ven', partners: ['umo2'], groups: ['vylouceni'], targetGroups: ['osoby ohrožené sociálním vyloučením'],
            indicator: ['počet klientů v lokalitě', 'osoby', '0', '70'], cost: 560, funding: [[M, 40], [S, 60]],
            outcome: 'IP',
          },
          {
            title: 'Housing First pro dlouhodobě bezdomovce',
            description: 'Deset městských bytů pro lidi dlouhodobě bez domova s intenzivní podporou sociálního pracovníka.',
            rationale: 'Lidé dlouhodobě bez domova se v systému prostupného bydlení nedostanou dál než na ubytovnu.',
            org: 'nouze', partners: ['mmp-oss', 'charita'], groups: ['vylouceni'], targetGroups: ['osoby bez přístřeší'],
            indicator: ['počet lidí, kteří udrželi bydlení déle než rok', 'osoby', '0', '8'], cost: 1700, funding: [[M, 30], [EU, 70]],
            outcome: 'IP',
          },
          {
            title: 'Hygienický servis pro lidi bez domova',
            description: 'Sprchy a praní prádla v denním centru.',
            rationale: 'Hygiena je podmínkou pro hledání práce.',
            org: 'charita', partners: ['pristav'], groups: ['vylouceni'], targetGroups: ['osoby bez přístřeší'],
            indicator: ['počet hygienických služeb za rok', 'intervence', null, '4000'], cost: 250, funding: [[M, 100]],
            closed: { state: 'MERGED', reason: 'Hygienický servis bude součástí víkendového provozu denního centra.' },
          },
        ],
      },
      {
        title: 'Dluhové poradenství a zaměstnávání',
        description: 'Lidé v dluzích a dlouhodobě nezaměstnaní najdou pomoc a cestu k práci.',
        measures: [
          {
            title: 'Nové kontaktní místo dluhového poradenství',
            description: 'Kontaktní místo dluhové poradny na Slovanech se dvěma konzultačními dny týdně.',
            rationale: 'Poradna má čekací dobu 6 týdnů; exekuce postihují téměř 10 % dospělých obyvatel města.',
            org: 'rovnovaha', partners: ['umo2', 'up'], groups: ['vylouceni', 'rodina'], targetGroups: ['osoby v dluzích'],
            indicator: ['počet klientů dluhového poradenství', 'osoby', '320', '450'], cost: 520, funding: [[M, 50], [S, 50]],
            activities: ['Otevření kontaktního místa na ÚMO Plzeň 2', 'Školení dobrovolníků pro první kontakt'],
          },
          {
            title: 'Sociální podnik pro lidi s nízkou kvalifikací',
            description: 'Podpora vzniku sociálního podniku (úklid a údržba zeleně) zaměstnávajícího klienty terénních programů.',
            rationale: 'Klienti bez kvalifikace nenacházejí práci na otevřeném trhu.',
            org: 'cestou-ven', partners: ['up', 'mmp-oss'], groups: ['vylouceni'], targetGroups: ['dlouhodobě nezaměstnaní'],
            indicator: ['počet zaměstnaných klientů', 'osoby', '0', '10'], cost: 1200, funding: [[M, 20], [EU, 70], [O, 10]],
          },
          {
            title: 'Finanční gramotnost v komunitních centrech',
            description: 'Kurzy hospodaření s rozpočtem domácnosti v komunitních centrech.',
            rationale: 'Dluhy vznikají z neznalosti podmínek půjček.',
            org: 'rovnovaha', partners: ['khetanes'], groups: ['vylouceni'], targetGroups: ['osoby ohrožené zadlužením'],
            indicator: ['počet účastníků kurzů', 'osoby', '0', '150'], cost: 150, funding: [[M, 80], [O, 20]],
          },
          {
            title: 'Prostupné zaměstnávání ve spolupráci s Úřadem práce',
            description: 'Pracovní místa u města a jeho organizací pro klienty sociálních služeb s individuálním job coachingem.',
            rationale: 'Klienti po výkonu trestu a po léčbě závislosti nenacházejí první práci, bez níž nezískají bydlení.',
            org: 'up', partners: ['cestou-ven', 'mmp-oss'], groups: ['vylouceni'], targetGroups: ['dlouhodobě nezaměstnaní', 'osoby po výkonu trestu'],
            indicator: ['počet klientů s pracovní smlouvou', 'osoby', '0', '25'], cost: 900, funding: [[S, 60], [EU, 40]],
            activities: ['Dohoda s Úřadem práce o společně zřizovaných místech', 'Job coaching pro první zaměstnané'],
          },
        ],
      },
      {
        title: 'Integrace cizinců a národnostních menšin',
        description: 'Cizinci a Romové mají přístup k informacím, poradenství a službám.',
        measures: [
          {
            title: 'Posílení poradny pro cizince o 1 úvazek',
            description: 'Posílení odborného sociálního poradenství pro cizince, zejména pro uprchlíky z Ukrajiny.',
            rationale: 'Počet klientů poradny vzrostl od roku 2022 trojnásobně.',
            org: 'most', partners: ['cizinci-spolek', 'ukrajinci'], groups: ['cizinci'], targetGroups: ['cizinci', 'osoby s dočasnou ochranou'],
            indicator: ['počet klientů poradny', 'osoby', '900', '1200'], cost: 640, funding: [[M, 30], [S, 70]],
            outcome: 'IP',
          },
          {
            title: 'Komunitní tlumočení pro ukrajinštinu a vietnamštinu',
            description: 'Síť proškolených komunitních tlumočníků pro jednání na úřadech, ve školách a ve zdravotnictví.',
            rationale: 'Úřady a školy se s rodiči cizinců nedomluví; tlumočení zajišťují děti.',
            org: 'most', partners: ['cestou-ven', 'ukrajinci', 'cizinci-spolek'], groups: ['cizinci'], targetGroups: ['cizinci'],
            indicator: ['počet tlumočení za rok', 'intervence', '150', '700'], cost: 450, funding: [[M, 40], [EU, 60]],
            activities: ['Výcvik komunitních tlumočníků', 'Objednávkový systém pro úřady a školy'],
          },
          {
            title: 'Terénní práce s cizinci v ubytovnách',
            description: 'Terénní sociální práce v ubytovnách agenturních zaměstnanců.',
            rationale: 'Agenturní zaměstnanci bydlí v nevyhovujících podmínkách a o pomoci nevědí.',
            org: 'nouze', partners: ['cizinci-spolek'], groups: ['cizinci', 'vylouceni'], targetGroups: ['cizinci', 'agenturní zaměstnanci'],
            indicator: ['počet klientů v ubytovnách', 'osoby', '0', '120'], cost: 760, funding: [[M, 30], [S, 70]],
            outcome: 'IP',
          },
          {
            title: 'Kurzy češtiny pro dospělé cizince',
            description: 'Kurzy češtiny v poradně pro cizince.',
            rationale: 'Bez češtiny nenajdou cizinci kvalifikovanou práci.',
            org: 'most', partners: [], groups: ['cizinci'], targetGroups: ['cizinci'],
            indicator: ['počet absolventů', 'osoby', null, '200'], cost: 400, funding: [[M, 50], [S, 50]],
            closed: { state: 'WITHDRAWN', reason: 'Kurzy češtiny financuje Ministerstvo vnitra v rámci integračního centra; poradna návrh stáhla.' },
          },
          {
            title: 'Romské komunitní centrum na Slovanech',
            description: 'Podpora komunitního centra: volnočasové aktivity, poradenství, spolupráce se školami.',
            rationale: 'Romské rodiny na Slovanech nemají místo, kde by jim někdo poradil.',
            org: 'khetanes', partners: ['umo2'], groups: ['cizinci', 'rodina'], targetGroups: ['romské rodiny'],
            indicator: ['počet rodin v kontaktu s centrem', 'rodiny', '40', '70'], cost: 550, funding: [[M, 50], [EU, 50]],
          },
        ],
      },
    ],
  },
  {
    title: 'Průřezová opatření',
    description: 'Informovanost, spolupráce, kvalita a financování sítě sociálních služeb.',
    goals: [
      {
        title: 'Informovanost a spolupráce',
        description: 'Lidé vědí, kam se obrátit; poskytovatelé a úřady spolupracují.',
        measures: [
          {
            title: 'Katalog sociálních služeb v tištěné a elektronické podobě',
            description: 'Každoročně aktualizovaný katalog sociálních a návazných služeb; vyhledávání na webu podle situace.',
            rationale: 'Občané i úředníci se v nabídce služeb neorientují.',
            org: 'mmp-oss', partners: ['umo1', 'umo2', 'umo3', 'umo4'], groups: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'], targetGroups: ['veřejnost'],
            indicator: ['počet vydaných výtisků', 'výtisky', '3000', '5000'], cost: 250, funding: [[M, 100]],
            activities: ['Sběr podkladů od poskytovatelů', 'Tisk a distribuce', 'Aktualizace webového katalogu'],
          },
          {
            title: 'Informační místo pro seniory na úřadech městských obvodů',
            description: 'Konzultační hodiny sociálních pracovníků pro seniory a pečující na všech ÚMO.',
            rationale: 'Senioři nepoužívají internet a informace hledají na úřadě.',
            org: 'umo1', partners: ['umo2', 'umo3', 'umo4', 'klub-slovany'], groups: ['seniori'], targetGroups: ['senioři 65+'],
            indicator: ['počet konzultací za rok', 'konzultace', '0', '800'], cost: 120, funding: [[M, 100]],
          },
          {
            title: 'Veletrh sociálních služeb',
            description: 'Každoroční veletrh poskytovatelů na náměstí Republiky.',
            rationale: 'Veřejnost služby nezná; poskytovatelé hledají zaměstnance a dobrovolníky.',
            org: 'mmp-oss', partners: ['diakonie', 'charita', 'nouze'], groups: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'], targetGroups: ['veřejnost'],
            indicator: ['počet návštěvníků', 'osoby', '1500', '2500'], cost: 160, funding: [[M, 80], [O, 20]],
          },
          {
            title: 'Case management pro klienty s kombinovanými potřebami',
            description: 'Koordinace podpory klientů, kteří využívají více služeb současně.',
            rationale: 'Klienti s více potřebami propadají mezi službami.',
            org: 'mmp-oss', partners: ['cdz', 'cestou-ven'], groups: ['vylouceni', 'ozp'], targetGroups: ['osoby s kombinovanými potřebami'],
            indicator: ['počet klientů v case managementu', 'osoby', '0', '40'], cost: 800, funding: [[M, 30], [EU, 70]],
            fresh: 'PROPOSED',
          },
        ],
      },
      {
        title: 'Kvalita a financování sítě služeb',
        description: 'Stabilní a předvídatelné financování a kvalitní personál.',
        measures: [
          {
            title: 'Víceleté financování sociálních služeb z rozpočtu města',
            description: 'Tříleté smlouvy o poskytnutí dotace pro služby zařazené do sítě.',
            rationale: 'Jednoleté dotace vyplácené v dubnu nutí poskytovatele překlenovat první měsíce roku úvěry.',
            org: 'mmp-oss', partners: ['mmp-rada', 'kupk'], groups: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'], targetGroups: ['poskytovatelé sociálních služeb'],
            indicator: ['podíl služeb s víceletou smlouvou', '%', '0', '80'], cost: 0, funding: [],
          },
          {
            title: 'Vzdělávání a supervize pracovníků v sociálních službách',
            description: 'Společný vzdělávací program a skupinová supervize pro menší poskytovatele.',
            rationale: 'Malí poskytovatelé nemají na supervizi prostředky, pracovníci vyhořívají.',
            org: 'mmp-oss', partners: ['diakonie', 'charita'], groups: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'], targetGroups: ['pracovníci v sociálních službách'],
            indicator: ['počet podpořených pracovníků', 'osoby', '60', '150'], cost: 400, funding: [[M, 60], [EU, 40]],
            activities: ['Cyklus seminářů k zákonu o sociálních službách', 'Skupinová supervize čtyřikrát ročně'],
          },
          {
            title: 'Pravidelné vyhodnocování potřeb a dostupnosti služeb',
            description: 'Každoroční sběr dat o poptávce a odmítnutých zájemcích a jejich zveřejnění.',
            rationale: 'Bez dat o odmítnutých zájemcích nelze rozhodnout, kterou službu posílit.',
            org: 'mmp-oss', partners: ['kupk'], groups: ['seniori', 'ozp', 'rodina', 'vylouceni', 'cizinci'], targetGroups: ['zadavatelé a poskytovatelé'],
            indicator: ['počet zapojených poskytovatelů', 'organizace', '15', '25'], cost: 90, funding: [[M, 100]],
          },
          {
            title: 'Dobrovolnické centrum pro sociální služby',
            description: 'Nábor, výcvik a koordinace dobrovolníků pro domovy pro seniory, hospic a nízkoprahová zařízení.',
            rationale: 'Poskytovatelé by dobrovolníky přijali, ale nemají kapacitu je vybírat a školit.',
            org: 'charita', partners: ['ds-vyhlidka', 'hospic', 'archa'], groups: ['seniori', 'rodina'], targetGroups: ['dobrovolníci', 'klienti sociálních služeb'],
            indicator: ['počet aktivních dobrovolníků', 'osoby', '25', '80'], cost: 330, funding: [[M, 50], [S, 30], [O, 20]],
          },
        ],
      },
    ],
  },
];

/** Reasons the groups give for their opinion on an intention. */
export const OPINION_REASONS = {
  recommended: [
    'Záměr odpovídá opatření střednědobého plánu a potřebě doložené analýzou. Pracovní skupina jej doporučuje k zařazení do sítě.',
    'Kapacita služby je dlouhodobě nedostatečná, poskytovatel doložil odmítnuté zájemce. Doporučeno jednomyslně.',
    'Záměr doplňuje chybějící službu v lokalitě; financování je reálné. Skupina doporučuje.',
  ],
  notRecommended: [
    'Potřeba nebyla doložena; v lokalitě působí jiný poskytovatel téže služby s volnou kapacitou. Skupina nedoporučuje.',
    'Rozpočet záměru není v souladu s normativy kraje a chybí zajištění spolufinancování. Skupina doporučuje záměr přepracovat v dalším roce.',
  ],
} as const;

export const OUTCOME_REASONS = {
  included: 'Krajský úřad zařadil záměr do krajské sítě sociálních služeb s účinností od 1. ledna.',
  notIncluded: 'Krajský úřad záměr do sítě nezařadil: kapacita typu služby v okrese je podle normativu kraje dostatečná.',
} as const;
