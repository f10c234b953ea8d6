// npm test: runs every suite (unit, extension host, UI) and ends with one line
// "N passed, N failed" that sums them. Each suite runs even when an earlier one failed.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readFileSync } from 'node:fs';

const only = process.argv.slice(2);
const suites = [
  { name: 'unit', cmd: ['npx', 'vitest', 'run', '--reporter=default', '--reporter=json', '--outputFile=test-results/unit.json'], counts: unitCounts },
  { name: 'host', cmd: ['npm', 'run', '--silent', 'test:host'], counts: summaryLine },
  { name: 'ui', cmd: ['npm', 'run', '--silent', 'test:ui'], counts: summaryLine },
].filter((s) => !only.length || only.includes(s.name));

mkdirSync('test-results', { recursive: true });

function unitCounts() {
  if (!existsSync('test-results/unit.json')) return undefined;
  const r = JSON.parse(readFileSync('test-results/unit.json', 'utf8'));
  // A test file that failed to load has no test results of its own: count it as one failure.
  const brokenFiles = (r.testResults ?? []).filter((f) => f.status === 'failed' && !(f.assertionResults ?? []).length).length;
  return { passed: r.numPassedTests, failed: r.numFailedTests + brokenFiles };
}

function summaryLine(output) {
  const m = [...output.matchAll(/^(\d+) passed, (\d+) failed/gm)].pop();
  return m ? { passed: +m[1], failed: +m[2] } : undefined;
}

let passed = 0;
let failed = 0;
const lines = [];
for (const s of suites) {
  console.log(`\n=== ${s.name} tests: ${s.cmd.join(' ')}`);
  const r = spawnSync(s.cmd[0], s.cmd.slice(1), { encoding: 'utf8', stdio: ['ignore', 'pipe', 'pipe'], maxBuffer: 64 * 1024 * 1024 });
  process.stdout.write(r.stdout ?? '');
  process.stderr.write(r.stderr ?? '');
  let c = s.counts((r.stdout ?? '') + (r.stderr ?? ''));
  // A suite that crashed before reporting counts as one failure, never as nothing.
  if (!c) c = { passed: 0, failed: 1 };
  if (r.status !== 0 && c.failed === 0) c.failed = 1;
  passed += c.passed;
  failed += c.failed;
  lines.push(`${s.name}: ${c.passed} passed, ${c.failed} failed`);
}
console.log('\n' + lines.join('\n'));
console.log(`${passed} passed, ${failed} failed`);
process.exit(failed ? 1 : 0);
