import pino from 'pino';

/** The one application logger. Structured JSON; never logs secrets or personal data. */
export const logger = pino({
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'kizuna-api' },
  redact: ['req.headers.authorization', '*.password', '*.token'],
});
