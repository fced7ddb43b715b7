// Runs every frontend workspace's component tests, one after the other, and ends with what failed
// (the workspace and the failing tests' lines), so the last lines of a CI log name the failure.
import { spawn } from 'node:child_process';

const WORKSPACES = [
  '@kring/client',
  '@kring/common',
  'frontend-partner',
  'frontend-provider',
  'frontend-pro',
  'frontend-admin',
];
const FAILURE = /(FAIL|×|✗|Error:|AssertionError|Unhandled|Timed out|Test timed out)/;
const COLOURS = new RegExp(String.raw`\u001b\[[0-9;]*m`, 'g');

function run(workspace) {
  return new Promise((resolve) => {
    const child = spawn('npm', ['run', 'test', '--silent', '--workspace', workspace], {
      stdio: ['ignore', 'pipe', 'pipe'],
    });
    const failures = [];
    const keep = (chunk, stream) => {
      stream.write(chunk);
      for (const line of chunk.toString().split('\n')) {
        const plain = line.replace(COLOURS, '').trimEnd();
        if (FAILURE.test(plain) && failures.length < 40) failures.push(plain);
      }
    };
    child.stdout.on('data', (chunk) => keep(chunk, process.stdout));
    child.stderr.on('data', (chunk) => keep(chunk, process.stderr));
    child.on('close', (code) => resolve({ workspace, code: code ?? 1, failures }));
  });
}

const results = [];
for (const workspace of WORKSPACES) results.push(await run(workspace));

const failed = results.filter((result) => result.code !== 0);
process.stdout.write('\n=== frontend tests ===\n');
for (const result of results) {
  process.stdout.write(
    `${result.code === 0 ? 'passed' : `FAILED (exit ${result.code})`}  ${result.workspace}\n`,
  );
}
for (const result of failed) {
  process.stdout.write(
    `\n--- ${result.workspace}: what failed ---\n${result.failures.join('\n') || '(no failure line: see above)'}\n`,
  );
}
process.exit(failed.length === 0 ? 0 : 1);
