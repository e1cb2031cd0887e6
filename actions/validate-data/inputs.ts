import { validateStage } from '../../src/config/sections/validate.js';
import { getStageSettings } from '../shared/inputs.js';

/** The validate-data step's settings, declared in src/config/sections/validate.ts. */
export const getInputs = () => getStageSettings(validateStage);
