import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { webhooksEn, webhooksJa } from './webhooks.messages';

/** The event types the API can send, read from its source (the console cannot import the API). */
const apiEventTypes = () =>
  [
    ...readFileSync(
      join(__dirname, '../../../../../api/src/features/events/event-types.ts'),
      'utf8',
    ).matchAll(/'([a-z_]+\.[a-z_]+)'/g),
  ].map((m) => m[1]!);

describe('webhook event type labels', () => {
  it('reads the API’s event types (the scan itself works)', () => {
    expect(apiEventTypes()).toEqual(expect.arrayContaining(['customer.converted']));
  });

  it.each([
    ['ja', webhooksJa],
    ['en', webhooksEn],
  ])('labels every event type and group the API sends in %s', (_language, messages) => {
    const labels: Record<string, string> = messages.eventTypeLabels;
    const groups: Record<string, string> = messages.groups;
    const unlabelled = apiEventTypes().filter((type) => !labels[type]);
    const ungrouped = apiEventTypes().filter((type) => !groups[type.split('.')[0]!]);
    expect({ unlabelled, ungrouped }).toEqual({ unlabelled: [], ungrouped: [] });
  });
});
