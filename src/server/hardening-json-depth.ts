/**
 * How deep a parsed JSON body nests, checked without recursion (a hostile body cannot exhaust the
 * stack): returns the JSON pointer of the first value below the limit, or undefined. Only parsed
 * JSON (plain objects and arrays) is walked: a streamed body (EDIFACT, CSV) is the request itself.
 */
export function jsonDepthFault(body: unknown, maxDepth: number): string | undefined {
  if (!isJsonContainer(body)) return undefined;
  const stack: { value: object; depth: number; pointer: string }[] = [
    { value: body, depth: 1, pointer: '' },
  ];
  for (let top = stack.pop(); top !== undefined; top = stack.pop()) {
    if (top.depth > maxDepth) return top.pointer === '' ? '/' : top.pointer;
    for (const [key, child] of Object.entries(top.value))
      if (isJsonContainer(child))
        stack.push({
          value: child,
          depth: top.depth + 1,
          pointer: `${top.pointer}/${key.replaceAll('~', '~0').replaceAll('/', '~1')}`,
        });
  }
  return undefined;
}

function isJsonContainer(value: unknown): value is object {
  if (typeof value !== 'object' || value === null) return false;
  if (Array.isArray(value)) return true;
  const proto: unknown = Object.getPrototypeOf(value);
  return proto === Object.prototype || proto === null;
}
