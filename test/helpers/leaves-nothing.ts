import { afterAll, beforeAll, expect } from 'vitest';

/**
 * Run around every unit test file (vitest.config.ts): the unit files share one process without
 * isolation, so a file that changes the environment or the working folder and does not put them
 * back would change what the files after it see. The file that leaves one changed fails here.
 */
let env: Record<string, string | undefined> = {};
let cwd = '';

beforeAll(() => {
  env = { ...process.env };
  cwd = process.cwd();
});

afterAll(() => {
  expect({ ...process.env }, 'environment variables left changed').toEqual(env);
  expect(process.cwd(), 'working folder left changed').toBe(cwd);
});
