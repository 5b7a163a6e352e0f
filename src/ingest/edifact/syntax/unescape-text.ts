/**
 * The slow path for a component that held release characters or stray line breaks: copy it
 * character by character, taking each released character literally and dropping CR/LF.
 */
export function unescapeText(text: string, start: number, end: number, release = 63): string {
  let out = '';
  let from = start;
  for (let i = start; i < end; i++) {
    const c = text.charCodeAt(i);
    if (c === release) {
      out += text.slice(from, i);
      from = i + 1;
      i++;
    } else if (c === 10 || c === 13) {
      out += text.slice(from, i);
      from = i + 1;
    }
  }
  return out + text.slice(from, Math.min(end, text.length));
}
