import { userError } from '@kizuna/domain';
import {
  checkRecordAvailability,
  serializeRecordAvailability,
} from './record-availability.serializer';

const now = new Date('2026-06-15T12:00:00+09:00');
const valid = {
  month: '2026-05',
  planCode: 'BASIC',
  availabilityPercent: 99.5,
  incidentNote: null,
};
const codes = (values: object) =>
  checkRecordAvailability({ ...valid, ...values }, now).map((e) => `${e.field}:${e.code}`);

describe('checkRecordAvailability', () => {
  it.each([
    ['a month that has ended', {}, []],
    [
      'nothing',
      { month: null, planCode: null, availabilityPercent: null },
      ['month:REQUIRED', 'planCode:REQUIRED', 'availabilityPercent:REQUIRED'],
    ],
    ['this month (not ended)', { month: '2026-06' }, ['month:MONTH_NOT_ENDED']],
    ['a future month', { month: '2026-09' }, ['month:MONTH_NOT_ENDED']],
    ['a malformed month', { month: '2026-13' }, ['month:INVALID_MONTH']],
    ['above 100 %', { availabilityPercent: 100.001 }, ['availabilityPercent:OUT_OF_RANGE']],
    ['below 0 %', { availabilityPercent: -1 }, ['availabilityPercent:OUT_OF_RANGE']],
    ['four decimals', { availabilityPercent: 99.9995 }, ['availabilityPercent:OUT_OF_RANGE']],
    ['0 % and 100 %', { availabilityPercent: 0 }, []],
    ['a note too long', { incidentNote: 'あ'.repeat(2001) }, ['incidentNote:TOO_LONG']],
    ['a note of 2,000 characters', { incidentNote: '障'.repeat(2000) }, []],
  ])('%s', (_, values, expected) => expect(codes(values)).toEqual(expected));

  it('gives the messages in both languages', () => {
    const [error] = checkRecordAvailability({ ...valid, month: '2026-06' }, now);
    expect(error).toEqual(userError('MONTH_NOT_ENDED', 'month', { value: '2026-06' }));
  });
});

describe('serializeRecordAvailability', () => {
  it('trims the note and sends an empty one as none', () => {
    expect(serializeRecordAvailability({ ...valid, incidentNote: '  CDN 障害  ' })).toEqual({
      ...valid,
      incidentNote: 'CDN 障害',
    });
    expect(serializeRecordAvailability({ ...valid, incidentNote: '   ' }).incidentNote).toBeNull();
  });
});
