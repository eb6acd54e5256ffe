import type { LanguageMatchCase } from '../matching-case';

/**
 * French cross-outlet pairs: invented by the team (people, towns and outlets are made up). Each
 * pair is one rendering a reader meets: the same words in other marks or in the 1990 spelling
 * (verbatim), a cut (partial), a changed word (altered), a negation or a number dropped or changed
 * (meaning change, with French negations: ne … pas, ne … jamais, ne … plus), indirect speech
 * (paraphrase), and a quote the other outlet does not carry.
 */
export const FR_MATCHING: LanguageMatchCase[] = [
  {
    name: 'verbatim in other marks (« » and “ ”)',
    ours: [
      'Le conseil municipal de Vauclair a voté mardi soir la fermeture provisoire du pont des Tanneurs.',
      '« Nous ne pouvons pas laisser passer des camions sur un ouvrage qui se fissure depuis deux hivers », a déclaré la maire, Hélène Marchetti.',
      'Les travaux doivent commencer au printemps.',
    ],
    theirs: [
      'À Vauclair, le pont des Tanneurs sera fermé aux poids lourds dès lundi.',
      'La maire Hélène Marchetti a justifié la décision devant les élus : “Nous ne pouvons pas laisser passer des camions sur un ouvrage qui se fissure depuis deux hivers.”',
      'Une déviation par la route de Mérans est prévue.',
    ],
    quote: 'laisser passer des camions',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'verbatim in the 1990 spelling (connaître / connaitre, coût / cout)',
    ours: [
      'Le préfet de la Drôme-Haute a présenté jeudi le plan de prévention des crues.',
      '« Chacun doit connaître le coût réel de ces digues avant le vote du budget », a affirmé Bertrand Lavaud devant la presse.',
      'Le document sera soumis aux communes en janvier.',
    ],
    theirs: [
      'Plan contre les crues : le préfet veut un débat sur les finances.',
      '« Chacun doit connaitre le cout réel de ces digues avant le vote du budget », a insisté Bertrand Lavaud lors de sa conférence de presse.',
      'Les maires ont jusqu’à la fin de l’année pour répondre.',
    ],
    quote: 'coût réel de ces digues',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'partial: the other outlet cuts the second sentence',
    ours: [
      'La direction de la clinique Saint-Roch a annoncé la fermeture de la maternité pour l’été.',
      '« Nous manquons de sages-femmes et d’anesthésistes depuis des mois. Nous rouvrirons le service dès que l’équipe sera au complet », a expliqué le directeur, Marc Delorme.',
      'Les futures mères seront orientées vers l’hôpital de Rivel.',
    ],
    theirs: [
      'Maternité de Saint-Roch : fermeture estivale confirmée.',
      '« Nous manquons de sages-femmes et d’anesthésistes depuis des mois », a reconnu Marc Delorme, directeur de l’établissement.',
      'Un collectif de parents appelle à manifester samedi devant la clinique, et les élus de la commune demandent une solution pour la rentrée.',
    ],
    quote: 'manquons de sages-femmes',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'partial: a marked cut (…) in the other version',
    ours: [
      'Le club de rugby de Montfalcon a présenté son nouvel entraîneur lundi.',
      '« Je veux une équipe qui attaque, qui prend des risques et qui joue pour son public chaque dimanche », a lancé Pierre-Yves Garnier.',
      'Il a signé pour trois saisons.',
    ],
    theirs: [
      'Rugby : Pierre-Yves Garnier prend les commandes à Montfalcon.',
      '« Je veux une équipe qui attaque (…) et qui joue pour son public chaque dimanche », a déclaré le technicien, Pierre-Yves Garnier.',
      'Le président du club espère une montée dès l’an prochain.',
    ],
    quote: 'équipe qui attaque',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'altered: one word changed (essentielle / importante)',
    ours: [
      'La région a débloqué une aide pour les producteurs de lait touchés par la sécheresse.',
      '« Cette aide est essentielle pour les exploitations familiales qui n’ont plus de fourrage », a souligné la vice-présidente, Claire Fontanel.',
      'Le montant sera versé avant Noël.',
    ],
    theirs: [
      'Sécheresse : les éleveurs laitiers obtiennent un soutien régional.',
      '« Cette aide est importante pour les exploitations familiales qui n’ont plus de fourrage », a déclaré Claire Fontanel.',
      'Les syndicats jugent la somme insuffisante.',
    ],
    quote: 'exploitations familiales',
    expect: { kind: 'altered', meaningChanges: [] },
  },
  {
    name: 'altered with a negation dropped (ne … pas): meaning change',
    ours: [
      'Le groupe Verlaine Industries a confirmé mercredi son projet de restructuration.',
      '« Nous ne fermerons pas l’usine de Castelnoir avant la fin du contrat avec la commune », a assuré le directeur général, Antoine Rigal.',
      'Les syndicats restent prudents.',
    ],
    theirs: [
      'Verlaine Industries : inquiétude à Castelnoir.',
      '« Nous fermerons l’usine de Castelnoir avant la fin du contrat avec la commune », a déclaré Antoine Rigal, selon les élus présents.',
      'La mairie a demandé une réunion en urgence.',
    ],
    quote: 'usine de Castelnoir',
    expect: { kind: 'altered', meaningChanges: ['pas'] },
  },
  {
    name: 'altered with ne … jamais turned into ne … pas: meaning change',
    ours: [
      'Mis en cause dans l’affaire des marchés publics de Belvès, l’ancien adjoint s’est défendu.',
      '« Je n’ai jamais signé le moindre bon de commande pour cette entreprise », a martelé Gérard Poulain devant le tribunal.',
      'Le jugement sera rendu le 12 mars.',
    ],
    theirs: [
      'Procès des marchés de Belvès : l’ancien adjoint nie.',
      '« Je n’ai pas signé le moindre bon de commande pour cette entreprise », a affirmé Gérard Poulain à la barre.',
      'Le parquet a requis deux ans avec sursis.',
    ],
    quote: 'bon de commande',
    expect: { kind: 'altered', meaningChanges: ['jamais', 'pas'] },
  },
  {
    name: 'altered with a number changed (trois / quatre): meaning change',
    ours: [
      'Le département a présenté son plan pour les collèges.',
      '« Nous allons construire trois nouveaux collèges dans le nord du département d’ici 2030 », a annoncé le président du conseil départemental, Luc Besnard.',
      'Le coût total n’a pas été précisé.',
    ],
    theirs: [
      'Collèges : le département annonce un vaste chantier.',
      '« Nous allons construire quatre nouveaux collèges dans le nord du département d’ici 2030 », a déclaré Luc Besnard lundi.',
      'L’opposition dénonce un effet d’annonce.',
    ],
    quote: 'nouveaux collèges',
    expect: { kind: 'altered', meaningChanges: ['trois', 'quatre'] },
  },
  {
    name: 'paraphrase: the other outlet reports it as indirect speech',
    ours: [
      'La ville de Sarlande a dévoilé le calendrier de rénovation de sa piscine municipale.',
      '« La rénovation du bassin olympique coûtera près de six millions d’euros et les nageurs retrouveront l’eau à la rentrée de septembre », a déclaré l’adjoint aux sports, Julien Ferrand.',
      'Le chantier débutera en février.',
    ],
    theirs: [
      'Sarlande : la piscine municipale fermée jusqu’à la rentrée.',
      'L’adjoint aux sports Julien Ferrand a indiqué que la rénovation du bassin olympique coûterait près de six millions d’euros et que les nageurs retrouveraient l’eau à la rentrée de septembre.',
      'Les clubs devront s’entraîner à Vitrac pendant les travaux.',
    ],
    quote: 'bassin olympique',
    expect: { kind: 'paraphrase', meaningChanges: [] },
  },
  {
    name: 'paraphrase with the negation dropped (ne … plus): meaning change',
    ours: [
      'Le syndicat des transports a présenté la nouvelle carte des lignes de bus de l’agglomération.',
      '« Les villages du plateau ne seront plus desservis le dimanche par les lignes régulières de l’agglomération », a reconnu la présidente du syndicat, Odile Mercier.',
      'Un service de transport à la demande est envisagé.',
    ],
    theirs: [
      'Bus : ce qui change en septembre dans l’agglomération.',
      'La présidente du syndicat, Odile Mercier, a assuré que les villages du plateau seraient desservis le dimanche par les lignes régulières de l’agglomération.',
      'Les horaires seront publiés en août.',
    ],
    quote: 'villages du plateau',
    expect: { kind: 'paraphrase', meaningChanges: ['plus'] },
  },
  {
    name: 'only here: the other outlet covers the story without this quote',
    ours: [
      'Le festival de jazz de Lormont a annoncé sa programmation mercredi.',
      '« Cette année, nous avons voulu donner toute leur place aux jeunes musiciens de la région », a expliqué la directrice artistique, Nadia Benali.',
      'Le festival se tiendra du 4 au 9 juillet.',
    ],
    theirs: [
      'Lormont : le festival de jazz dévoile son affiche.',
      '« Les billets seront en vente dès vendredi sur le site du festival », a précisé Nadia Benali.',
      'Le festival se tiendra du 4 au 9 juillet sur l’esplanade du château.',
    ],
    quote: 'jeunes musiciens',
    expect: { kind: null },
  },
];
