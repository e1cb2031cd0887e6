/** Keep a server running until SIGTERM or SIGINT, then drain it; resolves with the exit code (0). */
import type { RunningServer } from './server.js';

export function serveUntilSignal(running: RunningServer, log: (line: string) => void): Promise<number> {
  return new Promise((resolve) => {
    const stop = (signal: NodeJS.Signals) => {
      process.off('SIGTERM', stop);
      process.off('SIGINT', stop);
      log(`${signal}: no longer accepting connections, draining in-flight requests`);
      running.close().then(
        () => {
          log('stopped');
          resolve(0);
        },
        () => resolve(0),
      );
    };
    process.on('SIGTERM', stop);
    process.on('SIGINT', stop);
  });
}
