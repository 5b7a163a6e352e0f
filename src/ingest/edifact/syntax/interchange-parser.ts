/**
 * The push parser behind both readers: sniffs the syntax identifier from the first bytes, decodes
 * incrementally, scans segments and runs the envelope checks. Callers push bytes or text and get
 * messages through a callback; memory holds the undecoded tail and one open message.
 */
import type { Diagnostic, Position } from '../../../core/diagnostic.ts';
import { diagnostic } from '../../../core/diagnostic.ts';
import { characterClasses } from './character-classes.ts';
import { DEFAULT_DELIMITERS } from './delimiters.ts';
import { DiagnosticSink } from './diagnostic-sink.ts';
import { EnvelopeTracker } from './envelope-tracker.ts';
import type { ReaderOptions } from './reader-options.ts';
import type { ReceivedLog } from './received.ts';
import { SegmentScanner } from './segment-scanner.ts';
import type { Delimiters, EdifactMessage } from './segment.ts';
import {
  isSyntaxIdentifier,
  sniffSyntaxIdentifier,
  type SyntaxIdentifier,
} from './syntax-identifier.ts';
import { textDecoderFor } from './text-decoder-for.ts';
import { leadingElementSeparator, sniffText } from './sniff-head.ts';
import { parseUnaAdvice } from './una-advice.ts';
import { PIECE, PieceDecoder } from './piece-decoder.ts';
import { codesOfAscii, type CharCodes } from './char-codes.ts';
import { utf8Length } from './utf8-length.ts';

/** Bytes read before giving up on finding UNB and using the default repertoire. */
const SNIFF_LIMIT = 4096;
/** A pending tail longer than this is only rescanned when new text brings a terminator. */
const RESCAN_LIMIT = 1 << 16;

export class InterchangeParser {
  private readonly sink: DiagnosticSink;
  private readonly tracker: EnvelopeTracker;
  private readonly scanner: SegmentScanner;
  private syntax: SyntaxIdentifier;
  private delimiters: Delimiters = { ...DEFAULT_DELIMITERS };
  private unaInForce = false;
  private decoder: PieceDecoder | undefined;
  private head: Uint8Array[] = [];
  private headLength = 0;
  private pending = '';
  private skipping = false;
  private readonly maxSegment: number;

  constructor(options: ReaderOptions, deliver: (m: EdifactMessage) => void) {
    this.sink = new DiagnosticSink(options.maxDiagnostics ?? 1000, options.onDiagnostic);
    this.syntax = options.defaultSyntax ?? 'UNOC';
    this.maxSegment = options.maxSegmentLength ?? 1 << 20;
    this.scanner = new SegmentScanner(
      characterClasses(this.delimiters, this.syntax),
      this.delimiters.release,
    );
    this.tracker = new EnvelopeTracker(options, this.sink, {
      deliver,
      onUna: (chars, at) => this.onUna(chars, at),
      onUnb: (syntax, version, at) => this.onUnb(syntax, version, at),
    });
  }

  get diagnostics(): readonly Diagnostic[] {
    return this.sink.list;
  }

  /** Headers of every interchange, group and message received, delivered or not. */
  get received(): ReceivedLog {
    return this.tracker.recorder.log;
  }

  pushBytes(chunk: Uint8Array): void {
    if (this.decoder) return this.decodeAndScan(chunk, true);
    this.head.push(chunk);
    this.headLength += chunk.length;
    const joined = joinBytes(this.head, this.headLength);
    const sniffed = sniffSyntaxIdentifier(joined, leadingElementSeparator(joined));
    if (sniffed === undefined && this.headLength < SNIFF_LIMIT) return;
    this.startDecoding(sniffed?.id, joined);
  }

  pushText(text: string): void {
    if (this.decoder === undefined && this.pending === '' && this.scanner.byteOffset === 0) {
      const sniffed = sniffText(text);
      if (sniffed && isSyntaxIdentifier(sniffed)) this.useSyntax(sniffed);
      this.decoder = new PieceDecoder(new TextDecoder());
    }
    // eslint-disable-next-line no-control-regex
    if (!this.scanner.multiByte && /[^\x00-\x7f]/.test(text)) this.scanner.multiByte = true;
    this.scanText(text, false);
  }

  end(): readonly Diagnostic[] {
    if (!this.decoder) this.startDecoding(undefined, joinBytes(this.head, this.headLength));
    const rest = this.decoder?.end() ?? '';
    this.scanText(rest, true);
    this.tracker.end();
    this.sink.close();
    return this.sink.list;
  }

  private startDecoding(sniffed: string | undefined, head: Uint8Array): void {
    if (sniffed !== undefined && isSyntaxIdentifier(sniffed)) this.useSyntax(sniffed);
    this.decoder = new PieceDecoder(textDecoderFor(this.syntax));
    this.head = [];
    this.headLength = 0;
    this.decodeAndScan(head, true);
  }

  /**
   * A chunk is decoded and scanned in pieces of at most `PIECE` bytes (the decoders' fast path),
   * each piece as its own text with its character codes. A large chunk is not joined into one
   * string: a string over 128 KB is placed in memory of its own, fresh from the system on every
   * input, and touching that memory for the first time cost more than the whole scan (1.3 MB:
   * about 330 page faults, several ms on a virtual machine); small pieces live in the young
   * generation and, when kept, in old-generation pages the engine reuses.
   */
  private decodeAndScan(bytes: Uint8Array, stream: boolean): void {
    const decoder = this.decoder;
    if (decoder === undefined) return;
    if (bytes.length <= PIECE) {
      const text = decoder.decode(bytes, stream);
      if (text.length !== bytes.length) this.scanner.multiByte = true;
      return this.scanText(text, false, decoder.lastWasAscii ? codesOfAscii(bytes) : undefined);
    }
    for (let at = 0; at < bytes.length; at += PIECE)
      this.decodeAndScan(bytes.subarray(at, at + PIECE), stream);
  }

  /** `codes`: the text's character codes when the caller has them (`char-codes.ts`). */
  private scanText(text: string, final: boolean, codes?: CharCodes): void {
    let input = text;
    let inputCodes = codes;
    if (this.skipping) {
      const end = input.indexOf(this.delimiters.segment);
      const skipped = end < 0 ? input.length : end + 1;
      this.scanner.byteOffset += this.scanner.multiByte ? utf8Length(input, 0, skipped) : skipped;
      if (end < 0) return;
      this.skipping = false;
      input = input.slice(skipped);
      inputCodes = inputCodes?.subarray(skipped);
    }
    if (!final && this.pending !== '' && this.pending.length <= RESCAN_LIMIT) {
      const rest = this.scanJoined(input);
      if (this.pending === '') return this.scanFrom(rest, this.consumedOfInput, inputCodes);
      if (rest !== input) inputCodes = undefined;
      input = rest;
    }
    const hadLongTail = this.pending.length > RESCAN_LIMIT;
    const joined = this.pending !== '';
    this.pending = joined ? this.pending + input : input;
    if (!final && hadLongTail && !input.includes(this.delimiters.segment))
      return this.guardLength();
    const pendingCodes = joined ? undefined : inputCodes;
    const consumed = this.scanner.scan(this.pending, 0, final, this.tracker, pendingCodes);
    this.pending = consumed >= this.pending.length ? '' : this.pending.slice(consumed);
    this.guardLength();
  }

  /** Where the text handed back by `scanJoined` starts to be unscanned. */
  private consumedOfInput = 0;

  /**
   * The pending tail and the new text up to its first terminator are scanned on their own, so
   * that the rest of the new text is scanned where it is: joining it to the tail would make a
   * string the segments' reads then go through. Returns the new text; `pending` is left empty
   * when the joined piece was consumed (the rest starts at `consumedOfInput`), else it holds
   * what is left of the piece and the returned text is what follows it.
   */
  private scanJoined(input: string): string {
    this.consumedOfInput = 0;
    const k = input.indexOf(this.delimiters.segment);
    if (k < 0) return input;
    const joined = this.pending + input.slice(0, k + 1);
    const used = this.scanner.scan(joined, 0, false, this.tracker);
    if (used >= joined.length) {
      this.pending = '';
      this.consumedOfInput = k + 1;
      return input;
    }
    this.pending = joined.slice(used);
    return input.slice(k + 1);
  }

  /** Scans `input` from `from` in place; keeps the unconsumed rest as the pending tail. */
  private scanFrom(input: string, from: number, codes: CharCodes | undefined): void {
    const consumed = this.scanner.scan(input, from, false, this.tracker, codes);
    this.pending = consumed >= input.length ? '' : input.slice(consumed);
    this.guardLength();
  }

  /** A segment longer than the limit is dropped up to its terminator, with one diagnostic. */
  private guardLength(): void {
    if (this.pending.length <= this.maxSegment) return;
    const at = { offset: this.scanner.byteOffset, line: this.scanner.line };
    this.sink.add(
      diagnostic(
        'edifact.segment.too-long',
        `Segment longer than ${this.maxSegment} characters skipped`,
        at,
        'error',
        { max: this.maxSegment },
      ),
    );
    const p = this.pending;
    this.scanner.byteOffset += this.scanner.multiByte ? utf8Length(p, 0, p.length) : p.length;
    this.pending = '';
    this.skipping = true;
  }

  private onUna(chars: string, at: Position): void {
    const advice = parseUnaAdvice(chars);
    if (!advice.ok) {
      this.sink.add(
        diagnostic(
          'edifact.una.invalid',
          `${advice.reason}; the previous delimiters stay in force`,
          at,
          'error',
          advice.params,
        ),
      );
      return;
    }
    this.unaInForce = true;
    this.setDelimiters(advice.delimiters);
  }

  private onUnb(syntax: string, version: string, at: Position): void {
    if (isSyntaxIdentifier(syntax)) this.useSyntax(syntax);
    else {
      const m = `Syntax identifier "${syntax}" is not supported; read as ${this.syntax}`;
      this.sink.add(
        diagnostic(
          'edifact.syntax.unknown-identifier',
          m,
          { ...at, element: 1, component: 1 },
          'warning',
          { syntax, used: this.syntax },
        ),
      );
    }
    const d = this.unaInForce
      ? this.delimiters
      : { ...DEFAULT_DELIMITERS, repetition: version === '4' ? '*' : ' ' };
    this.unaInForce = false;
    this.setDelimiters(d);
  }

  private useSyntax(syntax: SyntaxIdentifier): void {
    this.syntax = syntax;
    this.scanner.configure(characterClasses(this.delimiters, syntax), this.delimiters.release);
  }

  private setDelimiters(d: Delimiters): void {
    this.delimiters = d;
    this.scanner.configure(characterClasses(d, this.syntax), d.release);
  }
}

function joinBytes(parts: readonly Uint8Array[], length: number): Uint8Array {
  if (parts.length === 1 && parts[0]) return parts[0];
  const out = new Uint8Array(length);
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
