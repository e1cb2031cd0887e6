import { deployStage } from '../../src/config/sections/deploy.js';
import { getStageSettings } from '../shared/inputs.js';

/** The deploy-canary step's settings, declared in src/config/sections/deploy.ts. */
export const getInputs = () => getStageSettings(deployStage);
