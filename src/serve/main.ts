/**
 * Entry point of the serving runtime bundle (dist/serve/index.js), the image's entrypoint:
 *   node index.js [--bundle DIR] [--port N] [--host ADDR] [--model-name NAME] [--grpc-port N]
 * Defaults from the environment: CD4ML_BUNDLE, PORT (else 8080), HOST (else 127.0.0.1; the image
 * sets 0.0.0.0), MODEL_NAME (else the bundle's name, else "model"), GRPC_PORT (else no gRPC). Exit 0 after a graceful SIGTERM/SIGINT shutdown, 2 on bad usage or a bundle that
 * fails verification.
 */
import { parseArgs } from 'node:util';
import { UsageError, errorMessage, exitCodeOf } from '../errors.js';
import { parseNumber } from '../config/parse.js';
import { serveUntilSignal } from './lifecycle.js';
import { startServer } from './server.js';
import { parseOipOptions } from './options.js';

const log = (line: string) => process.stderr.write(`cd4ml-serve: ${line}\n`);

try {
  const { values } = parseArgs({ args: process.argv.slice(2), options: { bundle: { type: 'string' }, port: { type: 'string' }, host: { type: 'string' }, 'model-name': { type: 'string' }, 'grpc-port': { type: 'string' } }, strict: true });
  const bundleDir = values.bundle ?? process.env.CD4ML_BUNDLE;
  if (!bundleDir) throw new UsageError('no bundle: pass --bundle DIR or set CD4ML_BUNDLE');
  const port = parseNumber(values.port ? '--port' : 'PORT', values.port ?? process.env.PORT ?? '8080', { min: 0, max: 65535, integer: true });
  const { modelName, grpcPort } = parseOipOptions(values['model-name'], values['grpc-port'], process.env);
  // Cloud Run gives a service one port and sets PORT to it: a gRPC service (--use-http2) is deployed
  // with GRPC_PORT equal to that port, and then gRPC takes it and REST moves to a free local port.
  const shared = grpcPort !== undefined && grpcPort === port && port !== 0;
  if (shared) log(`PORT and GRPC_PORT are both ${port}: gRPC takes it; REST and /metrics move to a free local port`);
  const running = await startServer({ bundleDir, port: shared ? 0 : port, host: values.host ?? process.env.HOST ?? '127.0.0.1', log, modelName, grpcPort });
  process.exitCode = await serveUntilSignal(running, log);
} catch (err) {
  log(errorMessage(err));
  process.exitCode = exitCodeOf(err);
}
