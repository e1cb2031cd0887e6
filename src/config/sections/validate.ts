import { z } from 'zod';

/** `validate:` in cd4ml.yml — same names as `cd4ml validate` flags and validate-data inputs. */
export const validateSection = z
  .object({
    data: z.string().min(1).optional(),
    format: z.enum(['csv', 'tsv', 'jsonl', 'json', 'parquet', 'delta']).optional(),
    schema: z.string().min(1).optional(),
    reference: z.string().min(1).optional(),
    infer: z.string().min(1).optional(),
    report: z.string().min(1).optional(),
    'fail-on': z.enum(['error', 'warning', 'never']).optional(),
  })
  .strict();

export type ValidateSection = z.infer<typeof validateSection>;
