/** Where the generated SQL migrations live: drizzle/ at the package root (shipped with it). */
import { fileURLToPath } from 'node:url';

export const migrationsFolder = fileURLToPath(new URL('../../drizzle', import.meta.url));
