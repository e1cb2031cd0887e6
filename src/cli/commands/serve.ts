import { stageSettings, stringOpt, type CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';
import { serveStage } from '../../config/sections/serve.js';

/** `cd4ml serve --bundle DIR [--port 8080] [--host 127.0.0.1]`: the image's runtime, in the foreground. */
export const command: CommandSpec = {
  name: 'serve',
  summary: 'serve a model bundle over HTTP: POST /predict, GET /healthz, /readyz, /metrics',
  stage: serveStage,
  details: 'Verifies the bundle before listening and refuses a tampered one. SIGTERM drains in-flight requests and exits 0.',
  async run(opts, io) {
    const { settings } = await stageSettings(serveStage, opts, io);
    const bundleDir = settings.bundle;
    if (!bundleDir) throw new UsageError('--bundle is required: the model bundle directory written by cd4ml train');
    const port = settings.port!;
    const { startServer } = await import('../../serve/server.js');
    const { serveUntilSignal } = await import('../../serve/lifecycle.js');
    const log = (line: string) => io.stderr(`cd4ml serve: ${line}\n`);
    const { resolve } = await import('node:path');
    const sampleDir = settings['sample-dir'];
    const sampleRate = settings['sample-rate']!;
    if (stringOpt(opts, 'sample-rate') !== undefined && !sampleDir) throw new UsageError('--sample-rate needs --sample-dir (where the sampled requests are written)');
    const sampleLog = sampleDir ? { dir: resolve(io.cwd, sampleDir), rate: sampleRate } : undefined;
    const running = await startServer({ bundleDir: resolve(io.cwd, bundleDir), port, host: settings.host!, log, sampleLog });
    io.stdout(`${running.url}\n`);
    return serveUntilSignal(running, log);
  },
};
