import { ChildProcess, spawn } from 'node:child_process';

/**
 * Watches `parentPid` and stops `childPid` (TERM, then KILL after 5 s) as soon as the parent is
 * gone, e.g. when a test process is killed before it could stop the server it started. A small
 * shell loop in its own process group, so that it outlives the parent; it exits by itself when
 * the child is gone. Kill it (`watchdog.kill()`) after stopping the child normally.
 */
export function startWatchdog(
  parentPid: number,
  childPid: number,
): ChildProcess {
  const script = [
    'while kill -0 "$1" 2>/dev/null; do',
    '  kill -0 "$2" 2>/dev/null || exit 0',
    '  sleep 0.5',
    'done',
    'kill -TERM "$2" 2>/dev/null || exit 0',
    'for i in 1 2 3 4 5 6 7 8 9 10; do kill -0 "$2" 2>/dev/null || exit 0; sleep 0.5; done',
    'kill -KILL "$2" 2>/dev/null || true',
  ].join('\n');
  const watchdog = spawn(
    '/bin/sh',
    ['-c', script, 'watchdog', String(parentPid), String(childPid)],
    { stdio: 'ignore', detached: true },
  );
  watchdog.unref();
  return watchdog;
}
