/** Where the simulator's bundled sample data lives: `data/sim/` at the package root. */
import { fileURLToPath } from 'node:url';

const root = new URL('../../../data/sim/', import.meta.url);

export function simDataPath(file: string): string {
  return fileURLToPath(new URL(file, root));
}
