import { z } from 'zod';
import { BLOCKS } from '../../model/categories.js';
import type { PredicateModule } from './module.js';

/** The nominee is of the given block (HCSN / SXKD): "at an enterprise" is the SXKD block. */
export type BlockIs = { type: 'block'; is: (typeof BLOCKS)[number] };

type BlockFacts = { is: string; value: string };

const WORDS = { vi: 'Khối', en: 'block' } as const;

/**
 * `Khối` is the given one. The column is required wherever a kind names a block; a list without
 * it (a campaign whose kinds name none) leaves the answer unknown.
 */
export const block: PredicateModule<BlockIs, BlockFacts> = {
  type: 'block',
  schema: () => z.strictObject({ type: z.literal('block'), is: z.enum(BLOCKS) }),
  reads: () => ({ yearCodes: [], distinctions: [], columns: ['block'] }),
  evaluate: (nominee, p) => ({
    type: 'block',
    result: nominee.block === null ? 'unknown' : nominee.block === p.is ? 'pass' : 'fail',
    args: { is: p.is, value: nominee.block ?? '' },
  }),
  describe: (p, w) => ({ text: `${WORDS[w.lang]} = ${p.is}` }),
  render: (_p, { args: a }, w) => `${WORDS[w.lang]}: ${a.value}`,
  cells: () => ['block'],
  steps: () => [],
  example(p, form) {
    form.set('block', p.is);
  },
  guide: {
    vi: 'Khối của người được đề nghị là khối đã cho (HCSN hoặc SXKD).',
    en: 'The nominee’s block is the given one (HCSN or SXKD).',
    example: { type: 'block', is: 'SXKD' },
  },
};
