/**
 * A feature vector: the value of every schema feature for one container of one consignment
 * (undefined where the input does not say). Every key is always present, so that rule code
 * compiled against it sees one object shape.
 */
import type { FeatureName, FeatureValueOf } from './feature-schema.ts';

export type FeatureValues = { -readonly [N in FeatureName]: FeatureValueOf<N> | undefined };

export interface FeatureVector {
  readonly billNumber: string;
  /** Undefined when the consignment declares no equipment. */
  readonly containerNumber: string | undefined;
  readonly values: Readonly<FeatureValues>;
}
