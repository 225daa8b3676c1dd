import type { IndicatorRule } from "../rule-set.js";
import { all, any, atLeast, indicator, is } from "./condition-builders.js";
import { delphi, newsCase, sources } from "./sources.js";

/** Part A indicators from crew lists, marriages, enforcement, identity and refugee records (brief A14–A25). */
export const adminRecordRules: IndicatorRule[] = [
  indicator({
    id: "crew-document-anomaly",
    ref: "A14",
    label: { id: "Kejanggalan dokumen ABK asing", en: "Crew document anomaly" },
    description: {
      id: "Kewarganegaraan buku pelaut berbeda dengan negara penerbit paspor, atau tercantum di daftar awak lain dengan nama lain.",
      en: "The seaman-book nationality differs from the passport's issuing state, or the person is on other crew lists under other names.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [
      newsCase("Benjina 2015: fake Thai passports and seaman books for Myanmar crew"),
      sources.uu21Pasal19,
      sources.briefProposal,
    ],
    conditions: all(is("crew", "member"), is("crew", "documentAnomaly")),
  }),
  indicator({
    id: "vessel-risk-profile",
    ref: "A15",
    label: { id: "Profil kapal berisiko tinggi", en: "High-risk vessel profile" },
    description: {
      id: "Awak kapal yang digolongkan berisiko tinggi (model seperti GFW: risiko, bukan kepastian).",
      en: "Crew of a vessel classed high-risk (a GFW-style model: risk, not certainty).",
    },
    strength: "medium",
    elements: ["purpose"],
    needsObservation: false,
    sources: [
      {
        ref: "McDonald et al., PNAS 2021 (vessel risk from AIS behaviour)",
        url: "https://www.pnas.org/content/118/3/e2016238117",
        confidence: "medium",
      },
      sources.briefProposal,
    ],
    conditions: all(is("crew", "member"), is("crew", "highRiskVessel")),
  }),
  indicator({
    id: "crew-no-shore-leave",
    ref: "A16",
    label: { id: "ABK lama tanpa turun ke darat", en: "No shore leave for a long time" },
    description: {
      id: "Awak kapal tanpa cuti darat tercatat selama ambang batas bulan atau lebih (bawaan 6, pilihan lokal). Kuat bila pembatasan gerak (B2) juga teramati.",
      en: "A crew member with no recorded shore leave for at least the threshold of months (default 6, a local choice). Strong when restricted movement (B2) is also observed.",
    },
    strength: "medium",
    strengthOverrides: [{ strength: "strong", when: { alsoFired: ["movement-restricted"] } }],
    elements: ["means"],
    needsObservation: false,
    sources: [
      newsCase("Benjina (years at sea); Benoa 2025 (kept aboard at anchor)"),
      delphi("isolation, confinement or surveillance (S at destination)", "S"),
      sources.briefProposal,
    ],
    conditions: all(
      is("crew", "member"),
      atLeast("crew", "crewNoShoreLeaveMonths", "monthsWithoutShoreLeave"),
    ),
  }),
  indicator({
    id: "marriage-broker-pattern",
    ref: "A17",
    label: { id: "Pola perkawinan melalui perantara", en: "Broker-arranged marriage pattern" },
    description: {
      id: "Menikah dengan WNI segera setelah tiba (bawaan 90 hari), melalui perantara yang terkait beberapa perkawinan (bawaan 3), atau permohonan izin keluarga dalam beberapa hari (bawaan 14).",
      en: "Married an Indonesian citizen shortly after arrival (default 90 days), through a broker linked to several marriages (default 3), or with a family permit filed within days (default 14).",
    },
    strength: "medium",
    elements: ["act", "means"],
    needsObservation: false,
    sources: [
      newsCase("KBRI Beijing 2024 (pengantin pesanan); Antara Kalbar"),
      { ...sources.htcds, ref: "IOM HTCDS MethodOfRecruitment = International Marriage Broker" },
      sources.briefProposal,
    ],
    conditions: all(
      is("marriage", "spouseIndonesian"),
      is("marriage", "soonAfterArrival"),
      any(
        all(is("marriage", "viaBroker"), atLeast("brokerMarriageCount", "marriageBrokerMarriages")),
        is("marriage", "spousePermitSoon"),
      ),
    ),
  }),
  indicator({
    id: "bride-minor-or-id-anomaly",
    ref: "A18",
    label: { id: "Pengantin di bawah umur atau anomali identitas", en: "Underage bride or ID anomaly" },
    description: {
      id: "Pasangan WNI di bawah 18 tahun saat menikah, atau NIK/identitasnya diterbitkan atau diubah tak lama sebelum perkawinan (bawaan 90 hari).",
      en: "The Indonesian spouse was under 18 at marriage, or their NIK or identity was issued or changed shortly before it (default 90 days).",
    },
    strength: "strong",
    elements: ["act", "means"],
    needsObservation: false,
    sources: [
      newsCase("KPAI 2018: children without KTP, manipulated papers, contract marriages"),
      sources.uu21Pasal17,
      sources.uu21Pasal19,
      sources.briefProposal,
    ],
    conditions: all(
      is("marriage", "spouseIndonesian"),
      any(is("marriage", "spouseMinorAtMarriage"), is("marriage", "spouseIdChangedBeforeMarriage")),
    ),
  }),
  indicator({
    id: "linked-to-prior-case",
    ref: "A19",
    label: { id: "Terkait kasus sebelumnya", en: "Linked to an earlier case" },
    description: {
      id: "Penjamin, alamat, pemberi kerja atau telepon sudah terkait deportasi, temuan Pasal 122/123, razia prostitusi atau penipuan, atau kasus TPPO.",
      en: "The sponsor, an address, the employer or a phone is already linked to a deportation, a Pasal 122/123 finding, a prostitution or scam raid, or a TPPO case.",
    },
    strength: "medium",
    elements: ["act"],
    correlationGroup: "sponsor",
    needsObservation: false,
    sources: [
      newsCase('Bali repeat villa operations; Mataram "penjamin nakal"'),
      sources.finCen2020,
      sources.briefProposal,
    ],
    conditions: all(is("enforcement", "linkedPriorCase")),
  }),
  indicator({
    id: "high-risk-sector",
    ref: "A20",
    label: { id: "Sektor berisiko tinggi", en: "High-risk sector" },
    description: {
      id: "Hanya konteks: bekerja di sektor berisiko tinggi DAN bekerja tanpa izin untuk bekerja, atau terlihat bekerja di tempat yang tidak dinyatakan. Tidak pernah dihitung sendiri.",
      en: "Context only: works in a high-risk sector AND works without a work permit, or was seen working at an undeclared workplace. Never counted on its own.",
    },
    strength: "weak",
    elements: ["purpose"],
    context: true,
    needsObservation: false,
    sources: [
      {
        ref: "Polaris Typology of Modern Slavery (2017)",
        url: "https://polarisproject.org/press-releases/sex-and-labor-trafficking-redefined-in-the-typology-of-modern-slavery/",
        confidence: "medium",
      },
      {
        ref: "US TIP report, Indonesia chapter (ecoi.net #2111686): fishing, palm oil, extractive, PRC-affiliated parks",
        url: "https://www.ecoi.net/en/document/2111686.html",
        confidence: "high",
      },
      sources.briefProposal,
    ],
    conditions: all(
      is("workplace", "highRiskSector"),
      is("employer", "linked"),
      any(
        all(is("permit", "known"), is("permit", "isWorkPurpose", false)),
        is("workSighting", "seenAtUndeclaredWorkplace"),
      ),
    ),
  }),
  indicator({
    id: "scam-compound-profile",
    ref: "A21",
    label: { id: "Profil markas penipuan daring", en: "Online-scam compound profile" },
    description: {
      id: "Dewasa dengan izin kunjungan atau ITAS, tanpa pemberi kerja Indonesia yang dinyatakan, di klaster alamat (A8); atau alamatnya dilaporkan atau dirazia sebagai markas penipuan. Indikator ini tidak menentukan apakah orang di sana dieksploitasi atau ikut menjalankan penipuan; itu untuk pemeriksaan lapangan dan penyaringan.",
      en: "An adult on a visit permit or ITAS, with no declared Indonesian employer, in an address cluster (A8); or the address has a tip or scam raid. The indicator does not decide whether the people there are exploited or take part in the scams; that is for the field check and screening.",
    },
    strength: "medium",
    elements: ["act", "purpose"],
    correlationGroup: "address",
    needsObservation: false,
    sources: [
      newsCase("Operasi Bali Becik 2024; Kuta 2024 villa"),
      sources.unodcForcedCriminality,
      {
        ref: "US TIP report, Indonesia chapter (ecoi.net #2111686)",
        url: "https://www.ecoi.net/en/document/2111686.html",
        confidence: "high",
      },
      sources.briefProposal,
    ],
    conditions: any(
      all(
        is("residence", "clusterEligible"),
        atLeast("addressForeignerCount", "addressCluster"),
        is("person", "adult"),
        any(is("permit", "isVisitType"), is("permit", "isLimitedStay")),
        is("employer", "indonesianEntity", false),
      ),
      is("enforcement", "addressScamSignal"),
    ),
  }),
  indicator({
    id: "exit-to-scam-hub-route",
    ref: "A22",
    label: { id: "Keluar ke negara rawan markas penipuan", en: "Exit toward scam-hub destination" },
    description: {
      id: "Keluar ke Kamboja, Myanmar, Laos atau Filipina, atau transit Thailand, dengan tiket sekali jalan, dalam kelompok atau melalui agen/perantara.",
      en: "Left for Cambodia, Myanmar, Laos or the Philippines, or via Thailand, one-way, in a group or through an agent or broker.",
    },
    strength: "medium",
    elements: ["act", "means"],
    needsObservation: false,
    sources: [
      newsCase("Kemlu 2020–2024 repatriations; Tanjung Balai Karimun 2025 refusals"),
      sources.unodcForcedCriminality,
      sources.briefProposal,
    ],
    conditions: all(
      is("travel", "lastExitToScamHub"),
      is("travel", "lastExitOneWay"),
      any(is("travel", "lastExitInGroup"), is("relations", "agentOrBrokerLinked")),
    ),
  }),
  indicator({
    id: "investor-retiree-permit-working",
    ref: "A23",
    label: {
      id: "Izin investor atau lansia dipakai bekerja",
      en: "Investor or retiree permit used for work",
    },
    description: {
      id: "Izin investor dengan penjamin atau perusahaan fiktif/tidak aktif, atau pemegang ITAS lansia terlihat bekerja.",
      en: "An investor permit whose sponsor or company is fictitious, not found or inactive, or a retirement ITAS holder seen working.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [
      newsCase('Tangerang 2025 ("investor fiktif"); Mataram 2015 (retirement KITAS used to work)'),
      sources.uu6Pasal123,
      sources.briefProposal,
    ],
    conditions: any(
      all(is("permit", "isInvestor"), any(is("sponsor", "unverifiable"), is("employer", "unverifiable"))),
      all(is("permit", "isRetirement"), is("workSighting", "seenWorking")),
    ),
  }),
  indicator({
    id: "identity-fraud",
    ref: "A24",
    label: { id: "Pemalsuan identitas atau dokumen", en: "Identity or document fraud" },
    description: {
      id: "Biometrik sama dengan identitas lain, temuan keterangan palsu sebelumnya (termasuk Pasal 123), atau permohonan paspor yang pernah ditolak.",
      en: "A biometric match to another identity, an earlier false-statement finding (including Pasal 123), or a denied earlier passport.",
    },
    strength: "medium",
    elements: ["means"],
    needsObservation: false,
    sources: [
      sources.uu21Pasal1,
      sources.uu21Pasal19,
      newsCase('Batam 2017 ("claims never had a passport")'),
      sources.briefProposal,
    ],
    conditions: all(is("identity", "anyFlag")),
  }),
  indicator({
    id: "refugee-moved-or-absconded",
    ref: "A25",
    label: { id: "Pengungsi berpindah atau hilang", en: "Refugee moved or absconded" },
    description: {
      id: "Pengungsi terdaftar hilang dari penampungan, terlihat di provinsi lain tanpa relokasi resmi, di tempat kerja, atau bersama pengangkut yang dikenal. Bedakan dari penyelundupan.",
      en: "A registered refugee missing from the shelter, seen in another province without official relocation, at a workplace, or with a known transporter. Keep apart from smuggling.",
    },
    strength: "medium",
    elements: ["act"],
    needsObservation: false,
    sources: [
      newsCase("Rohingya cases 2023–2024 (Tempo, BBC); Bareskrim: mainly smuggling"),
      sources.briefProposal,
    ],
    conditions: all(
      is("refugee", "registered"),
      any(
        is("refugee", "missing"),
        is("refugee", "seenInOtherProvince"),
        is("refugee", "seenAtWorkplace"),
        is("refugee", "seenWithKnownTransporter"),
      ),
    ),
  }),
];
