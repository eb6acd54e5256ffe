/**
 * Short articles written for the coverage-index, wire-copy, related-coverage and compare tests
 * (invented towns and people). Quotes are marked with curly quotes; `article()` turns each
 * “…” span into a Quote credited to the fixture's speaker, so these tests do not depend on the
 * quote finder.
 *
 * The stories: a desalination plant approved in Port Calder (reported by Harbor Times, Valley
 * Ledger; Coastal Wire's agency copy reprinted by Daily Beacon under another headline), a
 * different desalination story from another town months later, and an unrelated football story.
 */
import type { Quote, StoredArticle } from '@/utils/types';

export interface ArticleSpec {
  id: string;
  outlet: string;
  url?: string;
  title: string;
  date: string | null;
  speaker?: string;
  paragraphs: string[];
}

export function article(spec: ArticleSpec): StoredArticle {
  const text = spec.paragraphs.join('\n\n');
  let at = 0;
  const paragraphs = spec.paragraphs.map((p) => {
    const span = { start: at, end: at + p.length };
    at += p.length + 2;
    return span;
  });
  const quotes: Quote[] = [...text.matchAll(/“([^”]+)”/g)].map((m) => {
    const start = m.index + 1;
    const end = start + m[1].length;
    return { text: m[1], start, end, parts: [{ start, end }], speaker: spec.speaker ?? null, cue: 'said', speakerMention: null, speakerNamedAt: null, fragment: false };
  });
  return { id: spec.id, url: spec.url ?? '', outlet: spec.outlet, title: spec.title, date: spec.date, byline: null, lang: 'en', text, paragraphs, quotes, savedAt: 0 };
}

export const PLANT_QUOTE = 'This plant will secure drinking water for every household in Port Calder for the next forty years';

export const harbor = article({
  id: 'https://harbortimes.example/news/port-calder-desalination',
  url: 'https://harbortimes.example/news/port-calder-desalination',
  outlet: 'Harbor Times',
  title: 'Port Calder council approves desalination plant',
  date: '2026-02-10',
  speaker: 'Lena Ortiz',
  paragraphs: [
    'The Port Calder city council voted 7 to 2 on Tuesday to build a desalination plant on the old ferry pier, ending a decade of argument over the town\'s shrinking reservoir.',
    `“${PLANT_QUOTE},” Mayor Lena Ortiz said after the vote. She added that construction would begin in the autumn.`,
    'Opponents warned that brine from the plant could harm the oyster beds in Calder Bay.',
  ],
});

export const ledger = article({
  id: 'https://valleyledger.example/2026/02/10/calder-water',
  url: 'https://valleyledger.example/2026/02/10/calder-water',
  outlet: 'Valley Ledger',
  title: 'Desalination plant wins council vote in Port Calder',
  date: '2026-02-10',
  speaker: 'Lena Ortiz',
  paragraphs: [
    'Port Calder will get a desalination plant after councillors backed the project on Tuesday by seven votes to two.',
    `Mayor Lena Ortiz told reporters: “${PLANT_QUOTE}.”`,
    'Oyster farmers in Calder Bay say the brine discharge could ruin their harvest, and they plan to appeal.',
    '“We will take this to the state water board,” said Tomas Reyes, who chairs the growers association.',
  ],
});

const WIRE_BODY = [
  'The Port Calder city council has approved a desalination plant on the old ferry pier, with seven members voting in favour and two against at a meeting on Tuesday evening.',
  'The plant is expected to cost 84 million dollars and to produce twelve million litres of drinking water a day once it opens in 2029, according to figures presented to the council.',
  `Mayor Lena Ortiz said the vote ended years of uncertainty. “${PLANT_QUOTE},” she said.`,
  'Oyster growers in Calder Bay fear that brine from the plant will damage their beds, and their association has said it will appeal the decision to the state water board.',
];

export const wire = article({
  id: 'https://coastalwire.example/stories/8812',
  url: 'https://coastalwire.example/stories/8812',
  outlet: 'Coastal Wire',
  title: 'Port Calder approves desalination plant',
  date: '2026-02-10',
  speaker: 'Lena Ortiz',
  paragraphs: WIRE_BODY,
});

/** Coastal Wire's story reprinted with a new headline, a local first line and its last paragraph cut. */
export const reprint = article({
  id: 'https://dailybeacon.example/region/water-plant-vote',
  url: 'https://dailybeacon.example/region/water-plant-vote',
  outlet: 'Daily Beacon',
  title: 'Water at last? Council says yes to sea plant',
  date: '2026-02-11',
  speaker: 'Lena Ortiz',
  paragraphs: ['Readers in the bay area have followed the water debate for years.', ...WIRE_BODY.slice(0, 3)],
});

/** Same topic (desalination, brine, a council), a different story: another town, months later. */
export const otherTown = article({
  id: 'https://harbortimes.example/news/marlow-point-plant-delay',
  url: 'https://harbortimes.example/news/marlow-point-plant-delay',
  outlet: 'Harbor Times',
  title: 'Marlow Point desalination plant delayed again',
  date: '2026-09-02',
  speaker: 'Priya Anand',
  paragraphs: [
    'The desalination plant planned for Marlow Point will open two years late because the builder has gone bankrupt, the regional utility said on Monday.',
    '“Nobody wanted this delay, but the contract has to be tendered again from the start,” utility director Priya Anand said.',
    'Marlow Point households have faced water restrictions every summer since 2022, and the council has asked the state for emergency funding.',
  ],
});

export const football = article({
  id: 'https://valleyledger.example/2026/02/09/rovers-stadium',
  url: 'https://valleyledger.example/2026/02/09/rovers-stadium',
  outlet: 'Valley Ledger',
  title: 'Calder Rovers unveil plans for a new stadium',
  date: '2026-02-09',
  speaker: 'Gus Pell',
  paragraphs: [
    'Calder Rovers football club presented plans for a 12,000-seat stadium beside the railway station on Monday.',
    '“Our supporters deserve a ground with a roof over every seat,” club chairman Gus Pell said.',
    'The club hopes to play its first match there in the 2028 season.',
  ],
});

export const ALL = [harbor, ledger, wire, reprint, otherTown, football];
