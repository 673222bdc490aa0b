import { waitingTime } from './waiting-time';

describe('waitingTime', () => {
  const now = new Date('2027-01-05T12:00:00+09:00');
  it.each([
    ['2027-01-03T09:00:00+09:00', { days: 2, hours: 3, minutes: 0 }],
    ['2027-01-05T11:15:30+09:00', { days: 0, hours: 0, minutes: 44 }],
    ['2027-01-04T12:00:00+09:00', { days: 1, hours: 0, minutes: 0 }],
    // A clock a little ahead of ours: no negative wait.
    ['2027-01-05T12:01:00+09:00', { days: 0, hours: 0, minutes: 0 }],
  ])('since %s → %j', (since, expected) => {
    expect(waitingTime(since, now)).toEqual(expected);
  });
});
