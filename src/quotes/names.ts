import { detach } from "../text/detach.js";
import { isFiniteSpeechVerb, NAME_PARTICLES, NATIONALITIES, FEMALE_NAMES, FEMALE_TITLES, GROUP_NOUNS, MALE_NAMES, MALE_TITLES, NOT_NAMES, TITLE_WORDS } from "./lexicon.js";

/** Who a cue names: a person, a group, a description, or a pronoun still to resolve. */
export interface Speaker {
  name: string;
  role: string | null;
  kind: "person" | "group" | "description" | "pronoun";
  gender: "m" | "f" | null;
}

const NAME_WORD = String.raw`(?:\p{Lu}[\p{L}\p{M}’'\-]*\.?|\p{Lu}\.)`;
const PARTICLE = `(?:${NAME_PARTICLES.join("|")})`;
/** A run of capitalised words (with initials and particles like "van", "al-"). */
const NAME_RUN = String.raw`${NAME_WORD}(?:[ \t]+(?:${PARTICLE}[ \t]+)?${NAME_WORD})*`;
const NAME_RUN_AT_END = new RegExp(String.raw`(${NAME_RUN})$`, "u");
const NAME_RUN_AT_START = new RegExp(String.raw`^(${NAME_RUN})`, "u");
const WORD = String.raw`[\p{L}\p{M}’'\-]+`;
const DETERMINER_NP_AT_END = new RegExp(String.raw`(?:^|[\s,;:(])((?:the|a|an|one|another|its|his|her|their)[ \t]+(?:${WORD}[ \t]+){0,7}?${WORD})$`, "iu");
const GROUP_AT_END = new RegExp(String.raw`(?:^|\s)((?:${NAME_RUN}[ \t]+)?(?:${[...GROUP_NOUNS].join("|")}|officials|critics|witnesses|protesters|residents|experts|analysts|observers|sources|investigators|prosecutors|activists|organizers|organisers))$`, "iu");
const ORG = String.raw`\p{Lu}[\p{L}\p{M}’'\-]*(?:[ \t]+(?:(?:of|and|for|the|de|on)[ \t]+)*\p{Lu}[\p{L}\p{M}’'\-]*)*`;
/** "Lucía Dammert of the University of Santiago" (but not "the University of Colombo" itself). */
const ROLE_THEN_NAME = new RegExp(String.raw`^((?:\p{Ll}[\p{L}’'\-]*[ \t]+){1,4})(${NAME_RUN})$`, "u");
const DETERMINER_NP_AT_START = new RegExp(String.raw`^((?:the|a|an)[ \t]+(?:${WORD}[ \t]+){0,4}?${WORD})(?=[ \t]*(?:[,.;:!?]|$|\n|[ \t]+(?:of|at|for|in|who|from|on|told|said)\b))`, "iu");
const ROLE_COMMA_NAME_COMMA = new RegExp(String.raw`^([^,.;]{1,80}),[ \t]+(${NAME_RUN}),[ \t]+\p{Ll}`, "u");
const NAME_OF_ORG_AT_END = new RegExp(String.raw`(?<!\b(?:the|a|an|of)[ \t]+)(${NAME_RUN})[ \t]+((?:of|at|from)[ \t]+(?:the[ \t]+)?${ORG})$`, "u");
const CLAUSE_STOP = /\b(?:who|which|that|whose|whom|where|when|while|after|before|because|since|as|if)\b/i;

/** True when the whole text is one run of capitalised words: a name, maybe with a title. */
function isNameRun(text: string): boolean {
  const match = NAME_RUN_AT_END.exec(text);
  return match !== null && match[1] === text && !/['’]s$/.test(text);
}

const strip = (word: string) => word.replace(/\.$/, "").toLowerCase();
const isTitleWord = (word: string) => TITLE_WORDS.has(strip(word)) || NATIONALITIES.has(strip(word)) || /^\p{Lu}{2,}$/u.test(word.replace(/\./g, ""));

/** Splits "NATO Secretary General Jens Stoltenberg" into a role and a name. */
export function splitTitle(run: string): { name: string; role: string | null; titled: boolean } {
  const words = run.trim().split(/\s+/);
  let k = 0;
  while (k < words.length - 1 && isTitleWord(words[k])) k++;
  const role = words.slice(0, k).join(" ");
  const rest = words.slice(k);
  if (k > 0 && rest.length === 1) {
    // Only a surname: keep the title with it ("Officer Tusk", "Chairwoman Rosenworcel").
    return { name: `${words[k - 1]} ${rest[0]}`, role, titled: true };
  }
  return { name: rest.join(" "), role: role || null, titled: false };
}

function genderOf(name: string, role: string | null): "m" | "f" | null {
  const words = `${role ?? ""} ${name}`.trim().split(/\s+/).map(strip);
  if (words.some((w) => MALE_TITLES.has(w))) return "m";
  if (words.some((w) => FEMALE_TITLES.has(w))) return "f";
  const first = strip(name.split(/\s+/).find((w) => !isTitleWord(w)) ?? "");
  if (FEMALE_NAMES.has(first)) return "f";
  if (MALE_NAMES.has(first)) return "m";
  return null;
}

/** Names recur in an article and across a store: each run of words is read once (frozen, shared). */
const people = new Map<string, Speaker | null>();

export function person(run: string, extraRole: string | null = null): Speaker | null {
  const key = extraRole === null ? run : `${run}\u0000${extraRole}`;
  let found = people.get(key);
  if (found === undefined) {
    const read = readPerson(run, extraRole);
    // The cache outlives the article: its strings must not be slices of the article's text.
    found = read && Object.freeze({ ...read, name: detach(read.name), role: detach(read.role) });
    if (people.size > 50_000) people.clear();
    people.set(detach(key), found);
  }
  return found;
}

function readPerson(run: string, extraRole: string | null): Speaker | null {
  // A full stop after the last word ends the sentence; after an initial ("C.") it belongs to it.
  // Leading sentence words ("Then Johnson") are not part of the name.
  const words = run.replace(/(\p{L}{2,})\.$/u, "$1").split(/\s+/);
  while (words.length > 1 && NOT_NAMES.has(strip(words[0]))) words.shift();
  const { name, role } = splitTitle(words.join(" "));
  // A lone capitalised title word mid-sentence is a surname ("Major said"), not an office.
  const surnameLikeTitle = words.length === 1 && /^\p{Lu}\p{Ll}+$/u.test(words[0]) && !NOT_NAMES.has(strip(words[0]));
  if (!name || (!surnameLikeTitle && name.split(/\s+/).every((w) => NOT_NAMES.has(strip(w)) || isTitleWord(w)))) return null;
  const fullRole = [extraRole, role].filter(Boolean).join(" ") || null;
  return { name, role: fullRole, kind: "person", gender: genderOf(name, fullRole) };
}

function description(text: string): Speaker {
  const words = text.trim().split(/\s+/);
  if (/^(?:the|a|an)$/i.test(words[0])) words[0] = words[0].toLowerCase();
  const last = strip(words[words.length - 1]);
  const group = GROUP_NOUNS.has(last) || /s$/.test(last);
  return { name: words.join(" "), role: null, kind: group ? "group" : "description", gender: genderOf("", words.join(" ")) };
}

const TRAILING_FILLER = /(?:[ \t]+(?:has|have|had|was|were|is|are|will|would|also|later|then|again|further|recently|previously|repeatedly|publicly|privately|reportedly|once|earlier|did|does|do|not|never|always|often|just|quickly|simply|flatly|bluntly|angrily|firmly|clearly|proudly|calmly|bitterly|sharply|quietly|loudly|famously|tearfully|jokingly|separately|herself|himself|themselves|itself))+[ \t]*$/i;

/**
 * The speaker named just before a speech verb: "Theresa May", "British Prime Minister, Theresa
 * May,", "Paul Martin, a detective,", "he", "the billionaire businessman", "Richmond police".
 */
export function subjectBefore(text: string): Speaker | null {
  // A subject stands just before its verb: the patterns below are anchored at the end, so only
  // the last stretch of a long sentence is worth scanning (and scanning all of it costs time).
  let before = text.slice(-240).replace(/\s+$/, "").replace(TRAILING_FILLER, "").replace(/\s+$/, "");
  if (before.endsWith(",")) {
    const segments = before.slice(0, -1).split(",").map((s) => s.trim());
    const last = segments[segments.length - 1] ?? "";
    const prev = segments[segments.length - 2] ?? "";
    const clause = /^(?:who|which|that|whose|whom|where|when|while|after|before|because|since|as|if|\p{Ll}+ing)\b/u.test(last);
    // "Her opponent in the debate, graduate student Tomás Rivera," — a role in lower case, then the name.
    const roleThenName = ROLE_THEN_NAME.exec(last);
    if (prev && !clause && roleThenName) {
      const named = person(roleThenName[2]);
      if (named) return { ...named, role: named.role ?? roleThenName[1].trim() };
    }
    if (prev && !clause && isNameRun(last)) {
      // "British Prime Minister, Theresa May,"
      const speaker = person(last);
      const role = stripLeadingClause(prev);
      if (speaker) return role ? { ...speaker, role: speaker.role ? `${role} ${speaker.role}` : role, gender: speaker.gender ?? genderOf(speaker.name, role) } : speaker;
    }
    const named = /\b(?:(his|her|their) (?:first )?name (?:only )?as|identified (?:only )?as|known (?:only )?as)\s+(\p{Lu}[\p{L}’'\-]*(?:\s+\p{Lu}[\p{L}’'\-]*)*)\s*$/u.exec(last);
    if (named) {
      // "One protester, a graduate who gave her name only as Wanjiru,"
      const gender = named[1] === "her" ? "f" : named[1] === "his" ? "m" : null;
      return { name: named[2], role: null, kind: "person", gender };
    }
    if (prev) {
      // "Paul Martin, a Pinellas sheriff's detective," / "Rachel Reeves, Labour's shadow chancellor," /
      // "Michelle Turpin, who was walking …," / "A senior official, speaking on condition of anonymity,"
      const inner = subjectBefore(prev);
      if (inner && inner.kind === "person" && !clause && last.split(/\s+/).length <= 14) return { ...inner, role: inner.role ? `${inner.role}, ${last}` : last };
      if (inner) return inner;
    }
    before = before.slice(0, -1);
  }
  // "Lucía Dammert of the University of Santiago": the name, with where they work as the role.
  const tail = before.slice(-120);
  const affiliated = /\b(?:of|at|from)[ \t]+(?:the[ \t]+)?\p{Lu}/u.test(tail) ? NAME_OF_ORG_AT_END.exec(tail) : null;
  if (affiliated) {
    const named = person(affiliated[1]);
    if (named) return { ...named, role: named.role ? `${named.role} ${affiliated[2]}` : affiliated[2] };
  }
  const pronoun = /(?:^|[\s,;:(])(he|she|they|it|i|we)$/i.exec(before);
  if (pronoun) return { name: pronoun[1].toLowerCase(), role: null, kind: "pronoun", gender: null };
  const group = GROUP_AT_END.exec(before);
  if (group && !/^(?:the|a|an)\s/i.test(group[1])) return description(group[1]);
  const determiner = DETERMINER_NP_AT_END.exec(before);
  if (determiner && !/[.!?]/.test(determiner[1])) {
    const words = determiner[1].split(/\s+/);
    // "a decision was made by the man" is not a noun phrase subject; keep it short and verb-free.
    if (words.length <= 8) return description(determiner[1]);
  }
  const run = NAME_RUN_AT_END.exec(before);
  if (run) {
    const lowerRole = /((?:\p{Ll}[\p{L}’'\-]*[ \t]+){1,2})$/u.exec(before.slice(0, before.length - run[1].length));
    const speaker = person(run[1]);
    if (!speaker) return null;
    const precedingRole = lowerRole && /driver|officer|worker|analyst|student|professor|resident|spokesperson|spokesman|spokeswoman|official|activist|researcher|lawyer|owner|manager|reporter|journalist|correspondent|secretary|minister|leader|chief/.test(lowerRole[1]) ? precedingWords(before, run[1]) : null;
    return precedingRole ? { ...speaker, role: speaker.role ? `${precedingRole} ${speaker.role}` : precedingRole } : speaker;
  }
  return null;
}

function precedingWords(before: string, run: string): string | null {
  const head = before.slice(0, before.length - run.length).trim();
  const match = /((?:\p{Lu}[\p{L}’'\-]*[ \t]+)?\p{Ll}[\p{L}’'\-]*)$/u.exec(head);
  return match ? match[1] : null;
}

function stripLeadingClause(role: string): string | null {
  const cleaned = role.replace(/^(?:and|but|while|as|meanwhile|however|in response|then)\s+/i, "").replace(/^the\s+/i, "").trim();
  if (!cleaned || cleaned.split(/\s+/).length > 8 || /[.!?]/.test(cleaned)) return null;
  return cleaned;
}

/** The speaker named just after a speech verb or a dash: "said Heather C. Briccetti, president of …". */
export function speakerAfter(text: string, options: { clean?: boolean } = {}): Speaker | null {
  const after = text.replace(/^[ \t]+/, "");
  const pronoun = /^(he|she|they|it|i|we)\b/i.exec(after);
  if (pronoun && !options.clean) return { name: pronoun[1].toLowerCase(), role: null, kind: "pronoun", gender: null };
  const determiner = DETERMINER_NP_AT_START.exec(after);
  if (determiner && !options.clean) return description(determiner[1]);
  const run = NAME_RUN_AT_START.exec(after);
  if (!run) return null;
  const rest = after.slice(run[1].length);
  if (options.clean && !/^[ \t]*(?:,|$|\n|\.(?:\s|$)|\()/.test(rest)) return null;
  const speaker = person(run[1]);
  if (!speaker) return null;
  const appositive = /^,[ \t]*([^,.;\n█]+)/.exec(rest);
  if (appositive) {
    const role = appositive[1].split(CLAUSE_STOP)[0].trim().replace(/^(?:a|an|the)\s+/i, (m) => m.toLowerCase());
    if (role && role.split(/\s+/).length <= 14) return { ...speaker, role: speaker.role ? `${speaker.role}, ${role}` : role };
  }
  return speaker;
}

/** A sentence's opening subject, if it names someone: "Terrance Mannery was …", "The stranger was …". */
export function sentenceSubject(sentence: string): Speaker | null {
  const text = sentence.replace(/^[\s"“”'‘’█]+/, "");
  // "Asked whether he would …, Dissanayake was careful.": the subject follows the opening clause.
  const opener = /^(?:\p{Lu}\p{Ll}+(?:ed|ing)|When|After|While|Although|Though|If|Because|Despite|Since|Before|Once|In|On|At)\b[^,.;]{0,160},[ \t]+(?=\p{Lu})/u.exec(text);
  if (opener) return sentenceSubject(text.slice(opener[0].length));
  const run = NAME_RUN_AT_START.exec(text);
  if (run && !/['’]s$/.test(run[1]) && !/^\p{Lu}\p{Ll}*(?:ing|ly)$/u.test(run[1])) {
    const rest = text.slice(run[1].length);
    const words = run[1].split(/\s+/);
    // One capitalised word at the start of a sentence is a name only before a verb ("Burton
    // explained", "Mannery was"): "Refugees trade …" or "Election sanctions …" are not people.
    const single = words.length === 1;
    const verb = /^[ \t]+(\p{Ll}+)/u.exec(rest)?.[1] ?? "";
    const verbLike = /^(?:was|is|has|had|will|would|could|can|did|does|may|might|must|should|also|then|later)$|ed$/.test(verb) || isFiniteSpeechVerb(verb);
    if (/^(?:,|[ \t]+\p{Ll})/u.test(rest) && !/^(?:the|a|an)$/i.test(words[0]) && (!single || rest.startsWith(",") || verbLike)) {
      const found = person(run[1]);
      if (found) return found;
    }
  }
  // Otherwise the subject of the first verb: "Iran's chief negotiator, Ali Bagheri Kani, said …",
  // "The Russian government responded …", "One protester, a graduate …, said …". Only such
  // openings are worth the search.
  // "Her counterpart on the Argentine side, Diego Ferreyra, sees …": a role, a name between commas, a verb.
  const comma = text.indexOf(",");
  const appositive = comma > 0 && comma <= 80 ? ROLE_COMMA_NAME_COMMA.exec(text) : null;
  if (appositive) {
    const named = person(appositive[2]);
    const role = stripLeadingClause(appositive[1]);
    if (named) return role ? { ...named, role: named.role ? `${role} ${named.role}` : role } : named;
  }
  // ("Asked whether he would …, Dissanayake was careful." puts its subject after a long clause.)
  const opening = text.slice(0, 160);
  if (!(/^\p{Lu}[\p{L}]*['’]s\s/u.test(opening) || /^(?:the|a|an|one|another)\s/i.test(opening) || opening.includes(","))) return null;
  for (const verb of text.matchAll(/(?<=\s)(?:was|is|were|are|has|had|have|will|would|could|did|does|\p{Ll}+ed|\p{Ll}+)\b/gu)) {
    if (verb.index > 160) break;
    // Verbs only: auxiliaries, past tenses and speech verbs ("says"), not plural nouns ("officials").
    if (!/^(?:was|is|were|are|has|had|have|will|would|could|did|does)$|ed$/.test(verb[0]) && !isFiniteSpeechVerb(verb[0])) continue;
    const subject = subjectBefore(text.slice(0, verb.index));
    // The first verb with a subject decides; a pronoun subject names nobody new.
    if (subject) return subject.kind === "pronoun" || /^(?:its|his|her|their)\s/i.test(subject.name) ? null : subject;
  }
  return null;
}

