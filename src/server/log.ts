import { requestLog } from '../http/request-log';

/**
 * One JSON line per /graphql request for Workers Logs (src/http/request-log.ts): its middleware is
 * the outermost on /graphql, its plugin the first of Yoga's, and the direct path records to it.
 */
export const log = requestLog();
