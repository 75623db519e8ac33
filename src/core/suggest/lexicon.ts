/** Word lists shared by the suggestion rules: speech verbs, titles, pronouns. */

/** Speech (cue) verbs, all inflections listed so matching is a plain alternation. */
export const CUE_VERBS = [
  'said',
  'says',
  'say',
  'added',
  'adds',
  'told',
  'tells',
  'announced',
  'announces',
  'stated',
  'states',
  'argued',
  'argues',
  'claimed',
  'claims',
  'called',
  'calls',
  'calling',
  'explained',
  'explains',
  'noted',
  'notes',
  'wrote',
  'writes',
  'warned',
  'warns',
  'insisted',
  'insists',
  'asked',
  'asks',
  'replied',
  'replies',
  'commented',
  'comments',
  'observed',
  'observes',
  'remarked',
  'declared',
  'declares',
  'stressed',
  'emphasized',
  'emphasised',
  'acknowledged',
  'admitted',
  'conceded',
  'responded',
  'theorized',
  'theorised',
  'writing',
  'stating',
  'saying',
  'reported',
  'reports',
  'suggested',
  'suggests',
  'maintained',
  'contended',
  'dubbed',
  'termed',
  'labeled',
  'labelled',
  'branded',
  'described',
  'characterized',
  'characterised',
  'tweeted',
  'posted',
  'testified',
  'recalled',
  'predicted',
  'concluded',
  'agreed',
  'confirmed',
  'denied',
  'urged',
  'pointed out',
  'asserted',
  'asserts',
  'believes',
  'thinks',
  'estimated',
  'revealed',
  'disclosed',
  'indicated',
  // Manner of speaking: how news prose varies "said" around a quotation.
  'continued',
  'echoed',
  'pledged',
  'vowed',
  'promised',
  'barked',
  'shouted',
  'chanted',
  'yelled',
  'cried',
  'retorted',
  'exclaimed',
  'quipped',
  'joked',
  'snapped',
  'scoffed',
  'mused',
  'boasted',
  'bragged',
  'complained',
  'lamented',
  'cautioned',
  'countered',
  'interjected',
  // Phrasal cues of a reply or a continuation ("…,” Jane Doe shot back.).
  'went on',
  'shot back',
  'fired back',
  'hit back',
];

/** Verbs that may govern a one- or two-word quoted term (making it a mixed quote). */
export const TERM_VERBS =
  /(?<!-)\b(?:called|calls|call|calling|described|describes|termed|labell?ed|dubbed|characteri[sz]ed|branded|denounced|condemned)\b/;

/** Regex source matching any cue verb as a whole word. */
export const CUE_RE_SRC = `(?:${[...CUE_VERBS]
  .sort((a, b) => b.length - a.length)
  .join('|')
  .replace(/ /g, '\\s+')})`;

/** Personal pronouns that may be the subject of a speech verb. */
export const PRONOUNS = new Set(['he', 'she', 'they', 'it', 'we', 'i']);

/** Capitalised words that open a sentence but are never part of a name. */
export const FUNCTION_CAPS = new Set([
  'As',
  'But',
  'And',
  'Or',
  'On',
  'In',
  'At',
  'When',
  'While',
  'After',
  'Before',
  'However',
  'Meanwhile',
  'Also',
  'Then',
  'So',
  'Yet',
  'Still',
  'If',
  'Although',
  'Though',
  'Because',
  'Since',
  'During',
  'Last',
  'This',
  'That',
  'These',
  'Those',
  'Earlier',
  'Later',
  'Speaking',
  'Asked',
  'In',
  'For',
  'From',
  'With',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
  'Sunday',
  'Yesterday',
  'Today',
  'A',
  'An',
  'Of',
  'It',
  'He',
  'She',
  'They',
  'We',
  'I',
  'His',
  'Her',
  'Their',
  'Its',
  'Our',
  'My',
  'Instead',
  // Adverbs, prepositions, quantifiers and imperatives that open news sentences ("Despite …", "Perhaps …",
  // "Everyone …", "Subscribe …"): never a name, though seldom written in lower case in the same article.
  // Words that begin names too ("Under Armour", "Six Flags", "Beyond Meat", Sandra Oh) are left out.
  ...'Despite Perhaps Let Indeed Moreover Furthermore Everyone Everybody Anyone Anybody Someone Somebody Nobody None Something Everything Among Nor Nearly Whatever Whoever Whether Unless Neither Either Listen Nevertheless Nonetheless Almost Amid Amidst Overall Thanks Subscribe Maybe Until Throughout Unlike Without Toward Towards Upon Please Ever Never Again Already Besides Regardless Otherwise Hence Thus Therefore Hardly Barely Dozens Hundreds Thousands Millions'.split(
    ' ',
  ),
]);

/** A contraction ("I’m", "We’ve", "Don’t"): never a name. */
export const CONTRACTION = /^\p{Lu}\p{L}*['’](?:m|ve|re|ll|t)$/u;
/**
 * An adverb in -ly ("Finally", "Recently"), not a name in -lly ("Kelly") or a short one ("Daly", "Healy",
 * "Italy"): one opening a sentence before a comma is no one.
 */
export const LY_ADVERB = /^(?=\p{L}{7})\p{Lu}\p{Ll}+(?:(?<!l)ly|(?<=\p{L}{3})ally)$/u;

/** Words that qualify a title, not a name ("Former US secretary of state …", "Top Clinton aide …"). */
export const LEAD_ADJ = /^(?:Former|Senior|Top|Ex-\p{L}*|Then-\p{L}*|Late|Outgoing|Incoming)$/u;

/** Leading honorifics and titles stripped from a name into the role. */
export const TITLE_RE = new RegExp(
  '^(?:[A-Z][\\p{L}.]*\\s+){0,2}?(?:(?:Former|Deputy|Vice|Acting|Assistant|Chief|Senior|Prime|Foreign|Defen[cs]e|Interior|Finance|Health|Attorney|Press|Lieutenant|Lt\\.|Ex-)\\s+)*' +
    '(?:Secretary(?:-General)?(?:\\s+of\\s+(?:the\\s+)?[A-Z][a-z]+)?|Sen\\.|Senator|Rep\\.|Representative|Gov\\.|Governor|President|Minister|Chairman|Chairwoman|Chair|' +
    'Director|Dr\\.|Prof\\.|Professor|Judge|Justice|General|Gen\\.|Col\\.|Capt\\.|Mayor|Ambassador|General|Sir|Dame|Lord|Rev\\.|' +
    'Bishop|Commissioner|Coach|Speaker|Chancellor|Premier|Councillor|Councilman|Councilwoman|Spokesman|Spokeswoman|Spokesperson|Officer|Detective|Inspector|Sgt\\.|Sergeant|King|Queen|Prince|Princess|Pope|Leader|Chief)\\s+',
  'u',
);

/** Abbreviated titles as a role reads them in full ("Sen." → "Senator"). */
export const TITLE_ABBREVIATIONS: Readonly<Record<string, string>> = {
  'Sen.': 'Senator',
  'Rep.': 'Representative',
  'Gov.': 'Governor',
  'Lt.': 'Lieutenant',
  'Gen.': 'General',
  'Col.': 'Colonel',
  'Capt.': 'Captain',
  'Sgt.': 'Sergeant',
  'Prof.': 'Professor',
  'Rev.': 'Reverend',
  'Amb.': 'Ambassador',
  'Atty.': 'Attorney',
};

/** Lowercase role nouns that may precede a name ("ministry spokesperson Jane Doe"). */
export const ROLE_NOUNS =
  /^(?:spokes(?:person|man|woman)|coauthor|co-author|author|professor|senator|minister|secretary|director|president|chairman|chairwoman|chair|researcher|scientist|analyst|official|lawyer|attorney|prosecutor|judge|economist|expert|leader|founder|chief|executive|head|member|editor|reporter|correspondent|commentator|academic|student|major|spokesperson|adviser|advisor|aide|ambassador|envoy|governor|mayor|officer|detective|manager|father|mother|son|daughter|wife|husband|brother|sister|doctor|physician|activist|campaigner|candidate|representative|negotiator|lecturer|and|of|at|for|the)$/;

/** Words after a determiner that refer back to an earlier speaker ("the spokesperson"). */
export const NOMINAL_HEADS =
  /^(?:spokes(?:person|man|woman)|ministry|department|agency|company|firm|group|organi[sz]ation|government|official|minister|senator|secretary|president|prosecutor|lawyer|judge|professor|researcher|scientist|study|report|statement|poster|post|posting|blog|article|author|court|police|office|council|committee|campaign|white house|administration|bank|newspaper|website|site|union|party|board|commission|service|brigade|agency|regulator|authority|hospital|school|university|club|team|network|channel|paper|spokesperson|source|sources)$/i;

/** Words that mark an organisation inside a capitalised run ("… Council on Foreign Relations"). */
export const ORG_WORDS =
  /^(?:Relations|Council|Department|Ministry|University|Association|Institute|Agency|Office|Bureau|Committee|Commission|Foundation|Party|Union|Bank|Company|Corporation|Inc\.?|Ltd\.?|LLC|PLC|GmbH|Group|Center|Centre|Organi[sz]ation|Service|Administration|Authority|Board|Court|Times|News|Post|Journal|Herald|Press|Church|Police|Army|Navy|Military|Parliament|Congress|Senate|Embassy|Government|School|District|Chapter|Society|Network|Fund|Alliance|Coalition|Federation|Team)$/;

/** A verb in a title-case headline: it ends the name before it and is no name itself. */
export const HEADLINE_VERB =
  /^(?:Says|Tells|Said|Told|Is|Are|Was|Were|Has|Have|Had|Will|Would|Could|Should|Does|Did|Calls|Slams|Blasts|Warns|Urges|Asks|Wants|Thinks|Vows|Rips|Hits|Responds|Explains|Admits|Claims|Defends|Attacks|Praises|Endorses|Not)$/;
