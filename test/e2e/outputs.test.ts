import { type ChildProcess, spawn, spawnSync } from 'node:child_process';
import {
  chmodSync,
  chownSync,
  closeSync,
  cpSync,
  existsSync,
  lstatSync,
  mkdirSync,
  openSync,
  readdirSync,
  readFileSync,
  statSync,
  writeFileSync,
} from 'node:fs';
import { createServer } from 'node:net';
import path from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';
import { copyDefaultCampaign, removeTempDirs, tempDir } from '../campaign/copy.js';
import { CLI, ROOT } from '../helpers/source-cli.js';

/**
 * The built command as a process, where what it writes meets the system: device nodes, pipes
 * closed early, a full disk, signals, modes and owners. CI runs as root, where replacing
 * `/dev/null` is possible; the tests that need root say so.
 */
const CSV = path.join(ROOT, 'fixtures/lai-chau-2020/nominees.csv');
const isRoot = process.getuid?.() === 0;
const ENV = { ...process.env, NO_COLOR: '1', FORCE_COLOR: '0' };

function run(args: string[], options: { cwd?: string; stdout?: number | 'pipe' } = {}) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [...CLI, ...args], {
    cwd: options.cwd ?? ROOT,
    encoding: 'utf8',
    env: ENV,
    stdio: ['ignore', options.stdout ?? 'pipe', 'pipe'],
  });
  return { status, stdout: stdout ?? '', stderr };
}

/** Ends with a process's status, or its signal when it had no handler for one. */
function ended(child: ChildProcess): Promise<{ status: number | null; signal: NodeJS.Signals | null }> {
  return new Promise((resolve) => child.on('exit', (status, signal) => resolve({ status, signal })));
}

function mkfifo(file: string): void {
  const made = spawnSync('mkfifo', [file]);
  expect(made.status).toBe(0);
}

afterAll(removeTempDirs);

describe('--output names only a regular file or standard output', () => {
  it.runIf(isRoot)('refuses a device node made by mknod and leaves it a device (as root)', () => {
    const dir = tempDir();
    const device = path.join(dir, 'null');
    expect(spawnSync('mknod', [device, 'c', '1', '3']).status).toBe(0);
    const { status, stderr } = run(['check', CSV, '--output', device]);
    expect(status).toBe(2);
    expect(stderr).toContain('không phải tệp thường');
    expect(lstatSync(device).isCharacterDevice()).toBe(true);
    expect(readdirSync(dir)).toEqual(['null']);
  });

  it('refuses a FIFO and a socket, leaving them as they were', async () => {
    const dir = tempDir();
    const fifo = path.join(dir, 'pipe');
    mkfifo(fifo);
    expect(run(['check', CSV, '--output', fifo]).status).toBe(2);
    expect(lstatSync(fifo).isFIFO()).toBe(true);
    const socket = path.join(dir, 'sock');
    const server = createServer();
    await new Promise<void>((resolve) => server.listen(socket, resolve));
    try {
      const { status, stderr } = run(['check', CSV, '--output', socket, '--lang', 'en']);
      expect(status).toBe(2);
      expect(stderr).toContain('is a socket, not a regular file');
      expect(lstatSync(socket).isSocket()).toBe(true);
      expect(readdirSync(dir).sort()).toEqual(['pipe', 'sock']);
    } finally {
      server.close();
    }
  });

  it('writes to standard output for `-` and `/dev/stdout`, also down a pipe', () => {
    const plain = run(['check', CSV]);
    expect(plain.status).toBe(1);
    for (const name of ['-', '/dev/stdout']) {
      const { status, stdout, stderr } = run(['check', CSV, '--output', name]);
      expect(stderr).toBe('');
      expect(status).toBe(1);
      expect(stdout).toBe(plain.stdout);
    }
    // a workbook goes down a pipe when asked by name, never to a terminal
    const xlsx = spawnSync(process.execPath, [...CLI, 'check', CSV, '--format', 'xlsx', '--output', '-'], {
      cwd: ROOT,
      env: ENV,
    });
    expect(xlsx.status).toBe(1);
    expect([...xlsx.stdout.subarray(0, 4)]).toEqual([0x50, 0x4b, 0x03, 0x04]);
  });

  it('never writes a file for a folder that does not exist (`nodir/`)', () => {
    const dir = tempDir();
    const { status, stderr } = run(['check', CSV, '--output', 'nodir/'], { cwd: dir });
    expect(status).toBe(2);
    expect(stderr).toContain('thư mục nodir không tồn tại');
    expect(readdirSync(dir)).toEqual([]);
  });

  it('protects every file of the campaign as an input: rules, vocabulary, allocation table', () => {
    const campaign = copyDefaultCampaign();
    const before = new Map(readdirSync(campaign).map((f) => [f, readFileSync(path.join(campaign, f))]));
    for (const name of ['campaign.json', 'criteria.json', 'vocabulary.json', 'allocations.csv']) {
      const { status, stderr } = run([
        'check',
        CSV,
        '--campaign',
        campaign,
        '--format',
        'json',
        '--output',
        path.join(campaign, name),
      ]);
      expect(status, name).toBe(2);
      expect(stderr).toContain('chính là tệp đầu vào');
    }
    for (const [name, bytes] of before) expect(readFileSync(path.join(campaign, name)), name).toEqual(bytes);
  });
});

describe('standard streams that fail', () => {
  it('ends quietly with status 141 when the reader closes the pipe', async () => {
    const child = spawn(process.execPath, [...CLI, 'check', CSV, '--format', 'json'], {
      cwd: ROOT,
      env: ENV,
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    // `| head -c 0`: the reading end is gone before the report is written
    child.stdout?.destroy();
    let stderr = '';
    child.stderr?.on('data', (chunk) => {
      stderr += chunk;
    });
    const { status } = await ended(child);
    expect(stderr).toBe('');
    expect(status).toBe(141);
  });

  it('says in one line that standard output is full, exit 2, no stack trace', () => {
    const full = openSync('/dev/full', 'w');
    try {
      const { status, stderr } = run(['check', CSV], { stdout: full });
      expect(status).toBe(2);
      expect(stderr).toBe('Không ghi được đầu ra chuẩn (stdout): ổ đĩa đã hết chỗ trống (ENOSPC)\n');
    } finally {
      closeSync(full);
    }
  });
});

describe('signals', () => {
  it.each([
    ['SIGINT', 130],
    ['SIGTERM', 143],
    ['SIGHUP', 129],
  ] as const)('%s removes the temporary files and exits %i', async (signal, code) => {
    const dir = tempDir();
    // standard input that has not ended holds the run while its copy is being written
    const child = spawn(process.execPath, [...CLI, 'check', '-', '--format', 'json,html', '--output', 'r'], {
      cwd: dir,
      env: { ...ENV, TMPDIR: dir },
      stdio: ['pipe', 'ignore', 'ignore'],
    });
    const exited = ended(child);
    child.stdin?.write(readFileSync(CSV).subarray(0, 100));
    const deadline = Date.now() + 20_000;
    while (readdirSync(dir).length === 0 && Date.now() < deadline)
      await new Promise((resolve) => setTimeout(resolve, 50));
    expect(readdirSync(dir)).toEqual([expect.stringMatching(/^eligibility-\d+-[0-9a-f]+\.input$/)]);
    child.kill(signal);
    expect(await exited).toEqual({ status: code, signal: null });
    expect(readdirSync(dir)).toEqual([]);
  });
});

describe('standard input', () => {
  it.each(['-', '/dev/stdin'])('reads a CSV and an xlsx from `%s`, named stdin', (name) => {
    for (const file of [CSV, path.join(ROOT, 'fixtures/lai-chau-2020/nominees.xlsx')]) {
      const fromFile = spawnSync(process.execPath, [...CLI, 'check', file, '--format', 'json'], { env: ENV });
      const piped = spawnSync(process.execPath, [...CLI, 'check', name, '--format', 'json'], {
        env: ENV,
        input: readFileSync(file),
      });
      expect(piped.status, String(piped.stderr)).toBe(1);
      const report = JSON.parse(String(piped.stdout));
      const expected = JSON.parse(String(fromFile.stdout));
      expect(new Set(report.nominees.map((n: { file: string }) => n.file))).toEqual(new Set(['stdin']));
      expect(report.nominees.map((n: { verdict: string }) => n.verdict)).toEqual(
        expected.nominees.map((n: { verdict: string }) => n.verdict),
      );
    }
  });
});

// replacing a report takes --force, as replacing a template does (src/cli/overwrite.ts)
describe('a replaced report keeps its mode and owner; a new one is 0644 under the umask', () => {
  it('keeps chmod 600 on a replaced report', () => {
    const dir = tempDir();
    const report = path.join(dir, 'r.json');
    writeFileSync(report, 'old');
    chmodSync(report, 0o600);
    expect(run(['check', CSV, '--output', report, '--force']).status).toBe(1);
    expect(readFileSync(report, 'utf8')).not.toBe('old');
    expect(statSync(report).mode & 0o777).toBe(0o600);
  });

  it.runIf(isRoot)('keeps the owner of a replaced report (as root)', () => {
    const dir = tempDir();
    const report = path.join(dir, 'r.json');
    writeFileSync(report, 'old');
    chownSync(report, 1234, 2345);
    chmodSync(report, 0o640);
    expect(run(['check', CSV, '--output', report, '--force']).status).toBe(1);
    const after = statSync(report);
    expect([after.uid, after.gid, after.mode & 0o777]).toEqual([1234, 2345, 0o640]);
  });

  it('creates a new report 0644, or less when the umask says so', () => {
    const dir = tempDir();
    for (const [umask, mode] of [
      ['000', 0o644],
      ['022', 0o644],
      ['077', 0o600],
    ] as const) {
      const report = path.join(dir, `r-${umask}.json`);
      const made = spawnSync(
        'sh',
        ['-c', `umask ${umask}; exec "$0" "$@"`, process.execPath, ...CLI, 'check', CSV, '--output', report],
        {
          env: ENV,
        },
      );
      expect(made.status, String(made.stderr)).toBe(1);
      expect(statSync(report).mode & 0o777, umask).toBe(mode);
    }
  });

  it('writes through a symbolic link instead of replacing it', () => {
    const dir = tempDir();
    mkdirSync(path.join(dir, 'real'));
    writeFileSync(path.join(dir, 'real', 'r.json'), 'old');
    cpSync(path.join(dir, 'real', 'r.json'), path.join(dir, 'copy.json'));
    spawnSync('ln', ['-s', 'real/r.json', path.join(dir, 'link.json')]);
    expect(run(['check', CSV, '--output', 'link.json', '--force'], { cwd: dir }).status).toBe(1);
    expect(lstatSync(path.join(dir, 'link.json')).isSymbolicLink()).toBe(true);
    expect(readFileSync(path.join(dir, 'real', 'r.json'), 'utf8')).toContain('"nominees"');
    expect(existsSync(path.join(dir, 'copy.json'))).toBe(true);
  });
});
