import type { SurveyImportProgressFragment } from '../../../gql/graphql';
import { surveyHttpHeaders } from '../shared/survey-http';

export type UploadResult =
  | { ok: true; import: SurveyImportProgressFragment }
  | { ok: false; reason: 'forbidden' | 'refused' | 'failed'; messages: string[] };

/** POST the raw file to /imports/survey-responses; the API answers 202 with the queued import. */
export async function uploadSurveyFile(file: File, language: string): Promise<UploadResult> {
  const res = await fetch('/imports/survey-responses', {
    method: 'POST',
    headers: {
      ...surveyHttpHeaders(language),
      'Content-Type': 'text/csv',
      'X-File-Name': encodeURIComponent(file.name),
    },
    body: file,
  });
  if (res.status === 403) return { ok: false, reason: 'forbidden', messages: [] };
  const body = (await res.json().catch(() => null)) as {
    import: SurveyImportProgressFragment | null;
    userErrors?: { message: string }[];
  } | null;
  if (res.status === 202 && body?.import) return { ok: true, import: body.import };
  const messages = body?.userErrors?.map((e) => e.message) ?? [];
  return { ok: false, reason: messages.length ? 'refused' : 'failed', messages };
}
