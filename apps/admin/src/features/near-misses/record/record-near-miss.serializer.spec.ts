import { RECORD_NEAR_MISS_FIELDS, serializeRecordNearMiss } from './record-near-miss.serializer';

describe('serializeRecordNearMiss', () => {
  it('sends every value, texts trimmed, with the occurrence time in Tokyo time', () => {
    expect(
      serializeRecordNearMiss({
        kind: 'INCIDENT',
        description: '  請求先を取り違えた ',
        occurredAt: '2026-04-01T09:15',
        causeCategory: 'WRONG_CUSTOMER',
        countermeasure: ' 送付前に法人番号で照合する ',
        customerId: 'Q3VzdG9tZXI6MQ==',
        requestId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDox',
        fields: ['planCode', ' 請求先 ', '  '],
      }),
    ).toEqual({
      kind: 'INCIDENT',
      description: '請求先を取り違えた',
      occurredAt: '2026-04-01T09:15:00+09:00',
      causeCategory: 'WRONG_CUSTOMER',
      countermeasure: '送付前に法人番号で照合する',
      customerId: 'Q3VzdG9tZXI6MQ==',
      requestId: 'UHJvdmlzaW9uaW5nUmVxdWVzdDox',
      fields: ['planCode', '請求先'],
    });
  });

  it('sends empty optional fields as null and an empty description as ""', () => {
    expect(
      serializeRecordNearMiss({ kind: 'NEAR_MISS', description: '   ', countermeasure: ' ' }),
    ).toEqual({
      kind: 'NEAR_MISS',
      description: '',
      occurredAt: null,
      causeCategory: null,
      countermeasure: null,
      customerId: null,
      requestId: null,
      fields: [],
    });
  });

  it('names every input field the API may refuse as a form field', () => {
    const input = serializeRecordNearMiss({ kind: 'NEAR_MISS' });
    expect([...RECORD_NEAR_MISS_FIELDS].sort()).toEqual(Object.keys(input).sort());
  });
});
