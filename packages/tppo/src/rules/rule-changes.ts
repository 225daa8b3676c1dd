/**
 * Every change to the default rule set since its first release, with the reason: the record the screening
 * review asked for (issue 9), rendered into docs/indicators.md. Newest first.
 */
export const ruleChanges: readonly { version: string; indicators: string; change: string; reason: string }[] =
  [
    {
      version: "2.0.0",
      indicators: "minor-without-guardian (A1)",
      change:
        "Fires on the border's record that the minor travelled alone or with unrelated adults, or an officer's finding that no parent or guardian is present; not evaluated (data gap) when the company is not recorded.",
      reason:
        "It treated a parent relation missing from the data as no guardian, so every minor whose parents were not linked fired it; the catalogue's own rule for A6 says missing data is not a finding. A lone child stays visible as a data gap without being flagged.",
    },
    {
      version: "2.0.0",
      indicators: "visit-permit-work-signal (A4)",
      change: "Needs an Indonesian employer entity or an officer's work sighting.",
      reason:
        "It fired on lawful business visitors (visit visa, business purpose) whose home-country employer is on file.",
    },
    {
      version: "2.0.0",
      indicators: "sponsor-many-foreigners (A5)",
      change:
        "A threshold per sponsor kind: a person at 5; a company at 10 and only together with an unverifiable sponsor (A6) or an address cluster (A8).",
      reason: "A company sponsoring 200 foreign workers was treated like an individual sponsor.",
    },
    {
      version: "2.0.0",
      indicators:
        "address-cluster (A8), group-at-adult-venue (A10), shared-contact-details (A12), group-arrival-pattern (A13)",
      change:
        "Count distinct households (family relations count once); A8 never counts boarding houses (kos) and counts apartments per unit (`unitId`). A12 joins the new `contact` correlation group.",
      reason:
        "Families in one house, families sharing a phone, and students in a kos or an apartment block were counted as clusters of unrelated foreigners.",
    },
    {
      version: "2.0.0",
      indicators: "minor-at-adult-venue (A3), group-at-adult-venue (A10)",
      change:
        "Adult venues are read from the employer's venue type (karaoke, spa, massage, bar, nightclub), never from the sector.",
      reason: "The whole entertainment sector (film, theme parks, music) counted as adult venues.",
    },
    {
      version: "2.0.0",
      indicators: "women-group-venue-link → group-at-adult-venue (A10)",
      change:
        "Renamed and sex-neutral: a group of unrelated people on visit permits linked to one adult venue.",
      reason:
        "It gated on sex: a group of women fired, the same group of men did not. Sex stays available to disparity reports, never to a rule.",
    },
    {
      version: "2.0.0",
      indicators: "linked-to-prior-case (A19), address-linked-to-prior-case, contact-linked-to-prior-case",
      change:
        "Split by the link: sponsor or employer (group `sponsor`), address (group `address`), phone (group `contact`).",
      reason:
        "A19 sat in the sponsor group even when its link ran through an address or a phone, so it could be counted twice with A8.",
    },
    {
      version: "2.0.0",
      indicators: "scam-compound-profile (A21), scam-compound-tip",
      change:
        "The tip or raid on the residence is its own indicator; profile and tip make each other strong, in one correlation group.",
      reason:
        "The scam-compound pattern (work-age foreigners on visit permits, no employer, many at one house named in a tip) reached only note, because A8 and A21 shared a group; an officer would check that house first.",
    },
    {
      version: "2.0.0",
      indicators: "exit-to-scam-hub-route (A22)",
      change:
        "Never counts an exit to the person's own country or their document's issuing state, and needs an agent or broker relation or a tip naming the person.",
      reason:
        "A Filipino or Cambodian worker going home one-way with two colleagues at the end of a contract fired it; an Australian doing the same did not: in practice a nationality proxy.",
    },
    {
      version: "2.0.0",
      indicators: "passport-withheld (B1)",
      change:
        "Strong only when an employer, agent, sponsor or spouse holds the passport and refused it or the reason is unknown (`documentHolderReason`).",
      reason:
        "It fired strong when the passport was with the immigration office or the sponsor's agent for permit processing.",
    },
    {
      version: "1.1.0",
      indicators:
        "overstay (A11), visit-permit-work-signal (A4), sponsor-employer-mismatch (A7), investor-retiree-permit-working (A23), identity-fraud (A24), wages-withheld (B8), excessive-hours-quotas (B9)",
      change:
        "Carry `routes`: immigration (UU 6/2011 Pasal 78, 122, 123), labour, identity. The level is unchanged.",
      reason:
        "An overstay, work outside the permit, unpaid wages or an identity match each belong with another authority as well; they all ended as `note` with nowhere else to go.",
    },
  ];
