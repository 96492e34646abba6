// Bolt and the Web API client log through this: one pino logger for the whole process. Their
// debug output carries request bodies (names, message text), so it goes to pino's trace level,
// below what anyone runs with by accident.
import { LogLevel, type Logger as BoltLogger } from '@slack/bolt';
import type { Logger } from 'pino';

function joined(msg: unknown[]): string {
  return msg.map((m) => (typeof m === 'string' ? m : m instanceof Error ? m.message : JSON.stringify(m))).join(' ');
}

export function boltLogger(logger: Logger): BoltLogger {
  const child = logger.child({ component: 'slack' });
  let level = LogLevel.INFO;
  return {
    debug: (...msg: unknown[]) => child.trace(joined(msg)),
    info: (...msg: unknown[]) => child.info(joined(msg)),
    warn: (...msg: unknown[]) => child.warn(joined(msg)),
    error: (...msg: unknown[]) => child.error(joined(msg)),
    // Levels are pino's business; Bolt may set and read its own without effect.
    setLevel: (l: LogLevel) => {
      level = l;
    },
    getLevel: () => level,
    setName: () => {},
  };
}
