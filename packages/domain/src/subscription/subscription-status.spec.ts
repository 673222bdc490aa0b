import { SUBSCRIPTION_STATUS_LABELS, SUBSCRIPTION_STATUSES } from './subscription-status.js';

describe('subscription statuses', () => {
  it.each([
    ['TRIAL', 'トライアル', 'Trial'],
    ['ACTIVE', '有効', 'Active'],
    ['CANCELLED', '解約済み', 'Cancelled'],
    ['EXPIRED', '期限切れ', 'Expired'],
  ] as const)('%s reads 「%s」 / %s', (status, ja, en) => {
    expect(SUBSCRIPTION_STATUS_LABELS[status]).toEqual({ ja, en });
  });

  it('labels every status and nothing else', () => {
    expect(Object.keys(SUBSCRIPTION_STATUS_LABELS)).toEqual([...SUBSCRIPTION_STATUSES]);
  });
});
