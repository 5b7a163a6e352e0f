/**
 * A lookout's cargo criterion compiled into a yes-or-no filter on a bill, for the lookout index:
 * true exactly when `compileCargo(conditions)(bill)` finds a match (its consignment conditions
 * all met, and its container conditions all met by one container), the bill's values visited in
 * place and tested with `conditionTest`.
 */
import type { Consignment } from '../../core/cargo/consignment.ts';
import type { Equipment } from '../../core/cargo/equipment.ts';
import type { CargoCondition } from '../../exchange/objects/lookout.ts';
import {
  consignmentProperty,
  consignmentValue,
  containerProperty,
  containerValue,
  type ContainerProperty,
  type SomeValue,
} from './cargo-values.ts';
import { conditionTest, type ValueTest } from './condition-test.ts';

export type Filter<T> = (of: T) => boolean;

/** The criterion as a filter, `skip` taken as met; undefined when no bill can meet it. */
export function cargoFilter(
  conditions: readonly CargoCondition[],
  skip: CargoCondition | undefined,
): Filter<Consignment> | undefined {
  const onConsignment: Filter<Consignment>[] = [];
  const onContainer: Filter<Equipment>[] = [];
  for (const d of conditions) {
    // A property without values: no bill meets the condition.
    switch (d.entity) {
      case 'consignment': {
        const property = consignmentProperty(d.property);
        if (property === undefined) return undefined;
        if (d !== skip) onConsignment.push(someMeets(consignmentValue[property], conditionTest(d)));
        break;
      }
      case 'container': {
        const property = containerProperty(d.property);
        if (property === undefined) return undefined;
        onContainer.push(someMeets(containerValue[property], conditionTest(d)));
        break;
      }
    }
  }
  const consignment = allOf(onConsignment);
  if (onContainer.length === 0) return consignment;
  const container = allOf(onContainer);
  return (c) => {
    if (!consignment(c)) return false;
    for (const e of c.equipment) if (container(e)) return true;
    return false;
  };
}

/** The values a condition is tested on, a container condition's over all the bill's containers. */
export function valuesOn(d: CargoCondition): SomeValue<Consignment> | undefined {
  switch (d.entity) {
    case 'consignment': {
      const property = consignmentProperty(d.property);
      return property === undefined ? undefined : consignmentValue[property];
    }
    case 'container': {
      const property = containerProperty(d.property);
      return property === undefined ? undefined : containersValue[property];
    }
  }
}

const containersValue: Readonly<Record<ContainerProperty, SomeValue<Consignment>>> = {
  container_number: inContainers(containerValue.container_number),
  iso_size_type: inContainers(containerValue.iso_size_type),
  seal_number: inContainers(containerValue.seal_number),
};

function inContainers(values: SomeValue<Equipment>): SomeValue<Consignment> {
  return (c, visit) => {
    for (const e of c.equipment) if (values(e, visit)) return true;
    return false;
  };
}

/** Whether some value meets the test. */
const someMeets =
  <T>(values: SomeValue<T>, test: ValueTest): Filter<T> =>
  (of) =>
    values(of, test);

function allOf<T>(filters: readonly Filter<T>[]): Filter<T> {
  if (filters.length === 0) return () => true;
  const [first, second] = filters;
  if (filters.length === 1) return first!;
  if (filters.length === 2) return (of) => first!(of) && second!(of);
  return (of) => {
    for (const f of filters) if (!f(of)) return false;
    return true;
  };
}
