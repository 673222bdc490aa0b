import { authToken } from '../../../app/auth/auth-token';

/**
 * The survey endpoints beside /graphql (CSV export and import) take the same bearer token as the
 * Apollo client, and the UI language for their messages.
 */
export function surveyHttpHeaders(language: string): Record<string, string> {
  const token = authToken.get();
  return {
    'Accept-Language': language,
    ...(token ? { Authorization: `Bearer ${token}` } : {}),
  };
}

/** The file name of a Content-Disposition header (RFC 6266 filename* first), or a fallback. */
export function fileNameFromDisposition(header: string | null, fallback: string): string {
  if (!header) return fallback;
  const encoded = /filename\*\s*=\s*UTF-8''([^;]+)/i.exec(header);
  if (encoded?.[1]) {
    try {
      return decodeURIComponent(encoded[1].trim());
    } catch {
      // Malformed percent-encoding: fall through to the plain filename.
    }
  }
  const plain = /filename\s*=\s*"?([^";]+)"?/i.exec(header);
  return plain?.[1]?.trim() || fallback;
}

/**
 * The export's address: headings and labels in the console's language (the API writes Japanese
 * unless asked for English).
 */
export function surveyExportUrl(query: string, language: string): string {
  const params = new URLSearchParams(query);
  if (language === 'en') params.set('lang', 'en');
  return `/exports/survey-responses.csv?${params.toString()}`;
}

/** GET the CSV export with the session token and save it through a download link. */
export async function downloadSurveyExport(query: string, language: string): Promise<string> {
  const res = await fetch(surveyExportUrl(query, language), {
    headers: surveyHttpHeaders(language),
  });
  if (!res.ok) {
    // The API explains a refused filter ({ error: { code, message } }); say that, not the status.
    const body = (await res.json().catch(() => null)) as { error?: { message?: string } } | null;
    throw new Error(body?.error?.message ?? `export failed with HTTP ${res.status}`);
  }
  const blob = await res.blob();
  const fileName = fileNameFromDisposition(
    res.headers.get('content-disposition'),
    'survey-responses.csv',
  );
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
  return fileName;
}
