import { createHash } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { markdownToBlocks } from '../documents/markdown';
import { renderPdf } from '../documents/pdf-renderer';
import { OrganisationEntity } from '../organisations/organisation.entity';
import { TargetGroup } from '../services/service-catalogue';
import { PracticeAttachmentEntity } from './practice-attachment.entity';
import { PracticeEntity } from './practice.entity';
import { PracticeLanguage, PracticeState } from './practice.enums';

interface DemoPractice {
  title: string;
  summary: string;
  body: string;
  tags: string[];
  targetGroups: TargetGroup[];
  /** The start of the name of a demo organisation. */
  organisation?: string;
  language?: PracticeLanguage;
  /** Days before "now" it was published; a draft without. */
  publishedDaysAgo?: number;
  /** A small PDF generated from this Markdown is attached under this name. */
  attachment?: { fileName: string; title: string; markdown: string };
}

const S = TargetGroup;

/** The demo articles of the good-practice library (Plzeň): realistic Czech ones and two Polish ones from partner towns. */
export const DEMO_PRACTICES: readonly DemoPractice[] = [
  {
    title: 'Odlehčovací služba pro rodiny pečující o seniory',
    summary:
      'Pobytová odlehčovací služba přijme seniora až na tři týdny, aby si pečující rodina mohla odpočinout, vyřídit vlastní léčení nebo si vzít dovolenou.',
    body: `# Proč to děláme\nVětšina seniorů v Plzni dostává péči od své rodiny. Pečující jsou často sami v důchodovém věku a bez odpočinku vyhoří.\n\n# Jak služba funguje\n- pobyt na 3 dny až 3 týdny, plánovaný s předstihem nebo v krizi do 48 hodin\n- úvodní návštěva sociální pracovnice v domácnosti\n- po návratu domů telefonická podpora pečujícího\n\n# Co se osvědčilo\n**Rezervační kalendář** sdílený s praktickými lékaři a možnost krátkého „zkušebního“ pobytu na jeden den. Obsazenost lůžek se zvýšila z 60 na 85 %.`,
    tags: ['odlehčovací služba', 'pečující', 'senioři'],
    targetGroups: [S.SENIORS],
    organisation: 'Diakonie Radbuza',
    publishedDaysAgo: 40,
    attachment: {
      fileName: 'Odlehčovací služba – metodika přijetí.pdf',
      title: 'Odlehčovací služba – metodika přijetí',
      markdown: `# Přijetí do odlehčovací služby\n1. Telefonický kontakt pečujícího a ověření volné kapacity.\n2. Návštěva sociální pracovnice v domácnosti do 5 pracovních dnů.\n3. Sjednání smlouvy a plánu pobytu.\n\n# Krizové přijetí\nV krizi (hospitalizace pečujícího) přijímáme do 48 hodin na **krizové lůžko**.`,
    },
  },
  {
    title: 'Pečovatelská služba v malých obcích mikroregionu',
    summary: 'Terénní pečovatelky dojíždějí za klienty do dvanácti obcí; sdílený služební vůz a plánování tras ušetřily čtvrtinu času na cestách.',
    body: `Pečovatelská služba zajišťuje dovoz obědů, pomoc s hygienou, nákupy a doprovody k lékaři.\n\n# Plánování tras\nTrasy plánujeme týden dopředu podle zakázek klientů a obce se dělí o náklady na služební vůz podle počtu klientů.\n\n# Výsledky\n- 140 klientů v obcích do 500 obyvatel\n- o 25 % méně najetých kilometrů`,
    tags: ['pečovatelská služba', 'terénní služby', 'venkov'],
    targetGroups: [S.SENIORS, S.CHRONIC_ILLNESS],
    organisation: 'Pečovatelská služba Plzeň-sever',
    publishedDaysAgo: 25,
  },
  {
    title: 'Housing First: byt jako první krok z ulice',
    summary: 'Lidé bez domova dostávají nejdřív vlastní nájemní byt a teprve pak podporu sociální pracovnice. Po dvou letech bydlí 9 z 10 zapojených.',
    body: `# Princip\nBydlení není odměnou za „připravenost“, ale základem, na kterém lze řešit zdraví, dluhy a práci.\n\n# Spolupráce s městem\nMěsto vyčlenilo 20 obecních bytů; nájemní smlouvy jsou standardní. Sociální pracovnice dochází do domácnosti podle potřeby, zpočátku i denně.\n\n# Výsledky po dvou letech\n**90 %** domácností stále bydlí, klesl počet hospitalizací a zásahů městské policie.`,
    tags: ['housing first', 'bydlení', 'bezdomovectví'],
    targetGroups: [S.HOMELESS, S.SOCIAL_EXCLUSION],
    organisation: 'Farní charita Plzeň-Lochotín',
    publishedDaysAgo: 60,
    attachment: {
      fileName: 'Housing First – výsledky pilotu.pdf',
      title: 'Housing First – výsledky pilotního projektu',
      markdown: `# Výsledky pilotu 2024–2026\n- zapojeno 20 domácností, z toho 7 s dětmi\n- 18 domácností bydlí i po dvou letech\n- průměrná doba bez domova před vstupem: 6 let\n\n# Doporučení\nBez **vyčleněných obecních bytů** se program nedá rozšířit.`,
    },
  },
  {
    title: 'Terénní program v sociálně vyloučené lokalitě',
    summary: 'Terénní pracovníci chodí za lidmi tam, kde žijí: pomáhají s dluhy, doklady a bydlením a propojují je s dalšími službami.',
    body: `Terénní program (§ 69 zákona o sociálních službách) pracuje v lokalitě Zátiší tři odpoledne v týdnu.\n\n# Co nejvíc pomáhá\n- pravidelnost: lidé vědí, kdy a kde pracovníky najdou\n- spolupráce s dluhovou poradnou a úřadem práce\n- kontaktní místo v komunitním centru`,
    tags: ['terénní programy', 'dluhy', 'sociální vyloučení'],
    targetGroups: [S.SOCIAL_EXCLUSION, S.FAMILIES_WITH_CHILDREN],
    organisation: 'Farní charita Plzeň-Lochotín',
    publishedDaysAgo: 90,
  },
  {
    title: 'Osobní asistence i o víkendech a v noci',
    summary: 'Rozšíření osobní asistence na víkendy a noci umožnilo lidem s těžkým tělesným postižením zůstat doma místo v pobytovém zařízení.',
    body: `Osobní asistence pomáhá s péčí o sebe, domácností i pracovním uplatněním.\n\n# Jak jsme rozšířili provoz\nNoční služby pokrývá tým pěti asistentů s příplatky z dotace města. Klienti si hodiny plánují v online kalendáři.`,
    tags: ['osobní asistence', 'zdravotní postižení'],
    targetGroups: [S.PHYSICAL_DISABILITY],
    organisation: 'Asistence bez bariér',
    publishedDaysAgo: 15,
  },
  {
    title: 'Domácí hospic: doprovázení v posledních týdnech života',
    summary: 'Mobilní hospicový tým lékaře, sester a sociální pracovnice umožňuje zemřít doma, mezi blízkými.',
    body: `Tým je na telefonu 24 hodin denně. Rodině půjčujeme polohovací lůžka a koncentrátory kyslíku.\n\n# Podpora pozůstalých\nPo úmrtí nabízíme rodině setkání s psycholožkou a svépomocnou skupinu.`,
    tags: ['paliativní péče', 'hospic', 'pečující'],
    targetGroups: [S.SENIORS, S.CHRONIC_ILLNESS],
    organisation: 'Domácí hospic Světlo',
    publishedDaysAgo: 120,
  },
  {
    title: 'Chráněné bydlení v běžných bytech',
    summary: 'Lidé s mentálním postižením bydlí v běžných bytech ve městě s podporou asistentů místo velkého ústavu.',
    body: `Transformace pobytové služby: z ústavu pro 40 lidí vzniklo 8 domácností v běžné zástavbě.\n\n# Co pomohlo\n- příprava klientů i sousedů\n- individuální plány nácviku samostatnosti`,
    tags: ['chráněné bydlení', 'transformace', 'bydlení'],
    targetGroups: [S.MENTAL_DISABILITY],
    organisation: 'Chráněné bydlení Domeček',
    publishedDaysAgo: 200,
  },
  {
    title: 'Denní stacionář s dopravou pro děti s postižením',
    summary: 'Svozová doprava do denního stacionáře umožnila rodičům dětí s kombinovaným postižením zůstat v zaměstnání.',
    body: `Stacionář provozuje dva upravené mikrobusy s plošinou. Rodiče platí za dopravu symbolicky, zbytek hradí město.`,
    tags: ['denní stacionář', 'doprava', 'rodiny'],
    targetGroups: [S.FAMILIES_WITH_CHILDREN, S.MENTAL_DISABILITY],
    organisation: 'Denní stacionář Klíček',
    publishedDaysAgo: 10,
  },
  {
    title: 'Senior taxi: doprava k lékaři za 30 Kč',
    summary: 'Městský obvod hradí seniorům nad 70 let a lidem s průkazem ZTP jízdy k lékaři a na úřady; objednávají se telefonicky den předem.',
    body: `Senior taxi jezdí v pracovní dny 7–15 h. Za rok jsme zajistili přes 6 000 jízd.\n\n# Tip pro ostatní obce\nSmlouvu s dopravcem uzavřete na pevnou cenu za hodinu, ne za kilometr.`,
    tags: ['doprava', 'senioři', 'prevence'],
    targetGroups: [S.SENIORS, S.PHYSICAL_DISABILITY],
    organisation: 'Úřad městského obvodu Plzeň 2',
    publishedDaysAgo: 5,
  },
  {
    title: 'Sdílená péče: jak sladit práci a péči o rodiče',
    summary: 'Poradna pro pečující zaměstnance plzeňských firem: kurzy, konzultace a pomoc s příspěvkem na péči.',
    body: `Rozpracovaný koncept projektu, který chceme nabídnout zaměstnavatelům.\n\n- workshopy v pracovní době\n- individuální konzultace`,
    tags: ['pečující', 'zaměstnavatelé'],
    targetGroups: [S.SENIORS],
    organisation: 'Diakonie Radbuza',
  },
  {
    title: 'Opieka wytchnieniowa dla opiekunów osób z niepełnosprawnością',
    summary:
      'Gmina partnerska opisuje program opieki wytchnieniowej: opiekunowie osób z niepełnosprawnością mogą odpocząć, a podopieczny otrzymuje opiekę w domu lub w ośrodku.',
    body: `# Jak działa program\n- do 240 godzin opieki wytchnieniowej rocznie na rodzinę\n- opieka dzienna w domu lub pobyt całodobowy do 14 dni\n\n# Co się sprawdziło\nProsty wniosek i **szybka decyzja** – opiekunowie nie muszą czekać tygodniami.`,
    tags: ['opieka wytchnieniowa', 'opiekunowie'],
    targetGroups: [S.PHYSICAL_DISABILITY, S.MENTAL_DISABILITY],
    language: PracticeLanguage.PL,
    publishedDaysAgo: 30,
  },
  {
    title: 'Usługi opiekuńcze świadczone przez sąsiadów',
    summary: 'Program „Sąsiedzka pomoc”: przeszkoleni sąsiedzi świadczą usługi opiekuńcze dla seniorów w małych miejscowościach.',
    body: `Gmina zatrudnia opiekunów spośród mieszkańców danej wsi, dzięki czemu nie trzeba dojeżdżać, a seniorzy znają swoich opiekunów.`,
    tags: ['usługi opiekuńcze', 'seniorzy', 'sąsiedzi'],
    targetGroups: [S.SENIORS],
    language: PracticeLanguage.PL,
    publishedDaysAgo: 75,
  },
];

/** Writes the demo library into the demo area (in the demo's transaction); organisations are found by name. */
export async function loadDemoPractices(
  tx: EntityManager,
  { areaId, coordinatorId, now }: { areaId: string; coordinatorId: string | null; now: Date },
): Promise<void> {
  const organisations = await tx.getRepository(OrganisationEntity).findBy({ areaId });
  const organisationId = (prefix: string | undefined) =>
    prefix ? (organisations.find((organisation) => organisation.name.startsWith(prefix))?.id ?? null) : null;
  const practices = tx.getRepository(PracticeEntity);
  for (const demo of DEMO_PRACTICES) {
    const published = demo.publishedDaysAgo !== undefined;
    const saved = await practices.save(
      practices.create({
        areaId,
        title: demo.title,
        summary: demo.summary,
        body: demo.body,
        tags: demo.tags,
        targetGroups: demo.targetGroups,
        organisationId: organisationId(demo.organisation),
        authorId: coordinatorId,
        state: published ? PracticeState.PUBLISHED : PracticeState.DRAFT,
        publishedAt: published ? new Date(now.getTime() - demo.publishedDaysAgo! * 24 * 3600 * 1000) : null,
        language: demo.language ?? PracticeLanguage.CS,
        revision: 1,
      }),
    );
    if (demo.attachment) {
      const content = await renderPdf({
        locale: 'cs',
        title: demo.attachment.title,
        meta: { areaName: 'Plzeň', date: now.toISOString().slice(0, 10) },
        titlePage: false,
        toc: false,
        blocks: markdownToBlocks(demo.attachment.markdown),
      });
      await tx.getRepository(PracticeAttachmentEntity).save({
        areaId,
        practiceId: saved.id,
        fileName: demo.attachment.fileName,
        mediaType: 'application/pdf',
        size: content.length,
        sha256: createHash('sha256').update(content).digest('hex'),
        content,
        uploadedById: coordinatorId,
      });
    }
  }
}
