/** `portcullis outcome …` and `portcullis stats`: scan, inspection and seizure records; effectiveness figures. */
import type { Command } from 'commander';

export function registerOutcomesCommands(_program: Command): void {}
