/** `cd4ml serve` flags (the image's runtime in the foreground), declared once (src/config/options.ts). */
import { declareStage, int, num, text, type SettingsOf } from '../options.js';

export const serveStage = declareStage(
  'serve',
  {
    bundle: { type: text({ arg: 'DIR', example: 'model' }), description: 'Model bundle directory (written by cd4ml train).', doors: ['cli'] },
    port: { type: int({ min: 0, max: 65535 }), description: 'Port to listen on (0 picks a free one).', default: 8080, doors: ['cli'] },
    host: { type: text({ arg: 'ADDR', example: '0.0.0.0' }), description: 'Address to listen on.', default: '127.0.0.1', doors: ['cli'] },
    'sample-dir': { type: text({ arg: 'DIR', example: 'samples' }), description: 'Write a sampled log of inputs and predictions here for cd4ml monitor.', defaultText: 'off', doors: ['cli'] },
    'sample-rate': { type: num({ min: 0, max: 1 }), arg: 'SHARE', description: 'Share of scored rows kept in --sample-dir, 0-1.', default: 0.1, doors: ['cli'] },
    'model-name': {
      type: text({ pattern: /^[A-Za-z0-9][A-Za-z0-9_.-]{0,127}$/, what: 'a name that starts with a letter or digit and holds only letters, digits, "_", "." or "-" (at most 128)', arg: 'NAME', example: 'churn' }),
      description: 'Model name for the Open Inference Protocol (/v2/models/NAME); env MODEL_NAME.',
      defaultText: 'the bundle\'s name, else "model"',
      doors: ['cli'],
    },
    'grpc-port': { type: int({ min: 0, max: 65535 }), arg: 'N', description: 'Also serve the Open Inference Protocol over gRPC on this port; env GRPC_PORT.', defaultText: 'off', doors: ['cli'] },
  },
  { command: 'serve' },
);

export type ServeSettings = SettingsOf<typeof serveStage.options>;
