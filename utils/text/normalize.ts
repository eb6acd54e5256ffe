/**
 * Text normalization for comparison only (never for display): two outlets that quote the same
 * words must compare equal whatever their quote-mark style, dashes, spacing, case or
 * British/American spelling. Every function here is idempotent: f(f(x)) === f(x).
 *
 * Spelling is folded to one canonical form rather than "translated": what matters is that the
 * British and the American spelling land on the same string, so a rule may also touch a word
 * that is spelt the same on both sides (both sides change alike). Rules that would merge two
 * different common words ("four" → "for") are limited to explicit stems.
 */

const DOUBLE_QUOTES = /[\u201C\u201D\u201E\u201F\u00AB\u00BB\u2039\u203A\u300C\u300D\u300E\u300F\u301D\u301E\u301F\uFF02\u2033]/g;
const SINGLE_QUOTES = /[\u2018\u2019\u201A\u201B\u2032\u0060\u00B4\u02BC\uFF07]/g;
const DASHES = /[\u2010\u2011\u2012\u2013\u2014\u2015\u2212\uFE58\uFE63\uFF0D]/g;
const SPACES = /[\s\u00A0\u2000-\u200B\u202F\u205F\u3000\uFEFF]+/g;

/** Curly, angled and CJK quote marks to ASCII `"` and `'`; dashes to `-`. Keeps length per char. */
export function foldPunctuation(s: string): string {
  return s.replace(DOUBLE_QUOTES, '"').replace(SINGLE_QUOTES, "'").replace(DASHES, '-');
}

// -our words whose American form drops the u; a stem list because the bare rule would turn
// "four", "your", "hour", "tour" into other words.
const OUR_STEMS = [
  'labour', 'colour', 'honour', 'favour', 'harbour', 'flavour', 'rumour', 'humour', 'neighbour',
  'behaviour', 'endeavour', 'armour', 'odour', 'valour', 'savour', 'vapour', 'tumour', 'vigour',
  'parlour', 'clamour', 'candour', 'splendour', 'rancour', 'ardour', 'fervour', 'saviour',
  'demeanour', 'glamour', 'succour', 'harbour',
];
const OUR_RE = new RegExp(`^(${OUR_STEMS.map((s) => s.slice(0, -3)).join('|')})our`);

// A Map, not an object literal: words like "constructor" must not hit Object.prototype.
const WORD_MAP = new Map<string, string>(Object.entries({
  programme: 'program', programmes: 'programs', grey: 'gray', greys: 'grays', cheque: 'check',
  cheques: 'checks', tyre: 'tire', tyres: 'tires', kerb: 'curb', aluminium: 'aluminum',
  plough: 'plow', ploughs: 'plows', mould: 'mold', moulds: 'molds', sceptic: 'skeptic',
  sceptical: 'skeptical', scepticism: 'skepticism', manoeuvre: 'maneuver', manoeuvres: 'maneuvers',
  ageing: 'aging', judgement: 'judgment', judgements: 'judgments',
  acknowledgement: 'acknowledgment', focussed: 'focused', focusses: 'focuses',
  focussing: 'focusing', fulfil: 'fulfill', fulfils: 'fulfills', fulfilment: 'fulfillment',
  enrol: 'enroll', enrols: 'enrolls', enrolment: 'enrollment', skilful: 'skillful',
  wilful: 'willful', instalment: 'installment', jewellery: 'jewelry', pyjamas: 'pajamas',
  draught: 'draft', gaol: 'jail', storey: 'story', storeys: 'stories', whisky: 'whiskey',
  paediatric: 'pediatric', encyclopaedia: 'encyclopedia', oestrogen: 'estrogen',
  anaesthetic: 'anesthetic', diarrhoea: 'diarrhea', foetus: 'fetus', haemorrhage: 'hemorrhage',
  leukaemia: 'leukemia', orthopaedic: 'orthopedic', archaeology: 'archeology',
  catalogue: 'catalog', catalogues: 'catalogs', dialogue: 'dialog', dialogues: 'dialogs',
  analogue: 'analog', travellers: 'travelers',
}));

/** One lowercase word to its canonical spelling. */
function foldSpelling(w: string): string {
  const mapped = WORD_MAP.get(w);
  if (mapped !== undefined) return mapped;
  if (w.length < 5) return w;
  return w
    .replace(OUR_RE, '$1or')
    .replace(/^(cent|theat|met|lit|fib|calib|sab|somb|spect|lust|meag|reconnoit)re(s|d)?$/, '$1er$2')
    .replace(/^(def|off|lic|pret)ence(s|less)?$/, '$1ense$2')
    .replace(/(anal|paral|catal|dial|electrol|hydrol)ys(e|ed|es|ing|er|ers)$/, '$1yz$2')
    .replace(/^(.{3,}?)is(e|ed|es|ing|er|ers|ation|ations|ational)$/, '$1iz$2')
    .replace(/ell(ed|ing|er|ers|ous)$/, 'el$1');
}

const WORD_CHARS = /[\p{L}\p{N}]+(?:['-][\p{L}\p{N}]+)*/gu;

/** Lowercase, fold punctuation and spelling of every word; collapse whitespace. Idempotent. */
export function normalizeText(s: string): string {
  const folded = foldPunctuation(s.normalize('NFKC')).toLowerCase().normalize('NFKC');
  // Fold each piece of "centre's" or "labour-led" on its own so suffixes do not hide the stem.
  return folded
    .replace(SPACES, ' ')
    .trim()
    .replace(WORD_CHARS, (w) => w.split(/(['-])/).map(foldSpelling).join(''));
}

/**
 * One token to its comparison key: normalized, with surrounding punctuation removed but
 * inner apostrophes and hyphens kept ("don't", "long-term"). '' when nothing word-like remains.
 */
export function normalizeWord(token: string): string {
  const m = normalizeText(token).match(WORD_CHARS);
  return m ? m.join('') : '';
}
