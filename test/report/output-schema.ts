import { z } from 'zod';

/** OUTPUT.md's JSON contract, written out from the spec: the stable minimum a script may rely on. */
const count = z.number().int().nonnegative();

export const outputSchema = z.object({
  campaign: z.string().min(1),
  nominees: z.array(
    z.object({
      file: z.string().min(1),
      sheet: z.string(),
      row: z.number().int().positive(),
      name: z.string().min(1),
      unit: z.string().nullable(),
      kind: z.enum(['individual', 'collective']),
      block: z.enum(['HCSN', 'SXKD']),
      verdict: z.enum(['eligible', 'ineligible', 'review']),
      rules: z.array(
        z.object({
          id: z.string().regex(/^(TT|CN)-(HCSN|SXKD|HEAD)-\d+$/),
          result: z.enum(['pass', 'fail', 'unknown']),
          message: z.string().min(1),
        }),
      ),
    }),
  ),
  quota: z.array(
    z.object({
      unit: z.string().min(1),
      category: z.enum(['collective-HCSN', 'collective-SXKD', 'individual-HCSN', 'individual-SXKD']),
      allocated: count,
      nominated: count,
      eligible: count,
      status: z.enum(['over', 'full', 'under']),
    }),
  ),
  findings: z.array(
    z.object({
      code: z.string().regex(/^[A-Z]+(-[A-Z]+)+$/),
      severity: z.enum(['error', 'warning', 'info']),
      file: z.string().nullable(),
      sheet: z.string().nullable(),
      row: z.number().int().positive().nullable(),
      column: z.string().nullable(),
      message: z.string().min(1),
    }),
  ),
  summary: z.object({
    nominees: count,
    eligible: count,
    ineligible: count,
    review: count,
    errors: count,
    warnings: count,
  }),
});

export type Output = z.infer<typeof outputSchema>;

/** Contract fields in the contract's order; a report may add fields only after them. */
export const CONTRACT_ORDER = {
  top: ['campaign', 'nominees', 'quota', 'findings', 'summary'],
  nominee: ['file', 'sheet', 'row', 'name', 'unit', 'kind', 'block', 'verdict', 'rules'],
  rule: ['id', 'result', 'message'],
  quota: ['unit', 'category', 'allocated', 'nominated', 'eligible', 'status'],
  finding: ['code', 'severity', 'file', 'sheet', 'row', 'column', 'message'],
  summary: ['nominees', 'eligible', 'ineligible', 'review', 'errors', 'warnings'],
} as const;
