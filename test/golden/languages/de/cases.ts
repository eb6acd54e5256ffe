/**
 * German golden cases: twelve short articles the team wrote in the style of German newspapers and
 * wire dispatches (made-up people, towns, parties, companies and outlets; never copied from or
 * modelled on a real article), with every direct quote a careful German reader marks, in order.
 *
 * Conventions (as in test/golden/speakers/cases.ts, adapted to German):
 * - Marks: „…“ (U+201E/U+201C) in most articles, »…« in two (nested ›…‹), plain "…" in one;
 *   a nested quote (‚…‘ inside „…“, ›…‹ inside »…«) is part of the outer quote and is never
 *   listed on its own.
 * - firstWords: the first three space-separated words of the quote's text between its marks,
 *   punctuation kept as written (fewer when the quote is shorter). Every split quote here
 *   („Wir haben die Zuweisungen …“, sagte er, „… erhöht.“) is one quote, and its first part
 *   always has at least three words, so reading "first part" or "joined parts" gives the same
 *   three words.
 * - speaker: the person's full name as the article first writes it, without title, honorific,
 *   function, age or party (Prof. Dr., Frau, Herr, Ministerin, Bürgermeisterin, Landrat,
 *   DBU-Politiker, SVA-Chefin, „(DBU)“, „(parteilos)“); a particle that belongs to the name
 *   stays („von Albrecht“). A pronoun (er/sie), a role noun (die Ministerin, der Bürgermeister,
 *   die Autorin) or an age epithet (die 27-Jährige) credits the one person the article has
 *   named in that role or as the clear subject. A quote with no cue of its own that follows a
 *   credited quote in the same or the next sentence continues that speaker.
 * - null: anonymous speakers (ein Anwohner, eine Mutter, ein Polizeisprecher, die 52-Jährige
 *   who is never named), collective or impersonal sources (die Kritik, „hieß es in
 *   Regierungskreisen“, „hieß es aus dem Finanzministerium“: the impersonal es credits no one by
 *   name, so a ministry that is not named as a subject stays null), and interview questions
 *   (Frage: „…“), which are the paper's, not the interviewee's.
 * - Organisations only when the cue credits them as its subject under a proper name, written
 *   without article or legal form: „…“, teilte Berger Wohnungsbau mit → 'Berger Wohnungsbau'
 *   (one case only).
 * - Not quotes, and left out: titles of books, shows, laws and programmes, names of initiatives,
 *   nicknames and newspaper names in quotation marks (each marked by a comment).
 * - Parties are invented too: DBU (Demokratische Bürgerunion), SVA (Soziale Volksallianz),
 *   Grüne Zukunft; "(DBU)", "DBU-Politiker", "SVA-Chefin" stand where real papers write CDU/SPD.
 */
import type { LanguageCase } from '../language-case';

export const DE_CASES: LanguageCase[] = [
  // 1. Wire dispatch (Landtag). Headline ending in a name runs into a dateline "Rotheberg (ndw) –";
  // party in parentheses; genitive apposition "Die Fraktionschefin der …, Dagmar Eschenbach,";
  // Konjunktiv reported speech with a quoted phrase; unquoted Konjunktiv (no quote); surname cue;
  // split quote credited by a party title ("sagte der DBU-Politiker") and joined; pronoun with
  // "nannte … „…“"; pronoun cue before a colon with a quote that opens with another name;
  // anonymous "hieß es in Regierungskreisen".
  {
    name: 'Landtag: Haushaltsstreit (Agenturmeldung mit Überschrift und Ortsmarke)',
    headline: 'Haushaltsstreit: Opposition attackiert Finanzminister Jochen Adler',
    paragraphs: [
      'Rotheberg (ndw) – Im Streit um den Landeshaushalt für das kommende Jahr hat die Opposition im Landtag schwere Vorwürfe gegen Finanzminister Jochen Adler (DBU) erhoben. Die Fraktionschefin der Sozialen Volksallianz (SVA), Dagmar Eschenbach, warf der Landesregierung vor, sie habe die Kommunen „systematisch im Stich gelassen“.',
      '„Dieser Haushalt ist auf Sand gebaut“, sagte Eschenbach in der Debatte am Mittwoch. Wer Schulen verfallen lasse und zugleich neue Dienstwagen bestelle, habe jedes Maß verloren.',
      'Adler wies die Kritik zurück. „Wir haben die Zuweisungen an die Städte und Gemeinden“, sagte der DBU-Politiker, „in jedem einzelnen Jahr dieser Wahlperiode erhöht.“ Er nannte die Vorwürfe der Opposition „durchsichtiges Wahlkampfgetöse“.',
      'Ministerpräsidentin Renate Falkner stellte sich hinter ihren Minister. Sie sagte: „Jochen Adler hat mein volles Vertrauen, heute und auch nach der Abstimmung.“',
      'In der Koalition rumort es dennoch. „Die Geduld der Fraktion ist nicht unendlich“, hieß es am Abend in Regierungskreisen. Die Abstimmung über den Etat ist für Ende März geplant.',
    ],
    quotes: [
      ['systematisch im Stich', 'Dagmar Eschenbach'],
      ['Dieser Haushalt ist', 'Dagmar Eschenbach'],
      ['Wir haben die', 'Jochen Adler'],
      ['durchsichtiges Wahlkampfgetöse', 'Jochen Adler'],
      ['Jochen Adler hat', 'Renate Falkner'],
      ['Die Geduld der', null],
    ],
  },
  // 2. Court report (Landgericht). Titles "Oberstaatsanwältin Dr." and the capitalised adjective
  // "Die Vorsitzende Richterin" are not names; "sprach von einem „…“"; pronoun "sagte sie";
  // genitive trap "Ostendorfs Verteidiger Bernd Kaiser" (the lawyer speaks, not Ostendorf);
  // a second quote with no cue of its own continues Kaiser; nested ‚…‘ inside „…“ at the end of
  // the quote (‚…‘“,) is part of an anonymous witness's quote ("die 52-Jährige", never named).
  {
    name: 'Gericht: Betrugsprozess (Titel, Genitiv, verschachteltes Zitat, anonyme Zeugin)',
    paragraphs: [
      'Vor dem Landgericht Kaltenfurt hat am Dienstag der Prozess gegen den früheren Geschäftsführer eines Pflegedienstes begonnen. Die Staatsanwaltschaft wirft Harald Ostendorf vor, über Jahre hinweg Leistungen abgerechnet zu haben, die nie erbracht wurden. Der Schaden soll sich auf mehr als 1,2 Millionen Euro belaufen.',
      'Oberstaatsanwältin Dr. Miriam Lenz sprach zum Auftakt von einem „ausgeklügelten System der Täuschung“. „Der Angeklagte hat nicht nur die Kassen betrogen, sondern vor allem die Menschen, die ihm anvertraut waren“, sagte sie.',
      'Ostendorfs Verteidiger Bernd Kaiser wies die Vorwürfe zurück. „Mein Mandant hat Fehler gemacht, das bestreitet er nicht“, sagte Kaiser. „Aber er hat sich nie persönlich bereichert.“ Der Angeklagte selbst schwieg am ersten Verhandlungstag.',
      'Als erste Zeugin sagte eine frühere Mitarbeiterin des Pflegedienstes aus. „Meine Chefin hat damals zu mir gesagt: ‚Schreib einfach die volle Stunde auf, das prüft eh keiner‘“, berichtete die 52-Jährige. Ihr Name wird auf Wunsch des Gerichts nicht genannt.',
      'Die Vorsitzende Richterin Ingrid Kessler mahnte mehrfach zur Sachlichkeit. „Wir sind hier nicht in einer Talkshow“, sagte Kessler, als Zuschauer im Saal lautstark applaudierten. Das Urteil wird für Anfang Mai erwartet.',
    ],
    quotes: [
      ['ausgeklügelten System der', 'Miriam Lenz'],
      ['Der Angeklagte hat', 'Miriam Lenz'],
      ['Mein Mandant hat', 'Bernd Kaiser'],
      ['Aber er hat', 'Bernd Kaiser'],
      // The nested ‚Schreib einfach …‘ is the boss's words inside the witness's quote: not listed.
      ['Meine Chefin hat', null],
      ['Wir sind hier', 'Ingrid Kessler'],
    ],
  },
  // 3. Regional paper with »Guillemets« and nested ›…‹. The surname "Sommer" is also the noun
  // "Sommer" (in diesem Sommer); two people named side by side at the end of a paragraph that has
  // no full stop, the next paragraph opening "Sommer sagte:" (no glue across the break);
  // "(parteilos)" is no name; anonymous "rief eine Mutter" / "Ein älterer Anwohner sagte:";
  // one-word Konjunktiv-style phrase »schöngerechnet«; split quote with "sagte er"; role cue
  // "betonte die Bürgermeisterin" and a following quote without a cue.
  {
    name: 'Lokales: Freibad bleibt zu (Guillemets, Name und Nomen „Sommer“, Namen nebeneinander)',
    paragraphs: [
      'Das Freibad in Haselbrück bleibt in diesem Sommer geschlossen. Das hat der Gemeinderat am Donnerstagabend mit knapper Mehrheit beschlossen. Für die Schließung warben vor allem Bürgermeisterin Petra Sommer (parteilos) und Kämmerer Uwe Brandl',
      'Sommer sagte: »Niemand in diesem Saal schließt gern ein Schwimmbad. Aber wir können keine zwei Millionen Euro ausgeben, die wir nicht haben.«',
      '»Die Pumpen stammen aus den Siebzigern, und der Gutachter hat uns schriftlich ›erhebliche Mängel an der Statik‹ bescheinigt«, sagte Brandl. Eine Sanierung würde nach seinen Worten mindestens zwei Jahre dauern.',
      'Im vollbesetzten Zuschauerraum sorgte der Beschluss für Unmut. »Wo sollen die Kinder denn jetzt schwimmen lernen?«, rief eine Mutter dazwischen. Ein älterer Anwohner sagte: »Hier habe ich vor sechzig Jahren das Seepferdchen gemacht. Das tut weh.«',
      'Gemeinderat Tobias Wendt von der Grünen Zukunft kündigte ein Bürgerbegehren an. Er hält die Zahlen der Verwaltung für »schöngerechnet«. »Wir sammeln ab Montag Unterschriften«, sagte er, »und zwar vor jedem Supermarkt im Ort.«',
      'Sommer zeigte sich unbeeindruckt. »Das ist das gute Recht jedes Bürgers«, betonte die Bürgermeisterin. »An den Zahlen ändert es aber nichts.«',
    ],
    quotes: [
      ['Niemand in diesem', 'Petra Sommer'],
      // The nested ›erhebliche Mängel an der Statik‹ (the surveyor's words) is part of Brandl's quote.
      ['Die Pumpen stammen', 'Uwe Brandl'],
      ['Wo sollen die', null],
      ['Hier habe ich', null],
      ['schöngerechnet', 'Tobias Wendt'],
      ['Wir sammeln ab', 'Tobias Wendt'],
      ['Das ist das', 'Petra Sommer'],
      ['An den Zahlen', 'Petra Sommer'],
    ],
  },
  // 4. Sport (Regionalliga). Title "Trainerin"; a nickname in quotes („den Turm“) is nobody's
  // words; a capitalised noun after the name ("sagte Okafor Reportern") must not join it;
  // "sagte er" after an intervening sentence; genitive town before a title ("Grünhöhes Trainer
  // Marco Bellini", "Lindenhagens Sportdirektor Frank Heller"); "so Bellini"; a quote opening with
  // a town and one opening with a name; apostrophe "gibt’s" inside a quote; a newspaper name in
  // quotes after the cue ("der „Lindenhagener Rundschau“") is no quote.
  {
    name: 'Sport: Heimniederlage (Spitzname, „so Bellini“, Nomen nach Namen, Zeitungsname)',
    paragraphs: [
      'Der FC Eintracht Lindenhagen hat im Abstiegskampf der Regionalliga einen herben Rückschlag erlitten. Gegen Tabellenführer SV Grünhöhe verlor die Mannschaft von Trainerin Lena Hoff am Samstag vor 3400 Zuschauern mit 0:3.',
      '„Wir haben uns heute selbst geschlagen“, sagte Hoff nach dem Abpfiff. „Drei Fehler im Aufbau, drei Gegentore – so kannst du gegen eine Spitzenmannschaft nicht bestehen.“',
      'Besonders bitter war der Nachmittag für Kapitän Dennis Okafor. Der 31-Jährige, den die Fans wegen seiner Kopfballstärke nur „den Turm“ nennen, musste nach einer halben Stunde verletzt vom Platz. „Es fühlt sich an wie ein Stich in der Wade“, sagte Okafor Reportern nach dem Spiel. Eine genaue Diagnose soll am Montag folgen. „Ich hoffe, dass es nur eine Zerrung ist“, sagte er.',
      'Grünhöhes Trainer Marco Bellini lobte den Gegner. „Lindenhagen hat uns eine Stunde lang alles abverlangt“, so Bellini. „Dass es am Ende so deutlich wurde, war ein bisschen glücklich.“',
      'Lindenhagens Sportdirektor Frank Heller schloss personelle Konsequenzen aus. „Lena Hoff ist und bleibt unsere Trainerin, da gibt’s überhaupt keine Diskussion“, sagte Heller der „Lindenhagener Rundschau“.',
    ],
    quotes: [
      ['Wir haben uns', 'Lena Hoff'],
      ['Drei Fehler im', 'Lena Hoff'],
      // „den Turm“ is a nickname, not anything anyone said here: left out.
      ['Es fühlt sich', 'Dennis Okafor'],
      ['Ich hoffe, dass', 'Dennis Okafor'],
      ['Lindenhagen hat uns', 'Marco Bellini'],
      ['Dass es am', 'Marco Bellini'],
      ['Lena Hoff ist', 'Frank Heller'],
      // „Lindenhagener Rundschau“ is the newspaper's name: left out.
    ],
  },
  // 5. Economy. A company "Berger Wohnungsbau" and a minister "Klaus Berger" (no relation): the
  // company is credited by "teilte … mit" (organisation convention), the minister's title
  // "Bauminister" is dropped, and "Berger" must never glue to "Wohnungsbau"; sentence-initial
  // adverb "Allerdings sagte Berger auch:"; apposition "der Kaltenfurter Rechtsanwalt Dr. Stephan
  // Mertens" (a capitalised town adjective and a title before the name); name before its
  // function ("Sevgi Arslan, Bezirksleiterin der …"); anonymous "sagte ein Ehepaar aus
  // Kirchhalden" (a town right after the anonymous cue); "hieß es aus dem Wirtschaftsministerium".
  {
    name: 'Wirtschaft: Insolvenz am Bau (Firma und Minister gleichen Namens, Organisation, Adverb)',
    paragraphs: [
      'Die Krise am Bau erreicht den Mittelstand: Der Projektentwickler Berger Wohnungsbau aus Kirchhalden hat am Montag beim Amtsgericht einen Insolvenzantrag gestellt. Betroffen sind rund 240 Beschäftigte und mehrere halbfertige Wohnanlagen im Landkreis.',
      '„Gestiegene Zinsen und explodierende Materialkosten haben uns die Luft zum Atmen genommen“, teilte Berger Wohnungsbau in einer schriftlichen Erklärung mit. Mit dem gleichnamigen Landesbauminister ist das Familienunternehmen nicht verwandt.',
      'Bauminister Klaus Berger (DBU) zeigte sich betroffen. „Jede Insolvenz in dieser Branche ist eine zu viel“, sagte Berger am Rande einer Kabinettssitzung. Das Land werde prüfen, ob eine Bürgschaft möglich sei. Allerdings sagte Berger auch: „Wir können nicht jedes Unternehmen retten, das sich verkalkuliert hat.“',
      'Der vorläufige Insolvenzverwalter, der Kaltenfurter Rechtsanwalt Dr. Stephan Mertens, will den Betrieb zunächst fortführen. „Die Löhne sind über das Insolvenzgeld bis einschließlich Juli gesichert“, erklärte Mertens. Gespräche mit möglichen Investoren liefen bereits.',
      'Skeptisch bleibt die Gewerkschaft. „Solche Versprechen haben wir schon zu oft gehört“, sagte Sevgi Arslan, Bezirksleiterin der Gewerkschaft Bau und Handwerk. Auch bei den Käufern wächst die Sorge. „Wir haben 80.000 Euro angezahlt und sehen jetzt nur einen Rohbau“, sagte ein Ehepaar aus Kirchhalden.',
      '„Wir stehen mit dem Insolvenzverwalter in engem Kontakt“, hieß es am Abend aus dem Wirtschaftsministerium. Eine Entscheidung über Landeshilfen soll bis Ende des Monats fallen.',
    ],
    quotes: [
      ['Gestiegene Zinsen und', 'Berger Wohnungsbau'],
      ['Jede Insolvenz in', 'Klaus Berger'],
      ['Wir können nicht', 'Klaus Berger'],
      ['Die Löhne sind', 'Stephan Mertens'],
      ['Solche Versprechen haben', 'Sevgi Arslan'],
      ['Wir haben 80.000', null],
      ['Wir stehen mit', null],
    ],
  },
  // 6. Interview in Frage/Antwort form. Headline ending in the name runs into a first paragraph
  // that writes her with "Prof. Dr."; questions (Frage: „…“) are the paper's (null), even when they
  // name her ("Frau Marquardt, …") or report what someone else says ("Der Umweltminister sagt, …");
  // answers (Antwort: „…“) are hers; a nested ‚…‘ inside an answer is part of it.
  {
    name: 'Interview: Frage und Antwort (Fragen sind nicht die Worte der Befragten)',
    headline: 'Sturmfluten: Ein Gespräch mit Küstenforscherin Ilse Marquardt',
    paragraphs: [
      'Prof. Dr. Ilse Marquardt leitet das Institut für Küstenforschung in Nordhaven. Mit dem Westküsten-Kurier sprach sie über Sturmfluten, Deiche und die Frage, wie viel Schutz sich das Land noch leisten kann.',
      'Frage: „Frau Marquardt, der vergangene Winter hat an der Küste Rekorde gebrochen. War das ein Ausreißer?“',
      'Antwort: „Leider nein. Wir sehen seit zwanzig Jahren, dass die Sturmfluten höher auflaufen. Was früher ein Jahrhundertereignis war, erleben wir heute alle zehn Jahre.“',
      'Frage: „Der Umweltminister sagt, die Deiche seien sicher. Hat er recht?“',
      'Antwort: „Für heute ja. Aber ich sage meinen Studierenden immer: ‚Ein Deich ist nur so gut wie der nächste Sturm.‘ Wir müssen jetzt planen, nicht erst nach der Katastrophe.“',
      'Frage: „Was erwarten Sie von der Landesregierung?“',
      'Antwort: „Ehrlichkeit. Wir werden nicht jeden Quadratmeter halten können, und das muss man den Menschen auch so sagen.“',
    ],
    quotes: [
      ['Frau Marquardt, der', null],
      ['Leider nein. Wir', 'Ilse Marquardt'],
      ['Der Umweltminister sagt,', null],
      // The nested ‚Ein Deich ist …‘ is her own saying inside her answer: not listed on its own.
      ['Für heute ja.', 'Ilse Marquardt'],
      ['Was erwarten Sie', null],
      ['Ehrlichkeit. Wir werden', 'Ilse Marquardt'],
    ],
  },
  // 7. A website with plain "straight quotes". Title "Kreisbrandmeister"; a second quote after the
  // cue's sentence continues the speaker; anonymous "ein Polizeisprecher" and "eine Frau" (the
  // capitalised noun Frau is no honorific and no name); an apostrophe inside a straight quote
  // ("Ich hab's") does not end it; "Landrat Gerd Wiesner (DBU) sagte:" (title and party dropped).
  {
    name: 'Webseite mit geraden Anführungszeichen: Großbrand (Behördensprecher, anonyme Zeugin)',
    paragraphs: [
      'Bei einem Großbrand in einer Lagerhalle im Gewerbegebiet Obermoor ist in der Nacht zu Sonntag ein Schaden in Millionenhöhe entstanden. Verletzt wurde nach ersten Erkenntnissen niemand. Mehr als 120 Einsatzkräfte aus dem gesamten Landkreis waren stundenlang im Einsatz.',
      '"Als wir ankamen, stand die Halle bereits in Vollbrand", sagte Kreisbrandmeister Holger Dietz am Sonntagmorgen. "Wir konnten nur noch verhindern, dass die Flammen auf die Nachbargebäude übergreifen."',
      'Die Brandursache ist noch unklar. "Wir ermitteln in alle Richtungen und schließen derzeit nichts aus", sagte ein Polizeisprecher. Brandermittler sollen die Halle am Montag untersuchen, sobald sie einsturzsicher ist.',
      'Anwohner wurden in der Nacht per Warn-App aufgefordert, Fenster und Türen geschlossen zu halten. "Der Rauch war bis nach Kirchhalden zu riechen", sagte eine Frau, die mit ihrem Hund unterwegs war. "Ich hab\'s erst für einen Grillabend gehalten."',
      'Der Eigentümer der Halle, die Spedition Krüger & Söhne, äußerte sich zunächst nicht. Landrat Gerd Wiesner (DBU) sagte: "Ich danke allen Feuerwehrleuten, die in dieser Nacht ihre eigene Gesundheit riskiert haben."',
    ],
    quotes: [
      ['Als wir ankamen,', 'Holger Dietz'],
      ['Wir konnten nur', 'Holger Dietz'],
      ['Wir ermitteln in', null],
      ['Der Rauch war', null],
      ["Ich hab's erst", null],
      ['Ich danke allen', 'Gerd Wiesner'],
    ],
  },
  // 8. Feuilleton with »Guillemets«. A book title and a talk-show title in »…« are no quotes; a
  // name with the particle "von" ("sagte von Albrecht": lowercase, still part of the name);
  // "Die Kritik nannte ihn »…«" is a collective source (null); role noun "die Autorin spricht …
  // von einem »Familienbuch«"; nested ›…‹ inside a quote that opens with "Sie" (her, not the
  // speaker); "sagte sie" after a man was last named (the clear subject is the author).
  {
    name: 'Feuilleton: Lesung (Guillemets, Buch- und Sendungstitel, Adelsname mit „von“)',
    paragraphs: [
      'Mit ihrem Debütroman »Die Stille nach dem Sturm« hat Friederike von Albrecht in diesem Frühjahr die Bestsellerlisten erobert. Am Freitag las die 38-Jährige im ausverkauften Kulturbahnhof von Lindenhagen.',
      '»Ich habe sieben Jahre an diesem Buch geschrieben und es dreimal weggeworfen«, sagte von Albrecht vor der Lesung. Den Erfolg könne sie selbst noch nicht recht fassen.',
      'Der Roman erzählt von einer Fischerfamilie auf einer Nordseeinsel. Die Kritik nannte ihn »einen leisen, aber unerbittlichen Roman«, die Autorin selbst spricht lieber von einem »Familienbuch«.',
      'Ihr Verleger Konstantin Haberland erinnert sich gut an das erste Manuskript. »Sie hat es mir mit den Worten gegeben: ›Lesen Sie das bitte nur, wenn Sie Zeit haben.‹ Ich habe die ganze Nacht durchgelesen«, sagte Haberland.',
      'Eine Verfilmung ist bereits in Planung. Ob sie am Drehbuch mitschreibt, ließ die Autorin offen. »Das entscheide ich, wenn es so weit ist«, sagte sie. Am Sonntag ist sie zu Gast in der Talkshow »Klartext am Abend«.',
    ],
    quotes: [
      // »Die Stille nach dem Sturm« is the novel's title: left out.
      ['Ich habe sieben', 'Friederike von Albrecht'],
      ['einen leisen, aber', null],
      ['Familienbuch', 'Friederike von Albrecht'],
      // The nested ›Lesen Sie das …‹ is her words inside Haberland's quote: not listed on its own.
      ['Sie hat es', 'Konstantin Haberland'],
      ['Das entscheide ich,', 'Friederike von Albrecht'],
      // »Klartext am Abend« is the talk show's title: left out.
    ],
  },
  // 9. Federal politics. A law's name in quotes is no quote; a town right before the cue ("In
  // Oberlahn sagte die Kanzlerin:", subject after the verb); Konjunktiv continuation with a
  // quoted phrase ("Das Gesetz sei deshalb „…“"); apposition with title and party "Der Präsident des
  // Landkreistags, Landrat Ewald Brunner (DBU)," and "hält … für „völlig unausgegoren“";
  // unquoted Konjunktiv ending in "sagte Brunner." followed by a cue-less quote; "SVA-Chefin" with
  // a double surname; "hieß es aus dem Finanzministerium" (null).
  {
    name: 'Bundespolitik: Gesetz für den ländlichen Raum (Gesetzestitel, Konjunktiv, Ort vor dem Verb)',
    paragraphs: [
      'Das umstrittene „Starke-Dörfer-Gesetz“ soll nach dem Willen der Bundesregierung noch vor der Sommerpause verabschiedet werden. Bundeskanzlerin Sabine Roloff verteidigte das Vorhaben am Mittwoch bei einem Besuch im Landkreis Oberlahn gegen Kritik aus den Kommunen.',
      'In Oberlahn sagte die Kanzlerin: „Wer auf dem Land lebt, hat dasselbe Recht auf schnelles Internet, auf einen Arzt und auf einen Bus wie jemand in der Großstadt.“ Das Gesetz sei deshalb „kein Geschenk, sondern eine Pflicht“.',
      'Der Präsident des Landkreistags, Landrat Ewald Brunner (DBU), hält die Pläne dagegen für „völlig unausgegoren“. Die Kreise sollten neue Aufgaben übernehmen, ohne dass geklärt sei, wer sie bezahle, sagte Brunner. „Das ist das alte Spiel: Der Bund bestellt, und wir vor Ort sollen zahlen.“',
      'Auch innerhalb der Koalition gibt es Vorbehalte. SVA-Chefin Martina Kühn-Obermeier forderte Nachbesserungen bei der Finanzierung. „Wir stimmen zu, wenn die Kommunen nicht auf den Kosten sitzen bleiben“, sagte sie. „Wenn nicht, dann nicht.“',
      'Ein Kompromiss zeichnet sich ab. „Die Gespräche sind auf einem guten Weg“, hieß es am Abend aus dem Finanzministerium. Einzelheiten wurden zunächst nicht bekannt.',
    ],
    quotes: [
      // „Starke-Dörfer-Gesetz“ is the law's name: left out.
      ['Wer auf dem', 'Sabine Roloff'],
      ['kein Geschenk, sondern', 'Sabine Roloff'],
      ['völlig unausgegoren', 'Ewald Brunner'],
      ['Das ist das', 'Ewald Brunner'],
      ['Wir stimmen zu,', 'Martina Kühn-Obermeier'],
      ['Wenn nicht, dann', 'Martina Kühn-Obermeier'],
      ['Die Gespräche sind', null],
    ],
  },
  // 10. Local politics (bypass road). Two people named side by side ("Bürgermeister Karl-Heinz
  // Schmidt und die Verkehrsplanerin Dr. Nadine Voigt"); role cue "betonte der Bürgermeister";
  // "so Voigt"; honorifics Herr/Frau Dr. inside quotes are the speaker's address, not speakers;
  // relative genitive "über dessen Felder"; a newspaper name right before the cue with the
  // subject after the verb ("Dem Altenbrücker Kurier sagte Schmidt …:"); adverb + pronoun
  // ("Dennoch betonte er:"); an initiative's name in quotes is no quote; "sagte deren Sprecherin".
  {
    name: 'Lokalpolitik: Ortsumgehung (Rollenbezug, Herr/Frau im Zitat, Zeitung vor dem Verb)',
    paragraphs: [
      'Seit mehr als dreißig Jahren wird in Altenbrück über eine Ortsumgehung gestritten. Am Dienstag haben Bürgermeister Karl-Heinz Schmidt und die Verkehrsplanerin Dr. Nadine Voigt im Bürgerhaus die neuen Pläne vorgestellt. Rund 300 Menschen waren gekommen.',
      '„Wir haben jede denkbare Trasse geprüft, und diese ist die einzige, die vor Gericht Bestand haben wird“, betonte der Bürgermeister. Die Straße soll im Norden um den Ort herumführen und das Naturschutzgebiet am Eulenbach aussparen.',
      'Voigt erläuterte die Prognosen. Danach würden täglich rund 9000 Fahrzeuge weniger durch die Hauptstraße rollen. „Das ist fast die Hälfte des heutigen Verkehrs“, so Voigt. Baubeginn könnte frühestens 2029 sein.',
      'Nicht alle sind überzeugt. Landwirt Georg Hambach, über dessen Felder die neue Trasse führen würde, meldete sich als Erster zu Wort. „Herr Schmidt, Sie nehmen mir die Hälfte meiner besten Äcker“, sagte Hambach. „Frau Dr. Voigt hat mir bis heute nicht erklärt, wovon mein Hof dann leben soll.“',
      'Dem Altenbrücker Kurier sagte Schmidt nach der Versammlung: „Ich verstehe die Sorgen von Herrn Hambach. Wir werden über jeden Quadratmeter reden.“ Dennoch betonte er: „Am Ende muss der Gemeinderat entscheiden, nicht die Lautstärke im Saal.“',
      'In der Bürgerinitiative „Lebenswertes Altenbrück“ will man sich damit nicht abfinden. „Wir werden klagen, notfalls bis zur letzten Instanz“, sagte deren Sprecherin Anke Holtkamp.',
    ],
    quotes: [
      ['Wir haben jede', 'Karl-Heinz Schmidt'],
      ['Das ist fast', 'Nadine Voigt'],
      ['Herr Schmidt, Sie', 'Georg Hambach'],
      ['Frau Dr. Voigt', 'Georg Hambach'],
      ['Ich verstehe die', 'Karl-Heinz Schmidt'],
      ['Am Ende muss', 'Karl-Heinz Schmidt'],
      // „Lebenswertes Altenbrück“ is the initiative's name: left out.
      ['Wir werden klagen,', 'Anke Holtkamp'],
    ],
  },
  // 11. Education. Title "Kultusministerin Dr." before a hyphenated double surname; split quote
  // credited by the role cue "erklärte die Ministerin" with a town after the cue ("in
  // Rotheberg"); apposition "Die Vorsitzende der Lehrergewerkschaft, Bettina Roth,"; a quote that
  // opens with "Die Ministerin" is Roth's; anonymous pupil; split quote with "sagte er"; a
  // programme's name in quotes is no quote; "Sie sagte:" across a sentence.
  {
    name: 'Bildung: Lehrermangel (geteilte Zitate, „erklärte die Ministerin“, Doppelname)',
    paragraphs: [
      'Zum Start des neuen Schuljahres fehlen an den Schulen des Landes nach Angaben der Lehrergewerkschaft mehr als 1800 Lehrkräfte. Kultusministerin Dr. Hannelore Seidel-Brandt (DBU) hält diese Zahl für überzogen.',
      '„Wir haben in diesem Sommer so viele Lehrerinnen und Lehrer eingestellt“, erklärte die Ministerin am Montag in Rotheberg, „wie seit fünfzehn Jahren nicht mehr.“ Jede Stelle, die frei sei, werde ausgeschrieben.',
      'Die Vorsitzende der Lehrergewerkschaft, Bettina Roth, widersprach scharf. „Die Ministerin rechnet sich die Lage schön“, sagte Roth. „Eingestellt heißt noch lange nicht, dass jemand vor der Klasse steht.“ Viele neue Kräfte seien Quereinsteiger ohne pädagogische Ausbildung.',
      'An der Gesamtschule Sennebach fällt seit Wochen Unterricht aus. „In Mathe hatten wir seit den Herbstferien genau vier Stunden“, sagte ein Schüler der zehnten Klasse. Schulleiter Ralf Jankowski bestätigte die Probleme. „Wir flicken jeden Tag Löcher“, sagte er, „und jeden Tag reißen neue auf.“',
      'Seidel-Brandt kündigte an, pensionierte Lehrkräfte mit Prämien an die Schulen zurückzuholen. Das Programm trägt den Namen „Erfahrung zählt“. Sie sagte: „Wer noch ein paar Jahre geben möchte, ist uns herzlich willkommen.“',
    ],
    quotes: [
      ['Wir haben in', 'Hannelore Seidel-Brandt'],
      ['Die Ministerin rechnet', 'Bettina Roth'],
      ['Eingestellt heißt noch', 'Bettina Roth'],
      ['In Mathe hatten', null],
      ['Wir flicken jeden', 'Ralf Jankowski'],
      // „Erfahrung zählt“ is the programme's name: left out.
      ['Wer noch ein', 'Hannelore Seidel-Brandt'],
    ],
  },
  // 12. Sport wire dispatch with a headline naming two people side by side, run into a dateline;
  // the surname "Fuchs" is also a noun; adverb + pronoun "Später sagte sie:"; age epithet "sagte
  // die 27-Jährige" credits the named Brandt; two men side by side ("Bundestrainer Matthias Greve
  // und sein Assistent Jürgen Pohl"), then "sagte Greve" and the separable cue "fügte er hinzu";
  // "sagte sie" with two women in the sentence before: the clear subject (Solberg) speaks, and
  // her quote opens with the other woman's first name.
  {
    name: 'Sportmeldung: Skispringen (Überschrift mit zwei Namen, Altersangabe, „fügte er hinzu“)',
    headline: 'Doppelsieg für Hohenwald: Marlene Fuchs vor Carina Brandt',
    paragraphs: [
      'Hohenwald (ndw) – Marlene Fuchs hat das Weltcup-Springen auf der heimischen Schanze gewonnen. Die 24-Jährige setzte sich am Sonntag vor ihrer Vereinskollegin Carina Brandt und der Norwegerin Ingrid Solberg durch.',
      '„Vor den eigenen Leuten zu gewinnen, ist das Größte“, sagte Fuchs. Später sagte sie: „Ich hatte Gänsehaut, als ich oben auf dem Balken saß.“',
      'Brandt war nach einem verpatzten ersten Durchgang noch von Rang elf nach vorne gesprungen. „Im ersten Sprung war ich viel zu spät dran“, sagte die 27-Jährige. „Im zweiten hat dann alles gepasst.“',
      'Bundestrainer Matthias Greve und sein Assistent Jürgen Pohl zeigten sich zufrieden. „Zwei Athletinnen auf dem Podest, das hatten wir zuletzt vor sechs Jahren“, sagte Greve. „Jetzt müssen wir die Form bis zur WM konservieren“, fügte er hinzu.',
      'Solberg gratulierte der Siegerin. „Marlene ist in dieser Saison einfach die Beste“, sagte sie im Ziel.',
    ],
    quotes: [
      ['Vor den eigenen', 'Marlene Fuchs'],
      ['Ich hatte Gänsehaut,', 'Marlene Fuchs'],
      ['Im ersten Sprung', 'Carina Brandt'],
      ['Im zweiten hat', 'Carina Brandt'],
      ['Zwei Athletinnen auf', 'Matthias Greve'],
      ['Jetzt müssen wir', 'Matthias Greve'],
      ['Marlene ist in', 'Ingrid Solberg'],
    ],
  },
];
