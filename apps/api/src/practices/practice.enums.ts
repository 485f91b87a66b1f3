import { registerEnumType } from '@nestjs/graphql';

/** Where an article of the good-practice library is: written and kept by its authors, or public. */
export enum PracticeState {
  DRAFT = 'DRAFT',
  PUBLISHED = 'PUBLISHED',
}
registerEnumType(PracticeState, {
  name: 'PracticeState',
  description: 'State of a good-practice article.',
  valuesMap: {
    DRAFT: { description: 'Being written; seen only by those who may edit it.' },
    PUBLISHED: { description: 'In the public library.' },
  },
});

/** The language an article is written in (the web app's languages). */
export enum PracticeLanguage {
  CS = 'cs',
  PL = 'pl',
  EN = 'en',
}
registerEnumType(PracticeLanguage, {
  name: 'PracticeLanguage',
  description: 'Language of a good-practice article.',
  valuesMap: { CS: { description: 'Czech.' }, PL: { description: 'Polish.' }, EN: { description: 'English.' } },
});

/** How a list of articles is ordered. */
export enum PracticeSort {
  RELEVANCE = 'RELEVANCE',
  NEWEST = 'NEWEST',
  TITLE = 'TITLE',
}
registerEnumType(PracticeSort, {
  name: 'PracticeSort',
  description: 'Order of good-practice articles.',
  valuesMap: {
    RELEVANCE: { description: 'Best match of the search text first (newest first without a search text).' },
    NEWEST: { description: 'Most recently published (or, for drafts, changed) first.' },
    TITLE: { description: 'By title.' },
  },
});
