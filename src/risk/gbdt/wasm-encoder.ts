/**
 * The few pieces of the WebAssembly binary format the compiled tree walk needs: LEB128 numbers,
 * IEEE doubles, sections, and the opcodes it emits. A byte array grows as code is written.
 */

/** The opcodes the tree walk uses (WebAssembly core specification, section 5.4). */
export const OP = {
  block: 0x02,
  loop: 0x03,
  if: 0x04,
  else: 0x05,
  end: 0x0b,
  br: 0x0c,
  brIf: 0x0d,
  return: 0x0f,
  drop: 0x1a,
  select: 0x1b,
  localGet: 0x20,
  localSet: 0x21,
  f64Load: 0x2b,
  i32Load8U: 0x2d,
  f64Store: 0x39,
  i32Const: 0x41,
  f64Const: 0x44,
  i32Eqz: 0x45,
  i32Eq: 0x46,
  i32Ne: 0x47,
  i32GeU: 0x4f,
  f64Eq: 0x61,
  f64Ne: 0x62,
  f64Lt: 0x63,
  f64Gt: 0x64,
  f64Le: 0x65,
  f64Ge: 0x66,
  i32Add: 0x6a,
  i32Sub: 0x6b,
  i32Mul: 0x6c,
  i32And: 0x71,
  i32Or: 0x72,
  i32Shl: 0x74,
  f64Floor: 0x9c,
  f64Add: 0xa0,
  i32TruncF64S: 0xaa,
  f64ConvertI32S: 0xb7,
} as const;

export const I32 = 0x7f;
export const F64 = 0x7c;
/** Block type of a block that leaves nothing on the stack. */
export const VOID = 0x40;

export class ByteWriter {
  private bytes = new Uint8Array(1 << 12);
  length = 0;

  byte(b: number): this {
    if (this.length === this.bytes.length) {
      const grown = new Uint8Array(this.bytes.length * 2);
      grown.set(this.bytes);
      this.bytes = grown;
    }
    this.bytes[this.length++] = b;
    return this;
  }

  op(...codes: number[]): this {
    for (const c of codes) this.byte(c);
    return this;
  }

  /** Unsigned LEB128. */
  u32(n: number): this {
    let x = n >>> 0;
    do {
      const low = x & 0x7f;
      x >>>= 7;
      this.byte(x === 0 ? low : low | 0x80);
    } while (x !== 0);
    return this;
  }

  /** Signed LEB128 (i32.const). */
  s32(n: number): this {
    let x = n | 0;
    for (;;) {
      const low = x & 0x7f;
      x >>= 7;
      const done = (x === 0 && (low & 0x40) === 0) || (x === -1 && (low & 0x40) !== 0);
      this.byte(done ? low : low | 0x80);
      if (done) return this;
    }
  }

  /** A double's eight bytes, little-endian: the exact value. */
  f64(x: number): this {
    const view = new DataView(new ArrayBuffer(8));
    view.setFloat64(0, x, true);
    for (let i = 0; i < 8; i++) this.byte(view.getUint8(i));
    return this;
  }

  /** Memory argument of a load or store: alignment (log2) and a constant offset. */
  mem(align: number, offset: number): this {
    return this.u32(align).u32(offset);
  }

  append(other: ByteWriter): this {
    for (let i = 0; i < other.length; i++) this.byte(other.bytes[i]!);
    return this;
  }

  /** A vector or section body: its size in bytes, then the bytes. */
  sized(body: ByteWriter): this {
    return this.u32(body.length).append(body);
  }

  section(id: number, body: ByteWriter): this {
    return this.byte(id).sized(body);
  }

  name(text: string): this {
    this.u32(text.length);
    for (let i = 0; i < text.length; i++) this.byte(text.charCodeAt(i));
    return this;
  }

  /** The bytes written so far, as a writer of their own; this one starts again empty. */
  take(): ByteWriter {
    const out = new ByteWriter();
    out.bytes = this.bytes.slice(0, this.length);
    out.length = this.length;
    this.length = 0;
    return out;
  }

  toBytes(): Uint8Array<ArrayBuffer> {
    return this.bytes.slice(0, this.length);
  }
}
