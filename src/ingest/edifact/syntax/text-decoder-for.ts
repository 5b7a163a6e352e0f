/** A streaming TextDecoder for a syntax identifier, falling back to Latin-1 where a runtime lacks one. */
import { encodingOf, type SyntaxIdentifier } from './syntax-identifier.ts';

export function textDecoderFor(syntax: SyntaxIdentifier): TextDecoder {
  try {
    return new TextDecoder(encodingOf(syntax));
  } catch {
    // Runtimes built without full ICU lack some ISO 8859 parts; Latin-1 keeps the bytes 1:1.
    return new TextDecoder('latin1');
  }
}
