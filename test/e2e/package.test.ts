import { spawnSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, rmSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { loadCampaign } from '../../src/campaign/load.js';
import { runCheck } from '../../src/check.js';

/**
 * The package as someone installs it: `npm pack` (which builds, so nothing stale is tested),
 * the tarball unpacked into a fresh project's node_modules with its dependencies linked from
 * ours (no network), then `import { loadCampaign, runCheck } from 'eligibility'` from a script
 * and from TypeScript.
 */
const ROOT = path.resolve(import.meta.dirname, '..', '..');
const CSV = path.join(ROOT, 'fixtures', 'lai-chau-2020', 'nominees.csv');
let project: string;
let files: string[];

function sh(command: string, args: string[], cwd: string) {
  const done = spawnSync(command, args, { cwd, encoding: 'utf8' });
  expect(done.status, `${command} ${args.join(' ')}\n${done.stderr}`).toBe(0);
  return done.stdout;
}

beforeAll(() => {
  project = mkdtempSync(path.join(tmpdir(), 'eligibility-pack-'));
  const packed = JSON.parse(sh('npm', ['pack', '--json', '--pack-destination', project], ROOT)) as {
    filename: string;
    files: { path: string }[];
  }[];
  const [tarball] = packed;
  if (!tarball) throw new Error('npm pack wrote nothing');
  files = tarball.files.map((f) => f.path);
  const installed = path.join(project, 'node_modules', 'eligibility');
  mkdirSync(installed, { recursive: true });
  sh('tar', ['-xzf', path.join(project, tarball.filename), '-C', installed, '--strip-components=1'], project);
  // the dependencies npm would install beside it, taken from ours
  symlinkSync(path.join(ROOT, 'node_modules'), path.join(installed, 'node_modules'), 'dir');
  writeFileSync(path.join(project, 'package.json'), '{ "type": "module", "private": true }\n');
}, 300_000);

afterAll(() => {
  if (project) rmSync(project, { recursive: true, force: true });
});

describe('the npm package', () => {
  it('ships the built library with its declarations and the campaigns, not the sources or tests', () => {
    expect(files).toContain('dist/index.js');
    expect(files).toContain('dist/index.d.ts');
    expect(files).toContain('rules/lai-chau-2020/criteria.json');
    expect(files).toContain('rules/tan-uyen-2021/cases.csv');
    expect(files.some((f) => f.startsWith('src/') || f.startsWith('test/'))).toBe(false);
  });

  it('is imported by name from a script and gives what the sources give', async () => {
    writeFileSync(
      path.join(project, 'check.mjs'),
      [
        "import { loadCampaign, runCheck, reportFormat } from 'eligibility';",
        `const result = await runCheck([${JSON.stringify(CSV)}], { campaign: loadCampaign('lai-chau-2020') });`,
        "const text = await reportFormat('text').render(result, 'en');",
        'console.log(JSON.stringify({ summary: result.summary, id: result.campaign.id, text: text.length > 0 }));',
      ].join('\n'),
    );
    const out = JSON.parse(sh(process.execPath, ['check.mjs'], project));
    const expected = await runCheck([CSV], { campaign: loadCampaign('lai-chau-2020') });
    expect(out).toEqual({ summary: expected.summary, id: 'lai-chau-2020', text: true });
  }, 60_000);

  it('runs its command from the bin, bundled, with the campaigns found inside the package', async () => {
    expect(files).toContain('bin/eligibility.js');
    expect(files).toContain('dist/bundle/cli.js');
    const bin = path.join(project, 'node_modules', 'eligibility', 'bin', 'eligibility.js');
    const version = JSON.parse(sh('npm', ['pkg', 'get', 'version'], ROOT)) as string;
    expect(sh(process.execPath, [bin, '--version'], project).trim()).toBe(version);
    const done = spawnSync(process.execPath, [bin, 'check', CSV, '--format', 'json'], {
      cwd: project,
      encoding: 'utf8',
    });
    const expected = await runCheck([CSV], { campaign: loadCampaign('lai-chau-2020') });
    expect(done.stderr).toBe('');
    // the sample has ineligible nominees: the files were read and something falls short
    expect(expected.summary.ineligible).toBeGreaterThan(0);
    expect(done.status).toBe(1);
    const report = JSON.parse(done.stdout) as { summary: unknown; campaign: string };
    expect(report.campaign).toBe('lai-chau-2020');
    expect(report.summary).toEqual(JSON.parse(JSON.stringify(expected.summary)));
  }, 60_000);

  it('types what it exports: a TypeScript caller compiles, and a wrong use does not', () => {
    const tsc = path.join(ROOT, 'node_modules', 'typescript', 'bin', 'tsc');
    const options = [
      '--noEmit',
      '--strict',
      '--module',
      'nodenext',
      '--moduleResolution',
      'nodenext',
      '--skipLibCheck',
    ];
    writeFileSync(
      path.join(project, 'use.ts'),
      [
        "import { type CheckResult, loadCampaign, runCheck } from 'eligibility';",
        "const campaign = loadCampaign('tan-uyen-2021');",
        "const result: CheckResult = await runCheck(['a.csv'], { campaign });",
        'const eligible: number = result.summary.eligible;',
        'export { eligible };',
      ].join('\n'),
    );
    sh(process.execPath, [tsc, ...options, 'use.ts'], project);
    writeFileSync(
      path.join(project, 'wrong.ts'),
      "import { loadCampaign } from 'eligibility';\nexport const id: number = loadCampaign().id;\n",
    );
    const wrong = spawnSync(process.execPath, [tsc, ...options, 'wrong.ts'], {
      cwd: project,
      encoding: 'utf8',
    });
    expect(wrong.status).not.toBe(0);
    expect(wrong.stdout).toContain("Type 'string' is not assignable to type 'number'");
  }, 180_000);
});
