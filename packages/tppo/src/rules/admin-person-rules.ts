import type { IndicatorRule } from "../rule-set.js";
import { all, any, atLeast, indicator, is, whenAnyAlsoFired } from "./condition-builders.js";
import { delphi, newsCase, sources } from "./sources.js";

/**
 * Indicators evidencing the purpose element that are not context-only: any of them raises
 * `minor-without-guardian` to strong (brief A1: "S if combined with any Purpose item").
 */
export const purposeIndicatorIds: readonly string[] = [
  "minor-linked-to-work",
  "minor-at-adult-venue",
  "lives-at-workplace",
  "women-group-venue-link",
  "vessel-risk-profile",
  "scam-compound-profile",
  "wages-withheld",
  "excessive-hours-quotas",
  "forced-criminality",
  "bad-living-conditions",
];

const adultVenueLink = any(
  is("workplace", "adultVenue"),
  is("residence", "atAdultVenue"),
  is("workSighting", "seenAtAdultVenue"),
);

/** Part A indicators about the person, the permit and the sponsor (brief A1–A13). */
export const adminPersonRules: IndicatorRule[] = [
  indicator({
    id: "minor-without-guardian",
    ref: "A1",
    label: { id: "Anak tanpa orang tua atau wali", en: "Minor without parent/guardian" },
    description: {
      id: "Di bawah 18 tahun pada tanggal evaluasi, tanpa orang tua atau wali yang hadir, atau bepergian dengan orang dewasa yang tidak berhubungan keluarga tanpa wali.",
      en: "Under 18 on the evaluation date, with no parent or guardian present, or travelling with unrelated people and no guardian.",
    },
    strength: "medium",
    strengthOverrides: whenAnyAlsoFired("strong", purposeIndicatorIds),
    elements: ["act"],
    needsObservation: false,
    sources: [sources.unodcChild, sources.palermo3, sources.uu21Pasal17, sources.briefProposal],
    conditions: all(
      is("person", "minor"),
      any(
        is("relations", "guardianPresent", false),
        all(is("travel", "lastEntryWithUnrelated"), is("travel", "lastEntryWithGuardian", false)),
      ),
    ),
  }),
  indicator({
    id: "minor-linked-to-work",
    ref: "A2",
    label: { id: "Anak terkait pekerjaan", en: "Minor linked to work" },
    description: {
      id: "Di bawah 18 tahun dan terkait pemberi kerja, izin untuk bekerja, atau terlihat bekerja.",
      en: "Under 18 and linked to an employer, a work permit, or seen working.",
    },
    strength: "strong",
    elements: ["purpose"],
    needsObservation: false,
    sources: [sources.unodcChild, sources.palermo3, sources.briefProposal],
    conditions: all(
      is("person", "minor"),
      any(is("employer", "linked"), is("permit", "isWorkPurpose"), is("workSighting", "seenWorking")),
    ),
  }),
  indicator({
    id: "minor-at-adult-venue",
    ref: "A3",
    label: { id: "Anak di alamat tempat hiburan dewasa", en: "Minor at adult-venue address" },
    description: {
      id: "Anak terkait tempat karaoke, spa, pijat, bar atau klub malam: sebagai tempat kerja, tempat tinggal, atau terlihat di sana.",
      en: "A minor linked to a karaoke, spa, massage, bar or nightclub: as workplace, residence, or seen there.",
    },
    strength: "strong",
    elements: ["purpose"],
    needsObservation: false,
    sources: [sources.unodcChild, sources.unodcForcedLabourSex, sources.briefProposal],
    conditions: all(is("person", "minor"), adultVenueLink),
  }),
  indicator({
    id: "visit-permit-work-signal",
    ref: "A4",
    label: { id: "Bekerja dengan izin kunjungan", en: "Working on a visit permit" },
    description: {
      id: "Izin tinggal kunjungan (bebas visa, VoA, visa kunjungan) dengan keterkaitan pemberi kerja atau terlihat bekerja.",
      en: "A visit stay permit (visa-free, VoA, visit visa) with an employer link or seen working.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [
      sources.uu6Pasal122,
      delphi("abuse of illegal status; deceived about legal documentation or migration status", "M"),
      newsCase("Vietnamese women on visit permits working at karaoke venues, Muara Karang 2024"),
      sources.briefProposal,
    ],
    conditions: all(
      is("permit", "isVisitType"),
      any(is("employer", "linked"), is("workSighting", "seenWorking")),
    ),
  }),
  indicator({
    id: "sponsor-many-foreigners",
    ref: "A5",
    label: { id: "Satu penjamin untuk banyak WNA", en: "One sponsor, many foreigners" },
    description: {
      id: "Penjamin menjamin WNA sebanyak ambang batas atau lebih (bawaan 5, pilihan lokal, tidak ada ambang yang diterbitkan).",
      en: "The sponsor guarantees at least the threshold of foreigners (default 5, a local choice; none is published).",
    },
    strength: "weak",
    strengthOverrides: whenAnyAlsoFired("medium", ["sponsor-unverifiable", "address-cluster"]),
    elements: ["act"],
    correlationGroup: "sponsor",
    needsObservation: false,
    sources: [
      sources.uu6Pasal63,
      sources.finCen2020,
      newsCase("okezone 2025: fictitious sponsors"),
      sources.briefProposal,
    ],
    conditions: all(atLeast("sponsorForeignerCount", "sponsorManyForeigners")),
  }),
  indicator({
    id: "sponsor-unverifiable",
    ref: "A6",
    label: { id: "Penjamin fiktif atau tidak terverifikasi", en: "Sponsor not verifiable" },
    description: {
      id: "Pemeriksaan mendapati penjamin tidak ditemukan, fiktif atau tidak aktif (NIB yang tidak tercatat saja bukan temuan).",
      en: "A check found the sponsor not found, fictitious or inactive (an NIB merely not on record is not a finding).",
    },
    strength: "medium",
    elements: ["means"],
    correlationGroup: "sponsor",
    needsObservation: false,
    sources: [
      sources.uu21Pasal1,
      sources.uu6Pasal123,
      newsCase("Tangerang 2025: fictitious company addresses for investor permits"),
      sources.briefProposal,
    ],
    conditions: all(is("sponsor", "known"), is("sponsor", "unverifiable")),
  }),
  indicator({
    id: "sponsor-employer-mismatch",
    ref: "A7",
    label: { id: "Penjamin berbeda dengan pemberi kerja", en: "Sponsor differs from actual employer" },
    description: {
      id: "Izin menyebut penjamin atau pemberi kerja, tetapi petugas melihat orang itu bekerja untuk atau di tempat lain.",
      en: "The permit names a sponsor or employer, but officers saw the person working for or at another entity or address.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [
      newsCase('Surabaya 2019: "permit for workplace A but also working at B"'),
      delphi(
        "deceived about the nature of the job, location or employer (S when reported; M as a record mismatch)",
        "M",
      ),
      sources.briefProposal,
    ],
    conditions: all(
      any(is("permit", "namesEmployer"), is("permit", "namesSponsor")),
      is("workSighting", "seenAtUndeclaredWorkplace"),
    ),
  }),
  indicator({
    id: "address-cluster",
    ref: "A8",
    label: { id: "Banyak WNA di satu alamat", en: "Many foreigners at one address" },
    description: {
      id: "WNA sebanyak ambang batas atau lebih (bawaan 5, pilihan lokal) di satu alamat non-hotel (vila, rumah, ruko, apartemen).",
      en: "At least the threshold of foreigners (default 5, a local choice) at one non-hotel address (villa, house, ruko, apartment).",
    },
    strength: "medium",
    elements: ["act"],
    correlationGroup: "address",
    needsObservation: false,
    sources: [
      newsCase("Operasi Bali Becik 2024: 103 foreigners in one villa"),
      sources.unodcForcedLabourSex,
      sources.finCen2020,
      sources.briefProposal,
    ],
    conditions: all(is("residence", "clusterEligible"), atLeast("addressForeignerCount", "addressCluster")),
  }),
  indicator({
    id: "lives-at-workplace",
    ref: "A9",
    label: { id: "Tinggal di tempat kerja", en: "Lives at the workplace" },
    description: {
      id: "Alamat tempat tinggal sama dengan alamat tempat kerja atau tempat ia terlihat bekerja.",
      en: "The registered residence is the workplace address, or where the person was seen working.",
    },
    strength: "weak",
    elements: ["means", "purpose"],
    needsObservation: false,
    sources: [sources.unodcForcedLabourSex, delphi("bad living conditions", "M"), sources.briefProposal],
    conditions: all(is("residence", "isWorkplace")),
  }),
  indicator({
    id: "women-group-venue-link",
    ref: "A10",
    label: {
      id: "Kelompok perempuan WNA izin kunjungan terkait tempat hiburan",
      en: "Group of women on visit permits linked to an entertainment venue",
    },
    description: {
      id: "Perempuan dengan izin kunjungan, terkait tempat hiburan, dalam kelompok perempuan izin kunjungan sebanyak ambang batas (bawaan 3) yang berbagi alamat, penjamin, kontak atau tempat. Tidak pernah berdasarkan jenis kelamin atau kewarganegaraan saja.",
      en: "A woman on a visit permit, linked to an adult venue, in a group of at least the threshold (default 3) of such women sharing an address, sponsor, contact or venue. Never on sex or nationality alone.",
    },
    strength: "medium",
    elements: ["act", "purpose"],
    correlationGroup: "address",
    needsObservation: false,
    sources: [
      newsCase("Vietnamese 'LC' karaoke case 2024; Uzbek women 2025"),
      sources.unodcForcedLabourSex,
      sources.briefProposal,
    ],
    conditions: all(
      is("sex", undefined, "F"),
      is("permit", "isVisitType"),
      adultVenueLink,
      atLeast("womenVenueGroupCount", "womenGroupVenue"),
    ),
  }),
  indicator({
    id: "overstay",
    ref: "A11",
    label: { id: "Melebihi izin tinggal", en: "Overstay" },
    description: {
      id: "Melebihi izin tinggal pada tanggal evaluasi menurut @timpora/permits (tanpa keluar tercatat).",
      en: "Overstaying on the evaluation date according to @timpora/permits (no exit recorded).",
    },
    strength: "weak",
    elements: ["means"],
    needsObservation: false,
    sources: [
      sources.uu6Pasal78,
      delphi(
        "relationship with authorities / legal status (M at destination; W here, very common outside trafficking)",
        "M",
      ),
      sources.briefProposal,
    ],
    conditions: all(is("stay", "overstaying")),
  }),
  indicator({
    id: "shared-contact-details",
    ref: "A12",
    label: { id: "Kontak sama untuk banyak pemohon", en: "Same contact details for unrelated applicants" },
    description: {
      id: "Telepon atau surel yang sama tercatat untuk WNA sebanyak ambang batas atau lebih (bawaan 3, pilihan lokal).",
      en: "The same phone or email is on file for at least the threshold of foreigners (default 3, a local choice).",
    },
    strength: "medium",
    elements: ["act"],
    needsObservation: false,
    sources: [
      sources.finCen2020,
      newsCase('Tangerang 2025: foreigners "did not know who sent them"'),
      sources.briefProposal,
    ],
    conditions: all(atLeast("sharedContactCount", "sharedContact")),
  }),
  indicator({
    id: "group-arrival-pattern",
    ref: "A13",
    label: { id: "Kedatangan berkelompok tidak berhubungan keluarga", en: "Unrelated group arrivals" },
    description: {
      id: "Datang dengan tiket sekali jalan, pada penerbangan atau minggu yang sama dengan WNA lain sebanyak ambang batas (bawaan 5) dengan penjamin atau alamat tujuan yang sama.",
      en: "Arrived one-way, on the same flight or in the same week as at least the threshold (default 5) of foreigners with the same sponsor or destination address.",
    },
    strength: "weak",
    elements: ["act"],
    needsObservation: false,
    sources: [
      sources.unodcForcedLabourSex,
      newsCase("Moroccan women 2016 (same flight, no accommodation); Bali Becik staggered arrivals"),
      sources.briefProposal,
    ],
    conditions: all(is("travel", "lastEntryOneWay"), atLeast("groupArrivalCount", "groupArrival")),
  }),
];
