import { Router, type Response } from 'express';
import type { DataSource } from 'typeorm';
import type { Clock } from '@kizuna/domain';
import { authenticate } from '../auth/auth.service';
import { renderCertificatePdf } from './certificate-pdf';
import { findDeletionCertificate } from './deletion-certificate.queries';

/** As formatCertificateNumber writes them: KZ-DC-<JST year>-<six digits>. */
const CERTIFICATE_NUMBER = /^KZ-DC-\d{4}-\d{6}$/;

function refuse(res: Response, status: number, code: string, message: string) {
  res.status(status).json({ error: { code, message } });
}

/**
 * GET /certificates/{number}.pdf — a deletion certificate as a PDF (certificate-pdf.ts), for the
 * callers the `deletionCertificate` query serves: the same bearer authentication as /graphql and
 * the survey files, and the same permission (customers:read). Other paths under /certificates/
 * are left to the console's client-side routes.
 */
export function certificatePdfRoutes(dataSource: DataSource, clock: Clock): Router {
  const router = Router();

  router.get('/certificates/:file', async (req, res, next) => {
    const file = req.params.file;
    if (!file.endsWith('.pdf')) return next();
    try {
      const actor = await authenticate(dataSource, req.header('authorization'));
      if (!actor) return refuse(res, 401, 'UNAUTHENTICATED', 'Sign in first.');
      if (!actor.permissions.has('customers:read'))
        return refuse(res, 403, 'FORBIDDEN', 'Needs customers:read.');
      const number = file.slice(0, -'.pdf'.length);
      if (!CERTIFICATE_NUMBER.test(number))
        return refuse(res, 400, 'BAD_USER_INPUT', 'A certificate number reads KZ-DC-2027-000042.');
      const certificate = await findDeletionCertificate(dataSource, number);
      if (!certificate)
        return refuse(res, 404, 'NOT_FOUND', `There is no deletion certificate ${number}.`);
      const pdf = Buffer.from(
        await renderCertificatePdf(certificate.content, certificate.digest, clock.now()),
      );
      res.status(200);
      res.setHeader('content-type', 'application/pdf');
      res.setHeader('content-disposition', `inline; filename="${number}.pdf"`);
      res.setHeader('content-length', String(pdf.length));
      // Names a company and staff: never kept by a browser or a proxy.
      res.setHeader('cache-control', 'no-store');
      res.end(pdf);
    } catch (error) {
      // The app's last handler logs it with the request id and answers 500 without details.
      next(error);
    }
  });

  return router;
}
