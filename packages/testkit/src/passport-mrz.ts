/**
 * The machine-readable zone of a generated passport: a TD3 MRZ (ICAO Doc 9303 Part 4) printed by the
 * models' formatter, so every check digit is right and the MRZ agrees with the document fields.
 */
import { formatMrz, type Person, type TravelDocument } from "@timpora/models";

const yymmdd = (iso: string): string => iso.slice(2, 4) + iso.slice(5, 7) + iso.slice(8, 10);

/** The TD3 MRZ of a generated passport (two lines joined by "\n"). */
export function formatPassportMrz(person: Person, doc: TravelDocument): string | undefined {
  const names = {
    primary: person.names.primary.toUpperCase(),
    ...(person.names.secondary === undefined ? {} : { secondary: person.names.secondary.toUpperCase() }),
  };
  return formatMrz("TD3", {
    documentCode: "P",
    issuingState: doc.issuingState,
    names,
    documentNumber: doc.number,
    nationality: person.nationality,
    birthDate: person.birthDate === undefined ? "<<<<<<" : yymmdd(person.birthDate),
    sex: person.sex,
    expiryDate: yymmdd(doc.expiresOn),
  }).join("\n");
}
