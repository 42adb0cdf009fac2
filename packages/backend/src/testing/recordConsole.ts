import { searchableText } from './searchableText';

const METHODS = ['error', 'warn', 'info', 'debug', 'log', 'trace'] as const;

/** What {@link recordConsole} captured, and how to stop capturing. */
export interface ConsoleRecording {
  /** One entry per console call: its level and every argument, as searchable text. */
  lines: { level: string; text: string }[];
  restore(): void;
}

/**
 * Records (and silences) every `console` call. `mockServices.rootLogger` writes each log line,
 * with its metadata, to `console[level]`, and the default auditor and plugin loggers write
 * through it, so this sees every log line and audit event of a test backend.
 */
export function recordConsole(): ConsoleRecording {
  const lines: ConsoleRecording['lines'] = [];
  const spies = METHODS.map(level =>
    jest.spyOn(console, level).mockImplementation((...args: unknown[]) => {
      lines.push({ level, text: args.map(searchableText).join(' ') });
    }),
  );
  return {
    lines,
    restore() {
      for (const spy of spies) {
        spy.mockRestore();
      }
    },
  };
}
