import pino, { type DestinationStream, type LoggerOptions } from 'pino';
import { serializeError } from './safe-error';

/** How every logger of the API is configured (tests build one over their own stream). */
export const loggerOptions: LoggerOptions = {
  level: process.env.LOG_LEVEL ?? (process.env.NODE_ENV === 'test' ? 'silent' : 'info'),
  base: { service: 'kizuna-api' },
  redact: ['req.headers.authorization', '*.password', '*.token'],
  serializers: { err: serializeError, error: serializeError },
};

export const createLogger = (destination?: DestinationStream, level?: string) =>
  pino({ ...loggerOptions, ...(level ? { level } : {}) }, destination);

/** The one application logger. Structured JSON; never logs secrets or personal data. */
export const logger = createLogger();
