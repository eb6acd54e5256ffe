import type { LanguageMatchCase } from '../matching-case';

/**
 * Spanish cross-outlet pairs: invented by the team (people, towns and outlets are made up). Each
 * pair is one rendering a reader meets: the same words in other marks («» and “”: verbatim), a cut
 * (partial), a changed word (altered), a negation or a number dropped or changed (meaning change,
 * with Spanish negations: no, nunca, ningún), indirect speech (paraphrase), and a quote the other
 * outlet does not carry.
 */
export const ES_MATCHING: LanguageMatchCase[] = [
  {
    name: 'verbatim in other marks (« » and “ ”)',
    ours: [
      'El pleno del Ayuntamiento de Villaroja aprobó el martes el cierre provisional del puente de los Curtidores.',
      '«No podemos dejar pasar camiones por una estructura que lleva dos inviernos agrietándose», declaró la alcaldesa, Elena Marchena.',
      'Las obras comenzarán en primavera.',
    ],
    theirs: [
      'Villaroja cierra el puente de los Curtidores a los camiones.',
      'La alcaldesa Elena Marchena defendió la decisión ante los concejales: “No podemos dejar pasar camiones por una estructura que lleva dos inviernos agrietándose”.',
      'Habrá un desvío por la carretera de Merás.',
    ],
    quote: 'dejar pasar camiones',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'verbatim, the quote split around its attribution in the other version',
    ours: [
      'La Diputación de Almendral quiere reforzar el autobús en los pueblos de la comarca.',
      '«A partir del verano habrá un autobús cada dos horas en todos los pueblos de la comarca, también los fines de semana», anunció el presidente de la Diputación, Jorge Salcedo.',
      'El pleno provincial debe aprobar todavía el plan.',
    ],
    theirs: [
      'Más autobuses para los pueblos de Almendral.',
      '«A partir del verano habrá un autobús cada dos horas en todos los pueblos de la comarca», dijo Jorge Salcedo, «también los fines de semana».',
      'La mayor parte del coste la pagará el Gobierno regional.',
    ],
    quote: 'todos los pueblos de la comarca',
    expect: { kind: 'verbatim', meaningChanges: [] },
  },
  {
    name: 'partial: the other outlet cuts the second sentence',
    ours: [
      'La dirección de la clínica San Roque anunció el cierre del paritorio durante el verano.',
      '«Nos faltan matronas y anestesistas desde hace meses. Reabriremos el servicio en cuanto el equipo esté completo», explicó el director, Marcos Dávila.',
      'Las embarazadas serán atendidas en el hospital de Ribera.',
    ],
    theirs: [
      'El paritorio de San Roque cerrará en verano.',
      '«Nos faltan matronas y anestesistas desde hace meses», admitió Marcos Dávila, que dirige el centro desde hace tres años.',
      'Un colectivo de padres ha convocado una concentración el sábado ante la clínica, y los concejales de la oposición piden una solución para septiembre.',
    ],
    quote: 'matronas y anestesistas',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'partial: a marked cut (…) in the other version',
    ours: [
      'El club de baloncesto de Montalbán presentó el lunes a su nuevo entrenador.',
      '«Quiero un equipo que ataque, que arriesgue y que juegue para su afición cada domingo», afirmó Pedro Garrido en su presentación.',
      'Ha firmado por tres temporadas.',
    ],
    theirs: [
      'Pedro Garrido toma las riendas del Montalbán.',
      '«Quiero un equipo que ataque (…) y que juegue para su afición cada domingo», dijo el nuevo técnico, Pedro Garrido.',
      'El presidente del club confía en el ascenso la próxima temporada.',
    ],
    quote: 'equipo que ataque',
    expect: { kind: 'partial', meaningChanges: [] },
  },
  {
    name: 'altered: one word changed (fundamental / importante)',
    ours: [
      'La Junta aprobó una ayuda para los ganaderos de leche afectados por la sequía.',
      '«Esta ayuda es fundamental para las explotaciones familiares que ya no tienen forraje», subrayó la consejera de Agricultura, Clara Fontana.',
      'El dinero se pagará antes de Navidad.',
    ],
    theirs: [
      'Sequía: los ganaderos de leche recibirán una ayuda.',
      '«Esta ayuda es importante para las explotaciones familiares que ya no tienen forraje», dijo Clara Fontana durante una visita a una granja.',
      'Las organizaciones agrarias consideran la cantidad insuficiente.',
    ],
    quote: 'explotaciones familiares',
    expect: { kind: 'altered', meaningChanges: [] },
  },
  {
    name: 'altered with a negation dropped (no): meaning change',
    ours: [
      'El grupo Vergara Industrial confirmó el miércoles su plan de reestructuración.',
      '«El grupo no cerrará la fábrica de Castronegro antes de que termine el contrato con el ayuntamiento», aseguró el consejero delegado, Antonio Rigal.',
      'Los sindicatos se muestran prudentes.',
    ],
    theirs: [
      'Inquietud en Castronegro por el futuro de la fábrica.',
      '«El grupo cerrará la fábrica de Castronegro antes de que termine el contrato con el ayuntamiento», dijo Antonio Rigal, según los concejales presentes en la reunión.',
      'El ayuntamiento ha pedido una reunión urgente.',
    ],
    quote: 'fábrica de Castronegro',
    expect: { kind: 'altered', meaningChanges: ['no'] },
  },
  {
    name: 'altered with nunca turned into no: meaning change',
    ours: [
      'El exconcejal acusado en el caso de los contratos de Belmonte se defendió ante el tribunal.',
      '«Yo nunca firmé ninguna orden de pago para esa empresa», insistió Gerardo Pulido durante la vista.',
      'La sentencia se conocerá el 12 de marzo.',
    ],
    theirs: [
      'Juicio de los contratos de Belmonte: el exconcejal lo niega todo.',
      '«Yo no firmé ninguna orden de pago para esa empresa», afirmó Gerardo Pulido ante el juez.',
      'La fiscalía pide dos años de prisión.',
    ],
    quote: 'orden de pago',
    expect: { kind: 'altered', meaningChanges: ['nunca', 'no'] },
  },
  {
    name: 'altered with a number changed (tres / cuatro): meaning change',
    ours: [
      'La Diputación presentó su plan de institutos para la próxima década.',
      '«Vamos a construir tres institutos nuevos en el norte de la provincia antes de 2030», anunció el presidente de la Diputación, Luis Becerra.',
      'El coste total no se ha precisado.',
    ],
    theirs: [
      'La Diputación anuncia un gran plan de institutos.',
      '«Vamos a construir cuatro institutos nuevos en el norte de la provincia antes de 2030», dijo Luis Becerra el lunes.',
      'La oposición habla de propaganda y pide que el plan se debata en el pleno de la Diputación antes del verano.',
    ],
    quote: 'institutos nuevos',
    expect: { kind: 'altered', meaningChanges: ['tres', 'cuatro'] },
  },
  {
    name: 'paraphrase: the other outlet reports it as indirect speech',
    ours: [
      'El Ayuntamiento de Sarrión dio a conocer el calendario de reforma de su piscina municipal.',
      '«La reforma del vaso olímpico costará casi seis millones de euros y los nadadores volverán al agua en septiembre», declaró el concejal de Deportes, Julián Ferrero.',
      'Las obras empezarán en febrero.',
    ],
    theirs: [
      'La piscina municipal de Sarrión, cerrada hasta septiembre.',
      'El concejal de Deportes, Julián Ferrero, explicó que la reforma del vaso olímpico costaría casi seis millones de euros y que los nadadores volverían al agua en septiembre.',
      'Los clubes entrenarán en Villar mientras duren las obras.',
    ],
    quote: 'vaso olímpico',
    expect: { kind: 'paraphrase', meaningChanges: [] },
  },
  {
    name: 'paraphrase with the negation dropped (ya no): meaning change',
    ours: [
      'El consorcio de transportes presentó el nuevo mapa de líneas de autobús del área metropolitana.',
      '«Los pueblos de la meseta ya no tendrán servicio los domingos en las líneas regulares del consorcio», reconoció la presidenta del consorcio, Olga Mercado.',
      'Se estudia un servicio de transporte a demanda.',
    ],
    theirs: [
      'Autobuses: lo que cambia en septiembre en el área metropolitana.',
      'La presidenta del consorcio, Olga Mercado, aseguró que los pueblos de la meseta tendrían servicio los domingos en las líneas regulares del consorcio.',
      'Los horarios se publicarán en agosto.',
    ],
    quote: 'pueblos de la meseta',
    expect: { kind: 'paraphrase', meaningChanges: ['no'] },
  },
  {
    name: 'only here: the other outlet covers the story without this quote',
    ours: [
      'El festival de jazz de Lorca de Arriba anunció su programación el miércoles.',
      '«Este año hemos querido dar todo el protagonismo a los músicos jóvenes de la región», explicó la directora artística, Nadia Benítez.',
      'El festival se celebrará del 4 al 9 de julio.',
    ],
    theirs: [
      'El festival de jazz de Lorca de Arriba presenta su cartel.',
      '«Las entradas estarán a la venta desde el viernes en la página del festival», precisó Nadia Benítez.',
      'El festival se celebrará del 4 al 9 de julio en la explanada del castillo.',
    ],
    quote: 'músicos jóvenes',
    expect: { kind: null },
  },
];
