import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

/** Placeholder until this stage lands: it refuses clearly instead of pretending to work. */
export const command: CommandSpec = {
  name: 'serve',
  summary: 'not available yet in this version',
  options: {},
  async run() {
    throw new UsageError('"cd4ml serve" is not implemented yet in this version of cd4ml');
  },
};
