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
  },
  { command: 'serve' },
);

export type ServeSettings = SettingsOf<typeof serveStage.options>;
