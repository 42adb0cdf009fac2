import { execFile } from 'node:child_process';

/** Runs a program (no shell) and resolves with its standard output; rejects naming the program. */
export function execText(
  file: string,
  args: readonly string[],
): Promise<string> {
  return new Promise((resolvePromise, reject) => {
    execFile(file, [...args], { timeout: 15_000 }, (error, stdout) => {
      if (error) {
        reject(new Error(`${file} failed (exit ${String(error.code)})`));
      } else {
        resolvePromise(stdout);
      }
    });
  });
}
