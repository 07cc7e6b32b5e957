package generate

import "strings"

// A small hand-written lexicon stands in for a part-of-speech tagger: the
// closed classes of English (which are short lists), the commonest verbs
// and adverbs, and suffix rules. It only has to tell whether a word can be
// the head of a noun phrase worth asking about.

func set(words string) map[string]bool {
	m := map[string]bool{}
	for _, w := range strings.Fields(words) {
		m[w] = true
	}
	return m
}

// function words: determiners, pronouns, prepositions, conjunctions,
// auxiliaries, modals and other closed-class words.
var function = set(`a an the this that these those some any each every no all both either neither
few many much more most other another such own same several certain various enough
i me my mine we us our ours you your yours he him his she her hers it its they them their theirs
one ones oneself myself yourself himself herself itself ourselves themselves who whom whose which what
whatever whoever whichever where when why how whether if then than as so because although though
while whereas unless until since before after once also too very just only even still yet already
about above across against along amid amidst among amongst around at below beneath beside besides
between beyond by despite down during except for from in inside into like near of off on onto out
outside over past per regarding through throughout till to toward towards under underneath unlike
up upon via with within without and or nor but not
be is are was were been being am do does did doing done have has had having
can could may might must shall should will would ought
there here now thus hence therefore however moreover furthermore nonetheless nevertheless
instead otherwise meanwhile indeed perhaps rather quite almost often always never sometimes usually
ever again ago yes oh let lets let's s t don't doesn't didn't isn't aren't wasn't weren't can't won't
it's that's there's here's what's who's they're you're we're i'm i've you've we've they've
etc e.g i.e vs via first second third last next new old good great big small large little long
high low early late former latter whole main major minor key top best better worse worst less least
way thing things something anything nothing everything someone anyone everyone lot lots kind kinds
part parts number numbers case cases example examples fact use uses time times year years day days
able likely unlikely possible impossible important necessary different similar
common greater general particular full real simple clear entire original specific additional usual
actual significant basic final total single previous current recent initial further extra broad wide
easier harder better simpler thank ask talk respond share label smaller larger bigger greater higher lower
longer shorter fewer newer older earlier later faster slower`)

// generic nouns are too vague to be an answer: any sentence takes them.
var generic = set(`people person thing things way ways idea ideas extent role roles issue aspect aspects matter
means level levels area areas order result results reason reasons form forms type types side point end
term terms basis process approach effort efforts attempt attempts sense position situation question
problem problems others member members someone everyone anyone something lot work job place places
group groups set range value values list lists item items piece pieces stuff opportunity opportunities
need needs use user users view views step steps kind sort`)

// verbs: common verbs in their forms; they are never blanked.
var verbs = set(`make makes made making take takes took taken taking give gives gave given giving
get gets got gotten getting go goes went gone going come comes came coming see sees saw seen seeing
know knows knew known knowing think thinks thought thinking say says said saying tell tells told telling
find finds found finding use used using uses put puts putting keep keeps kept keeping let
become becomes became becoming begin begins began begun beginning bring brings brought bringing
show shows showed shown showing leave leaves left leaving feel feels felt feeling seem seems seemed
need needs needed want wants wanted try tries tried trying help helps helped helping call calls called
include includes included including involve involves involved involving provide provides provided providing
allow allows allowed allowing remain remains remained remaining play plays played playing lead leads led leading
run runs ran running hold holds held holding set sets setting stand stands stood write writes wrote written
read reads reading mean means meant meaning consider considers considered considering create creates created
require requires required requiring ensure ensures ensured support supports supported supporting
contribute contributes contributed contributing promote promotes promoted promoting foster fosters fostered fostering
enhance enhances enhanced enhancing reduce reduces reduced reducing increase increases increased increasing
face faces faced facing aim aims aimed aiming focus focuses focused focusing work works worked working
serve serves served serving emerge emerges emerged emerging establish establishes established establishing
lose loses lost losing win wins won winning pay pays paid paying meet meets met meeting
grow grows grew grown growing build builds built building change changes changed changing
decide decides decided deciding argue argues argued arguing suggest suggests suggested suggesting
continue continues continued continuing follow follows followed following appear appears appeared
describe describes described describing expect expects expected expecting receive receives received
agree agrees agreed agreeing offer offers offered offering attempt attempts attempted attempting
return returns returned returning happen happens happened happening occur occurs occurred
sign signs signed signing form forms formed forming add adds added adding act acts acted acting
respond responds responded get got encourage encourages encouraged encouraging
invite invites invited feel felt stick sticks tend tends tended
denote denotes denoted contain contains contained store stores stored specify specifies specified
determine determines determined produce produces produced prevent prevents prevented
protect protects protected replace replaces replaced remove removes removed accept accepts accepted
depend depends depended limit limits limited affect affects affected lack lacks lacked
define defines defined defining implement implements implemented implementing represent represents represented
representing declare declares declared declaring satisfy satisfies satisfied satisfying`)

// adverbs and adjectives that end in -ly but are common enough to list, and
// nouns that end in -ly.
var lyNouns = set(`family supply reply assembly anomaly monopoly italy july ally rally belly fly holy
jelly bully apply rely july italy sicily assembly butterfly`)

// nounSuffixes mark a word as a noun.
var nounSuffixes = []string{"tion", "tions", "sion", "sions", "ment", "ments", "ness", "ity", "ities",
	"ism", "isms", "ance", "ances", "ence", "ences", "ship", "ships", "hood", "ist", "ists", "acy",
	"ogy", "ogies", "ure", "ures", "age", "ages", "ency", "ancy", "dom", "eer", "eers"}

// adjectiveSuffixes mark a word as an adjective (never a head).
var adjectiveSuffixes = []string{"ous", "ful", "ive", "able", "ible", "ic", "ical", "less", "ish", "ary", "ory"}

// adjectiveSuffixNouns end like adjectives but are nouns.
var adjectiveSuffixNouns = set(`secretary library dictionary summary military territory history theory memory
category factory inventory story glory directory repository victory objective initiative alternative
representative executive relative detective narrative perspective incentive motive archive
public republic logic music topic traffic clinic critic panic mechanic graphic magic epic`)

// orgHeads end the names of organisations.
var orgHeads = set(`organization organisation union nations council committee commission agency bank
association institute institution university college party company corporation corps court tribunal
army navy force forces department ministry office bureau board assembly parliament congress senate
league alliance federation foundation fund group mission programme program society authority
administration government service services police command`)

// titles come before the names of people.
var titles = set(`president premier prime minister general admiral secretary senator governor king queen
emperor pope chancellor dr mr mrs ms professor historian ambassador chairman chairwoman colonel
commander marshal justice judge sir lord lady`)

// months are never blanked with a day: "August 9" is not worth asking.
var months = set(`january february march april may june july august september october november december`)

// badStarts begin sentences that lean on earlier text. ("Now look along
// the upper ruler …", "Next, …", "Finally, …": a step of a sequence the
// text before set up; blind raters accepted none of 8 verdicts.)
var badStarts = set(`it's that's there's here's they're he's she's this these those that such it its they them their he she his her him here there
both another also then so but and or yet instead conversely otherwise thus hence therefore accordingly
similarly likewise meanwhile nonetheless nevertheless still again besides whereas namely earlier later
above below other others key worse now next finally`)

// anaphoric phrases anywhere in a sentence make it lean on earlier text.
var anaphora = append([]string{"this ", "these ", "those ", "such ", "the following", "the above", "above,", "below",
	"as mentioned", "mentioned earlier", "earlier,", "as noted", "the latter", "the former", "the same ",
	"previous section", "next section", "this article", "here's", "here is", "as follows", "like this",
	"like so", "the one ", "did so", "do so", "doing so", "the next two", "the other ", "so far",
	"in such cases", "in this case", "in that case", "in these cases", "again", "also ", "next few", "as we ",
	"we'll", "let's", "will see", "will look", "therefore", "as such", "for example,", ", they ", ", it ", "we ", "our ", " us ",
	"days later", "day later", "weeks later", "months later", "years later", "the next day", "the following day",
	"that year", "that decade", "that month", "both men", "both women", "the two men", "the two women",
	"even so", "in both cases", "in either case", "in each case", "however,", "otherwise.", "if that ", "when that happens", "once that ",
	"somewhere in between", "nearby.", "numbers above", "figures above", "values above", "examples above",
	"that followed ", "which followed ", "argued otherwise", "thought otherwise", "believed otherwise", "claimed otherwise"}, relativeTimes...)

// relativeTimes date what a sentence says by an event the text before
// gives: "By morning some 300 houses had burned."
var relativeTimes = []string{"that same ", "the previous ", "the year before", "the day before", "the night before", "by morning",
	"by nightfall", "by evening", "that night", "that morning", "that afternoon", "that evening", "the next morning", "for the next "}

// markers are discourse openers that can be dropped so that a sentence
// stands alone: "However, the treaty ..." becomes "The treaty ...".
var markers = []string{"however", "furthermore", "moreover", "additionally", "in addition", "overall",
	"in sum", "in short", "finally", "ultimately", "indeed", "consequently", "in fact", "notably",
	"importantly", "for example", "for instance", "in general", "generally", "typically", "historically",
	"in practice", "in particular", "specifically", "of course", "in the end", "by contrast", "in contrast",
	"as a result", "as a consequence", "at the same time", "today", "eventually", "initially", "as mentioned earlier", "for the most part", "as the name suggests", "as its name suggests"}

func hasSuffix(w string, suffixes []string) bool {
	for _, s := range suffixes {
		if len(w) > len(s)+2 && strings.HasSuffix(w, s) {
			return true
		}
	}
	return false
}

// plural guesses whether a noun is plural.
func plural(w string) bool {
	w = strings.ToLower(w)
	return strings.HasSuffix(w, "s") && !strings.HasSuffix(w, "ss") && !strings.HasSuffix(w, "us") &&
		!strings.HasSuffix(w, "is") && !strings.HasSuffix(w, "ics") && len(w) > 3
}
