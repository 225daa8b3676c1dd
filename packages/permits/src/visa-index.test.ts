import { describe, expect, it } from "vitest";
import { isVisaIndexInForce } from "./visa-index.js";

describe("visa index codes as dated data", () => {
  it("the 2024 index system: C1 listed but unverified as tourism; D1 multiple-entry", () => {
    const c1 = isVisaIndexInForce("C1", "2024-06-01");
    expect(c1.status === "in-force" && c1.row.confidence).toBe("unverified");
    expect(isVisaIndexInForce("D1", "2024-06-01").status).toBe("in-force");
  });
  it("the 2025 classification (Kepmen M.IP-08.GR.01.01/2025) adds C7C and merges E23B–E23W into E23", () => {
    expect(isVisaIndexInForce("C7C", "2024-06-01").status).toBe("not-in-force");
    const c7c = isVisaIndexInForce("C7C", "2025-07-01");
    expect(c7c.status === "in-force" && c7c.row.source.instrument).toMatch(/M\.IP-08\.GR\.01\.01/);
    expect(isVisaIndexInForce("E23B", "2024-06-01").status).toBe("in-force");
    expect(isVisaIndexInForce("E23B", "2025-07-01").status).toBe("not-in-force");
    expect(isVisaIndexInForce("E23", "2025-07-01").status).toBe("in-force");
    expect(isVisaIndexInForce("E23U", "2025-07-01").status).toBe("in-force");
  });
  it("before the index system, or for codes the table does not hold, the answer is unknown", () => {
    expect(isVisaIndexInForce("C1", "2023-06-01").status).toBe("unknown");
    expect(isVisaIndexInForce("E99Z", "2025-07-01").status).toBe("unknown");
  });
});

describe("visa index reasons carry codes", () => {
  it("not in force and not covered", () => {
    const merged = isVisaIndexInForce("E23B", "2025-07-01");
    expect(merged.status === "not-in-force" && merged.reason.code).toBe("visa-index.not-in-force");
    const before = isVisaIndexInForce("C1", "2023-06-01");
    expect(before.status === "unknown" && before.reason.message.en).toBe(
      "The visa index table does not cover C1 on 2023-06-01",
    );
  });
});
