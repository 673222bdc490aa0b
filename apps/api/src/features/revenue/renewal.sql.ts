/**
 * The next renewal of subscription `s` after Tokyo day `today`, as SQL (a date; null unless
 * ACTIVE): the domain's nextRenewalDate, spelt in SQL so that lists can filter and sort by it.
 * PostgreSQL's date + months clamps to the month's end as addMonthsClamped does; a test compares
 * the two (test/revenue-report.e2e.spec.ts).
 */
export function renewsAtSql(s: string, today: string): string {
  // Inlined, not a parameter, so that the expression can serve as a sort key as well.
  if (!/^\d{4}-\d{2}-\d{2}$/.test(today)) throw new RangeError(`not a date: ${today}`);
  const day = `'${today}'::date`;
  const start = `(${s}.started_at AT TIME ZONE 'Asia/Tokyo')::date`;
  const step = `(CASE ${s}.contract_term WHEN 'ANNUAL' THEN 12 ELSE 1 END)`;
  const monthsSince = `((extract(year FROM ${day}) - extract(year FROM ${start})) * 12
      + extract(month FROM ${day}) - extract(month FROM ${start}))::int`;
  const months = `(greatest(${monthsSince} / ${step}, 1) * ${step})`;
  const plus = (n: string) => `(${start} + make_interval(months => ${n}))::date`;
  return `(CASE WHEN ${s}.status <> 'ACTIVE' THEN NULL
                WHEN ${plus(months)} > ${day} THEN ${plus(months)}
                ELSE ${plus(`${months} + ${step}`)} END)`;
}
