/**
 * The traffic simulator's public API: a seeded, deterministic world of a port's container traffic
 * with planted smuggling cases and their ground truth, streamed day by day or written to a folder
 * in the intake's formats, plus the scan and inspection outcome model.
 */
export { simulate, generateDays, generateDay } from './simulate.ts';
export { writeSimulation, type WriteResult } from './output/write-simulation.ts';
export { simFiles, SimFileStream } from './output/sim-files.ts';
export { REPORT_HOURS } from './output/port-reports.ts';
export {
  SIM_SENDER_KINDS,
  type SimFile,
  type SimSender,
  type SimSenderKind,
} from './output/sim-file.ts';
export { CARRIERS, carrier as simCarrier, type SimCarrier } from './world/carriers.ts';
export { terminalName, terminalsOf, type SimTerminal } from './world/terminals.ts';
export { entityTruths, registerEntry } from './output/entity-truths.ts';
export { companyOfParty } from './generate/to-cargo.ts';
export { partyTruths, type PartyTruth } from './output/party-truths.ts';
export {
  simConfig,
  validateSimConfig,
  DEFAULT_SIM_CONFIG,
  type SimConfig,
  type SimConfigOverrides,
} from './sim-config.ts';
export type { SimDay, SimCall, SimFiling } from './sim-day.ts';
export type { CaseTruth, EntityTruth, EntityAddress, GroundTruthRecord } from './ground-truth.ts';
export { StatsCollector, type SimStats, type Measure } from './sim-stats.ts';
export { formatStats } from './format-stats.ts';
export {
  simulateScan,
  simulateInspection,
  DEFAULT_OUTCOME_MODEL,
  SCAN_VERDICTS,
  type OutcomeModel,
  type ScanOutcome,
  type ScanVerdict,
  type InspectionOutcome,
} from './outcome-model.ts';
export { createRng, Rng } from './random.ts';
export { buildWorld, type World } from './world/world.ts';
export {
  TYPOLOGIES,
  CONCEALMENTS,
  SUBSTANCES,
  SIGNALS,
  DEFAULT_TYPOLOGY_RATES,
  type Typology,
  type Concealment,
  type Substance,
  type Signal,
} from './typologies/typology.ts';
