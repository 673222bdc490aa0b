import { erasedAtOf } from './erased-at';

const history = [
  { toStage: 'TRIAL', changedAt: '2026-01-01T00:00:00Z' },
  { toStage: 'ACTIVE', changedAt: '2026-02-01T00:00:00Z' },
  { toStage: 'CHURNED', changedAt: '2026-06-01T00:00:00Z' },
  { toStage: 'ERASED', changedAt: '2026-06-15T00:00:00Z' },
];

describe('erasedAtOf', () => {
  it('takes the time the certificate states', () => {
    expect(
      erasedAtOf({
        deletionCertificate: { erasedAt: '2026-06-14T15:00:00Z' },
        stageHistory: history,
      }),
    ).toBe('2026-06-14T15:00:00Z');
  });

  it('falls back to the step to ERASED when there is no certificate', () => {
    expect(erasedAtOf({ deletionCertificate: null, stageHistory: history })).toBe(
      '2026-06-15T00:00:00Z',
    );
  });

  it('is null when nothing says when', () => {
    expect(erasedAtOf({ deletionCertificate: null, stageHistory: history.slice(0, 3) })).toBeNull();
  });
});
