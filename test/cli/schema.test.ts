import { describe, expect, it } from 'vitest';
import { campaignJsonSchema } from '../../src/campaign/schemas.js';
import { main } from '../../src/cli/main.js';

async function run(...args: string[]) {
  let stdout = '';
  let stderr = '';
  const code = await main(['node', 'eligibility', ...args], {
    stdout: (t) => {
      stdout += t;
    },
    stderr: (t) => {
      stderr += t;
    },
  });
  return { code, stdout, stderr };
}

describe('eligibility schema', () => {
  it.each(['campaign', 'criteria', 'vocabulary'] as const)(
    'schema %s prints the JSON Schema of that file',
    async (name) => {
      const { code, stdout } = await run('schema', name);
      expect(code).toBe(0);
      expect(JSON.parse(stdout)).toEqual(campaignJsonSchema(name));
    },
  );

  it('prints nothing else on stdout, so it can be redirected to a file', async () => {
    const { stdout } = await run('schema', 'campaign');
    expect(stdout.startsWith('{')).toBe(true);
    expect(stdout.endsWith('}\n')).toBe(true);
  });

  it('refuses a name it does not know, with exit 2', async () => {
    const { code, stdout, stderr } = await run('schema', 'nominees');
    expect(code).toBe(2);
    expect(stdout).toBe('');
    expect(stderr).toContain('campaign, criteria, vocabulary');
  });
});
