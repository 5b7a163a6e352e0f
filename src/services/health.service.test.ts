// Readiness: ready while the database answers, not ready (without leaking why) once it is gone.
import { expect, it } from 'vitest';
import { openTestDatabase, enginesUnderTest } from '../../test/support/db.ts';
import { createHealthService } from './health.service.ts';

for (const { engine, enabled } of enginesUnderTest()) {
  it.skipIf(!enabled)(`reports readiness from the database [${engine}]`, async () => {
    const { database, release } = await openTestDatabase(engine);
    const health = createHealthService({ database });
    expect(await health.readiness()).toMatchObject({ ready: true, engine });
    await release();
    const down = await health.readiness();
    expect(down).toMatchObject({ ready: false, engine, reason: 'database-unavailable' });
  });
}
