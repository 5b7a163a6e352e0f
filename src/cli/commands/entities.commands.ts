/** `portcullis screen`, `portcullis entity …` and `portcullis graph …`: screening, entity resolution and link graphs. */
import type { Command } from 'commander';

export function registerEntitiesCommands(_program: Command): void {}
