import { z } from 'zod';

/** `image:` in cd4ml.yml — same names as `cd4ml build-image` flags and build-image inputs. */
export const imageSection = z
  .object({
    bundle: z.string().min(1).optional(),
    image: z.string().min(1).optional(),
    tags: z.union([z.string(), z.array(z.string().min(1))]).optional(),
    'base-image': z.string().min(1).optional(),
    push: z.boolean().optional(),
    output: z.string().min(1).optional(),
    builder: z.enum(['auto', 'docker', 'daemonless']).optional(),
    platform: z.string().regex(/^[a-z0-9]+\/[a-z0-9_]+(\/[a-z0-9]+)?$/, 'must look like linux/amd64').optional(),
    port: z.number().int().min(1).max(65535).optional(),
    user: z.string().regex(/^\d+(:\d+)?$/, 'must be a numeric uid[:gid], e.g. 65532:65532').optional(),
    created: z.string().min(1).optional(),
    version: z.string().min(1).optional(),
    labels: z.record(z.string(), z.string()).optional(),
  })
  .strict();

export type ImageSection = z.infer<typeof imageSection>;
