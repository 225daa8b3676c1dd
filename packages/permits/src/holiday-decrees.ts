import type { HolidayDecree } from "./holiday-calendar.js";

const SKB = "SKB Menteri Agama, Menteri Ketenagakerjaan dan Menteri PANRB";

/** Decrees behind the 2022–2026 holiday dates (final versions, after amendments). */
export const holidayDecrees: Readonly<Record<string, HolidayDecree>> = {
  "skb-2022": {
    title: `${SKB} 963/2021, 3/2021, 4/2021`,
    date: "2021-09-22",
    url: "https://nasional.tempo.co/read/1509152/pemerintah-tetapkan-16-hari-libur-nasional-pada-2022",
  },
  "skb-2022-amend-1": {
    title: `${SKB} 375/2022, 1/2022, 1/2022 (perubahan)`,
    date: "2022-04-07",
    url: "https://nasional.kompas.com/read/2022/04/07/15165161/terbitkan-skb-3-menteri-pemerintah-tegaskan-4-hari-cuti-bersama-idul-fitri",
  },
  "skb-2022-amend-2": {
    title: `${SKB} 678/2022, 2/2022, 2/2022 (perubahan kedua)`,
    date: "2022-07-07",
    url: "https://kabar24.bisnis.com/read/20220709/15/1552997/resmi-pemerintah-tetapkan-libur-iduladha-1443-h-jadi-10-juli-2022",
  },
  "skb-2023": {
    title: `${SKB} 1066/2022, 3/2022, 3/2022`,
    date: "2022-10-11",
    url: "https://amp.kontan.co.id/news/total-ada-24-hari-libur-nasional-dan-cuti-bersama-ini-informasi-lengkapnya",
  },
  "skb-2023-amend-1": {
    title: `${SKB} 327/2023, 1/2023, 1/2023 (perubahan; announced 29 Mar 2023)`,
    date: "2023-03-29",
    url: "https://kompas.tv/article/398513/jadwal-libur-lebaran-dan-cuti-bersama-2023-hari-raya-idulfitri-pemerintah-kapan",
  },
  "skb-2023-amend-2": {
    title: `${SKB} 624/2023, 2/2023, 2/2023 (perubahan kedua)`,
    date: "2023-06-16",
    url: "https://economy.okezone.com/read/2023/06/21/320/2834146/libur-idul-adha-29-juni-cuti-bersama-28-dan-30-juni-2023-resmi-ditambah-jadi-3-hari",
  },
  "skb-2024": {
    title: `${SKB} 855/2023, 3/2023, 4/2023`,
    date: "2023-09-12",
    url: "https://www.jpnn.com/news/ini-jadwal-hari-libur-nasional-dan-cuti-bersama-2024",
  },
  "keppres-10-2024": {
    title: "Keppres 10/2024 (hari pemungutan suara Pemilu 2024)",
    date: "2024-02-06",
    url: "https://news.okezone.com/read/2024/02/06/337/2966621/jokowi-tetapkan-hari-pemungutan-suara-14-februari-jadi-libur-nasional",
  },
  "keppres-33-2024": {
    title: "Keppres 33/2024 (hari pemungutan suara Pilkada serentak 2024)",
    date: "2024-11-21",
    url: "https://nasional.sindonews.com/read/1492495/15/resmi-27-november-2024-hari-libur-nasional-1732270300",
  },
  "skb-2025": {
    title: `${SKB} 1017/2024, 2/2024, 2/2024`,
    date: "2024-10-14",
    url: "https://menpan.go.id/site/berita-foto/penandatanganan-skb-hari-libur-nasional-dan-cuti-bersama-2025",
  },
  "skb-2025-amend-1": {
    title: `${SKB} 933/2025, 1/2025, 3/2025 (perubahan)`,
    date: "2025-08-07",
    url: "https://www.detik.com/edu/detikpedia/d-8050707/skb-3-menteri-18-agustus-sudah-ada-ini-link-untuk-melihatnya",
  },
  "skb-2026": {
    title: `${SKB} 1497/2025, 2/2025, 5/2025; cuti bersama also Keppres 42/2025`,
    date: "2025-09-19",
    url: "https://eksekutor.com/pemerintah-tetapkan-25-hari-libur-dan-cuti-bersama-2026",
  },
};
