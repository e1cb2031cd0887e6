import { z } from 'zod';

/** One metric's rule under `gate.metrics`. */
export const gateMetricRule = z
  .object({
    /** Hard lower bound on the candidate's value. */
    min: z.number().optional(),
    /** Hard upper bound on the candidate's value. */
    max: z.number().optional(),
    /** Largest allowed drop against the baseline, absolute (in the metric's units). */
    'max-drop': z.number().min(0).optional(),
    /** Largest allowed drop against the baseline, relative to the baseline's value (0.05 = 5%). */
    'max-drop-relative': z.number().min(0).optional(),
    /** Default inferred: loss, error, mae, mse, rmse are lower-is-better, anything else higher. */
    direction: z.enum(['higher-is-better', 'lower-is-better']).optional(),
    /** Fail a drop rule only when the whole confidence interval of the drop lies beyond the tolerance. */
    'require-significance': z.boolean().optional(),
  })
  .strict();

/** `gate:` in cd4ml.yml — same names as `cd4ml gate` flags and evaluate-gate inputs. */
export const gateSection = z
  .object({
    candidate: z.string().min(1).optional(),
    /** "production" (the latest successful deployment) or a bundle directory / local registry. */
    baseline: z.string().min(1).optional(),
    environment: z.string().min(1).optional(),
    data: z.string().min(1).optional(),
    report: z.string().min(1).optional(),
    resamples: z.number().int().min(100).max(100_000).optional(),
    confidence: z.number().gt(0.5).lt(1).optional(),
    seed: z.number().int().min(0).optional(),
    /** Production artifact missing or unreadable: fail the gate, or pass with a warning. */
    'on-baseline-missing': z.enum(['fail', 'warn']).optional(),
    /** The baseline cannot be scored on the evaluation rows (its columns are gone): fail, or pass with a warning. */
    'on-schema-change': z.enum(['fail', 'warn']).optional(),
    metrics: z.record(z.string().regex(/^[a-z][a-z0-9-]*$/, 'metric names are kebab-case, e.g. accuracy, balanced-accuracy, rmse'), gateMetricRule).optional(),
    slices: z.array(z.string().min(1)).optional(),
    'slice-metric': z.string().min(1).optional(),
    'max-disparity': z.number().min(0).optional(),
    'min-slice-rows': z.number().int().min(1).optional(),
  })
  .strict();

export type GateSection = z.infer<typeof gateSection>;
export type GateMetricRule = z.infer<typeof gateMetricRule>;
