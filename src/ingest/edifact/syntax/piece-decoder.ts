/**
 * Decodes an interchange's bytes piece by piece. Every single-byte character set the syntax
 * identifiers name (ISO 8859 parts, windows-1252 for Latin-1) reads the ASCII bytes 0x00-0x7F as
 * the same characters UTF-8 does, and the engine's UTF-8 decoder has a fast path for ASCII that
 * its single-byte decoders lack (4.6 MB in 64 KiB pieces: about 0.6 ms against 5 ms). So a piece
 * is first read as UTF-8: when that gives as many characters as there are bytes and no U+FFFD,
 * every byte was ASCII and the text is the one the character set's decoder would give; any other
 * piece goes through that decoder. Single-byte decoders keep no state between pieces, so pieces
 * can take either way. UTF-8 interchanges go straight through their decoder.
 */

/**
 * Bytes decoded at a time: callers hand larger inputs over in pieces of at most this size (the
 * fast path is for pieces, not for one large array).
 */
export const PIECE = 1 << 16;

export class PieceDecoder {
  private readonly ascii: TextDecoder | undefined;
  /** Whether the last piece decoded was all ASCII: its bytes are then its character codes. */
  lastWasAscii = false;

  constructor(private readonly decoder: TextDecoder) {
    this.ascii =
      decoder.encoding === 'utf-8' ? undefined : new TextDecoder('utf-8', { ignoreBOM: true });
  }

  /** One piece of at most `PIECE` bytes. */
  decode(bytes: Uint8Array, stream: boolean): string {
    this.lastWasAscii = false;
    if (this.ascii === undefined) return this.decoder.decode(bytes, { stream });
    const text = this.ascii.decode(bytes);
    this.lastWasAscii = text.length === bytes.length && !text.includes('\ufffd');
    if (this.lastWasAscii) return text;
    return this.decoder.decode(bytes, { stream });
  }

  /** What the decoder still holds at the end of the input. */
  end(): string {
    return this.decoder.decode();
  }
}
