import { z } from 'zod';

/** "30m", "24h", "7d", or a number of seconds. */
const duration = z.union([z.string().regex(/^\s*\d+(?:\.\d+)?\s*(ms|s|m|h|d)?\s*$/, 'a duration such as "30m", "24h" or "7d"'), z.number().min(0)]);

/** `monitor:` in cd4ml.yml — same names as `cd4ml monitor` flags and the monitor action's inputs. */
export const monitorSection = z
  .object({
    bundle: z.string().min(1).optional(),
    environment: z.string().min(1).optional(),
    data: z.string().min(1).optional(),
    samples: z.string().min(1).optional(),
    prometheus: z.string().min(1).optional(),
    'prometheus-selector': z.string().min(1).optional(),
    labels: z.string().min(1).optional(),
    window: duration.optional(),
    'min-rows': z.number().int().min(1).optional(),
    'drift-share': z.number().min(0).max(1).optional(),
    'prediction-drift': z.boolean().optional(),
    'max-metric-drop': z.number().min(0).optional(),
    issue: z.boolean().optional(),
    'issue-label': z.string().min(1).optional(),
    'retrain-workflow': z.string().min(1).optional(),
    'retrain-event': z.string().min(1).optional(),
    'retrain-ref': z.string().min(1).optional(),
    'cool-down': duration.optional(),
    'fail-on-drift': z.boolean().optional(),
    report: z.string().min(1).optional(),
  })
  .strict();

export type MonitorSection = z.infer<typeof monitorSection>;
