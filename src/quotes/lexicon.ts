/** Word lists the quote engine reads. The README lists the speech verbs. */

/** Speech verbs: base form and irregular forms; regular forms (-s, -ed, -ing) are derived. */
export const SPEECH_VERBS: readonly string[] = [
  "say", "tell", "add", "state", "note", "warn", "argue", "insist", "claim", "explain", "stress",
  "continue", "respond", "comment", "emphasize", "emphasise", "write", "tweet", "post", "ask",
  "answer", "reply", "conclude", "declare", "announce", "acknowledge", "admit", "concede",
  "confirm", "deny", "suggest", "recall", "remark", "observe", "predict", "promise", "vow", "urge",
  "caution", "complain", "assert", "maintain", "contend", "counter", "retort", "joke", "quip",
  "shout", "yell", "scream", "whisper", "exclaim", "testify", "reiterate", "agree", "disagree",
  "point", "mention", "describe", "blast", "slam", "praise", "boast", "lament", "plead",
  "demand", "question", "wonder", "muse", "sigh", "cry", "speak", "report",
];

const IRREGULAR: Record<string, string[]> = {
  say: ["said", "says", "saying"],
  tell: ["told", "tells", "telling"],
  write: ["wrote", "written", "writes", "writing"],
  speak: ["spoke", "spoken", "speaks", "speaking"],
  cry: ["cried", "cries", "crying"],
  reply: ["replied", "replies", "replying"],
  deny: ["denied", "denies", "denying"],
  testify: ["testified", "testifies", "testifying"],
  quip: ["quipped", "quips", "quipping"],
  blast: ["blasted", "blasts", "blasting"],
  plead: ["pleaded", "pled", "pleads", "pleading"],
};

function forms(verb: string): { finite: string[]; participle: string[] } {
  if (IRREGULAR[verb]) {
    const all = IRREGULAR[verb];
    return { finite: all.filter((f) => !f.endsWith("ing")), participle: all.filter((f) => f.endsWith("ing")) };
  }
  const stem = verb.endsWith("e") ? verb.slice(0, -1) : verb;
  const third = /(s|sh|ch|x|z)$/.test(verb) ? `${verb}es` : `${verb}s`;
  const past = verb.endsWith("e") ? `${verb}d` : /[^aeiou][aeiou][pt]$/.test(verb) && verb.length <= 4 ? `${verb}${verb.at(-1)}ed` : `${verb}ed`;
  return { finite: [third, past], participle: [`${stem}ing`] };
}

/** Bare forms that are rarely nouns ("officials say"); "state", "note", "report" are left out. */
const BARE_FORMS = new Set(["say", "tell", "add", "warn", "argue", "insist", "explain", "agree", "admit", "write"]);

const finite = new Set<string>();
const participles = new Set<string>();
for (const verb of SPEECH_VERBS) {
  if (verb.includes(" ")) continue;
  const { finite: f, participle: p } = forms(verb);
  for (const form of BARE_FORMS.has(verb) ? [verb, ...f] : f) finite.add(form);
  for (const form of p) participles.add(form);
}

/** "said", "adds", "told": a finite (or bare) speech verb. */
export function isFiniteSpeechVerb(word: string): boolean {
  return finite.has(word.toLowerCase());
}

/** "adding", "saying", "calling it" is not one: a present participle of a speech verb. */
export function isSpeechParticiple(word: string): boolean {
  return participles.has(word.toLowerCase());
}

/** A set of the words written in `lines` (space-separated, spread over lines for reading). */
function words(...lines: string[]): Set<string> {
  return new Set(lines.join(" ").split(/\s+/));
}

/** Lower-case particles inside a name: "Charles de Gaulle", "Ursula von der Leyen", "Abdullah ibn Saud". */
export const NAME_PARTICLES = ["de", "da", "di", "du", "del", "della", "der", "den", "van", "von", "la", "le", "bin", "bint", "al", "el", "ibn", "dos", "das", "ter", "ten", "y"];

/** Words that name an office or rank; they form a role, not a name. */
export const TITLE_WORDS = words(
  "president vice prime minister secretary general chancellor senator sen rep representative congressman congresswoman",
  "governor gov mayor ambassador envoy spokesperson spokesman spokeswoman director chief chair chairman chairwoman chairperson",
  "brig brigadier maj major cpl corporal pvt amb det hon supt insp officer detective sergeant sgt lieutenant lt captain capt colonel col commander admiral gen judge justice attorney",
  "professor prof dr doctor mr mrs ms miss sir dame lady lord king queen prince princess pope bishop rev reverend sheikh",
  "deputy foreign defence defense interior finance health press white house state national security adviser advisor",
  "leader member chief executive ceo founder head councillor councilman councilwoman commissioner inspector superintendent",
  "premier monarch emperor diplomat minister-president undersecretary under assistant associate acting former interim",
  "british american french german russian chinese israeli palestinian iranian ukrainian european un nato eu us uk u.s. u.k.",
  "high foreign-affairs affairs economic trade justice home labour labor opposition party coach analyst economist",
);

export const MALE_TITLES = new Set(["mr", "sir", "lord", "king", "prince", "sheikh", "congressman", "spokesman", "chairman", "councilman"]);
export const FEMALE_TITLES = new Set(["mrs", "ms", "miss", "dame", "lady", "queen", "princess", "congresswoman", "spokeswoman", "chairwoman", "councilwoman"]);

/** Common first names, for the gender a pronoun needs (he/she). Not exhaustive: unknown is compatible with both. */
export const MALE_NAMES = words(
  "jens raj vladimir donald joe barack george bill john james robert michael william david richard charles joseph thomas",
  "christopher daniel paul mark donald steven andrew kenneth joshua kevin brian edward ronald timothy jason jeffrey ryan",
  "jacob gary nicholas eric jonathan stephen larry justin scott brandon benjamin samuel gregory frank alexander patrick",
  "jack dennis jerry tyler aaron henry adam douglas nathan peter zachary kyle walter harold jeremy ethan carl keith roger",
  "gerald christian terry sean arthur austin noah lawrence jesse joe bryan billy jordan albert dylan bruce willie gabriel",
  "alan juan logan wayne ralph roy eugene randy vincent russell louis philip bobby johnny bradley emmanuel boris olaf",
  "xi narendra recep benjamin mohammed muhammad ahmed ali hassan hugh burton terrance ross shaun sergei emmanuel rishi",
  "keir antonio volodymyr jair justin recep mahmoud abdel yoweri cyril kim moon shinzo fumio angela tony gordon nicolas",
  "ehud ariel yitzhak hosni bashar saddam fidel raul hugo lula luiz mikhail dmitry sergey alexei viktor jean pierre",
  "francois jacques nicolas matteo giuseppe silvio mario pedro carlos jose luis miguel javier tom tim jim mike bob dan",
  "ben sam max leo luke liam mason lucas oliver elijah hamid hamza omar yusuf ibrahim khalid abdullah amir reza javad",
  "garnier conney trump jeb",
);
export const FEMALE_NAMES = words(
  "theresa angela hillary kamala nancy mary patricia jennifer linda elizabeth barbara susan jessica sarah karen lisa",
  "betty margaret sandra ashley kimberly emily donna michelle carol amanda melissa deborah stephanie rebecca sharon laura",
  "cynthia kathleen amy angela shirley anna brenda pamela emma nicole helen samantha katherine christine debra rachel",
  "carolyn janet catherine maria heather diane ruth julie olivia joyce virginia victoria kelly lauren christina joan",
  "evelyn judith megan andrea cheryl hannah jacqueline martha gloria teresa ann sara madison frances kathryn janice jean",
  "abigail alice judy sophia grace denise amber doris marilyn danielle beverly isabella theresa diana natalie brittany",
  "charlotte marie kayla alexis lori ursula giorgia liz jacinda sanna mette kaja annalena marine ségolène segolene",
  "benazir indira golda aung sheikh hasina ellen jen michelle yulia tsai ngozi kristalina christine federica samantha",
  "condoleezza madeleine nikki linda ilhan alexandria jill melania ivanka yasmin fatima aisha layla leila amira nadia",
  "priya sonia mariam zainab chrystia",
);

/** Nouns of organisations and groups: speakers, but never "he" or "she". */
export const GROUP_NOUNS = words(
  "government ministry embassy police department office administration kremlin council committee agency company firm",
  "organization organisation union party army military court parliament congress senate cabinet campaign group team",
  "spokespeople officials authorities board commission bank fund network newspaper station delegation mission alliance",
);

/** Capitalised words that start sentences but are not names. */
export const NOT_NAMES = words(
  "the a an this that these those there then than it its he she they we i you his her their our my your one two three",
  "some many most all both each every no none few several other another such and but or so yet for nor if when while",
  "as because although though since after before until once where whereas however meanwhile moreover furthermore also",
  "still even only just now today yesterday tomorrow here in on at by with from of to into over under about after during",
  "men women people police officials critics witnesses protesters residents experts analysts observers voters students",
  "leaders members workers citizens children parents officers soldiers troops diplomats envoys investigators sources",
  "earlier later last next first second third photo twitter facebook instagram reuters ap afp monday tuesday wednesday",
  "thursday friday saturday sunday january february march september october november december",
  "mister what who why how which whose whom yes not never always often sometimes perhaps maybe similarly similarly,",
  "according despite without within between among against toward towards",
);

/** Words before a quote that make it a title, a term or a motto rather than speech. */
export const NAMING_CUES = /\b(?:titled|entitled|calls?|called|calling|dubbed|so-called|known as|termed|labell?ed|branded|nicknamed|motto|slogan|hashtag|catchphrase|the (?:word|term|phrase|label|expression|headline)|reads?|reading|read:)\s*[,:]?\s*$/i;

/** Words that make the quoted words hypothetical, not something someone said. */
export const HYPOTHETICAL_CUES = /\b(?:if (?:\w+ )?(?:someone|anyone|somebody|anybody|you|they|he|she|we|people|one) (?:says?|said|were to say|tells?)|(?:would|could|might|may) (?:say|reply|answer|ask)|imagine (?:saying|someone saying|being told)|(?:never|don't|do not|doesn't|does not|didn't|did not|won't|will not) (?:say|said)|instead of saying|rather than saying)\b[^█]*$/i;

/** Nationality adjectives: part of a role ("Brazilian President"), not of a name. */
export const NATIONALITIES = words(
  "afghan albanian algerian american argentine argentinian armenian australian austrian azerbaijani bangladeshi belarusian",
  "belgian bolivian bosnian brazilian british bulgarian burmese cambodian cameroonian canadian chilean chinese colombian",
  "congolese croatian cuban cypriot czech danish dutch ecuadorian egyptian emirati english eritrean estonian ethiopian",
  "european filipino finnish french georgian german ghanaian greek guatemalan haitian honduran hungarian icelandic indian",
  "indonesian iranian iraqi irish israeli italian ivorian jamaican japanese jordanian kazakh kenyan korean kosovar kuwaiti",
  "kyrgyz lao latvian lebanese libyan lithuanian malaysian malian maltese mexican moldovan mongolian moroccan mozambican",
  "namibian nepali nigerian nigerien norwegian pakistani palestinian panamanian paraguayan peruvian polish portuguese",
  "qatari romanian russian rwandan saudi scottish senegalese serbian singaporean slovak slovenian somali spanish",
  "sudanese swedish swiss syrian taiwanese tajik tanzanian thai tunisian turkish ugandan ukrainian uruguayan uzbek",
  "venezuelan vietnamese welsh yemeni zambian zimbabwean",
);

/** Verbs that name rather than report: a cue for long quotes, never for a scare quote of 1–3 words. */
export const NAMING_VERBS = new Set(["call", "calls", "called", "dub", "dubs", "dubbed", "label", "labels", "labelled", "labeled", "brand", "brands", "branded", "term", "terms", "termed"]);

/** A work named just before a quote: its title, not speech ("In her new book, “Cold Front”"). */
export const WORK_CUES = /\b(?:book|novel|memoir|film|movie|documentary|report|study|paper|essay|op-ed|column|song|album|poem|play|podcast|series|speech titled)\s*,?\s*$/i;

/** Words that may follow a short speech quote; any other lower-case word means the quote modifies it ("“limited” value"). */
export const AFTER_SHORT_QUOTE = /^(?:and|or|but|nor|to|in|on|at|for|from|with|by|of|that|as|when|if|after|before|because|while|since|until|than|he|she|they|it|said|says|added|the|a|an|over|about|against|into|unless|so)$/i;
