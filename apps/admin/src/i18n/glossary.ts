/**
 * One word for one thing (docs/architecture.md, 「用語 / Glossary」): the variants the console's
 * texts no longer use, each with the word that replaced it. glossary.spec.ts keeps them out.
 */
export const GLOSSARY_VARIANTS: readonly { variant: string; use: string }[] = [
  { variant: '依頼', use: '申請 (a maker’s request for a change)' },
  // Also catches ダブルチェック待ち.
  { variant: 'チェック待ち', use: '確認待ち (the status PENDING_CHECK)' },
  // The status in English, as the domain labels it.
  { variant: 'Awaiting check', use: 'Waiting for check' },
];
