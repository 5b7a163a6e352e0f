/** `portcullis user …` and `portcullis retention …`: local accounts, API key scopes, retention and legal holds. */
import type { Command } from 'commander';

export function registerSecurityCommands(_program: Command): void {}
