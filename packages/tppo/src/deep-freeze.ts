/**
 * Freezes a JSON-like value and everything reachable through its own enumerable properties, iteratively (no
 * recursion, so deep nesting cannot overflow the stack). Returns the same value.
 */
export function deepFreeze<T>(value: T): T {
  const seen = new WeakSet<object>();
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const current = stack.pop();
    if (current === null || typeof current !== "object" || seen.has(current)) continue;
    seen.add(current);
    Object.freeze(current);
    for (const key of Object.keys(current)) stack.push((current as Record<string, unknown>)[key]);
  }
  return value;
}
