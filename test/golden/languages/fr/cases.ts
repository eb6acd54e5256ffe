import type { LanguageCase } from '../language-case';

/**
 * French golden articles: invented by the team (people, towns, parties, companies and outlets are
 * made up; no real article is copied or paraphrased), in the typography of the French press.
 *
 * Conventions (those of ../speakers/cases.ts, applied to French):
 * - Marks: « » with a no-break space (U+00A0), a narrow no-break space (U+202F), a plain space or
 *   no space inside, depending on the article (sites differ); some articles use “ ” as some French
 *   sites do. The spaces are written as \u00A0 / \u202F escapes so they stay visible.
 * - `quotes` lists every direct quote a careful French reader marks, in order of appearance, as
 *   [firstWords, speaker]. firstWords is the first three words of the quote's text, split on plain
 *   spaces, with the opening mark and the space after it stripped and punctuation kept as written
 *   ('Rennac, c’est quarante'). No quote here has a no-break space (before ; : ! ?) among its first
 *   three words, and the first part of every split quote has at least three words, so "first three
 *   words of the first part" and "first three words of the joined text" agree.
 * - A split quote (« A, a-t-il dit, B. » or « A », a-t-il dit, « B ») is one quote.
 * - A quote nested inside another (“ ” or ‹ › inside « ») belongs to the outer quote: not listed.
 * - speaker: the person's full name as the article first writes it (headline included), without
 *   title, honorific or role (M., Mme, Me, Dr, le ministre, la sénatrice, le lieutenant, le préfet,
 *   le président du conseil départemental…); a pronoun (il, elle, lui) or a role noun (le maire,
 *   l’avocate, le technicien) takes the person it clearly refers to; a court report's "Kevin M." is a
 *   name (the M. is an initial, not Monsieur); a first name alone ("Sylvie, 52 ans") is a name.
 * - An organisation speaks only when the cue credits it by its proper name: the name as written
 *   without its article ('Élysée', 'Kerdanel', 'Agence régionale de santé'). A common-noun body
 *   (« … », a indiqué la préfecture / le parquet de Montrivel) is null, as lower-case descriptions
 *   are in English ("a senior aide said").
 * - Anonymous speakers (un habitant, un élu de la majorité, une source proche du dossier, une
 *   journaliste) and interviewers' questions (Q : « … ») are null.
 * - Not quotes (left out): nicknames, titles of works, festivals and programmes, and the writer's
 *   scare quotes in guillemets.
 */
export const FR_CASES: LanguageCase[] = [
  // 1. Wire dispatch, national politics (U+202F). Cue before with colon and a role noun ("le ministre"
  //    → the named minister); split quote with « …, a-t-il lancé, … »; a partial quote with
  //    "a-t-il assuré"; anonymous "confie un éleveur"; « pour la sénatrice X, … »; an organisation by
  //    its proper name ("a fait savoir l’Élysée"); « selon un conseiller » → null.
  {
    name: 'dépêche : le ministre, une incise dans la citation, l’Élysée et un conseiller anonyme',
    paragraphs: [
      'Le ministre de l’Agriculture, Thibault Marsange, a promis mardi une enveloppe de 40 millions d’euros aux éleveurs touchés par la sécheresse, au terme d’une visite tendue dans une exploitation laitière de Rennac.',
      'Devant une trentaine d’agriculteurs réunis dans la cour de la ferme, le ministre a déclaré\u202F: «\u202FL’État ne laissera aucun éleveur sur le bord du chemin.\u202F» Une promesse accueillie par quelques sifflets.',
      '«\u202FNous irons jusqu’au bout, a-t-il lancé, quitte à bousculer les règles européennes.\u202F» Les premiers versements devraient intervenir «\u202Favant la fin du mois d’octobre\u202F», a-t-il assuré.',
      'Sur place, l’accueil est resté glacial. «\u202FOn nous promet la même chose tous les étés\u202F», confie un éleveur de 58 ans, qui préfère taire son nom. Pour la sénatrice Hélène Carvin, venue en voisine, «\u202Fle compte n’y est pas, et de très loin\u202F».',
      '«\u202FLe président de la République suit la situation heure par heure\u202F», a fait savoir l’Élysée dans la soirée. Selon un conseiller ministériel, «\u202Fd’autres annonces suivront dès la semaine prochaine\u202F».',
    ],
    quotes: [
      ['L’État ne laissera', 'Thibault Marsange'],
      ['Nous irons jusqu’au', 'Thibault Marsange'],
      ['avant la fin', 'Thibault Marsange'],
      ['On nous promet', null],
      ['le compte n’y', 'Hélène Carvin'],
      ['Le président de', 'Élysée'],
      ['d’autres annonces suivront', null],
    ],
  },

  // 2. Court report, regional daily (U+00A0). "Kevin M." (an initial, not Monsieur) with a role noun
  //    ("le prévenu") and "a-t-il répété"; "a-t-il rappelé / a-t-il ajouté" after the prosecutor is
  //    the sentence's subject (another man was named before); Me as a title; a nested “ ” quote inside
  //    « » (one quote, the lawyer's; "Elle" inside it is no cue); "l’avocate" as a role noun; a split
  //    quote with "a-t-elle martelé"; a partial quote in reported speech (a indiqué qu’il « … »).
  {
    name: 'tribunal correctionnel : prévenu, procureur, avocate, citation imbriquée',
    paragraphs: [
      'Le tribunal correctionnel de Montrivel a condamné jeudi Kevin M., 28 ans, à dix-huit mois de prison, dont six avec sursis, pour une série de cambriolages commis l’hiver dernier dans plusieurs communes du canton.',
      'À la barre, le prévenu a longuement tenté de minimiser son rôle. «\u00A0Je faisais le guet, rien de plus\u00A0», a-t-il répété à plusieurs reprises, tête baissée.',
      'Une version que le procureur, Thierry Vasselin, a balayée d’un revers de main. «\u00A0Les enquêteurs ont retrouvé ses empreintes sur trois des cinq fenêtres forcées\u00A0», a-t-il rappelé, avant de requérir deux ans ferme. «\u00A0Ce dossier n’a rien d’une erreur de jeunesse\u00A0», a-t-il ajouté.',
      'Me Sophie Garnier, avocate de deux familles cambriolées, a rapporté les mots d’une victime de 81 ans. «\u00A0Elle m’a simplement dit\u00A0: “Je ne dors plus, je laisse la lumière allumée toute la nuit”\u00A0», a raconté l’avocate, la voix nouée. «\u00A0Voilà ce que ces cambriolages ont produit, a-t-elle martelé. Une peur qui ne s’en va pas.\u00A0»',
      'La présidente du tribunal, Catherine Aubry, a finalement retenu une peine intermédiaire, assortie de l’obligation d’indemniser les victimes. Kevin M. n’a pas souhaité s’exprimer à l’issue de l’audience\u00A0; son avocat, Me Julien Roche, a indiqué qu’il «\u00A0réfléchissait à faire appel\u00A0».',
    ],
    quotes: [
      ['Je faisais le', 'Kevin M.'],
      ['Les enquêteurs ont', 'Thierry Vasselin'],
      ['Ce dossier n’a', 'Thierry Vasselin'],
      ['Elle m’a simplement', 'Sophie Garnier'],
      ['Voilà ce que', 'Sophie Garnier'],
      ['réfléchissait à faire', 'Julien Roche'],
    ],
  },

  // 3. Local news with a headline (plain spaces inside « »). The headline ends in a name and the
  //    first paragraph opens with another: no glued name. A nickname in guillemets (« le Paquebot »)
  //    is no quote. "a souligné le maire" (role noun → Gérard Poulain); two people side by side
  //    ("Rémi Castagné et … Martine Bouvier"); split quote with "a-t-il reconnu"; "Mme Bouvier, elle,
  //    se dit « … »"; "affirme Mme X" at the first mention, with a hyphenated surname and a party
  //    name after it; anonymous "glisse un élu" → null; a sentence-initial adverb ("Pourtant,
  //    Poulain a assuré : « … »").
  {
    name: 'conseil municipal : titre accolé, surnom, adjoints côte à côte, « Pourtant, X a assuré »',
    headline: 'Fermeture de la piscine : le maire de Vallon-sur-Brenne prend de court son adjoint Rémi Castagné',
    paragraphs: [
      'Gérard Poulain, maire de Vallon-sur-Brenne depuis 2014, a confirmé lundi soir en conseil municipal la fermeture de la piscine des Tilleuls à la rentrée. L’équipement, surnommé « le Paquebot » par les habitants depuis sa construction en 1972, coûte près de 300 000 euros par an à la commune.',
      '« Nous n’avons plus les moyens de chauffer un bassin de 50 mètres », a souligné le maire, chiffres à l’appui. Assis à sa droite, son premier adjoint Rémi Castagné et la conseillère déléguée aux sports Martine Bouvier n’ont pas pris la parole.',
      'À la sortie de la séance, Castagné ne cachait pas son malaise. « Je l’ai appris en même temps que tout le monde, a-t-il reconnu. Ce n’est pas comme ça qu’on travaille. » Mme Bouvier, elle, se dit « favorable à une réouverture partielle l’été ».',
      'Dans l’opposition, le ton est plus vif. « C’est une décision prise en catimini, sans la moindre concertation », affirme Mme Nathalie Perrot-Guérin, tête de liste du Renouveau brennois.',
      '« Tout le monde savait que ça finirait comme ça », glisse un élu de la majorité. Pourtant, Poulain a assuré : « Aucune décision n’est définitive tant que le budget n’est pas voté. » Le conseil se réunira de nouveau le 14 octobre.',
    ],
    quotes: [
      ['Nous n’avons plus', 'Gérard Poulain'],
      ['Je l’ai appris', 'Rémi Castagné'],
      ['favorable à une', 'Martine Bouvier'],
      ['C’est une décision', 'Nathalie Perrot-Guérin'],
      ['Tout le monde', null],
      ['Aucune décision n’est', 'Gérard Poulain'],
    ],
  },

  // 4. Sport, regional daily (U+00A0). A nickname (« la Fusée ») is no quote; "a-t-il raconté au
  //    micro de Radio Brenoux": a radio name right after the cue is not the speaker; "a réagi le
  //    technicien" (sports-page role noun for the coach); "regrettait le capitaine rennacois, X" (a
  //    title and a lower-case demonym before the name); « selon son président, X, … »; « d’après X,
  //    … » with a surname only; a programme title (« Tout le sport en Brenoux ») is no quote.
  {
    name: 'football : surnom, radio après l’incise, « le technicien », selon / d’après, titre d’émission',
    paragraphs: [
      'Le FC Castelmarin a arraché le match nul (2-2) samedi sur la pelouse de l’US Rennac, grâce à un but de Yanis Berthier dans le temps additionnel.',
      'Entré à l’heure de jeu, l’attaquant de 19 ans, surnommé «\u00A0la Fusée\u00A0» par les supporters, a égalisé d’une frappe croisée à la 93e minute. «\u00A0J’ai fermé les yeux et j’ai frappé\u00A0», a-t-il raconté au micro de Radio Brenoux, encore essoufflé.',
      'L’entraîneur castelmarinois, Fabrice Delorme, retenait surtout la réaction de son équipe. «\u00A0À 2-0 à la pause, beaucoup d’équipes auraient lâché\u00A0», a réagi le technicien. «\u00A0Pas nous. Ce groupe a du caractère, et il l’a encore montré ce soir\u00A0», a-t-il poursuivi.',
      'En face, on ruminait. «\u00A0On a offert deux buts sur des erreurs individuelles\u00A0», regrettait le capitaine rennacois, Loïc Tessier. Selon le président du club, Bernard Morvan, «\u00A0l’arbitrage a aussi pesé lourd dans le résultat\u00A0».',
      'Avec ce point, Castelmarin reste cinquième. D’après Delorme, «\u00A0le maintien se jouera à domicile, pas ailleurs\u00A0». Prochain rendez-vous le 3 novembre face à l’AS Vézenac, un match retransmis dans l’émission «\u00A0Tout le sport en Brenoux\u00A0» sur la chaîne locale.',
    ],
    quotes: [
      ['J’ai fermé les', 'Yanis Berthier'],
      ['À 2-0 à', 'Fabrice Delorme'],
      ['Pas nous. Ce', 'Fabrice Delorme'],
      ['On a offert', 'Loïc Tessier'],
      ['l’arbitrage a aussi', 'Bernard Morvan'],
      ['le maintien se', 'Fabrice Delorme'],
    ],
  },

  // 5. Economy, English-style “ ” marks with no spaces (as some French sites print them). A company
  //    credited by its proper name ("a justifié Kerdanel dans un communiqué") and a partial quote of
  //    the same statement ("évoquant une décision “…”"); anonymous "confie un salarié"; a quoted
  //    phrase in reported speech ("a qualifié le plan de “…”"); a split quote with
  //    "explique-t-elle"; a common-noun body ("a indiqué la préfecture", "qui dit vouloir “…”") →
  //    null; "a-t-il déclaré" after "le président du conseil départemental, X" (a quote that opens
  //    with the company's name); « selon une source proche de la direction » → null.
  {
    name: 'économie : communiqué d’entreprise, déléguée syndicale, préfecture, guillemets anglais',
    paragraphs: [
      'Le groupe Kerdanel a annoncé mercredi la fermeture de son usine de Saint-Aubert-des-Landes, qui emploie 212 salariés. Le site, spécialisé dans les emballages en carton, devrait cesser toute activité d’ici juin.',
      '“Le marché européen de l’emballage s’est effondré de 30 % en deux ans”, a justifié Kerdanel dans un communiqué, évoquant une décision “douloureuse mais malheureusement inévitable”.',
      'Devant les grilles de l’usine, la colère dominait jeudi matin. “On l’a appris par la presse, comme des moins que rien”, confie un salarié, quinze ans d’ancienneté. Sandrine Allard, déléguée syndicale, a qualifié le plan de “folie pure et simple”. “Le carnet de commandes est plein jusqu’en mars, explique-t-elle. Qu’on nous explique où est la logique.”',
      '“Un comité de suivi sera réuni dès la semaine prochaine”, a indiqué la préfecture, qui dit vouloir “examiner toutes les pistes de reprise”. Le président du conseil départemental, Hervé Lambertin, a réclamé pour sa part un moratoire. “Kerdanel a touché 4 millions d’euros d’aides publiques en dix ans. On est en droit de demander des comptes”, a-t-il déclaré.',
      'Les salariés ont prévu de manifester samedi devant la mairie. Selon une source proche de la direction, “un repreneur italien a déjà visité le site à deux reprises”.',
    ],
    quotes: [
      ['Le marché européen', 'Kerdanel'],
      ['douloureuse mais malheureusement', 'Kerdanel'],
      ['On l’a appris', null],
      ['folie pure et', 'Sandrine Allard'],
      ['Le carnet de', 'Sandrine Allard'],
      ['Un comité de', null],
      ['examiner toutes les', null],
      ['Kerdanel a touché', 'Hervé Lambertin'],
      ['un repreneur italien', null],
    ],
  },

  // 6. Interview in Q/R form with a headline (U+00A0). The headline ends in the interviewee's name and
  //    the first paragraph opens with a dateline place name: no glued name. A book title in « » is no
  //    quote. Questions (Q : « … ») are the paper's: null; answers (R : « … ») are the interviewee's;
  //    a ‹ › quote nested in a question belongs to the question.
  {
    name: 'entretien questions-réponses : titre de livre, questions du journal, réponses de l’invitée',
    headline: 'Glaciers, clients pressés et jeunes guides\u00A0: entretien avec Odile Ferrandier',
    paragraphs: [
      'Lanvarre-les-Cimes (envoyée spéciale). À 54 ans, Odile Ferrandier publie «\u00A0Ce que la montagne nous doit\u00A0», le récit de ses trente années de guide dans le massif du Grand-Caral. Le Courrier du Brenoux l’a rencontrée au pied des pistes.',
      'Q\u00A0: «\u00A0Pourquoi ce livre maintenant\u00A0?\u00A0»',
      'R\u00A0: «\u00A0Parce que j’ai vu les glaciers reculer de plusieurs centaines de mètres en une seule carrière. Il fallait le raconter avant que tout le monde oublie.\u00A0»',
      'Q\u00A0: «\u00A0Vous dénoncez une ‹\u00A0course aux sommets\u00A0›. Qu’entendez-vous par là\u00A0?\u00A0»',
      'R\u00A0: «\u00A0Des clients arrivent avec une liste de sommets à cocher, comme on fait ses courses. Ils veulent le Grand-Caral en deux jours, sans acclimatation. Moi, je refuse, et je le leur dis.\u00A0»',
      'Q\u00A0: «\u00A0Êtes-vous pessimiste pour l’avenir du métier\u00A0?\u00A0»',
      'R\u00A0: «\u00A0Non. Les jeunes guides que je forme ont une conscience que nous n’avions pas à leur âge. Ils savent dire non à un client.\u00A0»',
    ],
    quotes: [
      ['Pourquoi ce livre', null],
      ['Parce que j’ai', 'Odile Ferrandier'],
      ['Vous dénoncez une', null],
      ['Des clients arrivent', 'Odile Ferrandier'],
      ['Êtes-vous pessimiste pour', null],
      ['Non. Les jeunes', 'Odile Ferrandier'],
    ],
  },

  // 7. Parliament, national daily printing «» with no space. "a estimé la ministre" (role noun); a
  //    name with a lower-case particle ("Anne de Valmont", later "Mme de Valmont"); a partial quote
  //    after "a dénoncé un texte"; "lui a-t-elle lancé" right after a man is named (elle → the
  //    woman); two rapporteurs named side by side, then "a précisé Mme Joubert" / "a reconnu
  //    M. Saulnier" (hyphenated first name); a three-word retort with a cue; « selon un cadre » → null.
  {
    name: 'Assemblée nationale : la ministre, particule, « a-t-elle » après un homme, rapporteurs côte à côte',
    paragraphs: [
      'L’Assemblée nationale a adopté dans la nuit de mardi à mercredi, par 289 voix contre 241, le projet de loi sur la rénovation des logements anciens, défendu par la ministre du Logement, Anne de Valmont.',
      '«C’est une loi de bon sens, qui protège les locataires sans étrangler les propriétaires», a estimé la ministre à l’issue du vote. Face à elle, le député Léon Mabille, chef de file du groupe Alternative citoyenne, a dénoncé un texte «écrit pour les promoteurs».',
      'Mme de Valmont avait croisé le fer dans l’après-midi avec M. Mabille. «Vous n’avez pas lu le texte, monsieur le député», lui a-t-elle lancé dans l’hémicycle, sous les applaudissements de la majorité.',
      'Les deux rapporteurs du texte, Claire Joubert et Paul-Henri Saulnier, ont défendu l’équilibre trouvé. «Nous avons intégré 140 amendements venus de tous les bancs», a précisé Mme Joubert. «Sauf des nôtres», a ironisé M. Mabille depuis son banc.',
      'Le texte doit désormais être examiné par le Sénat. «Nous y serons attendus au tournant», a reconnu M. Saulnier. Selon un cadre de la majorité, «le Sénat ne touchera pas à l’essentiel».',
    ],
    quotes: [
      ['C’est une loi', 'Anne de Valmont'],
      ['écrit pour les', 'Léon Mabille'],
      ['Vous n’avez pas', 'Anne de Valmont'],
      ['Nous avons intégré', 'Claire Joubert'],
      ['Sauf des nôtres', 'Léon Mabille'],
      ['Nous y serons', 'Paul-Henri Saulnier'],
      ['le Sénat ne', null],
    ],
  },

  // 8. Health, regional daily (U+202F). "explique le Dr X" (Dr is a title); « selon lui, … » (pronoun);
  //    an organisation whose French name capitalises only its first word ("l’Agence régionale de
  //    santé"); a quote opening with a place name ("Rennac, c’est …"); a first name alone ("soupire
  //    Sylvie, 52 ans"); anonymous "témoigne une infirmière" → null; a paragraph ending in a name with
  //    no full stop, the next opening with another name; cue before with colon; "a martelé la
  //    députée" (role noun).
  {
    name: 'hôpital : le Dr, l’Agence régionale de santé, un prénom seul, un paragraphe qui finit sur un nom',
    paragraphs: [
      'Les urgences de l’hôpital de Montrivel fermeront chaque nuit de 20 heures à 8 heures à partir du 1er décembre, faute de médecins en nombre suffisant. La décision a été confirmée vendredi par la direction de l’établissement.',
      '«\u202FNous avons épuisé toutes les solutions, y compris l’intérim\u202F», explique le Dr Karim Benali, chef du service des urgences. Selon lui, il manque «\u202Fau minimum six praticiens à temps plein\u202F» pour assurer une permanence.',
      '«\u202FLa continuité des soins sera assurée par le centre hospitalier de Rennac et par le Samu\u202F», a indiqué l’Agence régionale de santé dans un communiqué.',
      'Dans la salle d’attente, l’inquiétude est palpable. «\u202FRennac, c’est quarante minutes de route, et l’hiver, bien plus\u202F», soupire Sylvie, 52 ans, venue avec sa mère. «\u202FOn nous demande de tenir, mais on tient depuis des années\u202F», témoigne une infirmière, qui requiert l’anonymat.',
      'Le maire de Montrivel, Alain Forestier, a reçu les soignants samedi avec la députée de la circonscription, Josiane Lemaire-Dufour',
      'Forestier a promis\u202F: «\u202FJe porterai ce dossier jusqu’au ministère s’il le faut.\u202F» «\u202FLes habitants de ce territoire ne sont pas des citoyens de seconde zone\u202F», a martelé la députée.',
    ],
    quotes: [
      ['Nous avons épuisé', 'Karim Benali'],
      ['au minimum six', 'Karim Benali'],
      ['La continuité des', 'Agence régionale de santé'],
      ['Rennac, c’est quarante', 'Sylvie'],
      ['On nous demande', null],
      ['Je porterai ce', 'Alain Forestier'],
      ['Les habitants de', 'Josiane Lemaire-Dufour'],
    ],
  },

  // 9. Wire dispatch, floods (U+00A0). "a-t-on appris auprès de la préfecture" is no quote; "Le préfet
  //    a déclaré : « … »" (role noun → the named prefect); « A », a-t-il précisé, « B » (one quote in
  //    two parts); « … », selon le lieutenant X (a rank is a title); « d’après lui, … »; anonymous
  //    "confie une habitante"; a place name right before a quote and its cue ("Ferrières-sur-Brenne,
  //    « … », rappelle son maire, X"); a common-noun body ("a indiqué le parquet de Montrivel") → null.
  {
    name: 'intempéries : le préfet, citation en deux morceaux, lieutenant, nom de commune avant la citation, parquet',
    paragraphs: [
      'Des pluies torrentielles se sont abattues dans la nuit de dimanche à lundi sur la vallée de la Brenne, provoquant le débordement de plusieurs cours d’eau et l’évacuation de quelque 300 habitants, a-t-on appris auprès de la préfecture.',
      'Le préfet de la région, Bertrand Olivier, est arrivé sur place dès l’aube. Devant la mairie de Ferrières-sur-Brenne, le préfet a déclaré\u00A0: «\u00A0La priorité absolue reste la mise en sécurité des personnes.\u00A0» Il a ensuite détaillé le dispositif. «\u00A0Nous avons évacué en priorité les personnes âgées\u00A0», a-t-il précisé, «\u00A0puis les familles avec enfants\u00A0».',
      '«\u00A0L’eau est montée d’un mètre en moins d’une heure\u00A0», selon le lieutenant Damien Ruelle, des sapeurs-pompiers. D’après lui, «\u00A0plusieurs routes resteront coupées jusqu’à mercredi au moins\u00A0».',
      'À Ferrières-sur-Brenne, la plus touchée des communes, les habitants découvraient l’ampleur des dégâts. «\u00A0On a tout perdu, le rez-de-chaussée est à refaire du sol au plafond\u00A0», confie une habitante, en vidant sa cave à la pelle. Ferrières-sur-Brenne, «\u00A0c’est la troisième fois en dix ans\u00A0», rappelle son maire, Gilles Arnaud.',
      'Un homme de 74 ans est porté disparu. «\u00A0Les recherches se poursuivent avec un hélicoptère et des plongeurs\u00A0», a indiqué le parquet de Montrivel, qui a ouvert une enquête.',
    ],
    quotes: [
      ['La priorité absolue', 'Bertrand Olivier'],
      ['Nous avons évacué', 'Bertrand Olivier'],
      ['L’eau est montée', 'Damien Ruelle'],
      ['plusieurs routes resteront', 'Damien Ruelle'],
      ['On a tout', null],
      ['c’est la troisième', 'Gilles Arnaud'],
      ['Les recherches se', null],
    ],
  },

  // 10. Culture, regional daily (U+202F). A festival name and a programme title in « » are no quotes;
  //     the writer's scare quotes (le « carré VIP ») are no quote; "sourit-elle" / "explique-t-elle";
  //     « pour l’adjoint à la culture, X, … »; a newspaper name right before the speaker ("Interrogée
  //     par L’Éclaireur de Ferrières, Mme Lefébure a reconnu : « … »") with a ‹ › quote nested inside;
  //     "prévient la directrice : « … »" (role noun, cue before with colon).
  {
    name: 'festival : nom de festival, guillemets de distance, journal avant le nom, ‹ › imbriqués',
    paragraphs: [
      'Le festival «\u202FLes Nuits de Ferrières\u202F» a refermé dimanche sa vingtième édition sur un record de fréquentation\u202F: 41\u202F000 spectateurs en quatre soirées, selon les organisateurs.',
      'Sa directrice, Margaux Lefébure, ne boudait pas son plaisir. «\u202FOn a longtemps été le petit festival qu’on regardait de haut. Plus maintenant\u202F», sourit-elle. «\u202FCette année, un spectateur sur trois venait de plus de cent kilomètres\u202F», explique-t-elle. Pour l’adjoint à la culture, Francis Dumesnil, «\u202Fla ville a enfin trouvé son grand rendez-vous de l’été\u202F».',
      'Tout n’a pas été rose pour autant. Le «\u202Fcarré VIP\u202F», inauguré cette année devant la grande scène, a fait grincer des dents. «\u202FUn festival populaire qui parque ses invités derrière des barrières, c’est un contresens\u202F», a critiqué Lucas Ferrand, conseiller municipal d’opposition.',
      'Interrogée par L’Éclaireur de Ferrières, Mme Lefébure a reconnu\u202F: «\u202FLe public nous l’a fait savoir. Un spectateur m’a écrit ‹\u202Fje ne reviendrai pas pour être un spectateur de seconde classe\u202F›, et il avait raison.\u202F»',
      'Le carré VIP ne sera donc pas reconduit. La programmation 2026 sera dévoilée en mars dans l’émission «\u202FBrenne Soir\u202F» de la chaîne locale. Pas question, en revanche, de changer la formule, prévient la directrice\u202F: «\u202FOn reste gratuit, on reste familial, on reste ici.\u202F»',
    ],
    quotes: [
      ['On a longtemps', 'Margaux Lefébure'],
      ['Cette année, un', 'Margaux Lefébure'],
      ['la ville a', 'Francis Dumesnil'],
      ['Un festival populaire', 'Lucas Ferrand'],
      ['Le public nous', 'Margaux Lefébure'],
      ['On reste gratuit,', 'Margaux Lefébure'],
    ],
  },

  // 11. Local transport strike (U+00A0). "a déclaré X, porte-parole de …" then "a-t-il prévenu"; a
  //     company credited by its proper name ("a répondu Transbrenne"); « … », selon X (after the
  //     quote); anonymous speakers ("peste une aide à domicile", "Un étudiant, lui, relativise : « … »")
  //     → null; two people named side by side ("Le maire, X, et son adjoint …, Y"), then a
  //     sentence-initial adverb with no comma ("Ensuite Morel a dit : « … »") and "a complété
  //     Benhaddou".
  {
    name: 'grève des transports : porte-parole, entreprise, usagers anonymes, « Ensuite Morel a dit »',
    paragraphs: [
      'Aucun bus ni tramway n’a circulé lundi à Castelmarin, au premier jour d’une grève reconductible lancée par l’intersyndicale du réseau Transbrenne contre la réorganisation des horaires.',
      '«\u00A0La direction veut nous faire travailler en trois coupures par jour, c’est inacceptable\u00A0», a déclaré Mehdi Ouazzani, porte-parole de l’intersyndicale, devant le dépôt de la rue des Acacias. «\u00A0Nous tiendrons aussi longtemps qu’il le faudra\u00A0», a-t-il prévenu.',
      '«\u00A0Le dialogue reste ouvert, et une nouvelle réunion est proposée mercredi\u00A0», a répondu Transbrenne dans un communiqué. «\u00A0La réorganisation ne concerne que 12\u00A0% des conducteurs\u00A0», selon Corinne Vasseur, directrice générale du réseau.',
      'À l’arrêt Hôtel-de-Ville, les usagers prenaient leur mal en patience. «\u00A0Je vais perdre une journée de salaire\u00A0», peste une aide à domicile, contrainte de marcher une heure. Un étudiant, lui, relativise\u00A0: «\u00A0On a l’habitude, c’est la troisième grève depuis la rentrée.\u00A0»',
      'Le maire, Philippe Morel, et son adjoint aux transports, Ahmed Benhaddou, ont tenu une conférence de presse commune en fin de matinée. Ensuite Morel a dit\u00A0: «\u00A0Je demande aux deux parties de se mettre autour de la table dès ce soir.\u00A0» «\u00A0La ville est prête à financer une partie des embauches\u00A0», a complété Benhaddou.',
    ],
    quotes: [
      ['La direction veut', 'Mehdi Ouazzani'],
      ['Nous tiendrons aussi', 'Mehdi Ouazzani'],
      ['Le dialogue reste', 'Transbrenne'],
      ['La réorganisation ne', 'Corinne Vasseur'],
      ['Je vais perdre', null],
      ['On a l’habitude,', null],
      ['Je demande aux', 'Philippe Morel'],
      ['La ville est', 'Ahmed Benhaddou'],
    ],
  },

  // 12. Departmental budget, “ ” marks and straight apostrophes (as some sites print them). "Il a
  //     qualifié … de “…”" (pronoun, quoted phrase in reported speech); a split quote with "a-t-il
  //     promis"; a journalist's question ("lui a demandé une journaliste") → null, the answer "a-t-il
  //     répondu" → the one asked; "la conseillère départementale X a dénoncé un budget “…”" then
  //     "a-t-elle estimé"; "a conclu M. Cazenave" (M. is a title).
  {
    name: 'budget départemental : qualifié de “…”, question d’une journaliste, apostrophes droites',
    paragraphs: [
      "Le président du conseil départemental, Jean-Baptiste Cazenave, a présenté jeudi un budget 2026 en baisse de 4 %, le premier recul depuis dix ans. Il a qualifié la situation financière du département de “plus tendue que jamais”.",
      "“Nous ne toucherons ni aux collèges ni aux routes, a-t-il promis, mais tout le reste sera passé au crible.” Les subventions aux associations culturelles baisseront de 15 %.",
      "“Allez-vous réduire le nombre d'agents ?”, lui a demandé une journaliste. “Ce n'est pas à l'ordre du jour”, a-t-il répondu, sans fermer complètement la porte.",
      "Dans l'opposition, la conseillère départementale Fatima Zerrouki a dénoncé un budget “d'austérité qui ne dit pas son nom”. “On demande aux plus fragiles de payer la facture”, a-t-elle estimé.",
      "Le vote définitif aura lieu le 12 décembre. “Nous verrons alors qui assume ses responsabilités”, a conclu M. Cazenave.",
    ],
    quotes: [
      ['plus tendue que', 'Jean-Baptiste Cazenave'],
      ['Nous ne toucherons', 'Jean-Baptiste Cazenave'],
      ['Allez-vous réduire le', null],
      ["Ce n'est pas", 'Jean-Baptiste Cazenave'],
      ["d'austérité qui ne", 'Fatima Zerrouki'],
      ['On demande aux', 'Fatima Zerrouki'],
      ['Nous verrons alors', 'Jean-Baptiste Cazenave'],
    ],
  },
];
