// Test-only: records that once stopped or hung a batch (issue 7), each with the code its bad-record result has.
import type { RecordIssueCode } from "./record-issue.js";

/** A hostile record, what it is, and the code of its bad-record result. */
export interface HostileRecord {
  name: string;
  record: unknown;
  code: RecordIssueCode;
}

const fail = (): never => {
  throw new Error("hostile record");
};

/** An object with a `then` method: what `await` treats as a promise. */
export function thenable(then: (resolve: (value: unknown) => void) => void = () => {}): object {
  return { then };
}

/** A Proxy whose every trap throws. */
function throwingProxy(): object {
  return new Proxy(
    {},
    {
      get: fail,
      has: fail,
      ownKeys: fail,
      getOwnPropertyDescriptor: fail,
      getPrototypeOf: fail,
    },
  );
}

/** A rejected promise, already handled here so that building the list raises no unhandled rejection. */
function rejectedPromise(): Promise<never> {
  const p = Promise.reject(new Error("rejected record"));
  p.catch(() => undefined);
  return p;
}

/**
 * Fresh hostile records: a `then` method that never calls back (awaiting it hung `evaluateMany` forever), one
 * that would call back with a valid case (awaiting it would have run its code and screened its answer), a
 * throwing `then` getter, a throwing getter on a case field, a Proxy whose traps throw, and a rejected promise.
 */
export function hostileRecords(validCase: unknown): HostileRecord[] {
  return [
    { name: "a then method that never calls back", record: thenable(), code: "record.thenable" },
    {
      name: "a then method that calls back with a valid case",
      record: thenable((resolve) => resolve(validCase)),
      code: "record.thenable",
    },
    {
      name: "a throwing then getter",
      // biome-ignore lint/suspicious/noThenProperty: a hostile record, on purpose
      record: Object.defineProperty({}, "then", { enumerable: true, get: fail }),
      code: "input.unreadable",
    },
    {
      name: "a throwing getter on a case field",
      record: Object.defineProperty({ ...(validCase as object) }, "person", { enumerable: true, get: fail }),
      code: "input.unreadable",
    },
    { name: "a Proxy whose traps throw", record: throwingProxy(), code: "input.unreadable" },
    { name: "a rejected promise", record: rejectedPromise(), code: "record.thenable" },
  ];
}
