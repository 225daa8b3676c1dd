/** One line of a file: its bytes (without the line end), or `undefined` when it was longer than the limit. */
export interface FileLine {
  /** Line number (1-based). */
  line: number;
  /** Byte offset of the line's first byte. */
  byte: number;
  /** The line's bytes without `\n` (a `\r` before it is kept); undefined when longer than the limit. */
  bytes: Buffer | undefined;
}

/**
 * Splits a byte stream into lines at `\n`, in bounded memory: a line longer than `maxBytes` is skipped as it
 * streams past (never held whole) and reported with `bytes: undefined`. A last line without a line end is
 * reported too; an empty file gives no line.
 */
export async function* readLines(chunks: AsyncIterable<Buffer>, maxBytes: number): AsyncGenerator<FileLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let line = 1;
  let lineStart = 0;
  let offset = 0;
  const take = (tail: Buffer): Buffer | undefined => {
    if (overflow) return undefined;
    if (parts.length === 0) return tail;
    parts.push(tail);
    return Buffer.concat(parts, size + tail.length);
  };
  for await (const chunk of chunks) {
    let pos = 0;
    while (pos <= chunk.length) {
      const nl = chunk.indexOf(10, pos);
      if (nl === -1) {
        const rest = chunk.subarray(pos);
        if (!overflow && size + rest.length > maxBytes) {
          overflow = true;
          parts = [];
        }
        if (!overflow && rest.length > 0) {
          parts.push(Buffer.from(rest));
        }
        size += rest.length;
        break;
      }
      const tail = chunk.subarray(pos, nl);
      const tooLong = overflow || size + tail.length > maxBytes;
      yield { line, byte: lineStart, bytes: tooLong ? undefined : take(tail) };
      parts = [];
      size = 0;
      overflow = false;
      line++;
      lineStart = offset + nl + 1;
      pos = nl + 1;
    }
    offset += chunk.length;
  }
  if (size > 0 || overflow)
    yield { line, byte: lineStart, bytes: overflow ? undefined : take(Buffer.alloc(0)) };
}
