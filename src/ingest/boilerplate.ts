/**
 * What site boilerplate looks like, shared by the plain-text cleaner and the HTML extractor:
 * calls to action (newsletter, subscribe, follow, app), cookie banners, share bars, comment prompts,
 * related-links headers, advertising labels, counters, tag lists, copyright and "contributed to this
 * report" lines, photo credits and captions, bylines and time stamps.
 *
 * The patterns describe kinds of lines, not any site's lines. Each test is cheap (a few regular
 * expressions on a short string); long prose lines are only tested against patterns that can
 * occur in long lines (cookie banners, copyright notes).
 */

/** Why a line or element was judged boilerplate. */
export type BoilerKind =
  | 'advertisement'
  | 'share'
  | 'call-to-action'
  | 'cookie'
  | 'comments'
  | 'contributed'
  | 'copyright'
  | 'related'
  | 'counter'
  | 'tags'
  | 'navigation'
  | 'media-label'
  | 'timestamp'
  | 'author-bio';

const WORD_RE = /[\p{L}\p{N}][\p{L}\p{N}'’.-]*/gu;

export function words(s: string): string[] {
  return s.match(WORD_RE) ?? [];
}

export function wordCount(s: string): number {
  return words(s).length;
}

/** Normalised form used to compare lines: lower case, letters and digits only, single spaces. */
export function normLine(s: string): string {
  return s
    .toLowerCase()
    .replace(/[^\p{L}\p{N}]+/gu, ' ')
    .trim();
}

/** Ends like a sentence: terminal punctuation, possibly followed by closing quotes or brackets. */
export function endsSentence(s: string): boolean {
  return /[.!?…:;]["'”’»)\]]*\s*$/u.test(s);
}

const SOCIAL_WORDS = new Set(
  (
    'social share shares sharing tweet retweet email e-mail mail print copy link url save saved bookmark pin pinterest facebook twitter x ' +
    'linkedin whatsapp reddit telegram flipboard messenger tumblr xing vk weibo wechat line threads bluesky mastodon instagram youtube ' +
    'tiktok snapchat sms comment comments like follow subscribe rss feed on via this article story page post copied opens in new ' +
    'window tab google news teilen drucken partager imprimer compartir imprimir condividi stampa delen facebook-f'
  ).split(' '),
);

const MEDIA_LABELS =
  /^(?:photo|photos|image|images|picture|video|videos|audio|gallery|graphic|infographic|slideshow|watch|play|play video|listen|listen to (?:this )?(?:article|story)|enlarge(?: this image)?|toggle caption|hide caption|show caption|expand|fullscreen|close|open|menu|search|home|back|back to top|top|next|previous|prev|more|show more|see more|load more|read more|read full (?:article|story)|continue reading|view (?:gallery|slideshow|image|photos?)|zoom|loading\.*|please wait\.*|file photo|main image|featured image|caption|credit|source|bild|foto|fotos|vidéo|weiterlesen|mehr|mehr zum thema|lire aussi|lire la suite|leer más|ver más)[.:!]?$/i;

const AD_RE =
  /^(?:advertisement|advertisements|advertising|advert|ad|ads|sponsored(?: content| post| links?| stories)?|promoted(?: content| stories)?|paid (?:content|post|partnership|promotion)|partner content|presented by .{1,40}|ads by .{1,30}|anzeige|werbung|publicité|publicidad|pubblicità|reklama|advertentie|story continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|article continues (?:below|after)(?: (?:this )?(?:advertisement|ad))?|continue reading (?:the main story|below)|(?:the )?story continues below|scroll (?:down )?to continue(?: reading)?|skip (?:advertisement|ad)|remove ads|report (?:this )?ad)[.:!]?$/i;

const CTA_START =
  /^(?:subscribe|sign up|signup|sign in|log in|login|register|create (?:a |your )?(?:free )?account|get (?:our|the|your|free|unlimited|full|instant|breaking|daily|weekly|exclusive)|stay (?:updated|informed|up to date|up-to-date|connected|in the loop|ahead|on top)|don['’]t miss|never miss|follow (?:us|@|the latest|our)|join (?:us|our|the conversation|the discussion|\d)|download (?:our|the)|click here|tap here|enter your email|support (?:our|independent|quality|local)|donate|become a (?:member|subscriber|supporter)|already (?:a subscriber|have an account|registered)|want more|like (?:us|this article|what you read)|unlock|try (?:\d+|one|a) (?:days?|weeks?|months?)|upgrade|to continue reading|continue reading with|you have (?:\d+|one) (?:free )?articles?|this (?:article|content|story) is (?:for|available to|exclusive to) (?:subscribers|members|premium)|receive (?:our|the)|sign up for|get the latest|read (?:the )?latest|newsletter)\b/i;

/**
 * Disclaimers, affiliate notes, paywall and support prompts, app downloads: lines about the page, not the story.
 * These phrases are written in the site's own voice, so they hardly occur in reporting.
 */
const NOTICE_RE =
  /(?:\bopinions expressed (?:here|in this|on this)|\b(?:views|opinions) (?:expressed )?(?:here |in this (?:article|post|column) )?(?:are those of|do not necessarily (?:reflect|represent))|\bthis (?:post|article|page|story) (?:contains|may contain|includes) (?:affiliate|references to products|sponsored)|\bwe (?:may )?(?:earn|receive) (?:a )?(?:small )?(?:commission|compensation)|\bas an amazon associate|\b(?:contains|uses|includes|via) affiliate links?\b|\bwe recommend the best products|^(?:download|get) (?:the|our) .{0,40}\bapps?\b|\bfor (?:the )?(?:latest|more) .{0,60}\bdownload (?:the|our) .{0,40}\bapps?\b|\bavailable (?:on|in) the app store|\b(?:please|to continue|to keep) (?:reading,? )?(?:subscribe|log in|sign in)\b|\bsubscribe (?:to|now) (?:read|continue|unlock)|\balready (?:a )?subscriber\b|\balready a member\?|\b(?:is|are) not responsible for (?:the )?(?:opinions|statements)\b|\bto view the full (?:story|article)|\binstant access to the full|\bfull article pdf|\bsupport (?:our|independent|quality) journalism|\bbecome a (?:subscriber|supporter|patron|paying member)\b|\bbecome a (?:sustaining |monthly |founding )?member (?:today|now|of our)\b|\b(?:depends|relies|counts) on (?:listeners|readers|viewers|supporters) like you\b|\b(?:made possible|supported|funded) by (?:listeners|readers|viewers|supporters) like you\b|\bunterstützen sie (?:diese form|unsere arbeit|unabhängigen journalismus|uns (?:jetzt|mit))|\bwenn ihnen (?:unser|dieser|der) (?:artikel|beitrag|text) gefallen hat|\bapóyanos\b|\búnete a nuestra comunidad|\bsoutenez[- ](?:nous|notre)|\babonnez-vous\b|\b(?:inhalte?|karte|video) (?:von .{1,40} )?(?:zu )?laden\b|\bexterne[rn]? inhalte?\b|\bclick (?:here|the button(?: below)?|below) to (?:load|show|view|display)\b|^(?:dieser|der) (?:text|artikel|beitrag) (?:wurde|ist) .{0,40}unter (?:der|einer) .{0,30}lizenz|^this (?:work|article|post|text) is licensed under|\b(?:first-time|new) subscribers (?:also )?(?:receive|get)\b|^(?:empfiehl|empfehlen sie) (?:dies|diese[nr]? (?:artikel|beitrag|seite)|den artikel)|^recommend (?:this|to a friend)|\bassociates? program\b|\baffiliate advertising program\b|\b(?:einfach |jetzt )?hier klicken und\b|\bvorteile sichern\b|\bzapraszamy (?:też |także )?do (?:subskrypcji|prenumeraty)|\benter your e-?mail (?:address )?(?:below|here|to)\b|\b(?:steht|stehen|ist|sind|is|are|werden) (?:lizenziert |licensed |veröffentlicht |published )?unter (?:einer|der) creative commons|\blicensed under (?:a|the) creative commons|\b(?:please )?(?:enable|turn on|activate) javascript\b|\bcomments powered by disqus\b)/i;

/**
 * Notices in the site's voice that a short line opens or closes with: a labelled disclaimer or privacy notice, a
 * gambling notice ("Must be 19+. Please play responsibly."), a "Catch all the … news on <site>" promo, and a
 * newsletter pitch that ends by asking the reader to sign up ("… in your inbox. Sign up here.").
 */
const SITE_NOTICE_RE =
  /^\(?(?:disclaimer|privacy notice|privacy policy|legal notice)\s*[:|]|\b(?:please|always) (?:gamble|play|bet) responsibly\b|\bmust be (?:1[89]|2[01]) ?(?:\+|or older)|\b(?:betting )?odds (?:provided|supplied|powered) by\b|^\(?catch (?:all the|the latest|up on all the)\b.{0,160}\bnews\b|(?:^|[.!?]\s+)(?:sign up|subscribe|register|join)(?: (?:here|now|today|for free))+[.!]?\)?$/i;

/** Offers that only read as boilerplate in a short line ("Cancel anytime.", "Jederzeit kündbar"). */
const SHORT_NOTICE_RE = /\bcancel (?:at )?any ?time\b|\bcancela cuando quieras\b|\bjederzeit kündbar\b|\bsans engagement\b/i;

const SOCIAL_CTA =
  /^(?:follow|like|find|join|watch|listen to|subscribe to)\b.{0,60}\b(?:on|via)\s+(?:facebook|twitter|x|instagram|tiktok|youtube|linkedin|threads|bluesky|whatsapp|telegram|spotify|apple podcasts)\b|^(?:send|share|email) (?:us )?your (?:story|stories|news|tips?|photos?|videos?|ideas|views|thoughts|questions)\b|^(?:got|have you got) a (?:news )?(?:tip|story)\b/i;

const CTA_ANY =
  /\b(?:newsletters?|subscribe|subscription|sign up|inbox|push notifications?|breaking news alerts?|mailing list|our app|the app store|google play|follow us|unsubscribe|privacy (?:policy|notice)|terms (?:of (?:use|service)|and conditions)|paywall|premium (?:content|article|members?)|ad-free|support (?:our|independent) journalism|whatsapp channel|telegram channel)\b/i;

/** Reader feedback, support and comment-form prompts, in several languages. */
const FEEDBACK_RE =
  /^(?:was (?:denkst du|meinst du|denken sie|meinen sie|sagen sie)(?: dazu)?\?|what do you think\?|(?:sie sind|du bist|you are|you're) (?:aktuell |derzeit |currently )?(?:nicht|not) (?:eingeloggt|angemeldet|logged in|signed in)|suggested citation|zitiervorschlag|cite this (?:article|post|page)|diese website verwendet akismet|this site uses akismet|was this (?:article|page|post|story) (?:helpful|useful)|war (?:dieser|der|das) (?:artikel|beitrag|text) (?:hilfreich|nützlich|interessant)|(?:dieser|der) (?:artikel|beitrag) (?:gefällt|hat) (?:ihnen|dir)|hat (?:ihnen|dir) (?:der|dieser) (?:artikel|beitrag) gefallen|lust auf mehr|möchten sie (?:den|diesen) (?:artikel|beitrag) teilen|if you (?:enjoyed|liked|found) (?:reading )?this|we want to hear what you think|submit (?:a|your) letter|(?:ihre|deine) e-?mail-adresse wird nicht veröffentlicht|votre adresse (?:e-?mail|de messagerie) ne sera pas publiée|votre adresse e-?mail|tu (?:dirección de )?correo electrónico no será publicad|il tuo indirizzo email non sarà pubblicato|bitte (?:registrieren|melden) sie sich|(?:zum|zur) kommentieren|netiquette|cet article vous a plu|¿?te ha gustado (?:este|el) artículo|ti è piaciuto (?:questo|l['’])articolo)/i;

const COOKIE_RE = /\bcookies?\b/i;
const COOKIE_CONTEXT =
  /\b(?:website|site|experience|consent|accept|agree|privacy|browsing|personali[sz]|opt[- ]?out|preferences|settings|partners|advertising|analytics|use of|we use|uses|webseite|website|verwendet|verwenden|nutzt|nutzen|speichern|datenschutz|einwilligung|zustimmen|akzeptieren|utilise|utilisons|accepter|navigation|usamos|utiliza|aceptar|navegación|utilizziamo|accetta|używamy|zgod[aęy]|prywatności|technologii)\b/i;

const COMMENTS_RE =
  /^(?:\d+ (?:gedanken|kommentare?|antworten|reaktionen|thoughts|responses|replies|comments|commentaires|comentarios|commenti) (?:zu|on|to|sur|en|a|su)\b.*|(?:ein|one) (?:gedanke|kommentar|thought|response|reply|comment) (?:zu|on|to)\b.*|leave a (?:reply|comment|response)|(?:\d+\s+)?(?:comments?|responses?|replies|reactions?)(?:\s*\(\d+\))?|post (?:a|your) comment|add (?:a|your) comment|write a comment|join the (?:conversation|discussion|debate)|show comments|view (?:\d+ )?comments|load comments|see (?:all )?comments|hide comments|comments are closed|comments? (?:policy|guidelines)|be the first to comment.*|your email address will not be published.*|required fields are marked.*|save my name, email.*|notify me of .*|you must be logged in.*|log in to (?:comment|reply)|sign in to comment|cancel reply|submit comment|post comment|discussion|have your say|what do you think\??|kommentare?|kommentieren|commentaires?|comentarios?|commenti)[.:!]?$/i;

const CONTRIBUTED_RE =
  /(?:\bcontributed (?:reporting|research|to this)\b|\bcontributed\.$|\badditional reporting by\b|^\(?reporting by\b|^\(?(?:edited|compiled|translated|produced|fact[- ]checked) by\b|\bthis (?:story|article|report|post) (?:has been|was|is) (?:updated|corrected|amended|originally|first|republished|adapted|produced|part of)|\b(?:first|originally) (?:appeared|published) (?:in|on|at|by)\b|\bis republished\b|\bwith (?:files|reporting) from\b|^\(?with (?:afp|ap|reuters|dpa|agencies)\)?\.?$|^\(?(?:afp|ap|reuters|dpa|agencies|associated press|wires?)\)?\.?$)/i;

/** "…; Editing by Jane Doe", "(Writing by Jane Doe)": the keyword opens the line or a clause, a name follows. */
const CONTRIBUTED_BY = /(?:^|[;(]\s*)(?:[Ee]diting|[Ww]riting|[Cc]ompiled|[Pp]roduced|[Ee]dited|[Tt]ranslated|[Gg]raphics|[Rr]eporting)\s+by\s+\p{Lu}/u;

/**
 * A note on the printed edition: "A version of this article appears in print on May 3, 2025, Section A, Page 12 with the
 * headline: …", "This article appeared in the print edition of The Daily Post on Sunday", "Appeared in the May 3, 2025,
 * print edition as '…'". It is about the paper, not the story (and its date is the print date, not the publication date).
 */
const PRINT_NOTE_RE =
  /^(?:a version of this (?:article|story|report|review|column|essay|interview|piece) (?:appears|appeared|ran|was published) in print\b|this (?:article|story|report|review|column|piece) (?:appears|appeared|ran|was published) in (?:the )?(?:print|.{0,60}\bprint edition)\b|appeared in the .{0,60}\bprint edition\b)/i;

/**
 * A link to the outlet's own standards, written under every story: "Our Standards: The Thomson Reuters Trust Principles.",
 * "Our editorial values | Corrections policy", "Read our editorial guidelines", "Learn more about our ethics policy".
 */
const STANDARDS_RE =
  /^(?:our (?:editorial |newsroom |journalistic )?(?:standards|principles|values|guidelines|ethics(?: policy)?|code of (?:conduct|ethics)|corrections policy)\s*[:|]|(?:read|see|learn (?:more )?about|about) our (?:editorial |newsroom |journalistic )?(?:standards|principles|values|guidelines|ethics(?: policy)?|code of (?:conduct|ethics)|corrections policy)\b|(?:the )?(?:[\p{Lu}][\p{L}]+ ){0,3}trust principles\.?$)/iu;

const COPYRIGHT_RE =
  /(?:©|\(c\)\s*\d{4}|\bcopyright\s*(?:©|\(c\)|\d{4})|^copyright\b|\ball rights reserved\b|\bmay not be (?:published|reproduced|redistributed|broadcast|copied)\b|\bnachdruck\b|\btous droits réservés\b|\btodos los derechos reservados\b|\balle rechte vorbehalten\b)/i;

const RELATED_ALT =
  String.raw`read more|read also|also read|read next|read this next|more reading|further reading|see also|related|related (?:articles?|stories|coverage|content|topics|news|posts?|reading|links?|videos?)|more (?:from|on|about|in|stories|news|articles|headlines|top stories|like this)(?:\b.*)?|recommended(?: for you| stories| articles| reading| videos?)?|you (?:may|might) (?:also )?(?:like|enjoy|be interested in|have missed)|most (?:read|popular|viewed|shared|commented|recent)|trending(?: now| stories| news)?|popular(?: now| stories)?|editor['’]?s (?:picks?|choice)|top (?:stories|news|headlines)|latest(?: news| stories| articles| headlines| videos)?|in case you missed it|what to read next|watch next|up next|next up|around the web|from (?:our|the) (?:partners|network|web)|elsewhere on .{1,30}|also on .{1,30}|explore more|more to explore|keep reading|don['’]t miss|lesen sie (?:auch|mehr|weiter|hier)|auch interessant|interessant für (?:sie|dich)|top[- ]?themen|mehr zum thema|mehr themen|themen im artikel|(?:das|dies) (?:könnte|dürfte) (?:sie|dich) auch interessieren|ähnliche (?:beiträge|artikel|nachrichten|themen|posts|meldungen)|verwandte (?:beiträge|artikel|themen)|weitere (?:beiträge|artikel|nachrichten|informationen|themen|news|meldungen|links)|mehr (?:zu|zum|über|aus|von) .{1,40}|empfohlene (?:beiträge|artikel)|passend (?:dazu|zum thema)|beliebte (?:beiträge|artikel)|meistgelesen(?:e)?(?: artikel)?|neueste (?:beiträge|artikel)|letzte beiträge|vorherige[rs]? (?:artikel|beitrag)|nächste[rs]? (?:artikel|beitrag)|vorschau auf den nächsten artikel|zum (?:artikel|beitrag)|lire aussi|à lire aussi|à voir aussi|articles? (?:similaires|liés|recommandés)|sur le même (?:sujet|thème)|lee también|notas relacionadas|temas relacionados|noticias relacionadas|te (?:puede|podría) interesar|leggi anche|articoli correlati|potrebbe interessarti|ver también|lees ook|gerelateerde artikelen|czytaj (?:też|także|więcej)|zobacz (?:też|także)`;
const RELATED_RE = new RegExp(`^(?:${RELATED_ALT})\\b`, 'i');
/**
 * A link or a promo behind a label and a colon or bar: "Read more: Why does it matter?", "READ | Three killed in …",
 * "Watch: Drone footage shows the flank (1:42)". What follows is another page's headline, so it may end in a question
 * or an exclamation mark, not in a full stop.
 */
const LABELLED_LINK = new RegExp(
  `^(?:${RELATED_ALT}|read|watch|listen|video|audio|gallery|photos|in pictures|podcast)\\s*(?::|\\|)\\s*\\S`,
  'i',
);
const RELATED_HEADER = new RegExp(`^(?:${RELATED_ALT})$`, 'i');

const TAGS_RE = /^(?:tags?|topics?|filed under|categor(?:y|ies)|keywords?|related topics|subjects?|themen|schlagwörter|schlagworte|mots[- ]clés|etiquetas|sections?)\s*[:|]/i;

const COUNTER_RE =
  /^(?:[\d\s.,:%+/|•·-]+|\d+(?:[.,]\d+)?\s*[kKmM]?\s*(?:comments?|shares?|views?|likes?|reads?|reactions?|responses?|replies|followers|votes?)|(?:\d+|one|two|three|four|five|six|seven|eight|nine|ten)[- ]min(?:ute)?s?(?: read| listen| watch)?|reading time:?.{0,20}|duration:?\s*(?:\d+[:.]\d+(?:[:.]\d+)?|(?:\d+\s*(?:h(?:ours?|rs?)?|min(?:ute)?s?|sec(?:ond)?s?)\s*)+)|(?:\d+ )?min(?:ute)?s? read|estimated read(?:ing)? time.{0,20}|\d+ (?:photos?|images?|videos?)|listen\s*\(?\d+[:.]\d+\)?|\d+:\d+(?:\s*(?:min|mins))?|(?:aufrufe|gelesen|views|hits|vues|visitas|visualizzazioni|lesezeit|temps de lecture|tiempo de lectura):?\s*\d*.{0,12}|\d+\s*(?:aufrufe|kommentare|mal gelesen|vues|visitas|commentaires|comentarios)|\d+ (?:besucher|gäste|users?|visitors?|guests?|mitglieder) (?:sind |are |is )?online.*)$/i;

const BIO_RE =
  /^(?:[A-Z][\p{L}'’.-]+\s+){1,3}(?:is|was|has been|serves as) (?:a|an|the) (?:senior |chief |staff |contributing |freelance |political |foreign |deputy |associate |managing |award-winning |former )*(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|analyst|photographer|intern|fellow|news editor|author)\b/u;

/**
 * "Eleanor Marsh covers the Supreme Court for The Federal Courier. Follow her on X @emarsh_law.": a reporter's beat and
 * paper, with a handle or an address to follow (a sentence of the story may say who covers what for whom).
 */
const BEAT_BIO_RE = /^(?:[A-Z][\p{L}'’.-]+\s+){1,3}(?:covers|reports on|writes about) [^.]{3,80} for (?:the )?\p{Lu}[^.]{1,60}\.\s+(?:follow (?:him|her|them)\b|(?:e-?mail|contact|reach) (?:him|her|them)\b|.*@\w)/iu;

const BIO_END_RE =
  /^(?:[\p{Lu}][\p{L}'’.-]+\s+){1,3}(?:is|was|has been|serves as|works as|ist|war|arbeitet als|est)\s+(?:a|an|the|ein|eine|der|die|un|une|le|la)?\s*(?:[\p{L}'’-]+\s+){0,4}(?:reporter|correspondent|writer|editor|journalist|columnist|contributor|producer|analyst|photographer|intern|fellow|author|founder|co-founder|ceo|principal|consultant|director|professor|lecturer|researcher|scientist|blogger|designer|owner|student|journalistin|autorin|autor|redakteur|redakteurin|korrespondent|korrespondentin|fotograf|fotografin|gründer|gründerin|leiter|leiterin|journaliste|rédacteur|rédactrice|auteur)\b/u;

/**
 * How to reach the writer, at the end of a story: "Contact Jane Doe at jdoe@example.com or 555-0100.", "Reach the reporter at
 * 555-0100", "You can email her at jdoe@example.com": a person (a name, a pronoun, the writer) and an address or a number.
 */
const CONTACT_RE =
  /^(?:[Cc]ontact|[Rr]each|[Ee]-?mail|[Ww]rite to|[Yy]ou can (?:reach|contact|e-?mail|write to))\s+(?:(?:the )?(?:writer|author|reporter|columnist|journalist)|him|her|them|(?:\p{Lu}[\p{L}'’.-]+\s+){1,3})\s*(?:at|on|via|by)\s+(?:[\w.+-]+@[\w-]+(?:\.[\w-]+)+|\+?[\d(][\d ().-]{6,}\d)/u;

/** An author's note ("Jane Doe is a reporter covering …", "Max Muster ist Redakteur …"): boilerplate after an article. */
export function isAuthorBio(s: string): boolean {
  const t = s.trim();
  return wordCount(t) <= 90 && (BIO_END_RE.test(t) || /^(?:schreibt|writes|arbeitet|works) (?:seit|since|for|für|as|als)\b/i.test(t));
}

/** Classifies a line (or an element's text) as a kind of boilerplate, or null. */
export function boilerKind(raw: string): BoilerKind | null {
  const s = raw.trim();
  if (!s) return 'counter';
  const n = wordCount(s);
  if (n === 0) return /[\p{L}\p{N}]/u.test(s) ? null : 'counter';
  if (n <= 6 && COUNTER_RE.test(s)) return 'counter';
  // An audio player's label and length: "Listen to this article 00:04:12".
  if (n <= 9 && /^(?:listen to (?:this|the) (?:article|story)|audio version)\b[\s\d:.()min-]*$/i.test(s)) return 'counter';
  // Contact blocks: two or more of phone, fax, e-mail labels.
  if (n <= 40 && (s.match(/\b(?:tel(?:efon)?|phone|fax|e-?mail|mobil|handy)\s*[.:]/gi) ?? []).length >= 2) return 'navigation';
  // A bare domain name is the site's name, not the story's text.
  if (n <= 3 && /^(?:https?:\/\/)?(?:www\.)?[a-z0-9-]+(?:\.[a-z0-9-]+)*\.[a-z]{2,6}\/?$/i.test(s)) return 'navigation';
  // Latin words spelled with look-alike Cyrillic letters: an advertising trick to dodge filters.
  if ((s.match(/[a-z][\u0430-\u044f\u0456\u0458]|[\u0430-\u044f\u0456\u0458][a-z]/g) ?? []).length >= 3) return 'advertisement';
  if (n <= 8 && AD_RE.test(s)) return 'advertisement';
  // A labelled promotion: "Sponsored content: Predictive maintenance for … — learn more".
  if (n <= 30 && /^(?:sponsored(?: content| post| story)?|promoted(?: content)?|paid (?:content|post|partnership)|partner content|advertisement)\s*[:|–—-]\s*\S/i.test(s)) return 'advertisement';
  if (n <= 8 && MEDIA_LABELS.test(s)) return 'media-label';
  if (n <= 14 && isShareLine(s)) return 'share';
  if (n <= 14 && COMMENTS_RE.test(s)) return 'comments';
  if (n <= 100 && COOKIE_RE.test(s) && COOKIE_CONTEXT.test(s)) return 'cookie';
  if (n <= 40 && (CONTRIBUTED_RE.test(s) || CONTRIBUTED_BY.test(s))) return 'contributed';
  if (n <= 50 && COPYRIGHT_RE.test(s)) return 'copyright';
  if (n <= 60 && PRINT_NOTE_RE.test(s)) return 'contributed';
  if (n <= 15 && !/["“”«»]/.test(s) && STANDARDS_RE.test(s)) return 'navigation';
  if (n <= 30 && TAGS_RE.test(s)) return 'tags';
  if (n <= 30 && isNavigationLine(s)) return 'navigation';
  if (n <= 25 && !/["“”«»]/.test(s) && CTA_START.test(s)) return 'call-to-action';
  if (n <= 40 && SOCIAL_CTA.test(s)) return 'call-to-action';
  if (n <= 45 && NOTICE_RE.test(s)) return 'call-to-action';
  if (n <= 8 && SHORT_NOTICE_RE.test(s)) return 'call-to-action';
  if (n <= 45 && !/["“”«»]/.test(s) && SITE_NOTICE_RE.test(s)) return 'call-to-action';
  if (n <= 15 && !/["“”«»]/.test(s) && CTA_ANY.test(s)) return 'call-to-action';
  if (n <= 30 && RELATED_RE.test(s) && !endsSentence(s.replace(/[.:]$/, ''))) return 'related';
  if (n <= 30 && LABELLED_LINK.test(s) && !/\.["'”’)\]]*$/.test(s)) return 'related';
  if (n <= 45 && (BIO_RE.test(s) || BEAT_BIO_RE.test(s) || CONTACT_RE.test(s))) return 'author-bio';
  if (n <= 6 && SECTION_HEADER.test(s)) return 'related';
  if (n <= 30 && FEEDBACK_RE.test(s)) return 'call-to-action';
  // "Advertisement · Scroll to continue", "Share | Comments (3)": every part is boilerplate.
  if (n <= 16) {
    const parts = s.split(/\s+[|•·]\s+|\s+[-–—]\s+/).filter(Boolean);
    if (parts.length > 1) {
      const kinds = parts.map((p) => boilerKind(p));
      if (kinds.every((k) => k)) return kinds[0]!;
    }
  }
  return null;
}

/** Headings of page sections that are not the article: tags, about the author, sharing, comments. */
const SECTION_HEADER =
  /^(?:tags|topics|keywords|schlagworte|schlagwörter|stichworte|stichwörter|themen|etiquetas|mots[- ]clés|étiquettes|parole chiave|tagi|about the author|about the authors|über (?:den autor|die autorin|die autoren|uns)|zum autor|zur autorin|zu den autoren|à propos de l['’]auteur|sobre el autor|sull['’]autore|(?:jetzt |artikel |beitrag |diesen (?:artikel|beitrag) )?teilen|teilen sie (?:dies|diesen (?:artikel|beitrag)|den (?:artikel|beitrag))(?: mit)?|(?:den |diesen )?(?:artikel|beitrag) (?:mit (?:anderen|freunden) )?teilen(?:\/diskutieren)?|share (?:this|the) (?:article|story|post|page)|partager(?: cet article)?|compartir(?: este artículo)?|condividi(?: questo articolo)?|udostępnij|kommentare?(?: \(\d+\))?|kommentar (?:schreiben|verfassen|hinterlassen)|schreibe(?:n sie)? einen kommentar|hinterlasse einen kommentar|eine antwort hinterlassen|antwort hinterlassen|kommentieren|commentaires?|laisser un commentaire|comentarios?|deja un comentario|commenti|lascia un commento|komentarze|quelle|quellen|sources?|fuente|fuentes|originalpublikation|originalartikel|bildquelle|bildnachweis|fotos?|copyright|impressum|datenschutz|datenschutzerklärung|kontakt|newsletter)[:.]?$/i;

/** A "Related"/"More stories"/"Read more" header: the list of links after it is not the article. */
export function isRelatedHeader(s: string): boolean {
  const t = s.trim().replace(/[\s:.!»›>→]+$/, '').trim();
  return wordCount(t) <= 6 && RELATED_HEADER.test(t);
}

const SUMMARY_HEADER =
  /^(?:key (?:points|takeaways|facts|findings|moments)|(?:the )?(?:main |key )?takeaways|in (?:short|brief|summary)|quick ?read|at a glance|tl;? ?dr|summary|(?:story )?highlights|the short version|the essentials|what you need to know)$/i;

/**
 * The header of a summary box set above a story, a list that repeats its main points: "Key points:", "Key takeaways",
 * "In short", "Quick read", "At a glance", "TL;DR". Above the story, the box is not its text.
 */
export function isSummaryHeader(s: string): boolean {
  const t = s.trim().replace(/[\s:.!»›>→-]+$/, '').trim();
  return wordCount(t) <= 6 && SUMMARY_HEADER.test(t);
}

/** A comment-section header or form prompt: the article ends before it. */
export function isCommentsMarker(s: string): boolean {
  return wordCount(s) <= 14 && COMMENTS_RE.test(s.trim());
}

function isShareLine(s: string): boolean {
  const ws = s
    .toLowerCase()
    .split(/[\s|,•·/]+/)
    .map((w) => w.replace(/^[^\p{L}\p{N}]+|[^\p{L}\p{N}]+$/gu, ''))
    .filter(Boolean);
  if (ws.length === 0) return false;
  let social = 0;
  for (const w of ws) if (SOCIAL_WORDS.has(w)) social++;
  return social === ws.length && ws.some((w) => w !== 'on' && w !== 'this' && w !== 'in' && w !== 'new' && w !== 'via');
}

/**
 * Breadcrumbs and menus written as one line: "Home > World > Middle East", "News | Sport | Weather", and two section
 * words ("Sports / Motorsport"; not an agency's name: "Reuters / Ipsos").
 */
function isNavigationLine(s: string): boolean {
  const parts = s.split(/\s*(?:>|»|›|\||\/|•|·|→)\s*/).filter(Boolean);
  if (parts.length === 2 && /\s[>»›/|→]\s/.test(s) && !AGENCY.test(s)) return parts.every((p) => /^\p{Lu}[\p{L}-]+$/u.test(p));
  if (parts.length < 3) return false;
  return parts.every((p) => wordCount(p) <= 4 && !endsSentence(p));
}

// ---------------------------------------------------------------------------------------------
// Photo captions and credits

/** Photo agencies and credit words that mark a credit line. */
const AGENCY =
  /(?:getty(?: images)?|reuters|\bap photo\b|\bap\b|\bafp\b|\bepa(?:-efe)?\b|\bdpa\b|shutterstock|alamy|istock(?:photo)?|bloomberg|\bpool\b|handout|courtesy|wikimedia(?: commons)?|flickr|xinhua|anadolu|\banp\b|picture[- ]alliance|imago|\bsipa\b|nurphoto|sopa images|unsplash|pexels|associated press|\bpa (?:images|media|wire)\b|\bfile\b|\bcc by\b|creative commons|keystone|\bddp\b|\bkna\b|\bimago\b|\bzuma\b|\bafp via getty images\b|the times of israel|\bgpo\b|\bidf\b|spokesperson|\bsupplied\b)/i;

/** The last word of a news outlet's name ("Tulsa Evening Star", "The Nairobi Courier", "Daily Record"). */
export const OUTLET_WORD =
  /^(?:star|post|times|news|herald|tribune|journal|gazette|chronicle|courier|telegraph|examiner|inquirer|dispatch|bulletin|ledger|sentinel|observer|record|standard|guardian|mail|mirror|express|independent|register|globe|sun|daily|today|monitor|reporter|weekly|wire|press|citizen|statesman|pioneer|argus|beacon|courant|eagle|leader|messenger|mercury|enquirer|advocate|banner|(?:\p{L}+-)?(?:times|post|star|news|herald|tribune))$/iu;

/** A line that is only an agency name: "Getty Images", "AFP", "Reuters", "AP Photo". */
const AGENCY_ONLY = new RegExp(`^(?:${AGENCY.source})(?:\\s*(?:/|via)\\s*(?:${AGENCY.source}))*\\.?$`, 'i');

const CREDIT_LABEL =
  /^(?:photo(?:graph)?s?|pictures?|pics?|images?|image source|credits?|photo credits?|image credits?|illustration|illustrations|graphic|video|source|quelle|foto|fotos|bild|bilder|crédit(?:s)?(?: photo)?)\s*(?:by\s+)?[:|,]\s*/i;

const CAPTION_LABEL = /^(?:image caption|caption|photo caption|bildunterschrift|légende|(?:abbildung|abb\.|figure|fig\.|bild|grafik|graphic|tabelle|table|foto|photo)\s*\d+[a-z]?)\s*[:|,.]\s*/i;

/**
 * "Courtesy of" and a name (capitalised words, a few small ones between), alone or after a caption's last sentence:
 * "Courtesy of Harbour Films", "Photo courtesy of the Lind family", "… in May. Courtesy of Harbour Films".
 */
const COURTESY_CREDIT =
  /^(?:(.*?[.!?"”])\s+)?((?:(?:[Pp]hotos?|PHOTOS?|[Ii]mage|IMAGE|[Pp]icture|[Vv]ideo)\s+)?(?:[Cc]ourtesy|COURTESY)(?:\s+(?:of|OF))?\s+(?:the\s+)?[\p{Lu}][\p{L}\p{N}&.'’-]*(?:\s+(?:[\p{Lu}][\p{L}\p{N}&.'’-]*|of|the|and|&|family|via)){0,7})\.?$/u;

/** Link texts shown after a picture's credit: to license, buy or reprint it. */
const PICTURE_LINK = /\s+(?:purchase licensing rights|(?:buy|purchase|order) (?:this )?(?:photo|image|print)|reprint rights)\.?$/i;

export interface CaptionSplit {
  caption: string | null;
  credit: string | null;
}

const CREDIT_LOWER_OK = new Set(['via', 'for', 'by', 'of', 'the', 'and', 'photo', 'photos', 'courtesy', 'file', 'handout', 'pool', 'images', 'image', 'staff', 'photographer']);

function looksLikeCreditText(s: string): boolean {
  const t = s.trim();
  if (!t || wordCount(t) > 12 || endsSentence(t.replace(/\.$/, ''))) return false;
  // Credits are names and agencies: a line with several ordinary lower-case words is a sentence.
  const lower = words(t).filter((w) => /^\p{Ll}/u.test(w) && !CREDIT_LOWER_OK.has(w.toLowerCase()));
  if (lower.length > 1) return false;
  return (
    AGENCY.test(t) ||
    /[\p{Lu}][\p{L}.-]*\s*\/\s*[\p{Lu}]/u.test(t) ||
    /\b(?:photo|photograph|picture|image)\s+by\b/i.test(t) ||
    // An agency's or paper's name before the word photo: "PTI Photo", "HT Photo", "Staff photo".
    /^(?:[\p{Lu}][\p{L}&.'’-]*\s+){1,3}(?:[Pp]hoto|PHOTO|[Pp]hotograph|[Pp]ic|[Ff]ile [Pp]hoto)s?$/u.test(t)
  );
}

/**
 * Recognises a photo credit or caption line: "Photo: Jane Doe/Getty Images", "Image source, Reuters",
 * "Image caption, Protesters …", "Protesters gather in Paris. (credit: REUTERS/Jane Doe)",
 * "Protesters gather in Paris. Photograph: Jane Doe/AFP", "(AP Photo/Jane Doe)". Null for other lines.
 */
export function splitCaption(raw: string): CaptionSplit | null {
  const s = raw.trim();
  if (!s) return null;
  // The text of a link to buy or license the picture, copied after its credit: "… REUTERS/Jane Doe Purchase Licensing Rights".
  const link = PICTURE_LINK.exec(s);
  if (link) return splitCaption(s.slice(0, link.index));
  // A gallery's counter before the caption: "Item 1 of 3 Protesters gather in Paris. REUTERS/Jane Doe".
  const counter = /^(?:(?:item|image|photo|picture|slide)\s+)?\d{1,2}\s+(?:of|\/)\s+\d{1,2}\s+(?=\p{Lu})/iu.exec(s);
  if (counter) {
    const inner = splitCaption(s.slice(counter[0].length));
    if (inner) return inner;
  }
  let m = CAPTION_LABEL.exec(s);
  if (m) {
    const rest = s.slice(m[0].length).trim();
    const inner = splitCaption(rest);
    return inner && inner.caption ? inner : { caption: rest || null, credit: inner?.credit ?? null };
  }
  m = CREDIT_LABEL.exec(s);
  if (m) {
    // A label before a caption and its credit: "Photo: Crews clear the road on Monday. (Jane Doe / The Valley Post)".
    const inner = splitCaption(s.slice(m[0].length).trim());
    if (inner?.caption && inner.credit) return inner;
  }
  if (m && wordCount(s) <= 14) {
    const rest = s.slice(m[0].length).trim();
    if (rest && !endsSentence(rest.replace(/\.$/, ''))) return { caption: null, credit: rest };
  }
  // Trailing credit in brackets: "… (credit: REUTERS/Jane Doe)", "… (AP Photo/Jane Doe)", "… [Getty]".
  // "Supplied" names who gave the picture: "… afternoon. (Supplied: Country Fire Service)".
  m = /^(.*?)\s*[([]\s*((?:(?:photo|photograph|picture|image|credit|foto|bild|supplied)s?\s*(?:by\s*)?:?\s*)?[^()[\]]{2,90})[)\]]\s*\.?$/i.exec(s);
  if (m) {
    const inner = m[2]!.trim();
    const labelled = /^(?:photo|photograph|picture|image|credit|foto|bild|supplied)s?\s*(?:by\s*)?:/i.test(inner);
    const credit = inner.replace(/^(?:credit|photo|photograph|picture|image|foto|bild|supplied)s?\s*(?:by\s*)?:\s*/i, '').trim();
    // The outlet and its photographer: "(City News: Jane Doe)".
    const outletCredit = /^((?:[\p{Lu}][\p{L}&.'’-]*\s+){0,3}[\p{Lu}][\p{L}&.'’-]*)\s*:\s*(.+)$/u.exec(inner);
    if (outletCredit && OUTLET_WORD.test(words(outletCredit[1]!).pop() ?? '') && isPersonName(outletCredit[2]!)) {
      const caption = m[1]!.trim();
      return { caption: caption && wordCount(caption) >= 3 ? caption : null, credit: inner };
    }
    if (labelled || looksLikeCreditText(inner)) {
      const caption = m[1]!.trim();
      return { caption: caption && wordCount(caption) >= 3 ? caption : null, credit };
    }
  }
  // Trailing labelled credit: "… on Monday. Photograph: Jane Doe/AFP", "…Credit...Jane Doe for The Times".
  m = /^(.*?[.!?"”)]|.*?)\s*(?:photo(?:graph)?|picture|image|credit|foto|bild|supplied)(?:s)?\s*(?:by)?\s*(?::|\.\.\.|…)\s*([^:]{2,90}?)\.?$/i.exec(s);
  if (m && m[1]!.trim() && wordCount(m[2]!) <= 10) {
    const caption = m[1]!.trim();
    return { caption: wordCount(caption) >= 3 ? caption : null, credit: m[2]!.trim() };
  }
  // A credit written after the caption's last sentence without a label: "Protesters gather in Paris. REUTERS/Jane Doe"
  // (with an agency's name: "Archive/The Post" after a quotation may be the text's).
  m = /^(.*?[.!?"”])\s+([^.!?:()]{2,60}?)$/u.exec(s);
  if (m && wordCount(m[1]!) >= 3 && looksLikeCreditText(m[2]!) && /[\p{L}.]\s*\/\s*[\p{Lu}]/u.test(m[2]!) && AGENCY.test(m[2]!)) {
    return { caption: m[1]!.trim(), credit: m[2]!.trim() };
  }
  // A photographer's name and the paper's, joined by a slash, after the caption's last sentence: "Crews clear the road
  // on Monday. Jane Doe/The Valley Courier" (a person's name, then a paper's or an agency's, every word capitalised: named
  // like an outlet, "The" and its name, or an agency).
  m = /^(.*?[.!?])\s+([^.!?:()/]{4,40}?)\s*\/\s*((?:[\p{Lu}][\p{L}&.'’-]*\s*){1,5})$/u.exec(s);
  const paper = (p: string) => OUTLET_WORD.test(words(p).pop() ?? '') || /^The\s+\p{Lu}/u.test(p) || AGENCY.test(p);
  if (m && wordCount(m[1]!) >= 3 && isPersonName(m[2]!) && paper(m[3]!.trim())) {
    return { caption: m[1]!.trim(), credit: `${m[2]!.trim()}/${m[3]!.trim()}` };
  }
  // A credit that names who lent the picture: "Courtesy of Harbour Films", "Photo courtesy of the Lind family", also after the
  // caption's last sentence ("The band on stage in May. Courtesy of Harbour Films").
  m = COURTESY_CREDIT.exec(s);
  if (m) {
    const caption = (m[1] ?? '').trim();
    if (!caption || (wordCount(caption) >= 3 && wordCount(caption) <= 40)) return { caption: caption || null, credit: m[2]!.trim() };
  }
  // A bare credit: "REUTERS/Jane Doe", "Jane Doe/Getty Images", "AFP via Getty Images", "Photo by Jane Doe". Names joined by a
  // slash are a credit when one is an agency or a person's (two words or more): single words are a breadcrumb ("Sports / Motorsport").
  const slashCredit = /[\p{L}.]\s*\/\s*[\p{Lu}]/u.test(s) && (AGENCY.test(s) || s.split('/').some((p) => wordCount(p) >= 2));
  if (
    wordCount(s) <= 10 &&
    looksLikeCreditText(s) &&
    !/^(?:by|von|par|por)\s/i.test(s) &&
    !/[a-z]\.\s|:/.test(s) &&
    (slashCredit || /\b(?:via|photo|photograph|picture|image)\s+by\b|\bvia\b/i.test(s) || (wordCount(s) <= 4 && AGENCY_ONLY.test(s)))
  ) {
    return { caption: null, credit: s.replace(/^(?:photo|photograph|picture|image)\s+by\s+/i, '').trim() };
  }
  return null;
}

// ---------------------------------------------------------------------------------------------
// Bylines

const NAME_WORD = "(?:[\\p{Lu}][\\p{L}'’.-]*|d[aeiu]|de la|van|von|der|den|al|bin|ibn|le|la|du|dos|das|del|di)";
const NAME = `${NAME_WORD}(?:\\s+${NAME_WORD}){0,4}`;
const NAME_RE = new RegExp(`^${NAME}$`, 'u');
const NOT_NAME =
  /^(?:monday|tuesday|wednesday|thursday|friday|saturday|sunday|january|february|march|april|may|june|july|august|september|october|november|december|the|this|that|then|now|today|tomorrow|yesterday|early|late|last|next|mid|noon|midnight|staff|associated|reuters|afp|agence|agencia|agenzia|press|presse)\b/i;

/** A byline's role after the name ("Priya Raman, Health Correspondent"): its last word is a newsroom job. */
export const BYLINE_ROLE =
  /\b(?:correspondents?|reporters?|editors?|writers?|columnists?|producers?|photographers?|contributors?|journalists?|critic|intern|staff|desk|bureau|chief|presenter|anchor|analyst)$/i;

/** Words of a site's menus and sections, which no writer's name holds: "News Home", "Local News", "Sport Live". */
const MENU_WORD =
  /\b(?:News|Home|Menu|Sports?|Business|World|Opinion|Politics|Weather|Videos?|Live|Latest|Search|Login|Newsletters?|Podcasts?|Lifestyle|Entertainment|Culture|Technology|Markets|Topics|Sections?|Edition|NEWS|HOME|MENU|SPORTS?|WORLD|OPINION|POLITICS|WEATHER|LIVE)\b/;

/** A person's name as written in a byline: 1–5 capitalised words (particles allowed), not a date, not a menu's words. */
export function isPersonName(s: string): boolean {
  const t = s.trim();
  if (!t || t.length > 60 || NOT_NAME.test(t) || MENU_WORD.test(t)) return false;
  if (!NAME_RE.test(t) || OUTLET_END.test(t)) return false;
  const n = t.split(/\s+/).length;
  return n >= 2 && n <= 5;
}

/** The last word of a newspaper's or an agency's name ("Lethbridge Herald-Tribune", "The Canadian Press"). */
const OUTLET_END = /(?:^|[\s-])(?:Herald|Tribune|Times|News|Press|Journal|Gazette|Chronicle|Courier|Telegraph|Examiner|Inquirer|Dispatch|Bulletin|Leader-Post|Staff|Wire|Desk)$/;

function titleCaseIfShouting(s: string): string {
  if (/\p{Ll}/u.test(s)) return s;
  return s.toLowerCase().replace(/(^|[\s'’-])(\p{L})/gu, (_m, a: string, b: string) => a + b.toUpperCase());
}

const WIRE_AGENCY = /^(?:AP|AFP|UPI|PA|DPA|ANI|PTI|IANS|EFE|ANSA)$/;

/**
 * A wire byline writes the name in capitals and what follows in ordinary case ("JANE DOE Associated Press",
 * "JANE DOE AP Science Writer"): the name is the words in capitals, without an agency's initials.
 */
function nameInCapitals(s: string): string {
  const ws = s.split(/\s+/);
  let k = 0;
  while (k < ws.length && isAllCaps(ws[k]!) && /\p{L}{2}/u.test(ws[k]!)) k++;
  while (k > 2 && WIRE_AGENCY.test(ws[k - 1]!)) k--;
  return k >= 2 && k < ws.length ? ws.slice(0, k).join(' ') : s;
}

/**
 * A line that is only a writer's social handle or address, as shown under a byline's name: "@janedoe_NP",
 * "Follow @janedoe", "@janedoe on X", "jdoe@example.com".
 */
export function isHandleLine(raw: string): boolean {
  const s = raw.trim();
  return (
    /^(?:follow(?: (?:him|her|them|me))?(?: on (?:x|twitter|instagram|threads|bluesky|tiktok|mastodon))?\s*:?\s*)?@[\p{L}\p{N}_.]{2,30}(?:\s+on\s+(?:x|twitter|instagram|threads|bluesky|tiktok|mastodon))?$/iu.test(s) ||
    /^(?:e-?mail:?\s*)?[\w.+-]+@[\w-]+(?:\.[\w-]+)+$/i.test(s)
  );
}

/** Splits "Jane Doe, John Roe and Ann Poe" into names; stops at the first part that is not a name (a role, a site). */
export function splitNames(s: string): string[] {
  const out: string[] = [];
  for (const part of s.split(/\s*(?:,|;|\band\b|\bund\b|\bet\b|\by\b|&|\||·|•)\s*|\s+[–—-]\s+/)) {
    const p = titleCaseIfShouting(nameInCapitals(part.trim().replace(/^(?:by|von|par|por)\s+/i, '').replace(/[.]$/, '')));
    if (!p) continue;
    if (isPersonName(p)) out.push(p);
    else break;
  }
  return withoutRoles(out);
}

/** Names without the roles written after them ("Priya Raman, Health Correspondent"); a role alone ("Staff Writer") stays. */
export function withoutRoles(names: string[]): string[] {
  const people = names.filter((n) => !BYLINE_ROLE.test(n));
  return people.length ? people : names;
}

/**
 * A byline: "By Jane Doe", "By JANE DOE and John Roe, Associated Press", "Written by Jane Doe | Staff writer",
 * "Von Hans Muster". Returns the author names, or null when the line is not a byline.
 */
export function parseByline(raw: string): string[] | null {
  const s = raw.trim();
  if (wordCount(s) > 16 || /[.!?]["”]?$/.test(s.replace(/\b[A-Z]\.$/, ''))) return null;
  // The station's or paper's name and a bar before the byline: "KXRT | By Jane Doe".
  const source = /^[\p{Lu}\p{N}][\p{L}\p{N}&.'’-]*(?:\s+[\p{Lu}\p{N}&][\p{L}\p{N}&.'’-]*){0,3}\s*[|•·]\s*(?=(?:[Bb]y|BY|[Vv]on|[Pp]ar|[Pp]or)\s)/u.exec(s);
  if (source) return parseByline(s.slice(source[0].length));
  const m = /^(?:(?:written|words|story|text|reporting|report|posted|published)\s+by:?|by:?|von|par|por|door|di|av|autor(?:in)?:?|author:?|authors:?|byline:?)\s+(.+)$/iu.exec(s);
  if (!m) return null;
  const names = splitNames(m[1]!.replace(/\s+(?:in|at)\s+[\p{Lu}][\p{L}]+$/u, ''));
  return names.length ? names : null;
}

// ---------------------------------------------------------------------------------------------
// Shape of a line

export function isAllCaps(s: string): boolean {
  const letters = s.replace(/[^\p{L}]/gu, '');
  return letters.length >= 2 && letters === letters.toUpperCase() && letters !== letters.toLowerCase();
}

const MINOR = new Set(
  'a an and as at but by for from in into nor of on or per the to vs via with over up out off is are be its it his her their our your my'.split(' '),
);

/** Title Case: most words capitalised (minor words excepted). */
export function isTitleCase(s: string): boolean {
  const ws = words(s).filter((w) => /\p{L}/u.test(w));
  if (ws.length < 3) return false;
  let caps = 0;
  let counted = 0;
  for (const w of ws) {
    if (MINOR.has(w.toLowerCase())) continue;
    counted++;
    if (/^[\p{Lu}\p{N}]/u.test(w)) caps++;
  }
  return counted >= 2 && caps / counted >= 0.8;
}
