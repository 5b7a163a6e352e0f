/**
 * A feature record's values in schema order (FEATURES), into `out`: what feature rows and
 * snapshots read, every value of every container. Written out name by name (the compiler
 * checks each name, a test the order against the schema): a read by a fixed name is about ten
 * times faster than one by a name from a list, which is a lookup on every record.
 */
import type { FeatureValues } from './feature-vector.ts';

export function featureValuesInto(v: Readonly<FeatureValues>, out: unknown[]): unknown[] {
  out[0] = v.originPort;
  out[1] = v.originCountry;
  out[2] = v.loadingPort;
  out[3] = v.transshipmentPorts;
  out[4] = v.transshipmentCount;
  out[5] = v.dischargePort;
  out[6] = v.dischargeCountry;
  out[7] = v.routePattern;
  out[8] = v.routeCountries;
  out[9] = v.sourceRegion;
  out[10] = v.originHighRisk;
  out[11] = v.viaHighRiskHub;
  out[12] = v.hsChapter;
  out[13] = v.hsHeading;
  out[14] = v.hsChapters;
  out[15] = v.hsHeadings;
  out[16] = v.goodsDescription;
  out[17] = v.coverLoad;
  out[18] = v.coverLoadFromSource;
  out[19] = v.goodsItemCount;
  out[20] = v.isReefer;
  out[21] = v.reeferActive;
  out[22] = v.reeferTemperatureC;
  out[23] = v.containerSizeType;
  out[24] = v.carrier;
  out[25] = v.billKind;
  out[26] = v.shipperCountry;
  out[27] = v.consigneeCountry;
  out[28] = v.shipperAgeDays;
  out[29] = v.consigneeAgeDays;
  out[30] = v.shipperPriorShipments;
  out[31] = v.consigneePriorShipments;
  out[32] = v.partyPriorSeizures;
  out[33] = v.partyPriorHits;
  out[34] = v.firstShipmentShipper;
  out[35] = v.firstShipmentConsignee;
  out[36] = v.routeShipments;
  out[37] = v.routeSeizureRate;
  out[38] = v.bookingToFilingHours;
  out[39] = v.filingToLoadingHours;
  out[40] = v.filingToArrivalHours;
  out[41] = v.lateFiling;
  out[42] = v.packageCount;
  out[43] = v.declaredWeightKg;
  out[44] = v.weightPerPackageKg;
  out[45] = v.equipmentWeightKg;
  out[46] = v.weightMismatchRatio;
  out[47] = v.sealChanges;
  out[48] = v.maxDwellHours;
  out[49] = v.unusualDwell;
  out[50] = v.unplannedPorts;
  out[51] = v.discAtUnplannedPort;
  out[52] = v.missingLoad;
  out[53] = v.eventAnomalies;
  out[54] = v.cloneSuspected;
  out[55] = v.lookoutHits;
  out[56] = v.watchlistHits;
  out[57] = v.consigneeNewCommodity;
  out[58] = v.shipperNewCommodity;
  out[59] = v.partyHistoryDays;
  return out;
}
