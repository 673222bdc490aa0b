import type { RequestHandler } from 'express';
import helmet from 'helmet';

/** When to send Strict-Transport-Security: always, never, or on requests that came over TLS. */
export type HstsMode = 'always' | 'never' | 'tls';

/** `KIZUNA_HSTS=true` → always, `false` → never, unset → on requests that arrived over TLS. */
export function hstsModeOf(value: string | undefined): HstsMode {
  if (value === 'true') return 'always';
  if (value === 'false') return 'never';
  return 'tls';
}

/** A year, as browsers' preload lists expect. */
const HSTS_MAX_AGE = 365 * 24 * 60 * 60;

/**
 * Security headers of every response, console and API alike (ADR 0012). The console is a
 * Vite build with no inline script; antd writes inline styles, hence 'unsafe-inline' for
 * style-src only. Nobody may frame it (clickjacking). `exemptGraphQLLandingPage` leaves the
 * development landing page of /graphql (Apollo's, which loads its own scripts) without a CSP.
 */
export function securityHeaders(options: {
  hsts: HstsMode;
  exemptGraphQLLandingPage: boolean;
}): RequestHandler {
  const common = {
    strictTransportSecurity: false,
    referrerPolicy: { policy: 'no-referrer' as const },
    xFrameOptions: { action: 'deny' as const },
  };
  const withCsp = helmet({
    ...common,
    contentSecurityPolicy: {
      useDefaults: false,
      directives: {
        defaultSrc: ["'self'"],
        scriptSrc: ["'self'"],
        styleSrc: ["'self'", "'unsafe-inline'"],
        imgSrc: ["'self'", 'data:'],
        fontSrc: ["'self'", 'data:'],
        connectSrc: ["'self'"],
        objectSrc: ["'none'"],
        baseUri: ["'self'"],
        formAction: ["'self'"],
        frameAncestors: ["'none'"],
      },
    },
  });
  const withoutCsp = helmet({ ...common, contentSecurityPolicy: false });
  const hsts = helmet.strictTransportSecurity({ maxAge: HSTS_MAX_AGE, includeSubDomains: true });
  return (req, res, next) => {
    const landingPage =
      options.exemptGraphQLLandingPage && req.method === 'GET' && /^\/graphql\/?$/i.test(req.path);
    (landingPage ? withoutCsp : withCsp)(req, res, (error?: unknown) => {
      if (error) return next(error);
      if (options.hsts === 'always' || (options.hsts === 'tls' && req.secure))
        return hsts(req, res, next);
      next();
    });
  };
}
