import { createReadStream } from 'node:fs';
import { rm } from 'node:fs/promises';
import { dirname } from 'node:path';
import { Router } from 'express';
import type { DataSource } from 'typeorm';
import {
  formatDateTimeJp,
  isoDateJst,
  LIFECYCLE_STAGE_LABELS,
  LIFECYCLE_STAGES,
  NPS_CATEGORIES,
  SURVEY_CHANNEL_LABELS,
  SURVEY_KINDS,
  csvCell,
  SURVEY_EXPORT_COLUMNS,
  surveyExportHeader,
  systemClock,
  type Clock,
  type LifecycleStage,
  type Locale,
  type NpsCategory,
  type SurveyChannel,
  type SurveyExportColumn,
  type SurveyKind,
} from '@kizuna/domain';
import { badUserInput } from '../../graphql/errors';
import { toGlobalId } from '../../graphql/relay';
import { toUserErrors } from '../../graphql/user-error.type';
import { logger } from '../../observability/logger';
import { localeFromHeader } from '../../http/locale';
import {
  caller,
  routeErrors,
  spoolUpload,
  tooLarge,
  uploadFileName,
} from '../imports/import-upload';
import {
  IMPORT_CHUNK_BYTES,
  IMPORT_MAX_BYTES,
  processNextSurveyImport,
  queueSurveyImport,
} from './survey-import.service';
import { streamSurveyResponses, type ExportRow } from './survey.queries';
import { commentFilter } from './survey-filter';
import { loadSurveyImport } from './survey.resolver';

/** The export's query parameters; any other is refused (a misspelt filter would export more). */
const EXPORT_PARAMETERS = new Set([
  'kind',
  'surveyIds',
  'customerIds',
  'scoreCategory',
  'scoreMin',
  'scoreMax',
  'planCodes',
  'stages',
  'from',
  'to',
  'search',
  'withComment',
  'lang',
]);

/** A comma-separated list, given once; present but empty is refused, not read as "all". */
function list(v: unknown, name: string): string[] | null {
  const raw = text(v, name);
  if (raw === undefined) return null;
  const items = raw
    .split(',')
    .map((item) => item.trim())
    .filter(Boolean);
  if (items.length === 0) throw badUserInput(`${name} must list at least one value.`);
  return items;
}

/** A whole score 0–10. */
function score(v: unknown, name: string): number | null {
  const raw = text(v, name);
  if (raw === undefined || raw === '') return null;
  if (!/^\d{1,2}$/.test(raw) || Number(raw) > 10)
    throw badUserInput(`${name} must be a whole number 0–10.`);
  return Number(raw);
}
/** A query parameter that must be one of `allowed` when present; anything else is refused. */
function oneOf<T extends string>(v: unknown, allowed: readonly T[], name: string): T | null {
  if (v === undefined || v === '') return null;
  if (typeof v === 'string' && (allowed as readonly string[]).includes(v)) return v as T;
  throw badUserInput(`${name} must be one of ${allowed.join(', ')}.`);
}

/** A comma-separated list whose items must each be one of `allowed`. */
function listOf<T extends string>(v: unknown, allowed: readonly T[], name: string): T[] | null {
  return list(v, name)?.map((item) => oneOf(item, allowed, name)!) ?? null;
}

/** A query parameter given as text once (not repeated, not nested), without NUL. */
function text(v: unknown, name: string): string | undefined {
  // PostgreSQL refuses NUL in text: refused here, before the response starts, not mid-stream.
  if (typeof v === 'string' && v.includes('\u0000'))
    throw badUserInput(`${name} must not contain the NUL character.`);
  if (v === undefined || typeof v === 'string') return v;
  throw badUserInput(`${name} must be given once, as text.`);
}

/**
 * One exported answer, cell by column, as people read it (labels, Tokyo time) and as the import
 * reads it back (survey code, customer id and 法人番号). Respondent columns stay empty, and the
 * comment masked, for callers without personal-data access.
 */
function exportCells(
  r: ExportRow,
  locale: Locale,
  masked: boolean,
): Record<SurveyExportColumn, string | number | null> {
  const stage = LIFECYCLE_STAGE_LABELS[r.stage as LifecycleStage] as
    { ja: string; en: string } | undefined;
  const channel = SURVEY_CHANNEL_LABELS[r.channel as SurveyChannel] as
    { ja: string; en: string } | undefined;
  return {
    responseId: toGlobalId('SurveyResponse', r.id),
    surveyCode: r.survey_code,
    customerId: toGlobalId('Customer', r.customer_id),
    corporateNumber: r.corporate_number,
    customerName: r.customer_name,
    // A plan since removed from the catalog is still named, by its code.
    plan: (locale === 'ja' ? r.plan_name_ja : r.plan_name_en) ?? r.plan_code,
    stage: stage?.[locale] ?? r.stage,
    score: r.score,
    channel: channel?.[locale] ?? r.channel,
    answeredAt: formatDateTimeJp(r.answered_at),
    comment: masked ? r.comment_masked : r.comment,
    respondentName: masked ? null : r.respondent_name,
    respondentEmail: masked ? null : r.respondent_email,
  };
}

/**
 * Plain-HTTP survey endpoints next to /graphql, with the same bearer authentication:
 * - POST /imports/survey-responses — the raw CSV file as the body (UTF-8, UTF-8 with BOM or
 *   Shift_JIS; `X-File-Name` names it); answers 202 with the import to poll (`surveyImport`).
 * - GET /exports/survey-responses.csv — the filtered answers as CSV, UTF-8 with BOM (Excel):
 *   Japanese headings (`?lang=en`: English), labels rather than codes, Tokyo time
 *   (yyyy/mm/dd hh:mm), and the columns the import needs to read the file back. Masked for
 *   callers without personal-data access; streamed in pages, any size.
 */
export function surveyRoutes(dataSource: DataSource, clock: Clock = systemClock): Router {
  const router = Router();

  router.post('/imports/survey-responses', async (req, res, next) => {
    // Until the body has been read, a refusal closes the connection: the rest of the body
    // (up to 100 MB from an anonymous caller) is never read (ADR 0012).
    res.setHeader('connection', 'close');
    let file: string | null = null;
    try {
      const actor = await caller(dataSource, req, res, 'surveys:write');
      if (!actor) return;
      const fileName = uploadFileName(req.header('x-file-name'));
      const declared = Number(req.header('content-length') ?? 0);
      if (declared > IMPORT_MAX_BYTES) throw tooLarge();
      const locale = localeFromHeader(req.header('accept-language'));
      // Spooled to a temporary file, then stored in pieces: never whole in memory, and no
      // database connection held while a slow client uploads.
      file = await spoolUpload(req);
      res.removeHeader('connection');
      const queued = await queueSurveyImport(
        dataSource,
        actor,
        fileName,
        createReadStream(file, { highWaterMark: IMPORT_CHUNK_BYTES }),
      );
      if (!queued.ok) {
        res.status(422).json({ import: null, userErrors: toUserErrors(queued.errors, locale) });
        return;
      }
      // Start at once on this replica (unless it is busy with another import: then its worker,
      // or any other replica's, takes it).
      void processNextSurveyImport(dataSource, () => clock.now()).catch((error: unknown) =>
        logger.error({ err: error }, 'survey import worker failed'),
      );
      res.status(202).json({
        import: await loadSurveyImport({ dataSource, locale }, queued.id),
        userErrors: [],
      });
    } catch (error) {
      next(error);
    } finally {
      if (file) await rm(dirname(file), { recursive: true, force: true });
    }
  });

  router.get('/exports/survey-responses.csv', async (req, res, next) => {
    try {
      const actor = await caller(dataSource, req, res, 'surveys:read');
      if (!actor) return;
      const masked = !actor.permissions.has('personal-data:read');
      const q = req.query;
      // Refused with 400 when malformed: a filter silently dropped would export too much.
      const unknown = Object.keys(q).filter((key) => !EXPORT_PARAMETERS.has(key));
      if (unknown.length > 0)
        throw badUserInput(
          `Unknown parameter ${unknown.join(', ')}; known: ${[...EXPORT_PARAMETERS].join(', ')}.`,
        );
      const filter = commentFilter(
        {
          kind: oneOf<SurveyKind>(text(q.kind, 'kind'), SURVEY_KINDS, 'kind'),
          surveyIds: list(q.surveyIds, 'surveyIds'),
          customerIds: list(q.customerIds, 'customerIds'),
          scoreCategory: oneOf<NpsCategory>(
            text(q.scoreCategory, 'scoreCategory'),
            NPS_CATEGORIES,
            'scoreCategory',
          ),
          scoreMin: score(q.scoreMin, 'scoreMin'),
          scoreMax: score(q.scoreMax, 'scoreMax'),
          planCodes: list(q.planCodes, 'planCodes'),
          stages: listOf<LifecycleStage>(q.stages, LIFECYCLE_STAGES, 'stages'),
          from: text(q.from, 'from'),
          to: text(q.to, 'to'),
          search: text(q.search, 'search') ?? null,
        },
        oneOf(text(q.withComment, 'withComment'), ['true', 'false'], 'withComment') === 'true',
        '',
      );
      const locale = oneOf<Locale>(text(q.lang, 'lang'), ['ja', 'en'], 'lang') ?? 'ja';
      const header = surveyExportHeader(locale);
      // The first page is read before the status is sent: a statement that fails answers with an
      // error status, never a 200 cut off mid-file.
      const pages = streamSurveyResponses(dataSource, filter, masked)[Symbol.asyncIterator]();
      let page = await pages.next();
      const stamp = isoDateJst(clock.now()).replace(/-/g, '');
      res.status(200);
      res.setHeader('content-type', 'text/csv; charset=utf-8');
      res.setHeader('content-disposition', `attachment; filename="survey-responses-${stamp}.csv"`);
      res.write('\uFEFF' + header.map(csvCell).join(',') + '\r\n');
      for (; !page.done; page = await pages.next()) {
        const chunk = page.value
          .map((r) => {
            const cells = exportCells(r, locale, masked);
            return SURVEY_EXPORT_COLUMNS.map((column) => csvCell(cells[column])).join(',');
          })
          .join('\r\n');
        if (!res.write(chunk + '\r\n')) await new Promise((r) => res.once('drain', r));
      }
      res.end();
    } catch (error) {
      next(error);
    }
  });

  // Faults answer as JSON with the request id, never with a stack trace.
  router.use(routeErrors('survey route failed'));

  return router;
}
