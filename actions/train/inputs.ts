import { join } from 'node:path';
import { trainStage } from '../../src/config/sections/train.js';
import { getStageSettings } from '../shared/inputs.js';

/** The train step's settings, declared in src/config/sections/train.ts; the bundle goes to $RUNNER_TEMP by default. */
export const getInputs = () => getStageSettings(trainStage, { out: join(process.env.RUNNER_TEMP ?? '.', 'cd4ml', 'model') });
