import { bench, describe } from "vitest";
import { parseMrz } from "./mrz.js";
import { parseCase } from "./parse-result.js";
import { fullCase } from "./valid-records.fixture.js";

const specimen = [
  "P<UTOERIKSSON<<ANNA<MARIA<<<<<<<<<<<<<<<<<<<",
  "L898902C36UTO7408122F1204159ZE184226B<<<<<10",
].join("\n");
const bad = { ...fullCase, person: { ...fullCase.person, birthDate: "2023-02-29" } };

describe("parsing", () => {
  bench("parseCase (valid)", () => {
    parseCase(fullCase);
  });
  bench("parseCase (one bad date)", () => {
    parseCase(bad);
  });
  bench("parseMrz (TD3 specimen)", () => {
    parseMrz(specimen);
  });
});
