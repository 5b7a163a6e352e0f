/**
 * The WebAssembly tree walk (generate-ensemble-wasm.ts) behind the EnsembleWalk signature:
 * per block of rows, the cells the trees read are copied into the module's memory and the
 * contributions in and out. Rows too short for the cells the trees read go to the JavaScript
 * walk, which reads their missing cells as undefined. Undefined where WebAssembly is not.
 */
import type { EnsembleWalk } from './generate-ensemble-walk.ts';
import {
  generateEnsembleWasm,
  WASM_BLOCK,
  type WasmEnsembleNodes,
} from './generate-ensemble-wasm.ts';

interface WalkExports {
  readonly walk: (count: number) => void;
  readonly memory: { readonly buffer: ArrayBuffer };
}

export function createWasmWalk(
  nodes: WasmEnsembleNodes,
  features: number,
  fallback: EnsembleWalk,
): EnsembleWalk | undefined {
  if (typeof WebAssembly === 'undefined') return undefined;
  const compiled = generateEnsembleWasm(nodes, features);
  const instance = new WebAssembly.Instance(new WebAssembly.Module(compiled.bytes));
  const wasm = instance.exports as unknown as WalkExports;
  const { layout, cells } = compiled;
  const memory = new Float64Array(wasm.memory.buffer);
  new Uint8Array(wasm.memory.buffer).set(nodes.tables, 0);
  memory.set(compiled.constants, layout.constants / 8);
  const stride = cells.length;
  const needed = cells.length > 0 ? cells[cells.length - 1]! + 1 : 0;
  const [marginsAt, contributionsAt, rowsAt] = [
    layout.margins / 8,
    layout.contributions / 8,
    layout.rows / 8,
  ];
  return (rows, contributions, margins, count) => {
    for (let b = 0; b < count; b++)
      if (rows[b]!.length < needed) return fallback(rows, contributions, margins, count);
    for (let start = 0; start < count; start += WASM_BLOCK) {
      const n = Math.min(WASM_BLOCK, count - start);
      for (let b = 0, at = rowsAt; b < n; b++, at += stride) {
        const row = rows[start + b]!;
        for (let j = 0; j < stride; j++) memory[at + j] = row[cells[j]!]!;
      }
      const from = start * features;
      memory.set(contributions.subarray(from, from + n * features), contributionsAt);
      wasm.walk(n);
      contributions.set(memory.subarray(contributionsAt, contributionsAt + n * features), from);
      margins.set(memory.subarray(marginsAt, marginsAt + n), start);
    }
  };
}
