/**
 * Golden cases for the reverse coverage (texts we wrote: made-up towns, people and outlets). Each
 * case is the article being read, the related articles of other outlets, and what the reader must
 * be told: the quotes other outlets carry that this article neither quotes nor paraphrases, by
 * speaker, and the sentences here that paraphrase another outlet's direct quote.
 */

export interface RelatedSpec {
  outlet: string;
  text: string;
}

export interface ReverseCase {
  name: string;
  /** The article being read (paragraphs by line). */
  ours: string;
  related: RelatedSpec[];
  expect: {
    /** Speaker groups in order; each quote by words that pick it out, with its outlets in related order. */
    elsewhere: Array<{ speaker: string | null; quotes: Array<{ words: string; outlets: string[] }> }>;
    /** Sentences here in text order, by words that pick them out, with the outlets whose quotes they render. */
    paraphrased: Array<{ words: string; outlets: string[]; diff?: string[]; meaningChanges?: string[] }>;
  };
}

export const CASES: ReverseCase[] = [
  {
    name: 'a paraphrased promise, a quote carried here, two quotes missing and one outlet repeating another',
    ours: [
      'Port Alder will dredge its harbour this autumn, the council decided on Monday.',
      'Mayor Ann Lee said the dredging was essential for the fishing fleet and would be finished before the winter storms.',
      '“We have waited eleven years for this decision,” Lee said after the vote.',
      'Opponents worry about the cost of the work.',
    ].join('\n'),
    related: [
      {
        outlet: 'Coast Courier',
        text: [
          'The council of Port Alder voted on Monday to dredge the harbour.',
          '“The dredging is vital for the fishing fleet and will be finished before the winter storms,” Mayor Ann Lee said.',
          '“We have waited eleven years for this decision,” she added.',
          '“The bill will land on every household in this town for a decade,” said councillor Tom Reyes.',
          'Lee also said: “I invite every resident to the harbour on Saturday to watch the dredger arrive.”',
        ].join('\n'),
      },
      {
        outlet: 'Valley Post',
        text: [
          'Port Alder’s harbour is to be dredged before the winter storms.',
          'Councillor Tom Reyes was scathing. “The bill will land on every household in this town for a decade,” Reyes said.',
        ].join('\n'),
      },
    ],
    expect: {
      elsewhere: [
        { speaker: 'Ann Lee', quotes: [{ words: 'I invite every resident', outlets: ['Coast Courier'] }] },
        { speaker: 'Tom Reyes', quotes: [{ words: 'The bill will land', outlets: ['Coast Courier', 'Valley Post'] }] },
      ],
      paraphrased: [{ words: 'was essential for the fishing fleet', outlets: ['Coast Courier'], diff: ['[-is vital-] {+was essential+}'], meaningChanges: [] }],
    },
  },
  {
    name: 'a phrase is withheld, a surname joins its full name, different credits and no credit are unattributed',
    ours: [
      'Millbrook primary school will reopen after the flood, the district said on Friday.',
      'Parents had waited since March for news of the building.',
    ].join('\n'),
    related: [
      {
        outlet: 'Millbrook Echo',
        text: [
          '“Children will be back at their desks by the first week of September,” read a notice on the school gate.',
          'Millbrook primary school, closed since the March flood, will reopen.',
          'District chief Nora Quist called the repairs “a small miracle of careful planning and hard work” on Friday.',
          '“Every classroom has new floors and the library has been rebuilt from scratch,” Nora Quist said.',
          '“The school will reopen in September with two new classrooms,” said principal Mia Holt.',
        ].join('\n'),
      },
      {
        outlet: 'County Herald',
        text: [
          'The flooded primary school in Millbrook is to reopen.',
          '“The school will reopen in September with two new classrooms,” said Governor Paul Stone.',
          'Quist thanked the builders. “The roof alone took eleven weeks of work in the rain,” Quist said.',
        ].join('\n'),
      },
    ],
    expect: {
      elsewhere: [
        {
          speaker: 'Nora Quist',
          quotes: [
            { words: 'Every classroom has new floors', outlets: ['Millbrook Echo'] },
            { words: 'The roof alone took eleven weeks', outlets: ['County Herald'] },
          ],
        },
        {
          speaker: null,
          quotes: [
            { words: 'The school will reopen in September', outlets: ['Millbrook Echo', 'County Herald'] },
            { words: 'Children will be back at their desks', outlets: ['Millbrook Echo'] },
          ],
        },
      ],
      paraphrased: [],
    },
  },
  {
    name: 'a quote carried here is not missing, one sentence paraphrases two outlets’ quote',
    ours: [
      'The Kell Island ferry will run every hour from June.',
      '“The ferry will run every hour from June,” transport chief Ola Berg said.',
      'Berg said tickets would cost half of what they cost today for island residents.',
    ].join('\n'),
    related: [
      {
        outlet: 'Island Voice',
        text: [
          'Kell Island gets an hourly ferry.',
          '“The ferry will run every hour from June,” said Ola Berg.',
          '“Tickets will cost half of what they cost today for island residents,” Berg added.',
        ].join('\n'),
      },
      {
        outlet: 'Harbour Daily',
        text: [
          'Cheaper crossings are coming for Kell Island.',
          '“Tickets will cost half of what they cost today for island residents,” said Ola Berg, the transport chief.',
          '“We have ordered a second boat from the yard in Skelde,” Berg said.',
        ].join('\n'),
      },
    ],
    expect: {
      elsewhere: [{ speaker: 'Ola Berg', quotes: [{ words: 'We have ordered a second boat', outlets: ['Harbour Daily'] }] }],
      paraphrased: [{ words: 'tickets would cost half', outlets: ['Island Voice', 'Harbour Daily'], diff: ['[-will-] {+would+}'], meaningChanges: [] }],
    },
  },
];
