/**
 * Entry point of the serving runtime bundle (dist/serve/index.js), the image's entrypoint:
 *   node index.js [--bundle DIR] [--port N] [--host ADDR]
 * Defaults from the environment: CD4ML_BUNDLE, PORT (else 8080), HOST (else 127.0.0.1; the image
 * sets 0.0.0.0). Exit 0 after a graceful SIGTERM/SIGINT shutdown, 2 on bad usage or a bundle that
 * fails verification.
 */
import { parseArgs } from 'node:util';
import { UsageError, errorMessage, exitCodeOf } from '../errors.js';
import { parseNumber } from '../config/parse.js';
import { serveUntilSignal } from './lifecycle.js';
import { startServer } from './server.js';

const log = (line: string) => process.stderr.write(`cd4ml-serve: ${line}\n`);

try {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { bundle: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' } }, strict: true });
  const bundleDir = values.bundle ?? process.env.CD4ML_BUNDLE;
  if (!bundleDir) throw new UsageError('no bundle: pass --bundle DIR or set CD4ML_BUNDLE');
  const port = parseNumber(values.port ? '--port' : 'PORT', values.port ?? process.env.PORT ?? '8080', { min: 0, max: 65535, integer: true });
  const running = await startServer({ bundleDir, port, host: values.host ?? process.env.HOST ?? '127.0.0.1', log });
  process.exitCode = await serveUntilSignal(running, log);
} catch (err) {
  log(errorMessage(err));
  process.exitCode = exitCodeOf(err);
}
