/**
 * The serving options shared by `cd4ml serve` and the image's entrypoint (main.ts): flag first,
 * then the environment (MODEL_NAME, GRPC_PORT), as PORT and HOST are for the image.
 */
import { UsageError } from '../errors.js';
import { parseNumber } from '../config/parse.js';
import { MODEL_NAME_RE } from './oip.js';

export function parseOipOptions(modelNameFlag: string | undefined, grpcPortFlag: string | undefined, env: Record<string, string | undefined>, flagPrefix = '--'): { modelName?: string; grpcPort?: number } {
  const modelName = modelNameFlag ?? (env.MODEL_NAME || undefined);
  if (modelName !== undefined && !MODEL_NAME_RE.test(modelName)) {
    throw new UsageError(`${modelNameFlag !== undefined ? `${flagPrefix}model-name` : 'MODEL_NAME'} must start with a letter or digit and hold only letters, digits, "_", "." or "-" (at most 128), got ${JSON.stringify(modelName)}`);
  }
  const grpcText = grpcPortFlag ?? (env.GRPC_PORT || undefined);
  const grpcPort = grpcText === undefined ? undefined : parseNumber(grpcPortFlag !== undefined ? `${flagPrefix}grpc-port` : 'GRPC_PORT', grpcText, { min: 0, max: 65535, integer: true });
  return { modelName, grpcPort };
}
