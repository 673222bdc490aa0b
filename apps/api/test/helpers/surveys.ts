import type { DataSource } from 'typeorm';

/** Survey ids of the demo surveys, by code. */
export async function surveyIds(ds: DataSource): Promise<Record<string, string>> {
  const rows: { id: string; code: string }[] = await ds.query(`SELECT id::text, code FROM survey`);
  return Object.fromEntries(rows.map((r) => [r.code, r.id]));
}

export interface RawResponse {
  surveyId: string;
  customerId: string;
  score: number;
  answeredAt: string;
  planCode?: string | null;
  stage?: string;
  comment?: string | null;
}

let sequence = 0;

/**
 * Put answers straight into the table with the plan/stage snapshots a test needs: for tests of
 * the aggregation, not of the ingestion (which has tests of its own).
 */
export async function insertRawResponses(ds: DataSource, rows: readonly RawResponse[]) {
  for (const r of rows) {
    sequence += 1;
    await ds.query(
      `INSERT INTO survey_response (survey_id, customer_id, score, comment, channel, answered_at,
                                    plan_code, stage, dedupe_key)
       VALUES ($1, $2, $3, $4, 'WEB', $5, $6, $7, $8)`,
      [
        r.surveyId,
        r.customerId,
        r.score,
        r.comment ?? null,
        r.answeredAt,
        r.planCode === undefined ? 'PREMIUM' : r.planCode,
        r.stage ?? 'ACTIVE',
        `test:${sequence}:${Math.random()}`,
      ],
    );
  }
}

/** n copies of one score. */
export const times = (n: number, score: number) => Array.from({ length: n }, () => score);

let sjis: Map<string, number[]> | undefined;

/**
 * Encode text as Shift_JIS (Node has a decoder but no encoder): the table is built by decoding
 * every one- and two-byte sequence once. Test helper only.
 */
export function encodeShiftJis(text: string): Buffer {
  if (!sjis) {
    sjis = new Map();
    const decoder = new TextDecoder('shift_jis', { fatal: true });
    const tryAdd = (bytes: number[]) => {
      try {
        const ch = decoder.decode(Uint8Array.from(bytes));
        if ([...ch].length === 1 && !sjis!.has(ch)) sjis!.set(ch, bytes);
      } catch {
        /* not a character */
      }
    };
    for (let b = 0; b < 0x80; b++) tryAdd([b]);
    for (let b = 0xa1; b <= 0xdf; b++) tryAdd([b]);
    for (let lead = 0x81; lead <= 0xfc; lead++) {
      if (lead > 0x9f && lead < 0xe0) continue;
      for (let trail = 0x40; trail <= 0xfc; trail++) if (trail !== 0x7f) tryAdd([lead, trail]);
    }
  }
  const out: number[] = [];
  for (const ch of text) {
    const bytes = sjis.get(ch);
    if (!bytes) throw new Error(`not in Shift_JIS: ${ch}`);
    out.push(...bytes);
  }
  return Buffer.from(out);
}
