/**
 * Speech cues: the verbs (and a few phrases) that attribute a quote to a speaker. Kept as explicit
 * word forms rather than a stemmer so "says" and "sayings" or "notes" (the noun) are decided here,
 * in one readable list, and nowhere else.
 */

// Each line: the forms of one verb. Past and present forms matter most in news; -ing forms cover
// "…, saying" and "Speaking at …" stays out on purpose (it introduces no quote by itself). Forms
// that are more often nouns ("notes", "report", "claims", "state") are left out.
const CUE_FORMS = `
say says said saying
tell tells told telling
add adds added adding
noted noting
stress stresses stressed stressing
emphasise emphasises emphasised emphasising emphasize emphasizes emphasized emphasizing
highlighted highlighting
write writes wrote written writing
tweeted tweeting
posted
argue argues argued arguing
warn warns warned
insist insists insisted insisting
explain explains explained explaining
ask asks asked asking
reply replies replied replying
respond responds responded responding
answered
continue continues continued continuing
declare declares declared declaring
recall recalls recalled recalling
stated stating
claimed claiming
announce announces announced announcing
admit admits admitted admitting
acknowledge acknowledges acknowledged acknowledging
assert asserts asserted asserting
observe observes observed
remarked
commented commenting
suggest suggests suggested suggesting
predict predicts predicted predicting
promised promising
vowed vowing
pledged pledging
urge urges urged urging
caution cautions cautioned cautioning
concede concedes conceded conceding
contend contends contended contending
maintain maintains maintained
quipped quipping
joked joking
boast boasts boasted boasting
complain complains complained complaining
lament laments lamented lamenting
exclaim exclaims exclaimed
shout shouts shouted shouting
yell yells yelled yelling
chant chants chanted chanting
scream screams screamed
whisper whispers whispered
mutter mutters muttered
proclaim proclaims proclaimed
testify testifies testified testifying
reported
conclude concludes concluded
counter counters countered
retort retorts retorted
interject interjects interjected
agree agrees agreed
confirm confirms confirmed
deny denies denied
recount recounts recounted
demanded demanding
reiterate reiterates reiterated reiterating
mention mentions mentioned
describe describes described
predict predicts predicted
sing sings sang
pleads pleaded
begged
pointed
echoed echoing
cried
jeer jeers jeered
beamed
boomed
barked
retaliated
gush gushes gushed
snapped
scoff scoffs scoffed
sighed
laughed
touts touted
charged
pressed
mused
opined
`;

const CUES: ReadonlySet<string> = new Set(CUE_FORMS.split(/\s+/).filter(Boolean));

/**
 * True when the word (followed by `next`) is a speech verb form ("as Lee put it" counts) as written in running text ("said", "tweeted"). A
 * capitalized form is not one: "States" in "United States", "Post" in "The Post", a headline's "Says".
 */
export function isCueWord(word: string, next?: string): boolean {
  return CUES.has(word) || (next === 'back' && BACK_VERBS.has(word)) || (word === 'put' && next === 'it');
}

// Verbs that are cues only with "back": "Trump shot back", "fired back".
const BACK_VERBS: ReadonlySet<string> = new Set(['shot', 'fired', 'hit', 'pushed', 'struck', 'snapped']);

