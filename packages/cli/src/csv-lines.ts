import type { FileLine } from "./line-reader.js";

/**
 * Splits CSV bytes into records at line ends outside quoted fields (RFC 4180: a quoted field may hold line
 * ends; `""` inside it is a quote), in bounded memory: a record longer than `maxBytes` is skipped as it streams
 * past and reported with `bytes: undefined`. `line` is the line the record starts on. A stray quote in an
 * unquoted field opens a quoted field as far as the next quote, as every CSV reader reads it.
 */
export async function* readCsvRecords(
  chunks: AsyncIterable<Buffer>,
  maxBytes: number,
): AsyncGenerator<FileLine> {
  let parts: Buffer[] = [];
  let size = 0;
  let overflow = false;
  let inQuotes = false;
  let line = 1;
  let recordLine = 1;
  let recordStart = 0;
  let offset = 0;
  const add = (bytes: Buffer) => {
    if (overflow) return;
    if (size + bytes.length > maxBytes) {
      overflow = true;
      parts = [];
      return;
    }
    parts.push(bytes);
    size += bytes.length;
  };
  const take = (): FileLine => {
    const out = {
      line: recordLine,
      byte: recordStart,
      bytes: overflow ? undefined : Buffer.concat(parts, size),
    };
    parts = [];
    size = 0;
    overflow = false;
    return out;
  };
  for await (const chunk of chunks) {
    let from = 0;
    for (let i = 0; i < chunk.length; i++) {
      const b = chunk[i]!;
      if (b === 0x22) inQuotes = !inQuotes;
      else if (b === 0x0a) {
        line++;
        if (inQuotes) continue;
        add(chunk.subarray(from, i));
        yield take();
        from = i + 1;
        recordLine = line;
        recordStart = offset + i + 1;
      }
    }
    if (from < chunk.length) add(Buffer.from(chunk.subarray(from)));
    offset += chunk.length;
  }
  if (size > 0 || overflow) yield take();
}
