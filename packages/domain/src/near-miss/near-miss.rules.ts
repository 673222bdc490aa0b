import type { Transitions } from '../shared/state-machine.js';

export const NEAR_MISS_KINDS = ['NEAR_MISS', 'INCIDENT'] as const;
export type NearMissKind = (typeof NEAR_MISS_KINDS)[number];

export const NEAR_MISS_KIND_LABELS: Record<NearMissKind, { ja: string; en: string }> = {
  NEAR_MISS: { ja: 'ヒヤリ・ハット', en: 'Near-miss' },
  INCIDENT: { ja: 'インシデント', en: 'Incident' },
};

export const NEAR_MISS_CAUSES = [
  'INPUT_ERROR',
  'MISREAD_REQUEST',
  'WRONG_CUSTOMER',
  'CATALOG_CONFUSION',
  'COMMUNICATION',
  'PROCESS_GAP',
  'SYSTEM',
  'OTHER',
] as const;
export type NearMissCause = (typeof NEAR_MISS_CAUSES)[number];

export const NEAR_MISS_CAUSE_LABELS: Record<NearMissCause, { ja: string; en: string }> = {
  INPUT_ERROR: { ja: '入力ミス', en: 'Input error' },
  MISREAD_REQUEST: { ja: '申請内容の読み違い', en: 'Misread request' },
  WRONG_CUSTOMER: { ja: '顧客の取り違え', en: 'Wrong customer' },
  CATALOG_CONFUSION: { ja: 'プラン・オプションの混同', en: 'Plan/option confusion' },
  COMMUNICATION: { ja: '連絡・伝達の不備', en: 'Communication' },
  PROCESS_GAP: { ja: '手順の不備', en: 'Process gap' },
  SYSTEM: { ja: 'システム', en: 'System' },
  OTHER: { ja: 'その他', en: 'Other' },
};

/** Whose step the error was in: the maker's request, the checker's check, both, or not known. */
export const NEAR_MISS_ERRED_SIDES = ['MAKER', 'CHECKER', 'BOTH', 'UNKNOWN'] as const;
export type NearMissErredSide = (typeof NEAR_MISS_ERRED_SIDES)[number];

export const NEAR_MISS_ERRED_SIDE_LABELS: Record<NearMissErredSide, { ja: string; en: string }> = {
  MAKER: { ja: '作成者', en: 'Maker' },
  CHECKER: { ja: 'チェック担当者', en: 'Checker' },
  BOTH: { ja: '双方', en: 'Both' },
  UNKNOWN: { ja: '不明', en: 'Unknown' },
};

export const NEAR_MISS_STATUSES = ['OPEN', 'COUNTERMEASURE_PLANNED', 'CLOSED'] as const;
export type NearMissStatus = (typeof NEAR_MISS_STATUSES)[number];

/** Open → countermeasure (再発防止策) planned → closed; a closed case may be reopened. */
export const NEAR_MISS_TRANSITIONS: Transitions<NearMissStatus> = {
  OPEN: { to: ['COUNTERMEASURE_PLANNED', 'CLOSED'] },
  COUNTERMEASURE_PLANNED: { to: ['OPEN', 'CLOSED'] },
  CLOSED: { to: ['OPEN'] },
};
