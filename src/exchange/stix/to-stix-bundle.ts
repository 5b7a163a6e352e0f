/**
 * A STIX bundle of released objects: the converted objects plus everything they reference that a
 * partner tool needs to read them — marking definitions (TLP 2.0 and ours), the owners' and
 * sighters' identities, and the extension definitions in use. Duplicates are dropped by id.
 */
import type { ExchangeObject } from '../objects/exchange-object.ts';
import { tlpLevelOf, tlpMarkingDefinition } from '../markings/tlp.ts';
import type { Released } from '../release/release-for.ts';
import { agencyIdentity } from './agency-identity.ts';
import {
  EXTENSIONS,
  extensionDefinition,
  extensionId,
  projectIdentity,
} from './extension-definitions.ts';
import { markingsToStix } from './markings-to-stix.ts';
import { stixId, type StixBundle, type StixObject } from './stix-object.ts';
import { toStix } from './to-stix.ts';

export function toStixBundle(
  objects: readonly Released<ExchangeObject>[],
  bundleUuid: string,
): StixBundle {
  const byId = new Map<string, StixObject>();
  const add = (o: StixObject) => byId.set(o.id, o);
  for (const object of objects) {
    const { objectMarkingRefs, definition } = markingsToStix(object.markings);
    for (const ref of objectMarkingRefs) {
      const level = tlpLevelOf(ref);
      if (level !== undefined) add(tlpMarkingDefinition(level) as StixObject);
    }
    add(definition);
    add(agencyIdentity(object.markings.owner));
    if (object.kind === 'hit') add(agencyIdentity(object.content.sightedBy));
    toStix(object).forEach(add);
  }
  const converted = [...byId.values()];
  const used = EXTENSIONS.filter((name) =>
    converted.some((o) => usesExtension(o, extensionId(name))),
  );
  if (used.length > 0) add(projectIdentity());
  used.forEach((name) => add(extensionDefinition(name)));
  return { type: 'bundle', id: stixId('bundle', bundleUuid), objects: [...byId.values()] };
}

function usesExtension(o: StixObject, id: string): boolean {
  const ext = o['extensions'];
  return typeof ext === 'object' && ext !== null && id in ext;
}
