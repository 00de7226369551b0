import type { Value } from '../../model/column.js';
import type { Nominee } from '../../model/nominee.js';
import type { EngineContext } from '../context.js';

/**
 * The value of a declared column, `null` when its cell is blank (and blank means unknown) or the
 * column absent; a yes/no and a count are kept where their types keep them.
 */
export function declaredValue(nominee: Nominee, column: string): Value | null {
  return nominee.values?.[column] ?? nominee.flags[column] ?? nominee.counts[column] ?? null;
}

const constants = new WeakMap<object, Value>();

/**
 * A constant a criterion gives for a column (`"150 triệu"`, `"Đại học"`, `"31/12/2020"`), read the
 * way the column reads its cells, once per criterion. A constant its column cannot read is a
 * mistake in the rule file, which the campaign's validation names before any nominee is judged.
 */
export function constantFor(owner: object, ctx: EngineContext, column: string, given: Value): Value {
  let value = constants.get(owner);
  if (value === undefined) {
    value = typeof given === 'string' ? ctx.columns.parse(column, given) : given;
    if (value === undefined) throw new Error(`${column}: "${given}" is not a value of this column`);
    constants.set(owner, value);
  }
  return value;
}
