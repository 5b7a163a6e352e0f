/**
 * The tree walk compiled to WebAssembly: the same walk as generate-ensemble-walk.ts (nested
 * branches at the upper levels, the last one or two levels without a branch, path contributions
 * summed per leaf at generation time), the same additions in the same order, so margins and
 * contributions are the same doubles bit for bit. WebAssembly drops what the JavaScript walk
 * pays per operation (bounds checks on every typed-array read, the arrays' own loads), for
 * a tenth to a fifth of the walk's time (the rest is the work itself and mispredicted branches).
 * A few trees at a time run over every row of the block (tree-major); the cells the trees read
 * are copied into the module's memory, the contributions copied in and out, per block of rows.
 *
 * Memory: the categorical splits' tables (one byte per dictionary code), constants (doubles the
 * branchless levels index), margins, contributions, row cells.
 */
import {
  extend,
  isLastNumericSplit,
  isLeaf,
  type EnsembleNodes,
} from './generate-ensemble-walk.ts';
import { ByteWriter, F64, I32, OP, VOID } from './wasm-encoder.ts';

/** The flattened nodes with the categorical splits' tables (flat-ensemble.ts). */
export interface WasmEnsembleNodes extends EnsembleNodes {
  readonly tables: Uint8Array;
  readonly tableLength: Int32Array;
}

/** Rows per call into the module. */
export const WASM_BLOCK = 64;
/** Trees walked over the whole block before the next ones (tree-major, as the JavaScript walk):
 *  a row's contributions are not added to tree after tree, each addition waiting on the last. */
const TREES_PER_LOOP = 4;

export interface WasmWalkModule {
  readonly bytes: Uint8Array<ArrayBuffer>;
  /** Byte offsets in memory. */
  readonly layout: { constants: number; margins: number; contributions: number; rows: number };
  readonly constants: Float64Array;
  /** Row index of each copied cell, in the order the module's rows hold them. */
  readonly cells: Int32Array;
  readonly pages: number;
}

const align8 = (x: number) => Math.ceil(x / 8) * 8;

// Locals of the walk: parameter 0 is the row count.
const COUNT = 0;
const B = 1;
const R = 2;
const C = 3;
const G = 4;
const Q = 5;
const M = 6;
const X = 7;

class WasmEmitter {
  readonly constants: number[] = [];
  code = new ByteWriter();
  /** The constants follow the tables in memory. */
  readonly constantsAt: number;
  constructor(
    readonly nodes: WasmEnsembleNodes,
    /** Position of each row cell in the module's copy of the row. */
    readonly slot: Map<number, number>,
  ) {
    this.constantsAt = align8(nodes.tables.length);
  }

  /** Doubles at consecutive places in the constants; returns the first's byte offset. */
  table(xs: readonly number[]): number {
    const at = this.constantsAt + this.constants.length * 8;
    this.constants.push(...xs);
    return at;
  }
  cell(rowFeature: number): this {
    this.code.op(OP.localGet, R, OP.f64Load).mem(3, this.slot.get(rowFeature)! * 8);
    return this;
  }
  /** contributions[k] += (what `value` pushes). */
  addContribution(k: number, value: () => void): void {
    this.code.op(OP.localGet, C, OP.localGet, C, OP.f64Load).mem(3, k * 8);
    value();
    this.code.op(OP.f64Add, OP.f64Store).mem(3, k * 8);
  }
  addMargin(value: () => void): void {
    this.code.op(OP.localGet, M);
    value();
    this.code.op(OP.f64Add, OP.localSet, M);
  }
  literal(x: number): () => void {
    return () => this.code.op(OP.f64Const).f64(x);
  }
  /** The double at `at` + 8 × (local `index`) in the constants. */
  indexed(at: number, index: number): () => void {
    return () => this.code.op(OP.localGet, index, OP.i32Const, 3, OP.i32Shl, OP.f64Load).mem(3, at);
  }
}

/** Pushes 1 to go right at split `i`, 0 to go left. */
function side(i: number, e: WasmEmitter): void {
  const n = e.nodes;
  e.cell(n.rowFeature[i]!);
  const w = e.code;
  if (n.tableStart[i]! >= 0) return categoricalSide(i, e);
  w.op(OP.f64Const).f64(n.threshold[i]!);
  // NaN fails every comparison: `<=` sends it right, `>` left.
  if (n.defaultLeft[i] === 1) w.op(OP.f64Gt);
  else w.op(OP.f64Le, OP.i32Eqz);
}

/**
 * The side at categorical split `i` of the cell on the stack, as flat-ensemble.ts's `side`
 * decides it over its Uint8Array: a missing value or a code past the split's table goes the
 * learned way; an index that is no array index (a fraction, outside the tables) reads nothing
 * and goes right; otherwise the table's cell says left, right or missing (the learned way).
 */
function categoricalSide(i: number, e: WasmEmitter): void {
  const n = e.nodes;
  const w = e.code;
  const learned = n.defaultLeft[i] === 1 ? 0 : 1;
  const leaveIf = (value: number, test: () => void) => {
    w.op(OP.i32Const, value);
    test();
    w.op(OP.brIf, 0, OP.drop);
  };
  w.op(OP.localSet, X, OP.block, I32);
  leaveIf(learned, () => {
    w.op(OP.localGet, X, OP.localGet, X, OP.f64Ne, OP.localGet, X, OP.f64Const);
    w.f64(n.tableLength[i]!).op(OP.f64Lt, OP.i32Eqz, OP.i32Or);
  });
  w.op(OP.i32Const).s32(n.tableStart[i]!).op(OP.f64ConvertI32S, OP.localGet, X, OP.f64Add);
  w.op(OP.localSet, X); // from here, x is the index into the tables
  leaveIf(1, () => {
    w.op(OP.localGet, X, OP.f64Const).f64(0).op(OP.f64Ge);
    w.op(OP.localGet, X, OP.f64Const).f64(n.tables.length).op(OP.f64Lt, OP.i32And);
    w.op(OP.localGet, X, OP.localGet, X, OP.f64Floor, OP.f64Eq, OP.i32And, OP.i32Eqz);
  });
  w.op(OP.localGet, X, OP.i32TruncF64S, OP.i32Load8U).mem(0, 0).op(OP.localSet, Q);
  leaveIf(learned, () => w.op(OP.localGet, Q, OP.i32Const, 2, OP.i32Eq));
  w.op(OP.localGet, Q, OP.i32Const, 1, OP.i32Ne, OP.end);
}

function emitNode(i: number, path: ReadonlyMap<number, number>, e: WasmEmitter): void {
  const n = e.nodes;
  if (isLeaf(i, n)) {
    for (const [k, d] of path) if (d !== 0) e.addContribution(k, e.literal(d));
    e.addMargin(e.literal(n.value[i]!));
    return;
  }
  const left = n.left[i]!;
  const right = n.right[i]!;
  if (isLeaf(left, n) && isLeaf(right, n)) return emitLastSplit(i, path, e);
  if (isLastNumericSplit(left, n) && isLastNumericSplit(right, n)) return emitLastTwo(i, path, e);
  side(i, e);
  e.code.op(OP.i32Eqz, OP.if, VOID);
  emitNode(left, extend(path, i, left, n), e);
  e.code.op(OP.else);
  emitNode(right, extend(path, i, right, n), e);
  e.code.op(OP.end);
}

function emitLastSplit(i: number, path: ReadonlyMap<number, number>, e: WasmEmitter): void {
  const n = e.nodes;
  const k = n.modelFeature[i]!;
  const [l, r] = [n.left[i]!, n.right[i]!];
  side(i, e);
  e.code.op(OP.localSet, G);
  for (const [f, d] of path) if (f !== k && d !== 0) e.addContribution(f, e.literal(d));
  const changes = [extend(path, i, l, n).get(k)!, extend(path, i, r, n).get(k)!];
  e.addContribution(k, e.indexed(e.table(changes), G));
  e.addMargin(e.indexed(e.table([n.value[l]!, n.value[r]!]), G));
}

function emitLastTwo(i: number, path: ReadonlyMap<number, number>, e: WasmEmitter): void {
  const n = e.nodes;
  const w = e.code;
  const [a, b] = [n.left[i]!, n.right[i]!];
  const leaves = [n.left[a]!, n.right[a]!, n.left[b]!, n.right[b]!];
  const paths = [a, a, b, b].map((s, q) => extend(extend(path, i, s, n), s, leaves[q]!, n));
  side(i, e);
  w.op(OP.localSet, G);
  // x = the second split's cell, picked by g without a branch.
  const [sa, sb] = [a, b].map((s) => e.slot.get(n.rowFeature[s]!)! * 8);
  w.op(OP.localGet, R, OP.i32Const).s32(sb!).op(OP.i32Const).s32(sa!);
  w.op(OP.localGet, G, OP.select, OP.i32Add, OP.f64Load).mem(3, 0).op(OP.localSet, X);
  // q = 2g + (x > threshold | (x is NaN & missing goes right)).
  w.op(OP.localGet, G, OP.i32Const, 1, OP.i32Shl, OP.localGet, X);
  e.indexed(e.table([n.threshold[a]!, n.threshold[b]!]), G)();
  w.op(OP.f64Gt, OP.localGet, X, OP.localGet, X, OP.f64Ne);
  const rightOf = (s: number) => (n.defaultLeft[s] === 1 ? 0 : 1);
  w.op(OP.i32Const, rightOf(b), OP.i32Const, rightOf(a), OP.localGet, G, OP.select);
  w.op(OP.i32And, OP.i32Or, OP.i32Add, OP.localSet, Q);
  const touched = new Set([a, b, i].map((s) => n.modelFeature[s]!));
  for (const [f, d] of path) if (!touched.has(f) && d !== 0) e.addContribution(f, e.literal(d));
  for (const f of touched)
    e.addContribution(f, e.indexed(e.table(paths.map((p) => p.get(f) ?? 0)), Q));
  e.addMargin(e.indexed(e.table(leaves.map((l) => n.value[l]!)), Q));
}

/** Loops over the rows of the block: `body` once per row, with r, c and m set for it. */
function rowLoop(
  w: ByteWriter,
  body: ByteWriter | undefined,
  stride: number,
  features: number,
  layout: WasmWalkModule['layout'],
  base: number,
): void {
  w.op(OP.i32Const, 0, OP.localSet, B, OP.block, VOID, OP.loop, VOID);
  w.op(OP.localGet, B, OP.localGet, COUNT, OP.i32GeU, OP.brIf, 1);
  const start = (size: number, at: number) =>
    w.op(OP.localGet, B, OP.i32Const).s32(size).op(OP.i32Mul, OP.i32Const).s32(at);
  start(stride * 8, layout.rows).op(OP.i32Add, OP.localSet, R);
  start(features * 8, layout.contributions).op(OP.i32Add, OP.localSet, C);
  if (body === undefined) w.op(OP.f64Const).f64(base).op(OP.localSet, M);
  else {
    w.op(OP.localGet, B, OP.i32Const, 3, OP.i32Shl, OP.f64Load)
      .mem(3, layout.margins)
      .op(OP.localSet, M);
    w.append(body);
  }
  w.op(OP.localGet, B, OP.i32Const, 3, OP.i32Shl, OP.localGet, M, OP.f64Store).mem(
    3,
    layout.margins,
  );
  w.op(OP.localGet, B, OP.i32Const, 1, OP.i32Add, OP.localSet, B, OP.br, 0);
  w.op(OP.end, OP.end);
}

/** Margins set to the base score, then each group of trees over every row. */
function walkBody(
  groups: readonly ByteWriter[],
  stride: number,
  features: number,
  layout: WasmWalkModule['layout'],
  base: number,
): ByteWriter {
  const w = new ByteWriter();
  w.u32(2).u32(5).byte(I32).u32(2).byte(F64); // locals: b r c g q (i32), m x (f64)
  rowLoop(w, undefined, stride, features, layout, base);
  for (const g of groups) rowLoop(w, g, stride, features, layout, base);
  w.op(OP.end);
  return w;
}

export function generateEnsembleWasm(nodes: WasmEnsembleNodes, features: number): WasmWalkModule {
  const read = new Set<number>();
  for (const f of nodes.rowFeature) if (f >= 0) read.add(f);
  const cells = Int32Array.from([...read].sort((a, b) => a - b));
  const e = new WasmEmitter(nodes, new Map([...cells].map((f, j) => [f, j])));
  const groups: ByteWriter[] = [];
  nodes.roots.forEach((root, t) => {
    emitNode(root, new Map(), e);
    if ((t + 1) % TREES_PER_LOOP === 0 || t === nodes.roots.length - 1) groups.push(e.code.take());
  });
  const constants = e.constantsAt;
  const margins = constants + e.constants.length * 8;
  const contributions = margins + WASM_BLOCK * 8;
  const rows = contributions + WASM_BLOCK * features * 8;
  const end = rows + WASM_BLOCK * cells.length * 8;
  const layout = { constants, margins, contributions, rows };
  const pages = Math.max(1, Math.ceil(end / 65_536));

  const types = new ByteWriter().u32(1).op(0x60).u32(1).byte(I32).u32(0);
  const functions = new ByteWriter().u32(1).u32(0);
  const memory = new ByteWriter().u32(1).byte(0).u32(pages);
  const exports = new ByteWriter().u32(2).name('walk').byte(0).u32(0);
  exports.name('memory').byte(2).u32(0);
  const code = new ByteWriter().u32(1);
  code.sized(walkBody(groups, cells.length, features, layout, nodes.base));
  const module = new ByteWriter().op(0x00, 0x61, 0x73, 0x6d, 0x01, 0x00, 0x00, 0x00);
  module.section(1, types).section(3, functions).section(5, memory);
  module.section(7, exports).section(10, code);
  return {
    bytes: module.toBytes(),
    layout,
    constants: Float64Array.from(e.constants),
    cells,
    pages,
  };
}
