import { readUsageCsvHeader, readUsageCsvRow, readUsageNdjsonLine } from './usage-file.js';

describe('readUsageCsvHeader', () => {
  it('maps English and Japanese headings', () => {
    expect(readUsageCsvHeader(['法人番号', 'date', 'アクティブユーザー数', 'Storage GB'])).toEqual({
      ok: true,
      value: { corporateNumber: 0, date: 1, activeUsers: 2, storageGb: 3 },
    });
  });

  it('names every missing column', () => {
    const r = readUsageCsvHeader(['date']);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect(r.error.map((e) => e.field)).toEqual(['activeUsers', 'storageGb', 'customer']);
  });
});

describe('readUsageCsvRow', () => {
  const columns = { customerId: 0, date: 1, activeUsers: 2, storageGb: 3 };
  it.each([
    [['c1', '2026-03-01', '12', '1.5'], 12, 1.5],
    [['c1', '2026-03-01', '１２', ''], 12, null],
    [['c1', '2026-03-01', 'twelve', '-1'], 'twelve', -1],
  ])('reads %j', (fields, activeUsers, storageGb) => {
    expect(readUsageCsvRow({ line: 7, row: 7, fields }, columns)).toEqual({
      line: 7,
      corporateNumber: null,
      customerId: 'c1',
      date: '2026-03-01',
      activeUsers,
      storageGb,
    });
  });
});

describe('readUsageNdjsonLine', () => {
  it('reads camelCase and snake_case keys', () => {
    expect(
      readUsageNdjsonLine(
        3,
        '{"corporate_number":"1234","date":"2026-03-01","activeUsers":4,"storageGb":"2.5"}',
      ),
    ).toEqual({
      ok: true,
      value: {
        line: 3,
        corporateNumber: '1234',
        customerId: null,
        date: '2026-03-01',
        activeUsers: 4,
        storageGb: 2.5,
      },
    });
  });

  it.each(['{"date":', '[1,2]', '42'])('refuses %s as INVALID_FILE', (text) => {
    const r = readUsageNdjsonLine(9, text);
    expect(r.ok).toBe(false);
    if (!r.ok)
      expect([r.error.code, r.error.message.en]).toEqual([
        'INVALID_FILE',
        expect.stringMatching(/line 9/),
      ]);
  });
});
