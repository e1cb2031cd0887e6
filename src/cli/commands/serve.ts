import { stringOpt, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { parseNumber } from '../../config/parse.js';
import { parseOipOptions } from '../../serve/options.js';

/** `cd4ml serve --bundle DIR [--port 8080] [--host 127.0.0.1]`: the image's runtime, in the foreground. */
export const command: CommandSpec = {
  name: 'serve',
  summary: 'serve a model bundle over HTTP: POST /predict, GET /healthz, /readyz, /metrics, and the Open Inference Protocol (REST /v2, gRPC with --grpc-port)',
  options: {
    bundle: { type: 'string', arg: 'DIR', description: 'model bundle directory (written by cd4ml train)' },
    port: { type: 'string', arg: 'N', description: 'port to listen on (default 8080; 0 picks a free one)' },
    host: { type: 'string', arg: 'ADDR', description: 'address to listen on (default 127.0.0.1)' },
    'sample-dir': { type: 'string', arg: 'DIR', description: 'write a sampled log of inputs and predictions here for cd4ml monitor (off by default)' },
    'sample-rate': { type: 'string', arg: 'SHARE', description: 'share of scored rows kept in --sample-dir, 0-1 (default 0.1)' },
    'model-name': { type: 'string', arg: 'NAME', description: 'model name for the Open Inference Protocol (/v2/models/NAME; default: the bundle\'s name, else "model"; env MODEL_NAME)' },
    'grpc-port': { type: 'string', arg: 'N', description: 'also serve the Open Inference Protocol over gRPC on this port (off by default; env GRPC_PORT)' },
  },
  details: 'Verifies the bundle before listening and refuses a tampered one. SIGTERM drains in-flight requests and exits 0.',
  async run(opts, io) {
    const bundleDir = stringOpt(opts, 'bundle');
    if (!bundleDir) throw new UsageError('--bundle is required: the model bundle directory written by cd4ml train');
    const port = parseNumber('--port', stringOpt(opts, 'port') ?? '8080', { min: 0, max: 65535, integer: true });
    const { startServer } = await import('../../serve/server.js');
    const { serveUntilSignal } = await import('../../serve/lifecycle.js');
    const log = (line: string) => io.stderr(`cd4ml serve: ${line}\n`);
    const { resolve } = await import('node:path');
    const sampleDir = stringOpt(opts, 'sample-dir');
    const sampleRate = parseNumber('--sample-rate', stringOpt(opts, 'sample-rate') ?? '0.1', { min: 0, max: 1 });
    if (stringOpt(opts, 'sample-rate') !== undefined && !sampleDir) throw new UsageError('--sample-rate needs --sample-dir (where the sampled requests are written)');
    const sampleLog = sampleDir ? { dir: resolve(io.cwd, sampleDir), rate: sampleRate } : undefined;
    const { modelName, grpcPort } = parseOipOptions(stringOpt(opts, 'model-name'), stringOpt(opts, 'grpc-port'), process.env, '--');
    const running = await startServer({ bundleDir: resolve(io.cwd, bundleDir), port, host: stringOpt(opts, 'host') ?? '127.0.0.1', log, sampleLog, modelName, grpcPort });
    io.stdout(`${running.url}\n`);
    if (running.grpc) io.stdout(`grpc://${running.grpc.address}\n`);
    return serveUntilSignal(running, log);
  },
};
