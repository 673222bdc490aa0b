import type { DataSource } from 'typeorm';
import { maskPersonalData } from '@kizuna/domain';
import type { Queryable } from '../../db/queryable';
import { FAMILY_NAMES, GIVEN_NAMES } from './demo-names';

export const DEFAULT_DEMO_RESPONSES = 20_000;

const DEMO_SURVEYS = [
  {
    code: 'NPS-RELATIONSHIP',
    kind: 'NPS',
    titleJa: '定期NPS調査',
    titleEn: 'Relationship NPS',
    questionJa: 'Kizunaを同僚や取引先に薦める可能性はどのくらいありますか？',
    questionEn: 'How likely are you to recommend Kizuna to a colleague or business partner?',
  },
  {
    code: 'CSAT-SUPPORT',
    kind: 'CSAT',
    titleJa: 'サポート満足度',
    titleEn: 'Support satisfaction',
    questionJa: '今回のサポート対応にどの程度満足しましたか？',
    questionEn: 'How satisfied are you with the support you received?',
  },
  {
    code: 'CES-ONBOARDING',
    kind: 'CES',
    titleJa: '導入のしやすさ',
    titleEn: 'Ease of onboarding',
    questionJa: '導入（初期設定）は簡単でしたか？',
    questionEn: 'How easy was it to get set up?',
  },
] as const;

/** Comments by sentiment; some carry personal data so that masking has something to show. */
const COMMENTS = {
  good: [
    '多要素認証の設定が簡単で、社内展開がスムーズでした。',
    '管理画面が分かりやすく、情報システム部の負担が減りました。',
    'サポートの回答が早くて助かりました。担当の方にお礼を伝えてください（03-1234-5678 総務部）。',
    'SSO連携まで含めて一日で導入できました。',
    '請求書の発行が自動化されて経理が喜んでいます。',
    '他部署にも紹介したいので資料を sato.k@example.co.jp に送ってください。',
  ],
  neutral: [
    '概ね満足していますが、ストレージの料金がもう少し安いと嬉しいです。',
    '機能は十分ですが、初期設定のマニュアルが分かりにくかったです。',
    'モバイルアプリの動作が少し重いと感じます。',
    '折り返しのお電話は０９０－１２３４－５６７８までお願いします。',
  ],
  bad: [
    'ICカード認証の設定で何度もエラーになり、導入が遅れました。',
    '問い合わせの返答に三日かかりました。改善をお願いします。',
    '料金体系が複雑で、見積もりが分かりにくいです。',
    '請求書の送付先が〒100-0005 東京都千代田区丸の内1-1-1 のままです。変更してください。',
    '障害時の連絡が遅かったです。連絡先: yamada@example.jp / 080-9876-5432',
  ],
} as const;

/** The NPS, CSAT and CES surveys of the demo. */
export async function seedSurveys(db: Queryable): Promise<void> {
  for (const s of DEMO_SURVEYS) {
    await db.query(
      `INSERT INTO survey (code, kind, title_ja, title_en, question_ja, question_en)
       VALUES ($1, $2, $3, $4, $5, $6) ON CONFLICT (code) DO NOTHING`,
      [s.code, s.kind, s.titleJa, s.titleEn, s.questionJa, s.questionEn],
    );
  }
}

/**
 * `count` deterministic answers (same seed → same data; re-running adds nothing), generated
 * inside PostgreSQL in chunks so that a million rows never pass through Node. Scores lean by
 * plan (PREMIUM happier than BASIC) and drift upward over the last two years, so that filters
 * and trends have something to show; 30 % carry a comment, some with personal data to mask.
 */
export async function seedSurveyResponses(
  dataSource: DataSource,
  options: { count: number; seed: number; onProgress?: (done: number) => void },
): Promise<void> {
  const { count, seed, onProgress } = options;
  await seedSurveys(dataSource);
  const texts = [...COMMENTS.good, ...COMMENTS.neutral, ...COMMENTS.bad];
  const masked = texts.map((t) => maskPersonalData(t));
  const [good, neutral, bad] = [COMMENTS.good.length, COMMENTS.neutral.length, COMMENTS.bad.length];
  const chunk = 100_000;
  for (let start = 1; start <= count; start += chunk) {
    const end = Math.min(count, start + chunk - 1);
    await dataSource.query(
      `WITH surveys AS (
         SELECT array_agg(id ORDER BY code) FILTER (WHERE kind = 'NPS') AS nps,
                array_agg(id ORDER BY code) FILTER (WHERE kind = 'CSAT') AS csat,
                array_agg(id ORDER BY code) FILTER (WHERE kind = 'CES') AS ces
           FROM survey WHERE code = ANY($10::text[])
       ), customers AS (
         SELECT array_agg(id ORDER BY id) AS ids FROM customer
          WHERE stage IN ('TRIAL', 'ACTIVE', 'CHURNED')
       ), draw AS (
         -- Uniform draws in [0, 1) from hashes of (row, seed): deterministic and parallel-safe.
         SELECT g,
                ((hashint8extended(g, $3) & 2147483647) / 2147483648.0) AS u_customer,
                ((hashint8extended(g, $3 + 1) & 2147483647) / 2147483648.0) AS u_kind,
                greatest((hashint8extended(g, $3 + 2) & 2147483647) / 2147483648.0, 1e-9) AS u1,
                ((hashint8extended(g, $3 + 3) & 2147483647) / 2147483648.0) AS u2,
                ((hashint8extended(g, $3 + 4) & 2147483647) / 2147483648.0) AS u_time,
                ((hashint8extended(g, $3 + 5) & 2147483647) / 2147483648.0) AS u_comment,
                ((hashint8extended(g, $3 + 6) & 2147483647) / 2147483648.0) AS u_person
           FROM generate_series($1::bigint, $2::bigint) AS g
       ), picked AS (
         SELECT d.*, cu.ids[1 + floor(d.u_customer * cardinality(cu.ids))::int] AS customer_id,
                CASE WHEN d.u_kind < 0.7 THEN 'NPS' WHEN d.u_kind < 0.85 THEN 'CSAT' ELSE 'CES' END AS kind,
                sqrt(-2 * ln(d.u1)) * cos(2 * pi() * d.u2) AS z,
                date_trunc('day', now()) - make_interval(secs => d.u_time * 730 * 86400) AS answered_at
           FROM draw d CROSS JOIN customers cu WHERE cardinality(cu.ids) > 0
       ), scored AS (
         SELECT p.*, c.stage, pl.code AS plan_code,
                (CASE pl.code WHEN 'PREMIUM' THEN 1.2 WHEN 'STANDARD' THEN 0.3 WHEN 'BASIC' THEN -0.8 ELSE 0 END
                  + CASE c.stage WHEN 'CHURNED' THEN -1.5 WHEN 'TRIAL' THEN -0.3 ELSE 0 END
                  + (1 - p.u_time) * 0.8) AS lean
           FROM picked p JOIN customer c ON c.id = p.customer_id
           LEFT JOIN subscription s ON s.customer_id = c.id LEFT JOIN plan pl ON pl.id = s.plan_id
       ), final AS (
         SELECT s.*,
                CASE s.kind
                  WHEN 'NPS' THEN least(10, greatest(0, round(7.2 + s.lean + 2.1 * s.z)))
                  WHEN 'CSAT' THEN least(5, greatest(1, round(3.7 + 0.45 * s.lean + 0.9 * s.z)))
                  ELSE least(7, greatest(1, round(4.9 + 0.6 * s.lean + 1.2 * s.z)))
                END::smallint AS score,
                CASE s.kind WHEN 'NPS' THEN sv.nps[1] WHEN 'CSAT' THEN sv.csat[1] ELSE sv.ces[1] END AS survey_id
           FROM scored s CROSS JOIN surveys sv
       ), commented AS (
         SELECT f.*,
                CASE WHEN f.u_comment < 0.3 THEN
                  CASE
                    WHEN (f.kind = 'NPS' AND f.score >= 9) OR (f.kind <> 'NPS' AND f.score >= 4 + (f.kind = 'CES')::int)
                      THEN 1 + floor(f.u_comment / 0.3 * $4)::int
                    WHEN (f.kind = 'NPS' AND f.score >= 7) OR (f.kind <> 'NPS' AND f.score >= 3)
                      THEN 1 + $4 + floor(f.u_comment / 0.3 * $5)::int
                    ELSE 1 + $4 + $5 + floor(f.u_comment / 0.3 * $6)::int
                  END
                END AS comment_index
           FROM final f
       ), saved AS (
         INSERT INTO survey_response
           (survey_id, customer_id, score, comment, comment_masked, comment_masked_kinds, channel,
            answered_at, plan_code, stage, dedupe_key)
         SELECT c.survey_id, c.customer_id, c.score, ($7::text[])[c.comment_index],
                ($8::text[])[c.comment_index],
                coalesce(string_to_array(nullif(($9::text[])[c.comment_index], ''), ','), '{}'),
                (ARRAY['EMAIL','WEB','IN_APP','PHONE'])[1 + floor(c.u2 * 4)::int],
                c.answered_at, c.plan_code, c.stage, 'seed:' || $3 || ':' || c.g
           FROM commented c
         ON CONFLICT (dedupe_key) DO NOTHING
         RETURNING id, dedupe_key
       )
       INSERT INTO survey_respondent (response_id, name, email)
       SELECT s.id,
              ($11::text[])[1 + (split_part(s.dedupe_key, ':', 3)::bigint % cardinality($11::text[]))::int]
                || ' ' ||
              ($12::text[])[1 + ((split_part(s.dedupe_key, ':', 3)::bigint / 7) % cardinality($12::text[]))::int],
              'respondent' || split_part(s.dedupe_key, ':', 3) || '@example.co.jp'
         FROM saved s WHERE split_part(s.dedupe_key, ':', 3)::bigint % 5 <> 0`,
      [
        start,
        end,
        seed,
        good,
        neutral,
        bad,
        texts,
        masked.map((m) => m.text),
        masked.map((m) => m.masked.join(',')),
        DEMO_SURVEYS.map((s) => s.code),
        FAMILY_NAMES.map(([kanji]) => kanji),
        GIVEN_NAMES.map(([kanji]) => kanji),
      ],
    );
    onProgress?.(end);
  }
  await dataSource.query(`ANALYZE survey, survey_response, survey_respondent`);
}
