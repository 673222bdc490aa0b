import { auditActionsOf } from '@kizuna/domain';
import {
  actionChoice,
  auditEventFilter,
  auditLogSearchParams,
  fromActionChoice,
  NO_AUDIT_FILTER,
  parseAuditLogParams,
} from './audit-log-params';

describe('audit log params', () => {
  it('reads the URL, dropping a malformed date and an unknown group', () => {
    expect(
      parseAuditLogParams(new URLSearchParams('group=NOPE&from=2026-02-30&to=2026/4/1&actorId=U3')),
    ).toEqual({ ...NO_AUDIT_FILTER, actorId: 'U3', to: '2026-04-01' });
  });

  it('keeps a group in the URL and sends its actions to the API', () => {
    const params = parseAuditLogParams(new URLSearchParams('group=SURVEY&from=2026-04-01'));
    expect(auditLogSearchParams(params).toString()).toBe('group=SURVEY&from=2026-04-01');
    expect(auditEventFilter(params)).toEqual({
      actions: auditActionsOf('SURVEY'),
      from: '2026-04-01',
    });
    expect(auditEventFilter(params).actions).toContain('surveyImport.completed');
  });

  it('lets one action win over a group', () => {
    const params = parseAuditLogParams(
      new URLSearchParams('action=provisioningRequest.applied&group=SURVEY'),
    );
    expect(params).toMatchObject({ action: 'provisioningRequest.applied', group: null });
    expect(auditEventFilter(params)).toEqual({ action: 'provisioningRequest.applied' });
  });

  it.each([
    [{ action: 'plan.created', group: null }, 'action:plan.created'],
    [{ action: null, group: 'CATALOG' }, 'group:CATALOG'],
    [{ action: null, group: null }, ''],
  ] as const)('round-trips the action select %j', (value, choice) => {
    expect(actionChoice(value)).toBe(choice);
    expect(fromActionChoice(choice)).toEqual(value);
  });
});
