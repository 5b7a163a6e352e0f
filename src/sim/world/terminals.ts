/**
 * Container terminals of the simulated ports: the code a terminal signs its messages with (its
 * UNB sender id and LOC facility) and its public name. A service calls at one of its port's
 * terminals.
 */
export interface SimTerminal {
  readonly code: string;
  readonly name: string;
}

const TERMINALS: Readonly<Record<string, readonly SimTerminal[]>> = {
  BEANR: [
    { code: 'MPET', name: 'MSC PSA European Terminal' },
    { code: 'PSA913', name: 'PSA Noordzee Terminal' },
    { code: 'DPWAG', name: 'DP World Antwerp Gateway' },
    { code: 'PSA869', name: 'PSA Europa Terminal' },
  ],
  NLRTM: [
    { code: 'ECTDDE', name: 'ECT Delta Terminal' },
    { code: 'RWG', name: 'Rotterdam World Gateway' },
    { code: 'APMMV2', name: 'APM Terminals Maasvlakte II' },
  ],
  DEHAM: [
    { code: 'CTA', name: 'Container Terminal Altenwerder' },
    { code: 'CTB', name: 'Container Terminal Burchardkai' },
    { code: 'EUROGATE', name: 'Eurogate Container Terminal Hamburg' },
  ],
};

const GENERIC = ['T1', 'T2', 'T3'].map((code) => ({ code, name: `Terminal ${code}` }));

/** The terminals of a port (three generic ones for a port the table does not list). */
export function terminalsOf(port: string): readonly SimTerminal[] {
  return TERMINALS[port] ?? GENERIC;
}

/** A terminal's name, or its code when the port's table does not list it. */
export function terminalName(port: string, code: string): string {
  return terminalsOf(port).find((t) => t.code === code)?.name ?? code;
}
