import { z } from 'zod';

/** A duration: "30s", "2m", "500ms", or a number of seconds. */
const duration = z.union([z.number().positive(), z.string().regex(/^\s*\d+(\.\d+)?\s*(ms|s|m|h)?\s*$/, 'must be a duration like "30s", "2m" or "500ms"')]);
const share = z.number().min(0).max(1);

/** `deploy:` in cd4ml.yml — same names as `cd4ml deploy` flags and deploy-canary inputs. */
export const deploySection = z
  .object({
    image: z.string().min(1).optional(),
    bundle: z.string().min(1).optional(),
    provider: z.enum(['local', 'cloud-run', 'kubernetes']).optional(),
    environment: z.string().min(1).optional(),
    steps: z.union([z.string(), z.array(z.number().int().min(1).max(100))]).optional(),
    bake: duration.optional(),
    interval: duration.optional(),
    'max-bake': duration.optional(),
    'ready-timeout': duration.optional(),
    'min-requests': z.number().int().min(0).optional(),
    'failure-limit': z.number().int().min(0).optional(),
    'max-error-rate': share.optional(),
    'max-p99-latency': duration.optional(),
    'max-error-rate-increase': share.optional(),
    'max-latency-increase': z.number().min(0).optional(),
    queries: z
      .array(
        z
          .object({ name: z.string().regex(/^[a-z][a-z0-9-]*$/, 'must be kebab-case'), query: z.string().min(1), min: z.number().optional(), max: z.number().optional() })
          .strict()
          .refine((q) => q.min !== undefined || q.max !== undefined, 'needs min or max (the success condition)'),
      )
      .optional(),
    load: z.string().min(1).optional(),
    'load-rate': z.number().positive().optional(),
    'load-path': z.string().startsWith('/').optional(),
    'prometheus-url': z.string().url().optional(),
    'metrics-source': z.enum(['prometheus', 'cloud-monitoring']).optional(),
    'monitoring-endpoint': z.string().url().optional(),
    'cloud-run-endpoint': z.string().url().optional(),
    port: z.number().int().min(0).max(65535).optional(),
    'container-port': z.number().int().min(1).max(65535).optional(),
    // cloud-run
    project: z.string().min(1).optional(),
    region: z.string().min(1).optional(),
    service: z.string().regex(/^[a-z]([-a-z0-9]*[a-z0-9])?$/, 'must be a lower-case DNS label').optional(),
    // kubernetes
    namespace: z.string().min(1).optional(),
    route: z.string().min(1).optional(),
  })
  .strict();

export type DeploySection = z.infer<typeof deploySection>;
