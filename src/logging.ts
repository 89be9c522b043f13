/**
 * The structured logger. Request logs keep method, path and status only: no addresses,
 * headers or bodies, so no personal data reaches the logs.
 */
import { pino, type Logger } from 'pino';

interface RequestLike {
  method?: string;
  url?: string;
  routeOptions?: { url?: string };
}

/** Creates the app's logger at a level. */
export function createLogger(level: string): Logger {
  return pino({
    level,
    base: { app: 'wksbm-bot' },
    serializers: {
      req: (req: RequestLike) => ({ method: req.method, url: req.url?.split('?')[0] }),
      res: (res: { statusCode?: number }) => ({ statusCode: res.statusCode }),
    },
  });
}
