import type { LanguageCase } from '../language-case';

/**
 * Golden Spanish cases: articles the team wrote in the style of Spanish and Latin American papers
 * and wire services. Every person, town, party, company and outlet is invented; no real article
 * is copied or paraphrased. Spanish press typography is used as it is written: «comillas
 * latinas» with “ ” or ‘ ’ nested inside, “comillas inglesas”, and "straight quotes". Closing
 * punctuation usually sits outside the marks («…». / «…», dijo).
 *
 * Conventions (those of ../../speakers/cases.ts, applied to Spanish):
 * - `quotes` lists every direct quote in order: [firstWords, speaker]. firstWords are the first
 *   three space-separated words of the text between the marks, with the opening mark removed and
 *   punctuation kept as written. An opening ¿ or ¡ belongs to the text, so it stays: '¿Cuántas
 *   ambulancias más'. For a split quote («…», dijo X, «…») it is the first three words of the
 *   first part. If the first part is shorter than three words the next part fills in, but no case
 *   here has one that short.
 * - A split quote is one quote. A second stretch in the same paragraph that follows a full stop
 *   and has no cue of its own joins the quote before it, as in the English engine's tests (one
 *   entry). A second stretch with its own cue («…», añadió) is a quote of its own.
 * - Marks nested inside a quote (“alivio fiscal”, ‘el pan no espera a nadie’) are part of that
 *   quote, not separate quotes.
 * - The speaker is the person's full name as the paragraphs first write it. It never includes a
 *   title or honorific (el ministro, la alcaldesa, el fiscal, don, doña, Sr., Sra.), and compound
 *   surnames stay whole (María José López Herrera). As in the English cases, the headline does not
 *   count as the article's first mention.
 * - A role noun (dijo la alcaldesa), a pronoun (aseguró ella) or a dropped subject («…», añadió)
 *   is resolved to a name only when a careful reader is sure who is meant. It resolves to null
 *   when the person it points to is unnamed (a spokesperson who asked not to be named, a minister
 *   the article never names).
 * - null: anonymous or unnamed speakers (un vecino, fuentes del ministerio, una mujer con un
 *   megáfono, un grupo de vecinos) and interviewers the article does not name.
 * - Organisations are speakers only when the cue credits them (indicó Lácteos Valmonte en un
 *   comunicado, advirtió el Banco Central, señaló la entidad). They are written as the proper name
 *   without an article: 'Banco Central de Costanera', 'Lácteos Valmonte'. There are only three
 *   such quotes.
 * - A short phrase woven into reported speech by a cue (calificó la reforma de «…») is a quote
 *   (a fragment) and is listed. Titles of books and programmes, nicknames and names of laws or
 *   events in marks are nobody's words: they are left out, with a comment where they occur.
 * - Interviews (P./R.): the questions are the interviewer's words (null here, because the paper
 *   names no interviewer) and the answers are the interviewee's. This paper puts each turn in
 *   marks. Interviews printed without marks are not covered, because they have no marks to read.
 */
export const ES_CASES: LanguageCase[] = [
  // 1. Spanish national daily, politics, «» with “ ” nested.
  // Patterns: cue before with colon (La ministra declaró: «…»); title in apposition (la ministra de
  // Hacienda, Elena Sotomayor) left out of the name; split quote («…», dijo Sotomayor, «…»);
  // a quoted phrase in reported speech (calificó la reforma de «…»); nested “ ” inside «» kept in
  // one quote; dropped subjects («…», señaló. / «…», añadió.); anonymous source (según fuentes
  // del ministerio -> null); a role noun (dijo el ministro) resolved to the one minister named.
  {
    name: 'política: la ministra de Hacienda, cue con dos puntos, cita partida y sujeto omitido',
    paragraphs: [
      'La ministra de Hacienda, Elena Sotomayor, defendió ayer en el Congreso la reforma fiscal que el Consejo de Ministros aprobará el próximo martes. La ministra declaró: «Esta reforma no sube los impuestos a ninguna familia que gane menos de treinta mil euros al año».',
      '«No vamos a retirar el proyecto», dijo Sotomayor, «por mucho que la oposición lo pida a gritos». La titular de Hacienda recordó que el texto ya cuenta con el dictamen favorable del Consejo de Estado.',
      'El portavoz económico del Partido Renovador, Julián Echevarría, calificó la reforma de «un sablazo encubierto a la clase media» y anunció una enmienda a la totalidad. «Cuando la ministra dice “alivio fiscal”, quiere decir que pagaremos lo mismo con otro nombre», afirmó Echevarría.',
      'Preguntada por las críticas, Sotomayor no se inmutó. «Los números están ahí y cualquiera puede comprobarlos», señaló. «El que tenga una propuesta mejor, que la traiga a esta Cámara», añadió.',
      'En el ministerio dan por hecho que el texto saldrá adelante con el apoyo de los grupos regionalistas. «Los votos están atados desde la semana pasada», según fuentes del ministerio.',
      'El ministro de Relaciones con las Cortes, Álvaro Mendieta, se mostró igual de confiado a la salida del pleno. «Si hace falta, negociaremos hasta el último minuto», dijo el ministro.',
    ],
    quotes: [
      ['Esta reforma no', 'Elena Sotomayor'],
      ['No vamos a', 'Elena Sotomayor'],
      ['un sablazo encubierto', 'Julián Echevarría'],
      ['Cuando la ministra', 'Julián Echevarría'],
      ['Los números están', 'Elena Sotomayor'],
      ['El que tenga', 'Elena Sotomayor'],
      ['Los votos están', null],
      ['Si hace falta,', 'Álvaro Mendieta'],
    ],
  },

  // 2. Latin American news site, local news, “comillas inglesas”.
  // Patterns: dateline in capitals; compound name (María José López Herrera, later López Herrera)
  // after the title "la alcaldesa"; a role noun resolved (dijo la alcaldesa); «…», según la
  // alcaldesa; pronoun (aseguró ella); an anonymous neighbour (comentó un vecino -> null); an
  // opening ¡ with the honorific Sra. left out of the name; explicó a este diario + title +
  // compound name; a colon cue after an apposition (el ministro de Obras Públicas, Esteban Quiroga).
  {
    name: 'local: inundaciones, la alcaldesa, según la alcaldesa, un vecino anónimo y la Sra.',
    paragraphs: [
      'SAN TELMO DE LAS LOMAS.– Las lluvias de los últimos tres días dejaron más de cuatrocientas familias evacuadas en los barrios bajos de esta ciudad, y la alcaldesa María José López Herrera pidió ayer al gobierno provincial que declare la emergencia hídrica.',
      '“No tenemos ni botes ni colchones suficientes para atender a todos”, dijo la alcaldesa en conferencia de prensa. López Herrera recorrió por la mañana el barrio La Ribera, donde el agua llegó a superar el metro de altura.',
      '“La provincia tiene los recursos y tiene que ponerlos ya, no la semana que viene”, según la alcaldesa. “Vamos a estar acá el tiempo que haga falta”, aseguró ella antes de volver al centro de evacuados del club Sportivo Ribereño.',
      'En La Ribera, los vecinos sacaban a la vereda lo poco que pudieron salvar. “El río se llevó todo lo que teníamos”, comentó un vecino mientras cargaba un ropero en una camioneta. “¡Veinte años viviendo acá y nunca vimos algo así!”, exclamó la Sra. Rosa Benítez de Arce, de 71 años.',
      'La Defensa Civil municipal informó que el nivel del arroyo Las Tunas seguía en ascenso. “Pedimos a la gente que no vuelva a sus casas hasta que se lo indiquemos”, explicó a este diario el director del organismo, Horacio Villalba Paz.',
      'Desde la capital provincial, el ministro de Obras Públicas, Esteban Quiroga, respondió: “Los equipos de rescate salieron anoche y van a llegar antes del mediodía”.',
    ],
    quotes: [
      ['No tenemos ni', 'María José López Herrera'],
      ['La provincia tiene', 'María José López Herrera'],
      ['Vamos a estar', 'María José López Herrera'],
      ['El río se', null],
      ['¡Veinte años viviendo', 'Rosa Benítez de Arce'],
      ['Pedimos a la', 'Horacio Villalba Paz'],
      ['Los equipos de', 'Esteban Quiroga'],
    ],
  },

  // 3. Spanish daily, courts, «».
  // Patterns: titles not in the name (el fiscal anticorrupción, la abogada, la letrada, el
  // exregidor); de acuerdo con X before a quote; sentence-initial adverb (Sin embargo, Garrido
  // dijo: «…»); a quoted phrase after "calificó … de"; a newspaper name right before the speaker
  // (declaró a El Heraldo del Tormedo la abogada…, Inmaculada Sorní); a town right before the cue
  // (que atendió a la prensa en Castrobermejo, dijo:).
  // Trap: a book title in «» («Treinta años de tiza y pizarra») is nobody's words and is left out.
  {
    name: 'tribunales: el fiscal, de acuerdo con, sin embargo, un periódico y un título de libro',
    paragraphs: [
      'La Audiencia Provincial de Tormedo sentó ayer en el banquillo al exalcalde de Castrobermejo Fermín Garrido Lasheras, acusado de adjudicar a dedo la limpieza viaria a una empresa de su cuñado. El fiscal anticorrupción, Santiago Oyarzábal, pide para él seis años de prisión.',
      '«El acusado convirtió el Ayuntamiento en una agencia de colocación familiar», dijo el fiscal en su exposición inicial. De acuerdo con Oyarzábal, «los pliegos se redactaron a la medida de Limpiezas Garrido Hermanos, y eso está documentado».',
      'Sin embargo, Garrido dijo ante el tribunal: «Yo nunca firmé un contrato sin el visto bueno del secretario municipal». «Soy maestro de escuela, no abogado, y firmaba lo que los técnicos me ponían delante», añadió el exregidor, que calificó la acusación de «una venganza política».',
      'Garrido, que en 2019 publicó unas memorias tituladas «Treinta años de tiza y pizarra», llegó a la sala acompañado de su mujer y de dos de sus hijos.',
      'La defensa sostiene que el secretario de entonces, Benito Arjona, ya fallecido, supervisaba todos los expedientes. «Es muy cómodo culpar a quien ya no puede defenderse», declaró a El Heraldo del Tormedo la abogada del exalcalde, Inmaculada Sorní.',
      'Sorní, que atendió a la prensa en Castrobermejo, dijo: «Vamos a demostrar que el procedimiento fue limpio de principio a fin». El juicio continuará el lunes con la declaración de los técnicos municipales. «Mi cliente está tranquilo y va a contestar a todo», aseguró la letrada.',
    ],
    quotes: [
      ['El acusado convirtió', 'Santiago Oyarzábal'],
      ['los pliegos se', 'Santiago Oyarzábal'],
      ['Yo nunca firmé', 'Fermín Garrido Lasheras'],
      ['Soy maestro de', 'Fermín Garrido Lasheras'],
      ['una venganza política', 'Fermín Garrido Lasheras'],
      ['Es muy cómodo', 'Inmaculada Sorní'],
      ['Vamos a demostrar', 'Inmaculada Sorní'],
      ['Mi cliente está', 'Inmaculada Sorní'],
    ],
  },

  // 4. Spanish sports page (football), «».
  // Patterns: title in apposition (el entrenador, Gabriel Morcillo); dropped subject (añadió,
  // exclamó, dijo); an opening ¡; two people named side by side (el presidente del club, Faustino
  // Lerma, y el alcalde de Valdemora, Ricardo Soler Puig), each then speaking; a sentence-initial
  // adverb with no comma before a compound surname (Luego Soler Puig pidió prudencia: «…»); a
  // phrase in reported speech (pidió «…»).
  // Traps: a nickname («el Tanque») and the name of a match («derbi del Ocejo») are nobody's words.
  {
    name: 'deporte: apodo, dos personas juntas, adverbio sin coma y sujeto omitido',
    paragraphs: [
      'El Racing de Valdemora sumó anoche su tercera victoria consecutiva (2-0 ante el Atlético Ribera) gracias a dos goles de Rodrigo Almeida, al que la afición llama «el Tanque» y que vuelve a ser el máximo goleador de la categoría.',
      '«Hoy el equipo ha jugado como yo quiero que juegue», dijo el entrenador, Gabriel Morcillo, en la sala de prensa. «Con balón, sin miedo y todos juntos», añadió.',
      'Almeida, que fue silbado por parte de la grada hace dos semanas, no quiso hablar de reproches. «¡A mí me pagan por meter goles, no por contestar!», exclamó entre risas. «Los pitos son parte del fútbol», dijo después.',
      'En el palco estaban el presidente del club, Faustino Lerma, y el alcalde de Valdemora, Ricardo Soler Puig. Lerma dijo: «Este equipo puede soñar con el ascenso». Luego Soler Puig pidió prudencia: «Vamos partido a partido, que todavía queda media liga».',
      'En el vestuario visitante, el técnico del Atlético Ribera, Manuel Pastrana, no buscó excusas. «Nos vamos con la sensación de haber merecido algo más», reconoció Pastrana, que pidió «un poco más de respeto» para una plantilla que no gana desde octubre.',
      'El Racing visitará el domingo al líder en el llamado «derbi del Ocejo», el partido que la afición lleva semanas esperando.',
    ],
    quotes: [
      ['Hoy el equipo', 'Gabriel Morcillo'],
      ['Con balón, sin', 'Gabriel Morcillo'],
      ['¡A mí me', 'Rodrigo Almeida'],
      ['Los pitos son', 'Rodrigo Almeida'],
      ['Este equipo puede', 'Faustino Lerma'],
      ['Vamos partido a', 'Ricardo Soler Puig'],
      ['Nos vamos con', 'Manuel Pastrana'],
      ['un poco más', 'Manuel Pastrana'],
    ],
  },

  // 5. Wire dispatch, economy, "straight quotes".
  // Patterns: an organisation credited by its cue (El Banco Central de Costanera … advirtió de que
  // la inflación "…"; "…", señaló la entidad -> 'Banco Central de Costanera'); a cue before with
  // colon after an apposition; a long title before a name (el presidente de la Cámara de Comercio
  // de Puerto Cárdenas, Lisandro Vega); de acuerdo con + title + a company name right before the
  // speaker (la consultora Andina Research, Paula Irigoyen); an unnamed official (dijo uno de
  // ellos -> null).
  {
    name: 'economía (agencia): el banco central habla, de acuerdo con, una consultora y fuentes',
    paragraphs: [
      'PUERTO CÁRDENAS, 12 mar (Agencia Meridiana) - El Banco Central de Costanera mantuvo este martes su tasa de referencia en el 7,5 %, en contra de lo que esperaba la mayoría de los analistas, y advirtió de que la inflación "todavía no está bajo control".',
      '"El comité considera prematuro cualquier recorte mientras los precios de los alimentos sigan subiendo a este ritmo", señaló la entidad en un comunicado.',
      'El gobernador del banco, Arturo Benavídez Ochoa, dijo en rueda de prensa: "No vamos a bajar la guardia por un buen dato aislado".',
      'La decisión no gustó en el sector privado. "Con tipos así no hay pyme que aguante un año más", afirmó el presidente de la Cámara de Comercio de Puerto Cárdenas, Lisandro Vega.',
      'De acuerdo con la economista jefe de la consultora Andina Research, Paula Irigoyen, "el banco prefiere pasarse de prudente antes que quedarse corto, y eso tiene un coste en empleo".',
      'Fuentes del Ministerio de Economía consultadas por esta agencia evitaron criticar la decisión. "El banco es independiente y nosotros lo respetamos", dijo uno de ellos.',
    ],
    quotes: [
      ['todavía no está', 'Banco Central de Costanera'],
      ['El comité considera', 'Banco Central de Costanera'],
      ['No vamos a', 'Arturo Benavídez Ochoa'],
      ['Con tipos así', 'Lisandro Vega'],
      ['el banco prefiere', 'Paula Irigoyen'],
      ['El banco es', null],
    ],
  },

  // 6. Spanish daily, interview in P./R. form, «» with “ ” nested.
  // Patterns: an interview block where the paper's questions (P.) are the unnamed interviewer's
  // (null) and the answers (R.) are the interviewee's; "P." and "R." are labels, not initials of a
  // name; a present-tense cue (confiesa); nested “ ” in answers and questions kept inside their
  // quote; an anonymous reader (le dice la mujer -> null).
  // Traps: a novel title («La casa de los vientos») and a radio programme title («Letras de
  // Medianoche») are nobody's words.
  {
    name: 'entrevista: preguntas del periódico y respuestas de la escritora, títulos entre comillas',
    paragraphs: [
      'Carmen Aldecoa Rivas (Castrobermejo, 1961) acaba de publicar «La casa de los vientos», su duodécima novela, y atiende a este diario en una cafetería del centro. Habla despacio y se ríe a menudo. «He tardado siete años en escribir este libro y casi lo tiro a la basura dos veces», confiesa.',
      'P. «¿Por qué volver ahora al pueblo de su infancia?»',
      'R. «Porque es el único sitio sobre el que todavía no había escrito. Mi madre decía: “lo que no se cuenta, se pierde”, y tenía razón».',
      'P. «¿Le molesta que la llamen “escritora rural”?»',
      'R. «Me molestaba antes. Ahora me hace gracia, porque a nadie le dicen “escritor urbano”».',
      'La conversación se interrumpe cuando una lectora se acerca a pedirle una firma. «Su libro anterior me lo leí en dos noches», le dice la mujer. Aldecoa, que el jueves presentará la novela en el programa «Letras de Medianoche» de Radio Tormedo, se despide con una promesa: «El próximo no tardará siete años».',
    ],
    quotes: [
      ['He tardado siete', 'Carmen Aldecoa Rivas'],
      ['¿Por qué volver', null],
      ['Porque es el', 'Carmen Aldecoa Rivas'],
      ['¿Le molesta que', null],
      ['Me molestaba antes.', 'Carmen Aldecoa Rivas'],
      ['Su libro anterior', null],
      ['El próximo no', 'Carmen Aldecoa Rivas'],
    ],
  },

  // 7. Latin American regional paper, “comillas inglesas”, with a headline.
  // Patterns: a headline ending in a full name, run straight into a first paragraph that opens with
  // the bare surname (the speaker is 'Quintana', as the paragraphs write it); a role noun resolved
  // (dijo la gobernadora); two people named side by side, each then speaking; a phrase in reported
  // speech (pidió “…”); an opening ¿ with an anonymous speaker (una mujer con un megáfono -> null);
  // a dropped subject whose subject is an unnamed spokesperson (aseguró -> null, not the last
  // person named); a second stretch after a full stop with no cue of its own (“Que lo mande, …”,
  // ironizó. “Pero …”), joined to the quote before it as one quote.
  // Trap: the nickname of a law (la “ley del techo”) is nobody's words.
  {
    name: 'titular pegado al primer párrafo, portavoz anónimo con sujeto omitido y un apodo de ley',
    headline: 'La Legislatura de Río Seco desafía a la gobernadora Silvina Quintana',
    paragraphs: [
      'Quintana anunció el lunes el veto total de la ley de alquileres, aprobada hace dos semanas por amplia mayoría. “Una ley que espanta a los propietarios no le sirve a ningún inquilino”, dijo la gobernadora en conferencia de prensa.',
      'El presidente de la Legislatura, Damián Ocampo, y la jefa del bloque oficialista, Verónica Ledesma, se reunieron por la tarde con la gobernadora. Ocampo dijo al salir: “Tenemos los dos tercios para insistir con la ley y los vamos a usar”. Ledesma, en cambio, pidió “no dramatizar un desacuerdo entre compañeros”.',
      'La norma, conocida en la provincia como la “ley del techo”, fija un tope a las actualizaciones de los contratos y crea un registro de viviendas vacías.',
      'En la puerta de la Legislatura, unas doscientas personas se concentraron con carteles contra el veto. “¿De qué lado está la gobernadora, del nuestro o del de los dueños?”, preguntó a gritos una mujer con un megáfono.',
      'Un portavoz de la gobernación, que pidió no ser identificado, adelantó que Quintana enviará en los próximos días un proyecto alternativo. “Va a ser una ley mejor y más equilibrada”, aseguró.',
      'Ocampo no se mostró impresionado. “Que lo mande, que lo vamos a leer”, ironizó. “Pero la ley ya está aprobada y la vamos a sostener”.',
    ],
    quotes: [
      ['Una ley que', 'Quintana'],
      ['Tenemos los dos', 'Damián Ocampo'],
      ['no dramatizar un', 'Verónica Ledesma'],
      ['¿De qué lado', null],
      ['Va a ser', null],
      ['Que lo mande,', 'Damián Ocampo'],
    ],
  },

  // 8. Latin American paper, local feature, “ ” with ‘ ’ nested.
  // Patterns: honorifics left out of the name (don Anselmo Prieto Salcedo, doña Eulalia Ferreyra,
  // el Sr. Tobías Maldonado); a bare "don + first name" cue resolved (contó don Anselmo); nested
  // ‘ ’ kept inside its quote; pronouns resolved (explicó ella, protestó él); a named neighbour then
  // an anonymous one (agregó un jubilado … -> null, not the last speaker); a role noun resolved
  // (dijo el panadero).
  {
    name: 'crónica local: don, doña y Sr., comillas simples anidadas y pronombres',
    paragraphs: [
      'Después de 62 años, la panadería La Espiga de Oro, del barrio Las Acacias, bajará la persiana el próximo sábado. Su dueño, don Anselmo Prieto Salcedo, de 84 años, atendió a este diario detrás del mostrador, entre bolsas de harina.',
      '“Mi papá me decía: ‘el pan no espera a nadie’, y yo me levanté a las cuatro de la mañana toda mi vida”, contó don Anselmo.',
      'Su esposa, doña Eulalia Ferreyra, lleva la caja desde 1968. “Él no quería cerrar, pero ya no le dan las rodillas”, explicó ella mientras despachaba medio kilo de bizcochos. “Eso es mentira, las rodillas andan de diez”, protestó él entre risas.',
      'Los clientes de toda la vida no se lo terminan de creer. “Acá compraba el pan mi abuela, después mi mamá y ahora yo”, dijo Graciela Noriega, vecina de la cuadra. “Es como si cerraran la parroquia”, agregó un jubilado que prefirió no dar su nombre.',
      'El local fue comprado por una cadena de farmacias, según confirmó el Sr. Tobías Maldonado, apoderado de la empresa. “Vamos a respetar la fachada original, eso está en el contrato”, dijo Maldonado.',
      'El sábado habrá chocolate caliente y pan gratis para todos. “Que vengan, que esto es una despedida y no un velorio”, dijo el panadero, y volvió a meter las manos en la masa.',
    ],
    quotes: [
      ['Mi papá me', 'Anselmo Prieto Salcedo'],
      ['Él no quería', 'Eulalia Ferreyra'],
      ['Eso es mentira,', 'Anselmo Prieto Salcedo'],
      ['Acá compraba el', 'Graciela Noriega'],
      ['Es como si', null],
      ['Vamos a respetar', 'Tobías Maldonado'],
      ['Que vengan, que', 'Anselmo Prieto Salcedo'],
    ],
  },

  // 9. Spanish daily, regional parliament, «».
  // Patterns: two people named side by side (El presidente autonómico, Rafael Ibarrola, y la líder
  // de la oposición, Nuria Castañer); an opening ¿ in a colon cue («¿…?».); a name inside a quote
  // (señora Castañer) that is not its speaker; a role noun resolved (insistió el presidente); a
  // phrase in reported speech (acusó … de «…»); según + title + compound name before a quote;
  // «…», explicó a este diario Marta Ruiz; a sentence-initial "Sin embargo" before a non-person;
  // an opening ¡ shouted by a group (-> null); Y añadió: «…» (dropped subject, colon).
  {
    name: 'parlamento: dos personas a la vez, pregunta con ¿, según la consejera y un grito anónimo',
    paragraphs: [
      'El pleno del Parlamento de Tormedo vivió ayer su sesión más bronca de la legislatura. El presidente autonómico, Rafael Ibarrola, y la líder de la oposición, Nuria Castañer, se enzarzaron durante casi una hora a cuenta del cierre del hospital comarcal de Villarrubia del Ocejo.',
      'Castañer abrió el debate con una pregunta: «¿Cuántas ambulancias más tienen que llegar tarde para que ustedes rectifiquen?». Ibarrola le contestó: «Ninguna, señora Castañer, porque ninguna ha llegado tarde».',
      '«El hospital no se cierra, se transforma en un centro de alta resolución», insistió el presidente, que acusó a la oposición de «meter miedo a los vecinos con mentiras».',
      'Según la consejera de Sanidad, Beatriz Olmedo Sanz, «el nuevo centro tendrá más especialistas que el actual». Sin embargo, el comité de empresa del hospital lo niega. «Nos han dicho que de los veinte médicos se quedan ocho», explicó a este diario Marta Ruiz, enfermera de urgencias y delegada sindical.',
      'Desde la tribuna de invitados, un grupo de vecinos gritó «¡El hospital no se vende!» hasta que la presidenta de la Cámara ordenó desalojarla.',
      'Al término del pleno, Castañer dijo a los periodistas: «Volveremos a traer este asunto cada semana hasta que den marcha atrás». Y añadió: «Los vecinos de Villarrubia no son ciudadanos de segunda».',
    ],
    quotes: [
      ['¿Cuántas ambulancias más', 'Nuria Castañer'],
      ['Ninguna, señora Castañer,', 'Rafael Ibarrola'],
      ['El hospital no', 'Rafael Ibarrola'],
      ['meter miedo a', 'Rafael Ibarrola'],
      ['el nuevo centro', 'Beatriz Olmedo Sanz'],
      ['Nos han dicho', 'Marta Ruiz'],
      ['¡El hospital no', null],
      ['Volveremos a traer', 'Nuria Castañer'],
      ['Los vecinos de', 'Nuria Castañer'],
    ],
  },

  // 10. Latin American sports wire, cycling, "straight quotes".
  // Patterns: a paragraph ending in a name with no full stop (… Julián Arrieta) followed by one
  // opening with the other surname (Ordóñez dijo …: "…"), two people side by side across the
  // break; a split quote with a named speaker ("…", dijo Arrieta, "…"); a split quote with a dropped
  // subject ("…", señaló, "…"); contó after a programme title; an opening ¿ then a second sentence
  // inside one quote ("¿Perder? Todavía…", advirtió).
  // Traps: a nickname ("el Profe") and a TV programme title ("Pedal y Montaña") are nobody's words.
  {
    name: 'ciclismo (agencia): párrafo que acaba en un nombre, citas partidas, apodo y programa',
    paragraphs: [
      'El ciclista costanerense Matías Ordóñez ganó este domingo la quinta etapa de la Vuelta a Las Sierras tras un ataque a 12 kilómetros de meta, y se vistió de líder. Cruzó la línea en Alto del Cóndor abrazado a su compañero de equipo Julián Arrieta',
      'Ordóñez dijo en la zona mixta: "Esto se lo dedico a mi vieja, que me está mirando por la tele".',
      '"Yo solo tenía que tirar hasta el último puerto", dijo Arrieta, "y lo demás lo hizo él".',
      'El director deportivo del equipo, Ramón Estigarribia, al que en el pelotón todos llaman "el Profe", fue más cauto. "La carrera no se gana en la quinta etapa", señaló, "se gana en la contrarreloj del sábado".',
      'Por la noche, en el programa "Pedal y Montaña" de TV Serrana, Ordóñez confesó que pensó en abandonar tras la caída del martes. "Me dolía todo, no podía ni agarrar el manillar", contó.',
      'El segundo de la general, Esteban Ruiz Llamas, quedó a 48 segundos. "¿Perder? Todavía falta mucho, esto recién empieza", advirtió.',
    ],
    quotes: [
      ['Esto se lo', 'Matías Ordóñez'],
      ['Yo solo tenía', 'Julián Arrieta'],
      ['La carrera no', 'Ramón Estigarribia'],
      ['Me dolía todo,', 'Matías Ordóñez'],
      ['¿Perder? Todavía falta', 'Esteban Ruiz Llamas'],
    ],
  },

  // 11. Spanish daily, labour dispute, «» with “ ” nested.
  // Patterns: a company credited by its cue (indicó Lácteos Valmonte en un comunicado); a long
  // compound surname with "de la" (José Luis Arrabal de la Fuente); a newspaper name right before
  // the cue with a dropped subject (En declaraciones a La Voz de Castrobermejo, dijo: «…» -> the
  // committee secretary, not the paper); nested “ ” kept inside; «…», explicó a este diario X; a
  // dropped subject (sentenció); de acuerdo con el regidor + a phrase (-> the mayor named before);
  // «…», según la consejera (-> the minister named before).
  {
    name: 'laboral: la empresa en un comunicado, un periódico antes del verbo y según la consejera',
    paragraphs: [
      'La plantilla de Lácteos Valmonte, en el polígono Las Eras de Castrobermejo, cumplió ayer su quinto día de huelga indefinida contra el cierre de la línea de yogures, que dejaría sin empleo a 140 trabajadores.',
      '«La decisión responde exclusivamente a la caída de la demanda y no tiene marcha atrás», indicó Lácteos Valmonte en un comunicado remitido a los medios.',
      'El secretario del comité de empresa, José Luis Arrabal de la Fuente, no se cree la explicación. En declaraciones a La Voz de Castrobermejo, dijo: «Hace un año nos dijeron “apretaos el cinturón, que esto remonta”, y ahora nos echan a la calle».',
      '«Aquí hay familias enteras trabajando, padres e hijos», explicó a este diario Rocío Gallardo, operaria de la planta desde hace veinte años. «Si cierran, cierra el pueblo», sentenció.',
      'El alcalde de Castrobermejo, Tomás Heredia, se reunió el martes con la dirección. De acuerdo con el regidor, la empresa «está dispuesta a escuchar alternativas, pero no a cualquier precio».',
      'La consejera de Empleo, Lourdes Bermejo, ha convocado a ambas partes el lunes en Tormedo. «Vamos a poner todo sobre la mesa», según la consejera, que no descarta ayudas para reconvertir la línea.',
    ],
    quotes: [
      ['La decisión responde', 'Lácteos Valmonte'],
      ['Hace un año', 'José Luis Arrabal de la Fuente'],
      ['Aquí hay familias', 'Rocío Gallardo'],
      ['Si cierran, cierra', 'Rocío Gallardo'],
      ['está dispuesta a', 'Tomás Heredia'],
      ['Vamos a poner', 'Lourdes Bermejo'],
    ],
  },

  // 12. Latin American wire dispatch, “comillas inglesas”.
  // Patterns: a role noun with no name anywhere in the article (dijo el ministro de Salud
  // provincial -> null); the honorifics Sr. and Sra. left out of the name; the abbreviation N.º
  // right after a speaker's apposition; a phrase in reported speech after "dijo que"; «…», según X
  // with the name right after según; de acuerdo con fuentes sanitarias (-> null).
  {
    name: 'agencia: un ministro sin nombre, Sr. y Sra., según X después de la cita y fuentes',
    paragraphs: [
      'VILLA ESPERANZA, 3 jun (Agencia Meridiana) – El gobierno de la provincia de Araucaria decretó este lunes el cierre preventivo de las escuelas rurales de la cuenca del río Manso por el brote de gripe aviar detectado en dos granjas de la zona.',
      '“Es una medida de precaución, no hay ningún motivo para el pánico”, dijo el ministro de Salud provincial en un mensaje grabado.',
      '“Nadie nos avisó nada, nos enteramos por la radio”, dijo el Sr. Cipriano Achával, padre de tres alumnos de la escuela N.º 14.',
      'La directora de esa escuela, la Sra. Nélida Oyola, dijo que las clases seguirán a distancia “en la medida de lo posible, porque acá la señal de internet va y viene”.',
      '“Tenemos 4.000 aves sacrificadas y no sabemos quién nos va a pagar”, según Fabián Cornejo, presidente de la cooperativa avícola La Esperanza.',
      'De acuerdo con fuentes sanitarias consultadas por esta agencia, “el virus no se ha detectado en personas y no hay indicios de que vaya a ocurrir”.',
    ],
    quotes: [
      ['Es una medida', null],
      ['Nadie nos avisó', 'Cipriano Achával'],
      ['en la medida', 'Nélida Oyola'],
      ['Tenemos 4.000 aves', 'Fabián Cornejo'],
      ['el virus no', null],
    ],
  },
];
