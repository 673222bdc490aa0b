import { types } from 'pg';

const parseTimestamptz = types.getTypeParser(types.builtins.TIMESTAMPTZ, 'text') as (
  text: string,
) => Date;

/**
 * Hot-path reads select timestamptz columns as text (`col::text`, the very string pg would
 * have parsed) and turn them into Dates only when a GraphQL field asks for one: a page of 100
 * customers otherwise parses 600 timestamps that most queries never show (ADR 0007).
 */
export function parseTimestamp(text: string): Date;
export function parseTimestamp(text: string | null): Date | null;
export function parseTimestamp(text: string | null): Date | null {
  return text === null ? null : parseTimestamptz(text);
}
