import type { ActionPlanDocumentInput, ActionPlanDocumentMeasure } from '../src/documents/action-plan-document';
import type { SettlementDocumentInput, SettlementDocumentRow } from '../src/documents/settlement-document';
import { CommentStance, SettlementOutcome } from '../src/comments/comment.enums';
import { FundingSource } from '../src/measures/measure.enums';

/** A measure with two years of costs from three sources, two indicators and an activity. */
export function aMeasure(index: number, overrides: Partial<ActionPlanDocumentMeasure> = {}): ActionPlanDocumentMeasure {
  const priority = (index % 2) + 1;
  return {
    number: `${priority}.1.${index + 1}`,
    priorityTitle: priority === 1 ? '1 Senioři doma' : '2 Rodiny s dětmi',
    goalTitle: `${priority}.1 Dostupná pomoc v rodinách`,
    title: `Odlehčovací služba ${index + 1}`,
    description: 'Služba bude poskytována i o **víkendech**.',
    rationale: 'Pečující nemají *žádný* odpočinek.',
    targetGroups: ['senioři', 'pečující'],
    responsibleOrganisationName: 'Diakonie Západ',
    partnerNames: ['Město Plzeň'],
    fromYear: 2026,
    toYear: 2027,
    costs: [
      { year: 2026, source: FundingSource.MUNICIPALITY, amount: '100000.10' },
      { year: 2026, source: FundingSource.EU_FUNDS, amount: '250000.25' },
      { year: 2027, source: FundingSource.MUNICIPALITY, amount: '100000.10' },
      { year: 2027, source: FundingSource.REGION, amount: '0.05' },
    ],
    indicators: [
      { name: 'Podpořené osoby', unit: 'osoby', baseline: '120', target: '1500.5' },
      { name: 'Noci odlehčení', unit: 'noci', baseline: null, target: '300' },
    ],
    activities: [{ number: `${priority}.1.${index + 1}.1`, title: 'Nábor', description: 'výběr pracovníků' }],
    ...overrides,
  };
}

export function aPlanInput(measureCount: number, overrides: Partial<ActionPlanDocumentInput> = {}): ActionPlanDocumentInput {
  return {
    areaName: 'Plzeň',
    plan: { title: 'Akční plán Plzeň 2026', year: 2026 },
    version: { number: 3, issuedAt: '2026-03-05' },
    resolution: { body: 'Zastupitelstvo města Plzně', number: 'ZM/123/2026', decidedOn: '2026-04-16' },
    currency: 'Kč',
    sections: [
      { title: 'Úvod', body: '# Proč plán\n\nŽluťoučký kůň úpěl ďábelské ódy.\n\n- ťukat\n- ďobat\n\nZażółć gęślą jaźń.' },
      { title: 'Analýza', body: 'Ve městě žije **38 000** seniorů.' },
    ],
    measures: Array.from({ length: measureCount }, (_, i) => aMeasure(i)),
    ...overrides,
  };
}

export function aSettlementRow(no: number, overrides: Partial<SettlementDocumentRow> = {}): SettlementDocumentRow {
  return {
    no,
    author: `Jana Nováková ${no}`,
    organisation: 'Spolek Žižkov',
    target: 'opatření 1.1.1',
    stance: CommentStance.OBJECTION,
    text: `Připomínka číslo ${no}: doplnit odlehčovací službu pro pečující o osoby s demencí.`,
    outcome: SettlementOutcome.PARTLY_ACCEPTED,
    justification: 'Projednáno ve skupině.',
    changeMade: 'Doplněna aktivita 1.1.1.2.',
    settledBy: 'Petr Svoboda',
    settledAt: '2026-02-18',
    ...overrides,
  };
}

export function aSettlementInput(rowCount: number, overrides: Partial<SettlementDocumentInput> = {}): SettlementDocumentInput {
  return {
    areaName: 'Plzeň',
    roundTitle: 'Připomínky k návrhu 2026',
    versionNumber: 2,
    date: '2026-02-20',
    rows: Array.from({ length: rowCount }, (_, i) => aSettlementRow(i + 1)),
    ...overrides,
  };
}
