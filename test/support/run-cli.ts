/**
 * Runs `portcullis` command lines in the test process, the way bin/portcullis parses them, with
 * only the commands a test registers, and returns what they printed on stdout (console.log).
 */
import { Command } from 'commander';
import { vi } from 'vitest';

export type Register = (program: Command) => void;

export async function runCli(
  registers: readonly Register[],
  args: readonly string[],
): Promise<string> {
  const program = new Command('portcullis').exitOverride();
  for (const register of registers) register(program);
  const lines: string[] = [];
  const log = vi.spyOn(console, 'log').mockImplementation((...a: unknown[]) => {
    lines.push(a.map(String).join(' '));
  });
  try {
    await program.parseAsync(['node', 'portcullis', ...args]);
  } finally {
    log.mockRestore();
  }
  return lines.join('\n');
}
