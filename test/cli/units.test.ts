import { describe, expect, it } from 'vitest';
import { resolveUnits } from '../../src/cli/units.js';
import { InputError } from '../../src/findings/finding.js';
import { campaign } from '../helpers/nominee.js';

describe('resolveUnits', () => {
  it('takes a unit id or any name the reader accepts, in the campaign order, each once', () => {
    expect(resolveUnits(['y-te', 'Tam Đường', 'LĐLĐ huyện Tam Đường', 'tam duong'], campaign, 'vi')).toEqual([
      'tam-duong',
      'y-te',
    ]);
  });

  it('refuses a value that names no unit with the units to choose from (exit 2)', () => {
    let error: unknown;
    try {
      resolveUnits(['Mộc Châu'], campaign, 'vi');
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(InputError);
    const reason = String((error as InputError).finding.args.reason);
    expect(reason).toContain('--unit "Mộc Châu" không phải đơn vị nào của kế hoạch');
    expect(reason).toContain('tam-duong (LĐLĐ huyện Tam Đường)');
  });
});
