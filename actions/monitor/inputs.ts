import { monitorStage } from '../../src/config/sections/monitor.js';
import { getStageSettings } from '../shared/inputs.js';

/** The monitor step's settings, declared in src/config/sections/monitor.ts. */
export const getInputs = () => getStageSettings(monitorStage);
