import { fileNameFromDisposition, surveyHttpHeaders } from '../../surveys/shared/survey-http';
import { certificatePdfPath } from './certificate-format';

/**
 * GET the certificate's PDF with the session token (a plain link would carry none) and save it
 * through a download link; the file name the API gives, else the certificate number.
 */
export async function downloadCertificatePdf(number: string, language: string): Promise<void> {
  const res = await fetch(certificatePdfPath(number), { headers: surveyHttpHeaders(language) });
  if (!res.ok) throw new Error(`certificate PDF failed with HTTP ${res.status}`);
  const blob = await res.blob();
  const url = URL.createObjectURL(blob);
  const link = document.createElement('a');
  link.href = url;
  link.download = fileNameFromDisposition(res.headers.get('content-disposition'), `${number}.pdf`);
  document.body.append(link);
  link.click();
  link.remove();
  // Give the browser time to start the download before the URL goes away.
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
