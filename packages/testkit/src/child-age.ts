/**
 * Who counts as a child when the generator plants a minor or keeps an adult: under 18 on the evaluation
 * date (UU 35/2014 Pasal 1 angka 1: "Anak adalah seseorang yang belum berusia 18 (delapan belas) tahun"),
 * the age taken from `ageOn` of @timpora/models, the SDK's one age rule (a 29 February birthday falls on
 * 1 March in common years).
 */
import { ageOn, type IsoDate } from "@timpora/models";

/** The age from which a person is no longer a child (UU 35/2014 Pasal 1 angka 1). */
export const CHILD_AGE_LIMIT = 18;

/** True when a person born on `birthDate` is a child (under {@link CHILD_AGE_LIMIT}) on `on`. */
export function isChildOn(birthDate: IsoDate, on: IsoDate): boolean {
  return ageOn(birthDate, on) < CHILD_AGE_LIMIT;
}
