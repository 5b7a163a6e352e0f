/**
 * How deep a parsed JSON body nests, checked without recursion (a hostile body cannot exhaust the
 * stack): returns the JSON pointer of the first value below the limit, or undefined.
 */
export function jsonDepthFault(body: unknown, maxDepth: number): string | undefined {
  if (typeof body !== 'object' || body === null) return undefined;
  const stack: { value: object; depth: number; pointer: string }[] = [
    { value: body, depth: 1, pointer: '' },
  ];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > maxDepth) return top.pointer === '' ? '/' : top.pointer;
    for (const [key, child] of Object.entries(top.value))
      if (typeof child === 'object' && child !== null)
        stack.push({
          value: child as object,
          depth: top.depth + 1,
          pointer: `${top.pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        });
  }
  return undefined;
}
