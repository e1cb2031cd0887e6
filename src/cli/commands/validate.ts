import type { CommandSpec } from '../command.js';
import { UsageError } from '../../errors.js';

export const command: CommandSpec = {
  name: 'validate',
  summary: 'check a dataset against a data contract and for drift',
  options: {
    data: { type: 'string', arg: 'FILE', description: 'dataset to check' },
  },
  async run() {
    throw new UsageError('"cd4ml validate" is not implemented yet in this version of cd4ml');
  },
};
