/**
 * The machine-readable zone of a generated passport. Filled in once @timpora/models exposes an MRZ
 * formatter; until then generated documents carry no `mrz` field.
 */
import type { Person, TravelDocument } from "@timpora/models";

/** The TD3 MRZ of a generated passport (lines joined by "\n"), or undefined when no formatter is available. */
export function formatPassportMrz(_person: Person, _doc: TravelDocument): string | undefined {
  return undefined;
}
