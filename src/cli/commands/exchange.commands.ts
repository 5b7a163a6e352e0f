/** `portcullis partner …`, `portcullis lookout …` and `portcullis sync`: the partner registry, intelligence and TAXII sync. */
import type { Command } from 'commander';

export function registerExchangeCommands(_program: Command): void {}
