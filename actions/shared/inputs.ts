/**
 * The action door of the option declarations (src/config/options.ts): every action reads its
 * inputs here, with `core.getInput` injected into the core's reader, then merges them over its
 * section of cd4ml.yml and the declared defaults (input > cd4ml.yml > default).
 */
import * as core from '@actions/core';
import { loadConfig } from '../../src/config/load.js';
import { mergeSettings, readInputs, type OptionTable, type SettingsOf, type StageDecl } from '../../src/config/options.js';
import type { Cd4mlConfig } from '../../src/config/schema.js';

/** The inputs the step gives (typed and checked); undefined where the step gives none. */
export function getStageInputs<O extends OptionTable>(stage: StageDecl<O>): SettingsOf<O> {
  return readInputs(stage, (name) => core.getInput(name));
}

/** The stage's settings: inputs > its section of cd4ml.yml (input "config") > defaults. */
export async function getStageSettings<O extends OptionTable>(
  stage: StageDecl<O>,
  defaults?: SettingsOf<O>,
): Promise<{ config: Cd4mlConfig; inputs: SettingsOf<O>; settings: SettingsOf<O> }> {
  const inputs = getStageInputs(stage);
  const { config } = await loadConfig((inputs as { config?: string }).config);
  const section = (config as Record<string, unknown>)[stage.name] as SettingsOf<O> | undefined;
  return { config, inputs, settings: mergeSettings(stage, section, inputs, defaults) };
}
