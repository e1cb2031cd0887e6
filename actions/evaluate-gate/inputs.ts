import { gateStage } from '../../src/config/sections/gate.js';
import { getStageSettings } from '../shared/inputs.js';

/** The evaluate-gate step's settings, declared in src/config/sections/gate.ts. */
export const getInputs = () => getStageSettings(gateStage);
