import type { IndicatorRule } from "../rule-set.js";
import { all, any, atLeast, indicator, is, oneOf, whenAnyAlsoFired } from "./condition-builders.js";
import { delphi, newsCase, sources } from "./sources.js";

/**
 * Indicators evidencing the purpose element that are not context-only: any of them raises
 * `minor-without-guardian` to strong (brief A1: "S if combined with any Purpose item").
 */
export const purposeIndicatorIds: readonly string[] = [
  "minor-linked-to-work",
  "minor-at-adult-venue",
  "lives-at-workplace",
  "group-at-adult-venue",
  "vessel-risk-profile",
  "scam-compound-profile",
  "scam-compound-tip",
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
    version: "2.0.0",
    ref: "A1",
    label: { id: "Anak tanpa orang tua atau wali", en: "Minor without parent/guardian" },
    description: {
      id: "Di bawah 18 tahun pada tanggal evaluasi dan, menurut catatan perbatasan, masuk sendiri atau bersama orang dewasa yang bukan orang tua atau wali; atau petugas mendapati tidak ada orang tua atau wali. Tidak pernah hanya karena hubungan orang tua tidak tercatat; bila pendamping tidak tercatat, indikator ini tidak dievaluasi (celah data).",
      en: "Under 18 on the evaluation date and, by the border record, entered alone or with adults who are not a parent or guardian; or an officer found no parent or guardian. Never because no parent relation is on record; when the company is not recorded, the indicator is not evaluated (a data gap).",
    },
    strength: "medium",
    strengthOverrides: whenAnyAlsoFired("strong", purposeIndicatorIds),
    elements: ["act"],
    needsObservation: false,
    sources: [sources.unodcChild, sources.palermo3, sources.uu21Pasal17, sources.briefProposal],
    conditions: all(
      is("person", "minor"),
      any(
        oneOf("travel", "lastEntryAccompaniedBy", ["unrelated-adults", "alone"]),
        is("observation", "guardianAbsent"),
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
    version: "2.0.0",
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
    version: "2.0.0",
    ref: "A4",
    label: { id: "Bekerja dengan izin kunjungan", en: "Working on a visit permit" },
    description: {
      id: "Izin tinggal kunjungan (bebas visa, VoA, visa kunjungan) dengan pemberi kerja badan usaha Indonesia, atau petugas melihatnya bekerja. Pemberi kerja di negara asal (kunjungan bisnis) bukan tanda.",
      en: "A visit stay permit (visa-free, VoA, visit visa) with an Indonesian employer entity, or an officer saw the person working. A home-country employer (a business visit) is not a signal.",
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
      any(
        all(is("employer", "linked"), is("employer", "indonesianEntity")),
        is("workSighting", "seenWorking"),
      ),
    ),
    routes: [{ basis: "immigration.permit-misuse" }],
  }),
  indicator({
    id: "sponsor-many-foreigners",
    version: "2.0.0",
    ref: "A5",
    label: { id: "Satu penjamin untuk banyak WNA", en: "One sponsor, many foreigners" },
    description: {
      id: "Penjamin perorangan menjamin WNA sebanyak ambang batas atau lebih (bawaan 5); penjamin badan usaha hanya dihitung dengan ambang tersendiri (bawaan 10) dan bersama penjamin yang tidak terverifikasi atau klaster alamat. Ambang adalah pilihan lokal; tidak ada yang diterbitkan.",
      en: "A person sponsor guarantees at least the threshold of foreigners (default 5); a corporate sponsor counts only above its own threshold (default 10) and together with an unverifiable sponsor or an address cluster. Thresholds are local choices; none is published.",
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
    conditions: any(
      all(oneOf("sponsor", "kind", ["person"]), atLeast("sponsorForeignerCount", "sponsorManyForeigners")),
      all(
        oneOf("sponsor", "kind", ["corporation"]),
        atLeast("sponsorForeignerCount", "sponsorManyForeignersCorporation"),
        any(
          is("sponsor", "unverifiable"),
          all(is("residence", "clusterEligible"), atLeast("addressForeignerCount", "addressCluster")),
        ),
      ),
    ),
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
    version: "1.1.0",
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
    routes: [{ basis: "immigration.permit-misuse" }],
  }),
  indicator({
    id: "address-cluster",
    version: "2.0.0",
    ref: "A8",
    label: { id: "Banyak WNA di satu alamat", en: "Many foreigners at one address" },
    description: {
      id: "WNA yang tidak berhubungan keluarga (rumah tangga) sebanyak ambang batas atau lebih (bawaan 5, pilihan lokal) di satu alamat: vila, rumah, ruko, atau satu unit apartemen. Hotel, wisma, asrama, mes, kapal dan kos tidak dihitung; keluarga dihitung satu.",
      en: "At least the threshold (default 5, a local choice) of unrelated foreigners (households) at one address: a villa, house, ruko, or one apartment unit. Hotels, guest houses, dormitories, messes, vessels and boarding houses (kos) never count; a family counts once.",
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
    id: "group-at-adult-venue",
    version: "2.0.0",
    ref: "A10",
    label: {
      id: "Kelompok WNA izin kunjungan terkait tempat hiburan dewasa",
      en: "Group on visit permits linked to an adult venue",
    },
    description: {
      id: "Dengan izin kunjungan, terkait karaoke, spa, panti pijat, bar atau klub malam, dalam kelompok orang tidak berhubungan keluarga (rumah tangga) dengan izin kunjungan sebanyak ambang batas (bawaan 3) yang berbagi alamat, penjamin, kontak atau tempat itu. Netral terhadap jenis kelamin; tidak pernah berdasarkan jenis kelamin atau kewarganegaraan.",
      en: "On a visit permit, linked to a karaoke, spa, massage parlour, bar or nightclub, in a group of at least the threshold (default 3) of unrelated people (households) on visit permits sharing an address, sponsor, contact or that venue. Sex-neutral; never on sex or nationality.",
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
    conditions: all(is("permit", "isVisitType"), adultVenueLink, atLeast("venueGroupCount", "venueGroup")),
  }),
  indicator({
    id: "overstay",
    version: "1.1.0",
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
    routes: [{ basis: "immigration.overstay" }],
  }),
  indicator({
    id: "shared-contact-details",
    version: "2.0.0",
    ref: "A12",
    label: { id: "Kontak sama untuk banyak pemohon", en: "Same contact details for unrelated applicants" },
    description: {
      id: "Telepon atau surel yang sama tercatat untuk WNA yang tidak berhubungan keluarga (rumah tangga) sebanyak ambang batas atau lebih (bawaan 3, pilihan lokal); keluarga yang berbagi telepon dihitung satu.",
      en: "The same phone or email is on file for at least the threshold (default 3, a local choice) of unrelated foreigners (households); a family sharing a phone counts once.",
    },
    strength: "medium",
    elements: ["act"],
    correlationGroup: "contact",
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
    version: "2.0.0",
    ref: "A13",
    label: { id: "Kedatangan berkelompok tidak berhubungan keluarga", en: "Unrelated group arrivals" },
    description: {
      id: "Datang dengan tiket sekali jalan, pada penerbangan atau minggu yang sama dengan WNA lain yang tidak berhubungan keluarga (rumah tangga) sebanyak ambang batas (bawaan 5) dengan penjamin atau alamat tujuan yang sama.",
      en: "Arrived one-way, on the same flight or in the same week as at least the threshold (default 5) of unrelated foreigners (households) with the same sponsor or destination address.",
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
