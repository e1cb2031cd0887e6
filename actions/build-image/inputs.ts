import { imageStage } from '../../src/config/sections/image.js';
import { getStageSettings } from '../shared/inputs.js';

/** The build-image step's settings, declared in src/config/sections/image.ts. */
export const getInputs = () => getStageSettings(imageStage);
