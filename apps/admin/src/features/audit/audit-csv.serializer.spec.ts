import { auditEn, auditJa } from './audit.messages';
import { auditCsv, type AuditCsvEvent } from './audit-csv.serializer';

const event: AuditCsvEvent = {
  id: '42',
  // 23:05 UTC on 31 March is 08:05 on 1 April in Tokyo.
  occurredAt: '2026-03-31T23:05:00.000Z',
  actorType: 'STAFF',
  actorName: '高橋 三奈 (checker1)',
  action: 'provisioningRequest.confirmationMismatch',
  entityType: 'ProvisioningRequest',
  entityId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDox',
  requestId: 'req-1',
  before: { status: 'PENDING_CHECK' },
  after: { status: 'RETURNED', mismatchedFields: ['planCode'] },
};
const system: AuditCsvEvent = {
  ...event,
  id: '43',
  actorType: 'SYSTEM',
  actorName: 'system',
  action: 'customer.trialExpired',
  entityType: 'Customer',
  requestId: null,
  before: null,
};

const words = (m: typeof auditJa) => ({ columns: m.export.columns, actorTypes: m.actorTypes });
const records = (csv: string) => csv.slice(1).split('\r\n').slice(0, -1);

describe('auditCsv', () => {
  it('writes Japanese headings, JST times and actions in words, after a BOM', () => {
    const csv = auditCsv([event, system], words(auditJa), 'ja');
    expect(csv.charCodeAt(0)).toBe(0xfeff);
    const [header, first, second] = records(csv);
    expect(header).toBe(
      '記録番号,日時,操作者,操作者の種類,操作,対象の種類,対象ID,リクエストID,変更前,変更後',
    );
    expect(first).toBe(
      '42,2026/04/01 08:05,高橋 三奈 (checker1),スタッフ,ダブルチェックで入力が不一致（差し戻し）,申請,' +
        'UHJvdmlzaW9uaW5nUmVxdWVzdDox,req-1,"{""status"":""PENDING_CHECK""}",' +
        '"{""status"":""RETURNED"",""mismatchedFields"":[""planCode""]}"',
    );
    expect(second).toMatch(
      /^43,2026\/04\/01 08:05,system,システム,トライアルが期限切れ,顧客,[^,]+,,,/,
    );
    expect(csv).not.toContain('provisioningRequest.confirmationMismatch');
  });

  it('writes English with the UI in English', () => {
    const [header, first] = records(auditCsv([event], words(auditEn), 'en'));
    expect(header).toBe(
      'No.,Date and time (JST),Actor,Actor type,Action,Entity type,Entity ID,Request ID,Before,After',
    );
    expect(first).toContain(',Staff,Double check did not match (returned),Request,');
  });
});
