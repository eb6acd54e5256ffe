import type { LanguageMatchCase } from '../matching-case';

/**
 * German cross-outlet pairs: invented by the team (people, towns and outlets are made up). Each
 * pair is one rendering a reader meets: the same words in Swiss marks and spelling (« », ss for ß:
 * verbatim), a cut (partial), a changed word (altered), a negation or a number dropped or changed
 * (meaning change, with German negations: nicht, kein, nie), indirect speech in the subjunctive
 * (paraphrase), and a quote the other outlet does not carry.
 */
export const DE_MATCHING: LanguageMatchCase[] = [
  {
    name: 'verbatim in Swiss marks and spelling (ß / ss)',
    ours: [
      'Der Gemeinderat von Auenbrück hat am Dienstag die Sanierung der alten Stadthalle beschlossen.',
      '„Wir müssen die Halle schließen, bis die Decke gesichert ist und die Prüfer ihr Gutachten vorgelegt haben“, sagte Bürgermeisterin Petra Kallweit.',
      'Die Arbeiten sollen im Frühjahr beginnen.',
    ],
    theirs: [
      'In Auenbrück bleibt die Stadthalle vorerst zu.',
      '«Wir müssen die Halle schliessen, bis die Decke gesichert ist und die Prüfer ihr Gutachten vorgelegt haben», sagte Petra Kallweit am Dienstagabend vor dem Gemeinderat.',
      'Die Vereine suchen nun nach einem Ersatz für ihre Veranstaltungen.',
    ],
    quote: 'Decke gesichert',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'verbatim, the quote split around its attribution in the other version',
    ours: [
      'Die Kreisverwaltung von Lindenau will den Busverkehr auf dem Land ausbauen.',
      '„Ab dem Sommer fährt in jedem Dorf des Kreises mindestens alle zwei Stunden ein Bus, auch am Wochenende“, erklärte Landrat Georg Hellwig am Montag.',
      'Der Kreistag muss dem Plan noch zustimmen.',
    ],
    theirs: [
      'Mehr Busse für die Dörfer im Kreis Lindenau.',
      '„Ab dem Sommer fährt in jedem Dorf des Kreises mindestens alle zwei Stunden ein Bus“, sagte Georg Hellwig, „auch am Wochenende.“',
      'Die Kosten trägt zum größten Teil das Land.',
    ],
    quote: 'jedem Dorf des Kreises',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'partial: the other outlet cuts the second sentence',
    ours: [
      'Die Klinik am Weiher in Rosstal schließt ihre Geburtsstation über den Sommer.',
      '„Uns fehlen seit Monaten Hebammen und Narkoseärzte. Wir öffnen die Station wieder, sobald das Team vollständig ist“, sagte Klinikchef Martin Degen.',
      'Schwangere sollen nach Ebersfeld ausweichen.',
    ],
    theirs: [
      'Geburtsstation in Rosstal macht im Sommer zu.',
      '„Uns fehlen seit Monaten Hebammen und Narkoseärzte“, räumte Martin Degen ein, der die Klinik seit drei Jahren leitet.',
      'Eine Elterninitiative hat für Samstag eine Kundgebung vor dem Haupteingang angekündigt, und der Stadtrat will sich mit dem Thema befassen.',
    ],
    quote: 'Hebammen und Narkoseärzte',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'partial: a marked cut […] in the other version',
    ours: [
      'Der Handballverein TV Grünhagen hat am Montag seinen neuen Trainer vorgestellt.',
      '„Ich will eine Mannschaft sehen, die angreift, die etwas wagt und die jedes Wochenende für ihre Fans spielt“, sagte Jens Ostermann bei seiner Vorstellung.',
      'Er hat einen Vertrag über drei Jahre unterschrieben.',
    ],
    theirs: [
      'Jens Ostermann übernimmt den TV Grünhagen.',
      '„Ich will eine Mannschaft sehen, die angreift […] und die jedes Wochenende für ihre Fans spielt“, sagte der neue Trainer Jens Ostermann.',
      'Der Vorstand hofft auf den Aufstieg in der kommenden Saison.',
    ],
    quote: 'Mannschaft sehen',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'altered: one word changed (entscheidend / wichtig)',
    ours: [
      'Das Land unterstützt Milchbauern, die unter der Trockenheit leiden.',
      '„Diese Hilfe ist entscheidend für die Familienbetriebe, denen das Futter ausgeht“, betonte Agrarministerin Sabine Wollny in Ebersfeld.',
      'Das Geld soll noch vor Weihnachten ausgezahlt werden.',
    ],
    theirs: [
      'Dürrehilfe für Milchbauern im ganzen Land.',
      '„Diese Hilfe ist wichtig für die Familienbetriebe, denen das Futter ausgeht“, sagte Sabine Wollny bei einem Besuch auf einem Hof.',
      'Der Bauernverband hält die Summe für zu gering.',
    ],
    quote: 'Familienbetriebe',
    expect: { kind: 'altered', meaningChanges: [] },
  },
  {
    name: 'altered with a negation dropped (nicht): meaning change',
    ours: [
      'Der Konzern Brandt Maschinenbau hat am Mittwoch seine Umbaupläne bestätigt.',
      '„Wir werden das Werk in Falkenried nicht vor dem Ende des Vertrags mit der Stadt schließen“, versicherte Vorstandschef Thomas Reuter.',
      'Die Gewerkschaft bleibt skeptisch.',
    ],
    theirs: [
      'Sorge um das Werk in Falkenried.',
      '„Wir werden das Werk in Falkenried vor dem Ende des Vertrags mit der Stadt schließen“, sagte Thomas Reuter nach Angaben von Teilnehmern der Sitzung.',
      'Die Stadt hat ein Krisentreffen einberufen.',
    ],
    quote: 'Werk in Falkenried',
    expect: { kind: 'altered', meaningChanges: ['nicht'] },
  },
  {
    name: 'altered with kein turned into ein: meaning change',
    ours: [
      'Im Streit um die neue Umgehungsstraße von Hollern hat sich der Verkehrsminister geäußert.',
      '„Es gibt keinen Plan, die Straße durch das Naturschutzgebiet am Moorsee zu führen“, sagte Minister Frank Behrendt im Landtag.',
      'Die Bürgerinitiative will trotzdem weiter protestieren.',
    ],
    theirs: [
      'Umgehungsstraße Hollern: Minister nimmt Stellung.',
      '„Es gibt einen Plan, die Straße durch das Naturschutzgebiet am Moorsee zu führen“, sagte Frank Behrendt am Donnerstag im Landtag.',
      'Die Grünen verlangen die Unterlagen.',
    ],
    quote: 'Naturschutzgebiet am Moorsee',
    expect: { kind: 'altered', meaningChanges: ['keinen'] },
  },
  {
    name: 'altered with a number changed (drei / vier): meaning change',
    ours: [
      'Der Landkreis hat seine Pläne für die Schulen vorgestellt.',
      '„Wir bauen bis 2030 drei neue Gesamtschulen im Norden des Landkreises“, kündigte Landrätin Ulrike Hamann an.',
      'Die Kosten sind noch offen.',
    ],
    theirs: [
      'Landkreis plant große Schulbauoffensive.',
      '„Wir bauen bis 2030 vier neue Gesamtschulen im Norden des Landkreises“, sagte Ulrike Hamann am Montag in der Kreisstadt.',
      'Die Opposition spricht von einer Luftnummer.',
    ],
    quote: 'neue Gesamtschulen',
    expect: { kind: 'altered', meaningChanges: ['drei', 'vier'] },
  },
  {
    name: 'paraphrase: indirect speech in the subjunctive',
    ours: [
      'Die Stadt Wendlingen hat den Zeitplan für die Sanierung ihres Hallenbads vorgestellt.',
      '„Die Sanierung des großen Beckens wird rund sechs Millionen Euro kosten, und die Schwimmer können im September wieder ins Wasser“, sagte Sportdezernent Lukas Brenner.',
      'Die Bauarbeiten beginnen im Februar.',
    ],
    theirs: [
      'Hallenbad Wendlingen bleibt bis September geschlossen.',
      'Sportdezernent Lukas Brenner sagte, die Sanierung des großen Beckens werde rund sechs Millionen Euro kosten, und die Schwimmer könnten im September wieder ins Wasser.',
      'Die Vereine müssen so lange nach Oberach ausweichen.',
    ],
    quote: 'großen Beckens',
    expect: { kind: 'paraphrase', meaningChanges: [] },
  },
  {
    name: 'paraphrase with the negation dropped (nicht mehr): meaning change',
    ours: [
      'Der Verkehrsverbund hat den neuen Linienplan für die Region vorgestellt.',
      '„Die Dörfer auf der Hochebene werden am Sonntag nicht mehr von den regulären Linien angefahren“, räumte Verbundchefin Monika Aschauer ein.',
      'Ein Rufbus soll die Lücke füllen.',
    ],
    theirs: [
      'Was sich im September bei den Bussen ändert.',
      'Verbundchefin Monika Aschauer sagte, die Dörfer auf der Hochebene würden am Sonntag von den regulären Linien angefahren.',
      'Die Fahrpläne werden im August veröffentlicht.',
    ],
    quote: 'Dörfer auf der Hochebene',
    // "mehr" is the negation's ("nicht mehr"), no quantifier standing for another.
    expect: { kind: 'paraphrase', meaningChanges: ['nicht'] },
  },
  {
    name: 'only here: the other outlet covers the story without this quote',
    ours: [
      'Das Jazzfestival in Lohmar hat am Mittwoch sein Programm bekannt gegeben.',
      '„Wir wollten in diesem Jahr den jungen Musikerinnen und Musikern aus der Region die große Bühne geben“, sagte die künstlerische Leiterin Nadja Berisha.',
      'Das Festival findet vom 4. bis 9. Juli statt.',
    ],
    theirs: [
      'Jazzfestival Lohmar stellt sein Programm vor.',
      '„Die Karten gibt es ab Freitag auf der Internetseite des Festivals“, sagte Nadja Berisha.',
      'Das Festival findet vom 4. bis 9. Juli auf dem Platz vor dem Schloss statt.',
    ],
    quote: 'jungen Musikerinnen',
    expect: { kind: null },
  },
];
