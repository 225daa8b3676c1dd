/**
 * What the default rule set leaves out of the brief's catalogue (`tppo.md` §5.3–5.5), and why. Every one of the
 * 39 catalogue ids has a rule; the rows below are the parts of an indicator's condition that records cannot
 * support, or readings the rules had to choose. Rendered into docs/indicators.md.
 */
export const leftOut: readonly { indicator: string; what: string; why: string }[] = [
  {
    indicator: "address-cluster (A8)",
    what: "The weak variant for a licensed hotel or dormitory.",
    why: "Hotels, guest houses, dormitories, company messes and vessels are not counted as cluster addresses at all: the rule format's strength overrides depend on the person's age or on other indicators, not on the lodging kind, and a weak item can never make an element positive on its own.",
  },
  {
    indicator: "minor-without-guardian (A1)",
    what: "Parents or guardians present at the registered address as occupants; missing relation data.",
    why: "Address occupancy is not in the record model. The rule reads positive evidence only: the border's record of whom the minor travelled with (`accompaniedBy`) or an officer's answer (`guardianPresent`). A parent relation that is simply not on record is missing data, not evidence; when the company is not recorded the indicator is not evaluated (data gap).",
  },
  {
    indicator: "visit-permit-work-signal (A4)",
    what: "Payroll and BPJS flags.",
    why: "Not in the record model; the employer link and officers' sightings carry the signal.",
  },
  {
    indicator: "sponsor-unverifiable (A6)",
    what: '"Business registration missing" read from an NIB absent from the record.',
    why: "A number missing from a record is missing data, not a verification finding (generated students' sponsors, e.g. universities, have none on record). Only a verification status of not-found, fictitious or inactive fires; the fact `sponsor.registrationMissing` stays available for a team's own rule.",
  },
  {
    indicator:
      "address-cluster (A8), group-at-adult-venue (A10), shared-contact-details (A12), group-arrival-pattern (A13)",
    what: '"Unrelated" foreigners.',
    why: "The population index counts households: people linked by parent, guardian, child, sibling or spouse relations count once (their household is the smallest person id among them). Relations recorded on one side only may still count apart.",
  },
  {
    indicator: "crew-no-shore-leave (A16)",
    what: '"Kept aboard at anchor" and port entry/exit events.',
    why: "Only crew-list dates and shore-leave dates are in the record model.",
  },
  {
    indicator: "marriage-broker-pattern (A17)",
    what: "A reading of the condition.",
    why: '"Shortly after arrival" is required in both branches: (broker linked to several marriages) or (family permit or conversion filed within days of marrying). A spouse-visa filing soon after a marriage alone is common outside trafficking.',
  },
  {
    indicator: "scam-compound-profile (A21)",
    what: '"Seizure of many devices".',
    why: "Seizures are not in the record model; a tip or scam raid naming the residence stands in for them.",
  },
  {
    indicator: "exit-to-scam-hub-route (A22)",
    what: 'WNI in joint data; "recruited through a third party".',
    why: "The SDK models foreign nationals only. Recruitment through a third party is read from an agent or broker relation or a tip naming the person; travelling in a group is not enough (workers going home together at the end of a contract do).",
  },
  {
    indicator: "investor-retiree-permit-working (A23)",
    what: '"No real business activity".',
    why: "Business activity is not in the record model; only a fictitious, not-found or inactive sponsor or employer counts.",
  },
  {
    indicator: "all minor rules (A1–A3, B5 and B10 overrides)",
    what: "Persons with no birth date on record.",
    why: "Unknown age is not a minor (`person.ageKnown: false`): the minor rules do not fire and the minor overrides do not apply.",
  },
  {
    indicator: "combination logic (§5.5 items 7–8)",
    what: "Smuggling vs trafficking; exploited migrant vs trafficking.",
    why: "These are case classifications, not indicators; the assessment's levels point to victim screening, never to a verdict. Screening before deportation (item 7) is the immigration route's `immigration.screen-first` reason.",
  },
];
