import { execFile } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, describe, expect, it } from 'vitest';

const FIXTURE = 'test/fixtures/agreement/krippendorff2004-study.json';
const folder = mkdtempSync(join(tmpdir(), 'quotemark-agreement-'));
afterAll(() => rmSync(folder, { recursive: true, force: true }));

/** `npm run agreement -- ...args` as a person runs it: exit code, stdout, stderr. */
function agreement(...args: string[]): Promise<{ code: number; stdout: string; stderr: string }> {
  return new Promise((resolve) => {
    execFile('npm', ['run', '--silent', 'agreement', '--', ...args], (error, stdout, stderr) => {
      resolve({ code: error ? Number(error.code ?? 1) : 0, stdout, stderr });
    });
  });
}
function file(name: string, content: string): string {
  const path = join(folder, name);
  writeFileSync(path, content);
  return path;
}
// Krippendorff's (2004, p. 254) example study (see test/fixtures/agreement/README.md).
const study = JSON.parse(readFileSync(FIXTURE, 'utf8')) as { units: Record<string, unknown>[] };

describe.concurrent('npm run agreement', () => {
  it('prints the overall and per-category α with observed and expected disagreement', async () => {
    const { code, stdout } = await agreement(file('study.json', JSON.stringify(study)));
    expect(code).toBe(0);
    const report = JSON.parse(stdout) as {
      alpha: number;
      categories: Record<string, number>;
      observed: Record<string, number>;
      expected: Record<string, number>;
    };
    expect(Object.keys(report)).toEqual(['alpha', 'categories', 'observed', 'expected']);
    // Krippendorff (2004), p. 254, as DKPro Agreement's tests assert it.
    expect(Math.abs(report.alpha - 0.8591)).toBeLessThanOrEqual(0.0005);
    expect(Math.abs(report.categories.c! - 0.7286)).toBeLessThanOrEqual(0.0001);
    expect(report.categories.k).toBe(1);
    expect(Math.abs(report.observed.c! - 0.0144)).toBeLessThanOrEqual(0.0001);
    expect(report.observed.k).toBe(0);
    expect(Math.abs(report.expected.c! - 0.0532)).toBeLessThanOrEqual(0.0001);
    expect(Math.abs(report.expected.k! - 0.049)).toBeLessThanOrEqual(0.0001);
  });

  it('says so when the file is missing', async () => {
    const missing = join(folder, 'no-such-study.json');
    const { code, stderr, stdout } = await agreement(missing);
    expect(code).not.toBe(0);
    expect(stdout).toBe('');
    expect(stderr).toContain(`${missing}: there is no such file.`);
  });

  it('says so when the file is not JSON', async () => {
    const { code, stderr } = await agreement(file('cut.json', '{"continuum": {"begin": 150,'));
    expect(code).not.toBe(0);
    expect(stderr).toContain('The file is not valid JSON');
  });

  it('names each field of the wrong shape by its path', async () => {
    const units = study.units.map((unit, index) =>
      index === 3 ? { ...unit, length: 0 } : index === 5 ? { ...unit, category: undefined } : unit,
    );
    const { code, stderr } = await agreement(file('shape.json', JSON.stringify({ ...study, coders: 'two', units })));
    expect(code).not.toBe(0);
    expect(stderr).toContain('coders must be a positive whole number.');
    expect(stderr).toContain('units[3].length must be a positive whole number.');
    expect(stderr).toContain('units[5].category is missing.');
  });

  it('refuses a study it cannot measure: one coder, a unit past the continuum', async () => {
    const units = [
      ...study.units.filter((unit) => unit.coder === 0),
      { begin: 440, length: 20, coder: 0, category: 'k' },
    ];
    const { code, stderr } = await agreement(file('one-coder.json', JSON.stringify({ ...study, coders: 1, units })));
    expect(code).not.toBe(0);
    expect(stderr).toContain('coders is 1, but agreement needs at least 2 coders to compare.');
    expect(stderr).toContain(`units[${units.length - 1}] (begin 440, length 20) does not lie within the continuum`);
  });

  it('shows how to call it when no file is given', async () => {
    const { code, stderr } = await agreement();
    expect(code).not.toBe(0);
    expect(stderr).toContain('usage: npm run agreement -- STUDY.json');
  });
});
