import { randomUUID } from 'node:crypto';
import { EntityManager } from 'typeorm';
import { ActionPlanSectionEntity } from '../action-plans/action-plan-section.entity';
import { ActionPlanVersionEntity } from '../action-plans/action-plan-version.entity';
import { ActionPlanEntity } from '../action-plans/action-plan.entity';
import { ActionPlanState, ActionPlanVersionState, SectionKind } from '../action-plans/action-plan.enums';
import { copyMeasures, insertCopies } from '../action-plans/measure-copy';
import { recordAudit } from '../audit/audit-log';
import { StrategicPlanEntity } from '../strategy/strategic-plan.entity';

interface DemoSection {
  kind: SectionKind;
  title: string;
  /** Text of version 1. */
  v1: string;
  /** Text of the draft version 2 (edited after the comment round). */
  v2: string;
}

const sections = (year: number): DemoSection[] => {
  const introduction = `Akční plán sociálních služeb města Plzně na rok ${year} navazuje na střednědobý plán rozvoje sociálních služeb a rozpracovává jeho priority do konkrétních opatření na jeden rok. Vznikl v procesu komunitního plánování, do něhož se zapojili zadavatelé, poskytovatelé i uživatelé sociálních služeb.

Plán popisuje, co se v roce ${year} v síti sociálních služeb změní, kdo za jednotlivá opatření odpovídá a z jakých zdrojů budou financována. Je podkladem pro dotační řízení města i pro žádost o zařazení služeb do krajské sítě.

Na přípravě se podílelo pět pracovních skupin a manažerský tým. Návrh byl projednán na veřejném fóru a zveřejněn k připomínkám.`;
  const analysis = `Počet obyvatel starších 65 let v Plzni dále roste a s ním poptávka po terénních službách. Pečovatelská služba a osobní asistence odmítají žadatele zejména ve večerních hodinách a o víkendech.

Hlavní zjištěné potřeby:

- dostupná péče v domácnosti i mimo pracovní dobu,
- odlehčovací služby pro pečující rodiny,
- krizová pomoc a poradenství pro rodiny s dětmi,
- dostupné bydlení pro osoby ohrožené sociálním vyloučením.

Kapacita pobytových odlehčovacích služeb je 20 lůžek a pořadník čítá přes 60 žadatelů.`;
  const budget = `Opatření akčního plánu jsou financována z rozpočtu města, z dotací Plzeňského kraje a ze státního rozpočtu, u rozvojových projektů také z fondů EU.

Město na sociální služby v roce ${year} vyčlení příspěvek v obdobné výši jako v předchozím roce; přesné částky u jednotlivých opatření jsou uvedeny v jejich rozpočtových tabulkách.`;
  const implementation = `Za realizaci akčního plánu odpovídá odbor sociálních služeb Magistrátu města Plzně ve spolupráci s poskytovateli uvedenými u jednotlivých opatření.

Plnění opatření sledují pracovní skupiny dvakrát ročně. Poskytovatelé předávají údaje o indikátorech do konce ledna následujícího roku; z nich vzniká hodnoticí zpráva, kterou projedná manažerský tým a rada města.`;
  return [
    {
      kind: SectionKind.INTRODUCTION,
      title: 'Úvod',
      v1: introduction,
      v2: introduction.replace('Návrh byl projednán na veřejném fóru a zveřejněn k připomínkám.', 'Návrh byl projednán na veřejném fóru, zveřejněn k připomínkám a připomínky byly vypořádány.'),
    },
    {
      kind: SectionKind.ANALYSIS,
      title: 'Analýza potřeb a sítě služeb',
      v1: analysis,
      v2: analysis
        .replace('Kapacita pobytových odlehčovacích služeb je 20 lůžek', 'Kapacita pobytových odlehčovacích služeb je 24 lůžek')
        .replace('- dostupné bydlení pro osoby ohrožené sociálním vyloučením.', '- dostupné bydlení pro osoby ohrožené sociálním vyloučením,\n- podpora duševního zdraví dětí a dospívajících.'),
    },
    { kind: SectionKind.BUDGET_SUMMARY, title: 'Souhrn rozpočtu', v1: budget, v2: budget },
    {
      kind: SectionKind.IMPLEMENTATION,
      title: 'Realizace a monitoring',
      v1: implementation,
      v2: implementation.replace('dvakrát ročně', 'čtvrtletně'),
    },
  ];
};

/**
 * The demo city's action plan for the current year (or the plan period's year nearest to it):
 * version 1 issued for comments, version 2 the draft with a few edits, so the diff has something
 * to show. Written in the demo's transaction, after the medium-term plan and its measures.
 */
export async function loadDemoActionPlan(
  tx: EntityManager,
  options: { areaId: string; strategicPlan: StrategicPlanEntity | Omit<StrategicPlanEntity, 'createdAt'>; coordinatorId: string; now: Date },
): Promise<void> {
  const { areaId, strategicPlan, coordinatorId, now } = options;
  const year = Math.min(Math.max(now.getFullYear(), strategicPlan.fromYear), strategicPlan.toYear);
  const plan = await tx.getRepository(ActionPlanEntity).save({
    areaId,
    strategicPlanId: strategicPlan.id,
    year,
    title: `Akční plán sociálních služeb města Plzně na rok ${year}`,
    state: ActionPlanState.DRAFT,
    approvedAt: null,
    publishedAt: null,
  });
  const issuedAt = new Date(now.getTime() - 21 * 86_400_000);
  const versions = tx.getRepository(ActionPlanVersionEntity);
  const v1 = await versions.save({
    areaId, actionPlanId: plan.id, number: 1, state: ActionPlanVersionState.ISSUED, issuedAt, issuedById: coordinatorId, changeNote: 'První verze k připomínkám pracovních skupin a veřejnosti.',
  });
  const v2 = await versions.save({ areaId, actionPlanId: plan.id, number: 2, state: ActionPlanVersionState.DRAFT, issuedAt: null, issuedById: null, changeNote: '' });
  const texts = sections(year);
  const rows = texts.flatMap((section, index) => {
    const lineageId = randomUUID();
    const common = { areaId, lineageId, kind: section.kind, position: index + 1, title: section.title, updatedById: coordinatorId };
    return [
      { ...common, versionId: v1.id, body: section.v1, revision: 1 },
      { ...common, versionId: v2.id, body: section.v2, revision: section.v2 === section.v1 ? 1 : 2 },
    ];
  });
  await tx.getRepository(ActionPlanSectionEntity).insert(rows);
  const copies = await copyMeasures(tx, areaId, strategicPlan.id, year);
  await insertCopies(tx, v1.id, copies);
  await insertCopies(tx, v2.id, copies);
  await recordAudit(tx, {
    areaId,
    actorId: coordinatorId,
    action: 'actionPlanVersion.issued',
    subjectType: 'ActionPlanVersion',
    subjectId: v1.id,
    details: { actionPlanId: plan.id, number: 1, changeNote: v1.changeNote },
  });
}
