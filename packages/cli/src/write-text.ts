import type { Writable } from "node:stream";

/** Writes text to a stream and waits when its buffer is full (backpressure), so memory stays bounded. */
export async function writeText(stream: Writable, text: string): Promise<void> {
  if (stream.write(text)) return;
  await new Promise<void>((resolve, reject) => {
    const done = () => {
      stream.off("error", failed);
      resolve();
    };
    const failed = (error: Error) => {
      stream.off("drain", done);
      reject(error);
    };
    stream.once("drain", done);
    stream.once("error", failed);
  });
}
