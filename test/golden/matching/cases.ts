/**
 * Golden pairs for cross-outlet matching: two short articles we wrote (made-up people, places
 * and events), the quote of the first one to look for, and what the reader must be told about
 * the second one's rendering. Each case is one pattern of issue 12: journalists' editorial marks
 * (brackets, ellipses) on either side, excerpts versus verbatim, a match bounded by the other
 * outlet's quote marks, quotes split around their attribution, and speaker conflicts.
 */
import type { DiffOp, MatchKind } from '@/utils/types';

export interface MatchingCase {
  name: string;
  /** Our article's text (paragraphs by line). */
  ours: string;
  /** The other outlet's article. */
  theirs: string;
  /** Words of our quote that pick it out of our article. */
  quote: string;
  expect: {
    /** null: the other article must not be reported as carrying the quote. */
    kind: MatchKind | null;
    /** The diff as one line: [-ours only-] {+theirs only+}. */
    diff?: string;
    /** The diff steps that are journalists' marked edits, in order. */
    edits?: Array<Pick<DiffOp, 'op' | 'text' | 'edit'>>;
    /** The other version as reported (must lie inside the other outlet's quote marks). */
    text?: string;
    speakerConflict?: boolean;
    meaningChanges?: string[];
    /** Their version is not wholly inside their quote marks (reported speech with a quoted piece, or the words printed as text). */
    unmarked?: boolean;
  };
  /** The other outlet's name (default "theirs"). */
  theirsOutlet?: string;
}

export const CASES: MatchingCase[] = [
  // Editorial marks: brackets.
  {
    name: 'bracketed insertion in our quote',
    ours: 'Council members were furious on Tuesday.\n“He lied many times, [and] nothing happened,” Ann Lee said of the former treasurer.',
    theirs: 'Tempers flared at the council.\n“He lied many times, nothing happened,” Ann Lee told the meeting.',
    quote: 'lied many times',
    expect: {
      kind: 'altered', diff: 'He lied many times [-[and]-] nothing happened',
      edits: [{ op: 'delete', text: '[and]', edit: 'insertion' }], speakerConflict: false, meaningChanges: [],
    },
  },
  {
    name: 'bracketed insertion in their quote',
    ours: 'Tempers flared at the council.\n“He lied many times, nothing happened,” Ann Lee told the meeting.',
    theirs: 'Council members were furious on Tuesday.\n“He lied many times, [and] nothing happened,” Ann Lee said of the former treasurer.',
    quote: 'lied many times',
    expect: {
      kind: 'altered', diff: 'He lied many times {+[and]+} nothing happened',
      edits: [{ op: 'insert', text: '[and]', edit: 'insertion' }], meaningChanges: [],
    },
  },
  {
    name: 'bracketed substitution for a pronoun',
    ours: 'The farmers’ union was blunt.\n“[Tom Moss] has betrayed the farmers of this valley for the last time,” Ann Lee said.',
    theirs: 'The union’s leader spoke at the rally.\n“He has betrayed the farmers of this valley for the last time,” said Ann Lee.',
    quote: 'has betrayed the farmers',
    expect: {
      kind: 'altered', diff: '[-[Tom Moss]-] {+He+} has betrayed the farmers of this valley for the last time',
      edits: [{ op: 'delete', text: '[Tom Moss]', edit: 'substitution' }, { op: 'insert', text: 'He', edit: 'substitution' }],
      speakerConflict: false, meaningChanges: [],
    },
  },
  {
    name: 'bracketed substitution in their quote',
    ours: 'Nora Vance was asked about the audit.\n“I told them he said the audit was finished and nothing was missing,” Vance said.',
    theirs: 'The audit dispute went on.\n“I told them [Mr. Pell] said the audit was finished and nothing was missing,” Vance said.',
    quote: 'the audit was finished',
    expect: {
      kind: 'altered', diff: 'I told them [-he-] {+[Mr. Pell]+} said the audit was finished and nothing was missing',
      edits: [{ op: 'delete', text: 'he', edit: 'substitution' }, { op: 'insert', text: '[Mr. Pell]', edit: 'substitution' }],
      meaningChanges: [],
    },
  },
  {
    name: 'bracketed words at the end of our quote',
    ours: 'The ethics report was released on Friday.\n“Staffers were abused by members [of the assembly],” the report’s author, Dara Quill, said.',
    theirs: 'A report on the assembly came out.\n“Staffers were abused by members,” Dara Quill said.',
    quote: 'Staffers were abused',
    expect: {
      kind: 'altered', diff: 'Staffers were abused by members [-[of the assembly]-]',
      edits: [{ op: 'delete', text: '[of the assembly]', edit: 'insertion' }], meaningChanges: [],
    },
  },
  {
    name: 'a bracketed negation is a meaning change',
    ours: 'The mayor spoke on the radio.\n“We will [not] raise the ferry fares for island residents this winter,” Mayor Ivo Brandt said.',
    theirs: 'Ferry fares were discussed.\n“We will raise the ferry fares for island residents this winter,” Brandt said.',
    quote: 'raise the ferry fares',
    expect: { kind: 'altered', edits: [{ op: 'delete', text: '[not]', edit: 'insertion' }], meaningChanges: ['not'] },
  },
  // Editorial marks: ellipses.
  {
    name: 'ellipsis in our quote joins two sentences',
    ours: 'Engineers gave an update.\n“The bridge will reopen in May … commuters will finally get relief from the detours,” said Pia Holm.',
    theirs: 'The bridge repairs are nearly done.\n“The bridge will reopen in May. It took eight months of careful repairs. Commuters will finally get relief from the detours,” Pia Holm said.',
    quote: 'bridge will reopen',
    expect: {
      kind: 'partial',
      diff: 'The bridge will reopen in May {+It took eight months of careful repairs+} commuters will finally get relief from the detours',
      edits: [{ op: 'insert', text: 'It took eight months of careful repairs', edit: 'cut' }],
      speakerConflict: false, meaningChanges: [],
    },
  },
  {
    name: 'three-dot ellipsis in their quote',
    ours: 'The bridge repairs are nearly done.\n“The bridge will reopen in May. It took eight months of careful repairs. Commuters will finally get relief from the detours,” Pia Holm said.',
    theirs: 'Engineers gave an update.\n“The bridge will reopen in May... commuters will finally get relief from the detours,” said Pia Holm.',
    quote: 'bridge will reopen',
    expect: {
      kind: 'partial',
      diff: 'The bridge will reopen in May [-It took eight months of careful repairs-] Commuters will finally get relief from the detours',
      edits: [{ op: 'delete', text: 'It took eight months of careful repairs', edit: 'cut' }],
      meaningChanges: [],
    },
  },
  // Kinds follow the definitions: an excerpt is partial even when carried word for word.
  {
    name: 'their quote is an excerpt of ours, word for word',
    ours: 'The coach spoke after the final.\n“We played with heart tonight, and the title belongs to the whole town of Alder Creek,” coach Remy Fane said.',
    theirs: 'Alder Creek won the title.\n“We played with heart tonight,” Fane said.',
    quote: 'played with heart',
    expect: { kind: 'partial', diff: 'We played with heart tonight [-and the title belongs to the whole town of Alder Creek-]', speakerConflict: false },
  },
  {
    name: 'our quote is an excerpt of theirs, word for word',
    ours: 'Alder Creek won the title.\n“The title belongs to the whole town of Alder Creek,” Fane said.',
    theirs: 'The coach spoke after the final.\n“We played with heart tonight, and the title belongs to the whole town of Alder Creek,” coach Remy Fane said.',
    quote: 'title belongs',
    expect: { kind: 'partial', diff: '{+We played with heart tonight, and+} The title belongs to the whole town of Alder Creek' },
  },
  {
    name: 'same words, other quote marks, case and spelling: verbatim',
    ours: 'The minister answered critics.\n“We will defend the labour movement’s honour in every harbour town,” said Minister Ola Strand.',
    theirs: 'Critics were answered.\n"We will defend the labor movement\'s honor in every harbor town," Ola Strand said.',
    quote: 'defend the labour',
    expect: { kind: 'verbatim', speakerConflict: false, meaningChanges: [] },
  },
  // A match never runs past the other outlet's quote into its attribution or next sentence.
  {
    name: 'their quote ends where ours goes on in their prose',
    ours: 'The storm passed overnight.\n“The levee held through the whole night. The town of Marrow is safe for now,” engineer Jo Park said.',
    theirs: 'Residents returned home.\n“The levee held through the whole night,” Jo Park said. The town of Marrow is safe for now.',
    quote: 'levee held',
    expect: { kind: 'partial', text: 'The levee held through the whole night', diff: 'The levee held through the whole night [-The town of Marrow is safe for now-]' },
  },
  // Split quotes are compared part by part.
  {
    name: 'their quote split around the attribution',
    ours: 'The storm passed overnight.\n“The levee held, and the town of Marrow is safe for now,” Jo Park told reporters.',
    theirs: 'Residents returned home.\n“The levee held,” Jo Park said, “and the town of Marrow is safe for now.”',
    quote: 'levee held',
    expect: { kind: 'verbatim', diff: 'The levee held, and the town of Marrow is safe for now', speakerConflict: false },
  },
  {
    name: 'our quote split around the attribution',
    ours: 'Residents returned home.\n“The levee held,” Jo Park said, “and the town of Marrow is safe for now.”',
    theirs: 'The storm passed overnight.\n“The levee held, and the town of Marrow is safe for now,” Jo Park told reporters.',
    quote: 'levee held',
    expect: { kind: 'verbatim', diff: 'The levee held, and the town of Marrow is safe for now' },
  },
  {
    name: 'their split quote, a word changed in its second part',
    ours: 'The storm passed overnight.\n“The levee held through the storm, and the town of Marrow is safe for now,” Jo Park told reporters.',
    theirs: 'Residents returned home.\n“The levee held through the storm,” Jo Park said, “and the town of Marrow is secure for now.”',
    quote: 'levee held',
    expect: { kind: 'altered', diff: 'The levee held through the storm, and the town of Marrow is [-safe-] {+secure+} for now' },
  },
  {
    name: 'we carry only the first part of their split quote',
    ours: 'Residents returned home.\n“The levee held through the whole storm,” Park said on Sunday.',
    theirs: 'The storm passed overnight.\n“The levee held through the whole storm,” Jo Park said, “and the town of Marrow is safe for now.”',
    quote: 'levee held',
    expect: { kind: 'partial', diff: 'The levee held through the whole storm {+and the town of Marrow is safe for now+}' },
  },
  // Speaker conflicts: only different people, credited with confidence.
  {
    name: 'two outlets credit different people',
    ours: 'The vote was close.\n“This budget starves the rural clinics of the northern district,” Ann Lee said.',
    theirs: 'Lawmakers argued late into the night.\n“This budget starves the rural clinics of the northern district,” Tom Moss said.',
    quote: 'budget starves',
    expect: { kind: 'verbatim', speakerConflict: true },
  },
  {
    name: 'a speaker known only through a pronoun: withheld',
    ours: 'Ann Lee, the treasurer, answered questions for an hour on Monday.\nThen Tom Moss, who chairs the committee, stood up.\n“This budget starves the rural clinics of the northern district,” he said.',
    theirs: 'Lawmakers argued late into the night.\n“This budget starves the rural clinics of the northern district,” Ann Lee said.',
    quote: 'budget starves',
    expect: { kind: 'verbatim', speakerConflict: false },
  },
  {
    name: 'title and nickname forms of one person',
    ours: 'The general testified on Monday.\n“Our supply lines in the northern mountains are stretched beyond what is safe,” Secretary Brandvold said.',
    theirs: 'Testimony continued.\n“Our supply lines in the northern mountains are stretched beyond what is safe,” said Iron Jim Brandvold.',
    quote: 'supply lines',
    expect: { kind: 'verbatim', speakerConflict: false },
  },
  {
    name: 'an organisation and a person: withheld',
    ours: 'The ministry responded.\n“The new ferry schedule will serve every island twice a day from June,” the Transport Ministry said in a statement.',
    theirs: 'Islanders welcomed the news.\n“The new ferry schedule will serve every island twice a day from June,” Ola Strand said.',
    quote: 'ferry schedule',
    expect: { kind: 'verbatim', speakerConflict: false },
  },
  // A phrase woven into prose, carried whole with one word changed.
  {
    name: 'a woven-in phrase with a changed word',
    ours: 'The memo described the grant as “part of the county’s broader support for the harbour dredging project.”',
    theirs: 'Officials called it “part of the county broader support for the harbour dredging project,” the memo said.',
    quote: 'broader support',
    expect: { kind: 'altered', diff: 'part of the [-county’s-] {+county+} broader support for the harbour dredging project' },
  },
  {
    name: 'a woven-in slogan with a changed word is no match',
    ours: 'Crowds chanted that the plan was “a rotten deal for towns” all afternoon.',
    theirs: 'Her opponent called it “a rotten deal for cities” in a debate about schools.',
    quote: 'rotten deal',
    expect: { kind: null },
  },
  // Reported speech that quotes a piece of the utterance: the piece is their quoted version.
  {
    name: 'reported speech quoting a piece word for word is partial',
    ours: 'Parents asked about the trial.\n“The evidence from the trials is now, frankly, beyond any doubt. We have checked the trials again and again, and every family in the valley can rely on them,” Dr. Mara Velde said.',
    theirs: 'The clinic opened on Monday.\nVelde told parents the evidence from the trials is now “beyond any doubt” and urged them to book early.',
    quote: 'beyond any doubt',
    expect: { kind: 'partial', unmarked: true },
  },
  {
    name: 'reported speech quoting a piece with a changed word is altered',
    ours: 'The ministry wrote to the committee.\n“After a careful review, the department concluded that releasing the letters now would not damage any ongoing inquiry or the privacy of the families,” Rina Holt wrote.',
    theirs: 'Holt told the committee that releasing the letters now “would not harm any ongoing inquiry” or the privacy of the families.',
    quote: 'careful review',
    expect: { kind: 'altered', unmarked: true },
  },
  {
    name: 'reported speech with a quoted piece credited to nobody is held to the paraphrase rules',
    ours: 'Parents asked about the trial.\n“The evidence from the trials is now, frankly, beyond any doubt. We have checked the trials again and again, and every family in the valley can rely on them,” Dr. Mara Velde said.',
    theirs: 'The clinic opened on Monday.\nA leaflet tells parents the evidence from the trials is now “beyond any doubt” and urges them to book early.',
    quote: 'beyond any doubt',
    expect: { kind: null },
  },
  {
    name: 'reported speech whose marks open on its first shared word',
    ours: 'The union set out its terms.\n“These protections must be included as part of any bill addressing the status of seasonal harvest workers,” Tom Moss said.',
    theirs: 'Moss said the protections “must be included” as part of any bill addressing the status of seasonal harvest workers, and left.',
    quote: 'seasonal harvest',
    expect: { kind: 'partial', unmarked: true },
  },
  {
    name: 'a piece their report quotes from the words our speaker quotes is no match',
    ours: 'The group answered in a statement.\n“The minister’s claim that ‘the scheme is a fair and open route for every applicant’ ignores the thousands it turns away at the border each month,” Ola Dunn of the Harbour Rights Group said.',
    theirs: 'Ola Dunn spoke after the minister, who says the scheme is a “fair and open” route for every applicant who applies in time.',
    quote: 'thousands it turns away',
    expect: { kind: null },
  },
  {
    name: 'two quoted pieces in another order than spoken',
    ours: 'Lee spoke to supporters.\n“The plain truth that the last three votes have shown is that only this coalition can pass the harbour budget,” Nell Lee said.',
    theirs: 'Lee told supporters that the last three ballots had shown the “plain truth” that “only this coalition can pass the harbour budget.”',
    quote: 'plain truth',
    expect: { kind: 'partial', diff: '[-The-] plain truth [-that the last three votes have shown is that-] only this coalition can pass the harbour budget', unmarked: true },
  },
  // The speaker's words printed as text: not indirect speech.
  {
    name: 'a first-person statement printed as prose',
    ours: 'The mayor answered the critics.\n“I have asked the city auditor to review every contract we signed last year,” Mayor Ilse Brandt said.',
    theirs: 'The mayor’s office sent a note on Friday.\nOur city deserves clean government. I have asked the city auditor to review every contract we signed last year.',
    quote: 'city auditor',
    expect: { kind: 'verbatim', unmarked: true },
  },
  {
    name: 'a first-person statement printed as prose, a contraction spelled out',
    ours: 'The mayor answered the critics.\n“I’ve asked the city auditor to review every contract we signed last year,” Mayor Ilse Brandt said.',
    theirs: 'The mayor’s office sent a note on Friday.\nOur city deserves clean government. I have asked the city auditor to review every contract we signed last year.',
    quote: 'city auditor',
    expect: { kind: 'altered', diff: '[-I’ve-] {+I have+} asked the city auditor to review every contract we signed last year', unmarked: true },
  },
  {
    name: 'a first-person statement printed as prose, their sentence longer',
    ours: 'The mayor answered the critics.\n“I have asked the city auditor to review every contract,” Mayor Ilse Brandt said.',
    theirs: 'The mayor’s office sent a note on Friday.\nOur city deserves clean government. I have asked the city auditor to review every contract we signed last year.',
    quote: 'city auditor',
    expect: { kind: 'partial', diff: 'I have asked the city auditor to review every contract {+we signed last year+}', unmarked: true },
  },
  {
    name: 'a block quotation after a colon bounds their version',
    ours: 'The port authority was brief.\n“The harbour will reopen to ferries on Monday after the repairs to the north pier are finished,” the authority said.',
    theirs: 'The port authority issued this notice:\nThe harbour will reopen to ferries on Monday after the repairs to the north pier are finished. Cargo ships follow a week later.',
    quote: 'north pier',
    expect: { kind: 'partial', unmarked: true },
  },
  {
    name: 'an outlet’s own words our article quotes, in its prose',
    ours: 'The Harbour Gazette weighed in on Sunday.\nThe paper said the mayor should “hand the waterfront plan to a new generation of planners.”',
    theirs: 'The mayor has served the town for two decades. It is time for him to hand the waterfront plan to a new generation of planners.',
    theirsOutlet: 'Harbour Gazette (Opinion)',
    quote: 'new generation of planners',
    expect: { kind: 'verbatim', unmarked: true },
  },
  {
    name: 'an unnamed outlet’s prose with the same words stays a paraphrase',
    ours: 'The council replied on Sunday.\n“The mayor has asked the city auditor to review every contract signed last year,” the council said.',
    theirs: 'Officials said the mayor has asked the city auditor to review every contract signed last year.',
    quote: 'city auditor',
    expect: { kind: 'paraphrase' },
  },
  {
    name: 'our quote split around the attribution, their quote overlapping one part',
    ours: 'The council denied the report.\n“We have never signed any ferry contract with the harbour company for next summer or the winter after,” Nell Lee said. “The ferry timetable is not set by the council.”',
    theirs: 'Lee said there was no contract, and that “The ferry timetable is not set by the council. Check harbour website drafts daily.”',
    quote: 'ferry timetable',
    expect: { kind: 'partial', diff: '[-We have never signed any ferry contract with the harbour company for next summer or the winter after-] The ferry timetable is not set by the council {+Check harbour website drafts daily+}' },
  },
  // Page furniture inside a quote is no difference.
  {
    name: 'a link card the page inlines inside their quote',
    ours: 'The donor broke with the strategist.\n“My family and I have not spoken with Tom Moss in many months and give no support to his campaign,” Ann Lee said.',
    theirs: 'Lee cut her ties on Friday.\n“My family and I have not spoken with Tom Moss Thomas (Tom) Ivo MossHarbour vote set for Friday The Daily Brief - Ferries return MORE in many months and give no support to his campaign,” Lee said.',
    quote: 'not spoken with',
    expect: { kind: 'verbatim', diff: 'My family and I have not spoken with Tom Moss in many months and give no support to his campaign' },
  },
  {
    // Judged tune a2874 (made-up text of its shape): both versions run on past the shared sentence with other sentences.
    name: 'two excerpts of one statement, each running on with other sentences: partial, no words changed',
    ours: 'The mayor answered on Sunday.\n“Mr. Councillor, the town I come from and the town we all serve is Westbury. On top of not accepting a council that elected us, you cannot accept that we do not fear you,” Ann Lee said.',
    theirs: 'The row went on.\n“Mr. Councillor, the town I come from and the town we all serve is Westbury. But given how you have closed our harbour with cruel fees, you are right about the rot laid at your door,” Lee wrote.',
    quote: 'the town I come from',
    expect: { kind: 'partial', diff: 'Mr. Councillor, the town I come from and the town we all serve is Westbury [-On top of not accepting a council that elected us, you cannot accept that we do not fear you-] {+But given how you have closed our harbour with cruel fees, you are right about the rot laid at your door+}' },
  },
  {
    // Judged tune a1230 (made-up text of its shape): five or six words of other sentences on each side are a changed edge, not two excerpts.
    name: 'short different tails after a shared run stay a changed edge: altered',
    ours: 'The mayor spoke on Friday.\n“We are not going to be played, OK? We are going to hopefully make a deal. If we don’t, that’s fine,” Ann Lee said.',
    theirs: 'The mayor spoke.\n“We are not going to be played, OK. We are going to hopefully make a deal. The town in the past has been played like a fiddle,” Lee said.',
    quote: 'We are not going to be played',
    expect: { kind: 'altered' },
  },
  // The same person credited by both outlets.
  {
    name: 'a short excerpt both outlets credit to the same person',
    ours: 'The rally ended at noon.\n“Our volunteers knocked on every door in the valley this spring. We will keep going. In a word: the harbour is coming back because of all of you,” Nell Lee said.',
    theirs: 'Lee told the crowd that “the harbour is coming back,” and thanked the volunteers.',
    quote: 'knocked on every door',
    expect: { kind: 'partial' },
  },
  {
    name: 'the same excerpt credited to someone else is no match',
    ours: 'The rally ended at noon.\n“Our volunteers knocked on every door in the valley this spring. We will keep going. In a word: the harbour is coming back because of all of you,” Nell Lee said.',
    theirs: 'Tom Moss told the crowd that “the harbour is coming back,” and thanked the volunteers.',
    quote: 'knocked on every door',
    expect: { kind: null },
  },
  {
    name: 'indirect speech credited to the speaker reports one sentence of a long quote',
    ours: 'The governor gave the reply.\n“Even worse, we face the gravest flood threat our valley has seen in fifty years, and the council appears unwilling or unable to deal with it. We need a plan now,” Governor Ana Ruiz said.',
    theirs: 'Governor Ana Ruiz said the valley faces a flood threat and that the council is unwilling or unable to deal with it.',
    quote: 'gravest flood threat',
    expect: { kind: 'paraphrase' },
  },
  {
    name: 'the same indirect speech credited to nobody is no match',
    ours: 'The governor gave the reply.\n“Even worse, we face the gravest flood threat our valley has seen in fifty years, and the council appears unwilling or unable to deal with it. We need a plan now,” Governor Ana Ruiz said.',
    theirs: 'Critics say the valley faces a flood threat and that the council is unwilling or unable to deal with it.',
    quote: 'gravest flood threat',
    expect: { kind: null },
  },
  // Indirect speech stays a paraphrase, and unrelated text is no match.
  {
    name: 'indirect speech',
    ours: 'The firm confirmed the move.\n“The company will close its plant in Dunmore and move production to Kessel next spring,” Ivo Brandt said.',
    theirs: 'Workers were told on Tuesday.\nIvo Brandt said the company would close its plant in Dunmore and move production to Kessel next spring.',
    quote: 'close its plant',
    expect: { kind: 'paraphrase', speakerConflict: false },
  },
  {
    name: 'unrelated story',
    ours: 'The council met.\n“The cycling lanes along the river will be finished before the autumn festival,” Nora Vance said.',
    theirs: 'A storm hit the coast.\n“The harbour wall cracked in two places and the fishing fleet stayed in port,” Pia Holm said.',
    quote: 'cycling lanes',
    expect: { kind: null },
  },
];
