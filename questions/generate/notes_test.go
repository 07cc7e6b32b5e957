package generate

import (
	"slices"
	"strings"
	"testing"

	"github.com/quiz-cli/quiz/questions"
	"github.com/quiz-cli/quiz/questions/article"
)

// notes are lecture notes as a student writes them: lists of terms and
// what they mean, a list of plain statements, and prose.
const notes = `# Cell Biology

## Organelles

- **Nucleus**: contains the cell's DNA and controls gene expression.
- **Mitochondria**: produce ATP through cellular respiration; they have their own DNA.
- **Ribosomes**: synthesize proteins by translating messenger RNA.
- **Golgi apparatus**: modifies, sorts and packages proteins for secretion.
- **Vacuole**: a large vacuole stores water and keeps the plant cell firm.
- **Chloroplasts** — carry out photosynthesis in plant cells and algae.

## Cell theory

- All living organisms are composed of one or more cells.
- The cell is the basic unit of structure and organization in organisms.
- Cells arise from pre-existing cells by division.

## Membrane transport

Passive transport moves substances down their concentration gradient and needs no energy. Osmosis is the diffusion of water across a selectively permeable membrane. Active transport moves substances against their concentration gradient and uses energy from the cell.
`

// TestGlossaryQuestions checks the questions on a list of terms and what
// each means: a choice question names a term from what the list says of
// it, among the list's other terms, and a card asks what the list says of
// a term.
func TestGlossaryQuestions(t *testing.T) {
	a, err := article.Read("notes.md", []byte(notes))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "bio"})
	terms := []string{"Nucleus", "Mitochondria", "Ribosomes", "Golgi apparatus", "Vacuole", "Chloroplasts"}
	var bank *questions.Bank
	var text string
	for i, b := range res.Banks {
		if res.Sections[i].Heading == "Organelles" {
			bank, text = b, res.Sections[i].Text()
		}
	}
	if bank == nil {
		t.Fatalf("no bank for Organelles; banks: %v, skipped: %v", res.Sections, res.Skipped)
	}
	if len(bank.Questions) < 3 {
		t.Errorf("Organelles got %d questions, want 3 or more", len(bank.Questions))
	}
	var choices, cards int
	for _, q := range bank.Questions {
		switch q.Type {
		case questions.Choice:
			choices++
			if !slices.Contains(terms, q.Answer) {
				t.Errorf("answer %q is not a term of the list", q.Answer)
			}
			if len(q.Choices) < 4 {
				t.Errorf("%q has %d options, want 4", q.Prompt, len(q.Choices))
			}
			for _, c := range q.Choices {
				if !slices.Contains(terms, c) {
					t.Errorf("option %q of %q is not a term of the list", c, q.Prompt)
				}
			}
			if containsWord(strings.ToLower(q.Prompt), strings.ToLower(q.Answer)) {
				t.Errorf("prompt %q shows its answer", q.Prompt)
			}
			// What the list says of a vacuole names it.
			if q.Answer == "Vacuole" {
				t.Errorf("asked %q, whose description says the term", q.Prompt)
			}
			if !strings.Contains(text, q.Source) {
				t.Errorf("source %q is not in its section", q.Source)
			}
		case questions.Card:
			cards++
		}
	}
	if choices == 0 || cards == 0 {
		t.Errorf("Organelles got %d choice questions and %d cards, want both:\n%s", choices, cards, dumpBank(bank))
	}
}

func dumpBank(b *questions.Bank) string {
	var sb strings.Builder
	for _, q := range b.Questions {
		sb.WriteString(string(q.Type) + ": " + q.Prompt + " | " + strings.Join(q.Choices, ", ") + " | " + q.Answer + "\n")
	}
	return sb.String()
}

// TestGlossaryEntries checks which list items read as a term and what it
// means.
func TestGlossaryEntries(t *testing.T) {
	tests := []struct {
		item, term, def string
	}{
		{"Nucleus: contains the cell's DNA and controls gene expression.", "Nucleus", "contains the cell's DNA and controls gene expression"},
		{"Golgi apparatus — modifies, sorts and packages proteins.", "Golgi apparatus", "modifies, sorts and packages proteins"},
		{"--force: overwrite an earlier output directory", "--force", "overwrite an earlier output directory"},
		{"Good first issues: To help new contributors find their way.", "Good first issues", "To help new contributors find their way"},
		// Not a term: a sentence, a year, a short note, a pointer.
		{"All living organisms are composed of one or more cells.", "", ""},
		{"1665: Robert Hooke observed cells in cork.", "", ""},
		{"Note: see above.", "", ""},
		{"Ribosomes: same as above.", "", ""},
		{"The cell, in short: the basic unit of life.", "", ""},
		{"Pros: fast", "", ""},
		{"Analogy: a mousetrap is defined by what it does, not what it is made of.", "", ""},
		{"Versions: machine functionalism, analytic functionalism, psychofunctionalism.", "", ""},
		{"Inactivated: e.g. injected polio (Salk). Safer but needs boosters.", "", ""},
		{"Mode = most frequent value; the only one that works for categorical data.", "Mode", "most frequent value; the only one that works for categorical data"},
		{"Mean (x̄) = Σx / n. Uses every value, so outliers pull it.", "", ""},
		{"Range = max − min (crude, only 2 values)", "", ""},
		{"Type: Frictional; Cause: Time taken to move between jobs; Example: Graduate", "", ""},
		{"GDP (Gross Domestic Product): the market value of all final goods and services", "GDP (Gross Domestic Product)", "the market value of all final goods and services"},
		{"GDP (see below): the market value of all final goods", "", ""},
		{"Law of Suspects (17 Sept 1793) — allowed the arrest of anyone suspected of hostility", "Law of Suspects", "allowed the arrest of anyone suspected of hostility"},
		{"--: ends the options of a command line", "", ""},
		{"- - -: a rule across the page", "", ""},
		{"Variant 2: Use a polyfill for older versions", "", ""},
		{"CVE-2020-8174: napi\\_get\\_value allows memory corruption.", "", ""},
		{"CVE-2019-15605: HTTP request smuggling using malformed headers.", "", ""},
		{"BE: Big Endian - a byte order where the largest bit comes first.", "BE", "Big Endian - a byte order where the largest bit comes first"},
	}
	for _, tt := range tests {
		term, def, ok := splitGloss(tt.item)
		if ok != (tt.term != "") || term != tt.term || def != tt.def {
			t.Errorf("splitGloss(%q) = %q, %q, %v; want %q, %q", tt.item, term, def, ok, tt.term, tt.def)
		}
	}
}

// TestTimelineItems checks that a list of dated events, as notes write
// one ("1665: Robert Hooke observed …"), is asked as events of those
// years, quoting the items as written.
func TestTimelineItems(t *testing.T) {
	const text = `# Cell Biology

## Discovery of cells

- 1665: Robert Hooke observed cells in a thin slice of cork and named them.
- 1674 – Antonie van Leeuwenhoek described living bacteria seen through his own lenses.
- 1838: Matthias Schleiden concluded that all plant tissues are made of cells.
- 1855: Rudolf Virchow stated that every cell comes from another cell.
`
	a, err := article.Read("notes.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	res := Generate(a, Options{Course: "bio"})
	if len(res.Banks) != 1 {
		t.Fatalf("got %d banks, want 1 (skipped %v)", len(res.Banks), res.Skipped)
	}
	sec := res.Sections[0].Text()
	var order bool
	for _, q := range res.Banks[0].Questions {
		if !strings.Contains(sec, q.Source) {
			t.Errorf("source %q is not in the section", q.Source)
		}
		if q.Type == questions.Order {
			order = true
			if strings.Join(q.Items, "|") != "Robert Hooke observed cells in a thin slice of cork and named them|Antonie van Leeuwenhoek described living bacteria seen through his own lenses|Matthias Schleiden concluded that all plant tissues are made of cells|Rudolf Virchow stated that every cell comes from another cell" {
				t.Errorf("order items = %q", q.Items)
			}
		}
		for _, s := range []string{q.Prompt, q.Text} {
			if strings.Contains(s, ": ") && !strings.Contains(s, "“") || strings.Contains(s, " – ") {
				t.Errorf("question %q keeps the list's label", s)
			}
		}
	}
	if !order || len(res.Banks[0].Questions) < 3 {
		t.Errorf("want an order question among 3 or more:\n%s", dumpBank(res.Banks[0]))
	}
}

// TestDefinitionUnderHeading checks that a definition is asked though a
// word of the heading is in it: "membrane" under "Membrane transport" does
// not tell what osmosis is.
func TestDefinitionUnderHeading(t *testing.T) {
	a, err := article.Read("notes.md", []byte(notes))
	if err != nil {
		t.Fatal(err)
	}
	g := sectionGens(a, Options{})[2]
	var got []string
	for _, c := range g.gate(g.fillCandidates()) {
		got = append(got, c.q.Prompt)
	}
	want := "What is osmosis, according to the section “Membrane transport”?"
	if !slices.Contains(got, want) {
		t.Errorf("gated cards %q lack %q", got, want)
	}
}

// TestNamedTerms checks the blank on a term a sentence names ("a region
// called the nucleoid"), and none on a verb's object that only looks
// like one.
func TestNamedTerms(t *testing.T) {
	tests := []struct {
		sentence, want string // want "" for no such blank
	}{
		{"In bacteria the genetic material lies in a region of the cytoplasm called the nucleoid.", "nucleoid"},
		{"Most ATP is made by a process known as chemiosmosis, which depends on a proton gradient.", "chemiosmosis"},
		{"The movement of water across a membrane towards the saltier side is termed osmosis by biologists.", "osmosis"},
		// Named after a comma.
		{"For most products, called normal goods, demand rises when incomes rise.", "normal goods"},
		// A named term followed by its verb.
		{"Once the strands are separated, an enzyme called helicase is loaded onto the DNA.", "helicase"},
		{"Signalling molecules called chemokines then attract white cells to the tissue.", "chemokines"},
		{"In dividing cells an enzyme called telomerase extends the ends of the chromosomes.", "telomerase"},
		{"The growers called moderation wisdom and hoarding greed in those lean years.", ""},
		{"Early in the morning the committee chair called the meeting to order in the hall.", ""},
		{"The delegates from each of the member states called a strike at the port.", ""},
		{"Many historians have called the treaty a failure of the diplomats involved.", ""},
		// A function that is called: invoked, not named.
		{"The stream handler function may be called multiple times when requests are retried.", ""},
		{"Data is buffered in writable streams when the write method is called repeatedly.", ""},
	}
	for _, tt := range tests {
		gs := notesGens(t, notes+"\n## Named\n\n"+tt.sentence+"\n")
		g := gs[len(gs)-1]
		var got string
		for _, c := range g.gate(g.fromSentence(g.sents[0])) {
			if c.q.Type == questions.Cloze && strings.Contains(c.q.Text, "{{"+tt.want+"}}") {
				got = tt.want
			}
			if tt.want == "" && c.q.Type == questions.Cloze {
				t.Errorf("%q gave the blank %q", tt.sentence, c.q.Text)
			}
		}
		if got != tt.want {
			t.Errorf("%q: no blank on %q", tt.sentence, tt.want)
		}
	}
}

// TestGlossaryGiven checks the terms a description gives away by a word
// of their own, in whatever form.
func TestGlossaryGiven(t *testing.T) {
	g := &sectionGen{heading: "links"}
	tests := []struct {
		term, def string
		want      bool
	}{
		{"goldmark-embed", "Adds support for rendering embeds from YouTube links", true},
		{"statusText string", "The status text", true},
		{"Bug Tracker", "Search or submit bugs against the CLI", true},
		{"Blackfriday-Confluence", "provides a Confluence Wiki Markup renderer", true},
		{"ASAP", "As Soon As Possible", true},
		{"Nucleus", "contains the cell's DNA and controls gene expression", false},
		{"onHeaders", "Initializes response properties", false},
		// Rejected by blind raters: a shorter form of a word, a shared
		// figure, letters of a word, loose initials.
		{"ionic", "electrostatic attraction between oppositely charged ions", true},
		{"goldmark-d2", "Adds support for D2 diagrams", true},
		{"goldmark-img64", "Adds support for embedding images into the document as DataURL (base64 encoded)", true},
		{"Deps", "Dependencies - Upstream projects that this project depends on", true},
		{"CJS", "CommonJS - Standard for JavaScript modules", true},
		{"CVE", "Common Vulnerabilities and Exposures - Database maintaining reported security vulnerabilities", true},
		{"ESM", "ECMAScript Module - The implementation of the ECMA-262 module system", true},
		{"Linkify", "Automatically turns URLs into autolinks", true},
		{"Gene", "a unit of heredity; a stretch of DNA coding for a functional product", false},
		{"Phenotype", "the observable trait that results (round or wrinkled)", false},
		{"Codon", "a triplet of mRNA bases that specifies one amino acid", false},
		{"Demand paging", "load a page only when referenced; a missing page traps to the OS", true},
	}
	for _, tt := range tests {
		if got := g.glossGiven(glossEntry{term: tt.term, def: tt.def}); got != tt.want {
			t.Errorf("glossGiven(%q, %q) = %v, want %v", tt.term, tt.def, got, tt.want)
		}
	}
	// A card is left out only when what it asks is all in its name.
	cards := []struct {
		term, def string
		want      bool
	}{
		{"goldmark-highlighting", "A syntax-highlighting extension for the goldmark markdown parser", true},
		{"ASAP", "As Soon As Possible", true},
		{"Demand-pull", "aggregate demand grows faster than productive capacity", false},
		{"Nucleus", "contains the cell's DNA and controls gene expression", false},
	}
	for _, tt := range cards {
		if got := g.cardGiven(glossEntry{term: tt.term, def: tt.def}); got != tt.want {
			t.Errorf("cardGiven(%q, %q) = %v, want %v", tt.term, tt.def, got, tt.want)
		}
	}
}

// TestGlossaryShortAndGiven checks a list of three terms, asked among
// three options, and terms whose descriptions say them, asked only as
// cards.
func TestGlossaryShortAndGiven(t *testing.T) {
	const text = notes + `
## Tools

- **Open market operations**: buying or selling government bonds to adjust bank reserves.
- **Quantitative easing**: large-scale asset purchases when rates are near the zero lower bound.
- **Forward guidance**: communicating the likely future path of rates to shape expectations.

## Causes of inflation

- **Demand-pull**: aggregate demand grows faster than productive capacity.
- **Cost-push**: higher input costs shift aggregate supply to the left.
- **Monetary**: faster money growth shows up as higher prices, a monetary phenomenon.
`
	gs := notesGens(t, text)
	var three bool
	for _, g := range gs[len(gs)-2:] {
		for _, c := range g.glossaryCandidates() {
			q := c.q
			switch {
			case q.Type == questions.Choice && g.sec.Heading == "Causes of inflation":
				t.Errorf("asked %q, whose description says its term", q.Prompt)
			case q.Type == questions.Choice:
				three = three || len(q.Choices) == 3
			}
		}
	}
	if !three {
		t.Error("a list of three terms gave no choice question with three options")
	}
	var cards int
	for _, c := range gs[len(gs)-1].glossaryCandidates() {
		if c.q.Type == questions.Card {
			cards++
		}
	}
	if cards != 3 {
		t.Errorf("Causes of inflation gave %d cards, want 3", cards)
	}
}

// TestAbbreviationUnderItsHeading checks that an abbreviation the heading
// names ("RPI and Measuring Prices"), but does not spell out, is asked.
func TestAbbreviationUnderItsHeading(t *testing.T) {
	text := notes + "\n## RPI and Measuring Prices\n\nThe Retail Price Index (RPI) is the cost of a fixed basket of goods and services relative to a base year.\n"
	gs := notesGens(t, text)
	c := gs[len(gs)-1].acronym(gs[len(gs)-1].sents[0])
	if c == nil || c.q.Answer != "Retail Price Index" {
		t.Fatalf("no question on what RPI stands for: %+v", c)
	}
}

// TestObjectPointsBack checks that a sentence whose object is a pronoun
// for something named before it is not asked alone.
func TestObjectPointsBack(t *testing.T) {
	tests := []struct {
		text string
		want bool
	}{
		{"New Zealand pioneered it in 1990, and most central banks followed.", true},
		{"The revolutionaries abolished them in August 1789 with a single decree.", true},
		{"The new rules made it possible to vote by post in 1918 elections.", false},
		{"Parliament passed the act in 1832 after a long campaign for reform.", false},
		{"The constitution of 1799 was approved by plebiscite, and he was made Consul for life in 1802.", true},
		{"After the coup, Napoleon Bonaparte made himself First Consul and he ruled alone.", false},
		{"Some asian users will see it as an unnecessary space in the text.", true},
		{"Deaths in the Vendée war were far higher, commonly put at around 200,000.", true},
		{"Deaths in the war were far higher than deaths in the Terror in Paris.", false},
		{"Not routed on the public Internet, so NAT rewrites them to one public address.", true},
		{"Routers drop such packets, and firewalls block them at the edge of the network.", true},
		{"Six more Deep South states followed by 1 Feb 1861, before Lincoln took office.", true},
		{"The siege of Petersburg followed until April 1865 in the east.", true},
		{"Students hand in essays on Fridays, and teachers mark them by Monday.", false},
	}
	for _, tt := range tests {
		s := oneSentence(t, tt.text, article.Prose)
		if got := leansOnText(s); got != tt.want {
			t.Errorf("leansOnText(%q) = %v, want %v", tt.text, got, tt.want)
		}
	}
}

// TestNotationNumbers checks that a number in a notation ("5′→3′") or a
// one where "one" is the natural value is not asked.
func TestNotationNumbers(t *testing.T) {
	for _, text := range []string{
		"Polymerase can only synthesise new strands in the 5′→3′ direction along the template.",
		"There are 4³ = 64 codons for the twenty amino acids used by cells.",
		"Proofreading gives an error rate of roughly 1 in a billion bases copied.",
		"A double bond is one sigma bond + 1 pi bond, and a triple bond is one sigma bond + 2 pi bonds.",
		"The lecture 4 example had a prevalence of one percent and a sensitivity of ninety percent.",
	} {
		gs := notesGens(t, notes+"\n## Copying\n\n"+text+"\n")
		g := gs[len(gs)-1]
		for _, c := range g.gate(g.fromSentence(g.sents[0])) {
			if c.q.Type == questions.Cloze || c.q.Type == questions.Choice {
				t.Errorf("asked %q %q", c.q.Prompt, c.q.Text)
			}
		}
	}
}

// TestDateItems checks the sentence a dated item of a timeline is asked
// as, whatever date it starts with.
func TestDateItems(t *testing.T) {
	const sec = "the tuileries palace is stormed; the convention meets."
	tests := []struct{ item, want string }{
		{"1665: Robert Hooke observed cells in cork.", "In 1665, Robert Hooke observed cells in cork."},
		{"10 Aug 1792: the Tuileries Palace is stormed and the monarchy is suspended.", "On 10 Aug 1792, the Tuileries Palace is stormed and the monarchy is suspended."},
		{"June 1791: The king is caught at Varennes.", "In June 1791, the king is caught at Varennes."},
		{"5 May — The Estates-General meets at Versailles, the first meeting since 1614.", "On 5 May, the Estates-General meets at Versailles, the first meeting since 1614."},
		{"21–22 Sept 1792: The Convention abolishes the monarchy.", "On 21–22 Sept 1792, the Convention abolishes the monarchy."},
		{"Late July–Aug — Great Fear: peasants attack châteaux.", "Late July–Aug — Great Fear: peasants attack châteaux."},
		{"May — the month the work begins in earnest.", "May — the month the work begins in earnest."},
		{"12: the number of the month.", "12: the number of the month."},
		{"20 June — Tennis Court Oath: deputies swear not to separate.", "20 June — Tennis Court Oath: deputies swear not to separate."},
		{"1961: US and Soviet tanks face each other at Checkpoint Charlie.", "In 1961, US and Soviet tanks face each other at Checkpoint Charlie."},
		// A list item often has no stop: the sentence it stands for does.
		{"1 August — Germany declares war on Russia", "On 1 August, Germany declares war on Russia."},
	}
	for _, tt := range tests {
		if got, _ := dateItem(tt.item, sec); got != tt.want {
			t.Errorf("dateItem(%q) = %q, want %q", tt.item, got, tt.want)
		}
	}
	// A dated name and what it was is no sentence.
	for _, item := range []string{
		"1712: Newcomen's atmospheric engine, used for pumping water out of mines.",
		"1771: Cromford Mill, Derbyshire, often called the first true factory.",
		"1815: Davy's safety lamp (a flame behind a gauze) for coal miners.",
		"June 1791: Flight to Varennes.",
	} {
		if _, fragment := dateItem(item, sec); !fragment {
			t.Errorf("dateItem(%q) is read as a sentence", item)
		}
	}
}

// TestDayMonthDates checks that a day written before its month is a date,
// asked among the article's other dates, and never a number.
func TestDayMonthDates(t *testing.T) {
	text := notes + "\n## 1789\n\n- **5 May** — The Estates-General opens at Versailles after a long winter.\n- **17 June** — The Third Estate declares itself the National Assembly in Versailles.\n- **14 July** — Crowds storm the Bastille, a royal fortress and prison in Paris.\n- **26 August** — The Assembly adopts the Declaration of the Rights of Man.\n"
	gs := notesGens(t, text)
	g := gs[len(gs)-1]
	var dates int
	for _, s := range g.sents {
		for _, tm := range g.lx.terms(s) {
			if tm.kind == KindNumber {
				t.Errorf("%q: %q read as a number", s.text, tm.text)
			}
			if tm.kind == KindDate {
				dates++
			}
		}
	}
	if dates != 4 {
		t.Errorf("found %d dates, want 4", dates)
	}
	var asked bool
	for _, c := range g.gate(g.sentenceCandidates()) {
		if c.q.Type == questions.Choice && strings.HasPrefix(c.q.Prompt, "Which date completes the sentence?") {
			asked = true
		}
	}
	if !asked {
		t.Error("no date was asked")
	}
}

// TestNotesCardsLeftOut checks cards that notes once gave and that read
// wrongly: a subject asked before a clause the comma cuts.
func TestNotesCardsLeftOut(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Valence Shell Electron Pair Repulsion theory says that electron domains (bonding pairs, lone pairs) arrange themselves as far apart as possible.", "What says that"},
		{"- Distance vector\n  - Each router tells its neighbours its distances to all destinations (Bellman–Ford). Example: RIP, whose metric is the hop count.\n- Link state\n  - Every router floods news of its links and builds a full map of the network.", "What does each router tell"},
	} {
		gs := notesGens(t, notes+"\n## Shapes\n\n"+tc.text+"\n")
		g := gs[len(gs)-1]
		cands := g.gate(append(g.sentenceCandidates(), g.fillCandidates()...))
		for _, c := range append(cands, g.gateClaims(g.fillCandidates())...) {
			if strings.HasPrefix(c.q.Prompt, tc.not) {
				t.Errorf("asked %q", c.q.Prompt)
			}
		}
	}
}

// TestAbbreviationsLeftOut checks abbreviations that blind raters found
// known without reading, and one the article never spells out, whose
// options were abbreviations of every other kind ("the rough ___": ER
// among AA, ABO and RR).
func TestAbbreviationsLeftOut(t *testing.T) {
	text := notes + "\n## Output\n\nGross Domestic Product (GDP) is the market value of all final goods and services produced in a country.\n\n" +
		"## Translation\n\nTranslation happens on ribosomes in the cytoplasm or on the rough ER of the cell.\n\n" +
		"## Genotypes\n\nA cross of AA and aa plants gives only Aa offspring, and a cross of RR with rr gives Rr.\n\nThe ABO blood groups show codominance of two alleles.\n"
	a, err := article.Read("notes.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	for _, g := range sectionGens(a, Options{}) {
		for _, s := range g.sents {
			if c := g.acronym(s); c != nil && strings.Contains(c.q.Prompt, "GDP") {
				t.Errorf("asked %q", c.q.Prompt)
			}
			if !s.usable {
				continue
			}
			for _, c := range g.fromSentence(s) {
				if c.q.Type == questions.Choice && c.q.Answer == "ER" {
					t.Errorf("asked %q with options %q", c.q.Prompt, c.q.Choices)
				}
			}
		}
	}
}

// TestBCYears checks years before the common era, as ancient history
// notes write them: read as years, never as names or numbers, asked among
// years of their era, and put in order counting down.
func TestBCYears(t *testing.T) {
	text := notes + "\n## Second Punic War\n\n" +
		"- 218 BC: Hannibal crosses the Alps from Spain with his army and elephants.\n" +
		"- 216 BC: Hannibal destroys a Roman army at Cannae in southern Italy.\n" +
		"- 209 BC: Scipio takes New Carthage, the main Carthaginian base in Spain.\n" +
		"- 202 BC: Scipio defeats Hannibal at Zama and earns the name Africanus.\n" +
		"\nBy the 270s BC Rome controlled peninsular Italy, and Gaius Gracchus was killed, c. 121 BC, in a riot.\n"
	gs := notesGens(t, text)
	g := gs[len(gs)-1]
	years := 0
	for _, s := range g.sents {
		if strings.HasSuffix(s.text, "c.") {
			t.Errorf("sentence cut after circa: %q", s.text)
		}
		for _, tm := range g.lx.terms(s) {
			if strings.Contains(tm.text, "BC") && tm.kind != KindYear {
				t.Errorf("%q read as %v", tm.text, tm.kind)
			}
			if tm.kind == KindYear {
				years++
			}
		}
	}
	if years < 4 {
		t.Errorf("found %d years, want 4 or more", years)
	}
	c := g.order()
	if c == nil {
		t.Fatal("no order question")
	}
	if want := "Hannibal crosses the Alps from Spain with his army and elephants"; c.q.Items[0] != want {
		t.Errorf("first event %q, want %q", c.q.Items[0], want)
	}
	for _, s := range g.sents {
		if !s.usable {
			continue
		}
		for _, c := range g.fromSentence(s) {
			if c.q.Type == questions.Choice && strings.HasPrefix(c.q.Prompt, "Which year") {
				for _, o := range c.q.Choices {
					if !strings.HasSuffix(o, " BC") {
						t.Errorf("%q has the option %q", c.q.Prompt, o)
					}
				}
			}
		}
	}
}

// TestShorthandNoSentence checks that notes' shorthand is not asked as a
// sentence.
func TestShorthandNoSentence(t *testing.T) {
	for _, text := range []string{
		"Cimbri and Teutones threat → consul 104–100; won at Aquae Sextiae 102 and Vercellae 101.",
		"Scipio takes New Carthage in 209 BC ⇒ Spain won for Rome.",
		"The Warsaw Pact was the USSR + 7 satellites, set up after West Germany joined NATO.",
		"Power ↑ with bigger samples, bigger true effects and less variability in the data.",
	} {
		if s := oneSentence(t, text, article.Item); s.formed {
			t.Errorf("%q is read as a sentence", text)
		}
	}
}

// TestVerblessNoStatement checks that a list without a verb is no answer
// to a statement question.
func TestVerblessNoStatement(t *testing.T) {
	s := oneSentence(t, "Linearity, Independent errors, Normal residuals, Equal variance (homoscedasticity).", article.Prose)
	if quotable(s) {
		t.Errorf("%q is a statement to quote", s.text)
	}
}

// TestThousands checks that a number with a thousands comma is one word.
func TestThousands(t *testing.T) {
	toks := tokenize("About 250,000 troops, 12 tanks and 1,500,000 rounds; 3,14 is no number.")
	var got []string
	for _, tk := range toks {
		got = append(got, tk.text)
	}
	want := "About|250,000|troops|12|tanks|and|1,500,000|rounds|3|14|is|no|number"
	if strings.Join(got, "|") != want {
		t.Errorf("tokens %q, want %q", strings.Join(got, "|"), want)
	}
}

// TestDateMonthShown checks that a date is not asked where the sentence
// names its month elsewhere.
func TestDateMonthShown(t *testing.T) {
	text := notes + "\n## 1989\n\n- In Oct 1989 the crowds in Leipzig grew, and Honecker was forced out on 18 Oct by his own party.\n- The Berlin Wall opened on 9 Nov after a botched press conference by Schabowski.\n- Hungary opened its border with Austria on 2 May to East German tourists.\n- Czechoslovakia's Velvet Revolution began on 17 Nov with a student march in Prague.\n"
	gs := notesGens(t, text)
	g := gs[len(gs)-1]
	for _, s := range g.sents {
		if !s.usable {
			continue
		}
		for _, c := range g.fromSentence(s) {
			if c.q.Type == questions.Choice && c.q.Answer == "18 Oct" {
				t.Errorf("asked %q with %q", c.q.Prompt, c.q.Choices)
			}
		}
	}
}

// TestListCardLabel checks that a list under a label, not a sentence, is
// asked by what the label names.
func TestListCardLabel(t *testing.T) {
	text := notes + "\n## Elasticity\n\nPrice elasticity of demand measures how strongly buyers respond to a change in price.\n\nDeterminants of PED:\n\n- Close substitutes make demand more elastic.\n- Necessities are inelastic and luxuries elastic.\n- Demand is more elastic in the long run, because people have time to adjust.\n"
	gs := notesGens(t, text)
	var fronts []string
	for _, c := range gs[len(gs)-1].fillCandidates() {
		fronts = append(fronts, c.q.Prompt)
	}
	want := "Which three determinants of PED does the section “Elasticity” name?"
	if !slices.Contains(fronts, want) {
		t.Errorf("fronts %q lack %q", fronts, want)
	}
}

// TestGlossaryCardOneFact checks that a term whose description is several
// sentences, several facts, gets no card "What does it say of …?".
func TestGlossaryCardOneFact(t *testing.T) {
	text := notes + "\n## Lymphoid cells\n\n- **B cells**: mature in the bone marrow. Surface antibody acts as the receptor. Activated B cells become plasma cells.\n- **T cells**: mature in the thymus and carry a T-cell receptor.\n- **NK cells**: kill virus-infected cells without prior sensitisation.\n"
	gs := notesGens(t, text)
	cards := 0
	for _, c := range gs[len(gs)-1].glossaryCandidates() {
		if c.q.Type == questions.Card {
			cards++
			if strings.Contains(c.q.Prompt, "B cells") {
				t.Errorf("asked %q", c.q.Prompt)
			}
		}
	}
	if cards != 2 {
		t.Errorf("%d cards, want 2", cards)
	}
}

// TestNotesFragments checks notes' items that are no sentence to ask: a
// past verb with no subject, a line of links, a bare list after a label,
// and a statement cut after "c." as if it were a label.
func TestNotesFragments(t *testing.T) {
	for _, tc := range []struct {
		text string
		kind article.Kind
	}{
		{"Led the Peloponnesian League from the 6th century BC onwards.", article.Item},
		{"Concurrency and Synchronisation · Computer Architecture · OS Lecture Index.", article.Prose},
		{"Main kingdoms: Ptolemaic Egypt, the Seleucid empire, Antigonid Macedon.", article.Item},
	} {
		if s := oneSentence(t, tc.text, tc.kind); s.formed {
			t.Errorf("%q is read as a sentence", tc.text)
		}
	}
	s := oneSentence(t, "Colonisation c. 750 to 550 BC, driven by land hunger and trade.", article.Item)
	if s.stemOff != 0 {
		t.Errorf("%q is asked from %q", s.text, s.text[s.stemOff:])
	}
}

// TestOrderNoCitations checks that the year of a law case, in brackets
// after its name, is no event to put in order.
func TestOrderNoCitations(t *testing.T) {
	text := notes + "\n## Damages\n\n- Remoteness (*Hadley v Baxendale* (1854)) has two limbs for the recovery of loss.\n- Mental distress damages may be given for a spoilt holiday: *Jarvis v Swans Tours* (1973).\n- Cost of cure out of all proportion gives the diminution in value: *Ruxley Electronics v Forsyth* (1996).\n"
	gs := notesGens(t, text)
	if c := gs[len(gs)-1].order(); c != nil {
		t.Errorf("asked to order %q", c.q.Items)
	}
}

// TestOptionNames checks that a remark in brackets after a term, which
// would tell the options apart by itself, is not shown in them.
func TestOptionNames(t *testing.T) {
	for term, want := range map[string]string{
		"Lapse rate (negative overall)":    "Lapse rate",
		"Water vapour (strongly positive)": "Water vapour",
		"GDP (Gross Domestic Product)":     "GDP (Gross Domestic Product)",
		"Planck response":                  "Planck response",
	} {
		if got := optionName(term); got != want {
			t.Errorf("optionName(%q) = %q, want %q", term, got, want)
		}
	}
}

// TestHeadlines checks that notes written as headlines, a name and a
// participle with no "was", are not asked as sentences, and that an
// active verb with its object is.
func TestHeadlines(t *testing.T) {
	for _, tc := range []struct {
		text string
		want bool
	}{
		{"Neptune found by Galle from Le Verrier's prediction of its position.", false},
		{"Cluny founded 910 as a reform movement, free of lay control.", false},
		{"Magna Carta sealed at Runnymede by King John and the barons.", false},
		{"1846 — Neptune found by Galle from Le Verrier's prediction of its position.", false},
		{"11 July — Necker dismissed, which causes panic in Paris.", false},
		{"The minister Necker was dismissed, which caused panic in Paris.", true},
		{"Robert Hooke observed cells in a thin slice of cork and named them.", true},
		{"The Concordat of Worms settles the investiture dispute between pope and emperor.", true},
	} {
		if s := oneSentence(t, tc.text, article.Item); s.formed != tc.want {
			t.Errorf("%q: formed = %v, want %v", tc.text, s.formed, tc.want)
		}
	}
}

// TestNotesBlanksLeftOut checks blanks that notes once gave and blind
// raters rejected: a subject left out after a participle, and a split
// year.
func TestNotesBlanksLeftOut(t *testing.T) {
	for _, tc := range []struct{ text, not string }{
		{"Caused by Yersinia pestis, named after Alexandre Yersin; bubonic, pneumonic and septicaemic forms.", "{{Alexandre Yersin}}"},
		{"The Franciscans were approved by the pope c. 1209/10 and the Dominicans in 1216.", "{{1209}}"},
	} {
		gs := notesGens(t, notes+"\n## Terms\n\n- "+tc.text+"\n- Another line of the notes that says something else entirely.\n")
		g := gs[len(gs)-1]
		for _, s := range g.sents {
			if !s.usable {
				continue
			}
			for _, c := range g.gate(g.fromSentence(s)) {
				if strings.Contains(c.q.Text, tc.not) || strings.Contains(c.q.Prompt, "_____") && c.q.Answer == strings.Trim(tc.not, "{}") {
					t.Errorf("asked %q %q", c.q.Prompt, c.q.Text)
				}
			}
		}
	}
}

// TestClozeNoLabelNoLetter checks that a blank on one letter ("P" of the
// 4Ps) or on a note's label before its colon is not asked.
func TestClozeNoLabelNoLetter(t *testing.T) {
	g := gateGen(t, 1)
	for _, text := range []string{"Only {{P}} that brings in revenue; the others are costs.", "{{Kotler}}: creating value for customers and capturing value from them."} {
		blank := text[strings.Index(text, "{{")+2 : strings.Index(text, "}}")]
		c := &candidate{q: &questions.Question{Type: questions.Cloze, Prompt: "Fill in the blank.", Text: text}, answer: strings.ToLower(blank)}
		if g.clozePasses(c) {
			t.Errorf("%q passes", text)
		}
	}
}

// TestCitationYear checks which years date a work cited rather than an
// event.
func TestCitationYear(t *testing.T) {
	for _, tc := range []struct {
		text, year string
		want       bool
	}{
		{"Diffusion of innovations (Rogers, 1962): innovators first.", "1962", true},
		{"The decline was real (Ward-Perkins, 2005), not a transformation.", "2005", true},
		{"The Treaty of Paris (1783) ended the war.", "1783", false},
		{"In 1962, the crisis over Cuba began.", "1962", false},
	} {
		for _, tok := range tokenize(tc.text) {
			if tok.text == tc.year {
				if got := citationYear(tc.text, tok); got != tc.want {
					t.Errorf("citationYear(%q, %s) = %v, want %v", tc.text, tc.year, got, tc.want)
				}
			}
		}
	}
}

// notesGens readies the section generators of a Markdown text, as the
// tests of notes read one.
func notesGens(t *testing.T, text string) []*sectionGen {
	t.Helper()
	a, err := article.Read("notes.md", []byte(text))
	if err != nil {
		t.Fatal(err)
	}
	return sectionGens(a, Options{})
}

// TestExamTask: "Explain why …" in revision notes is an exam's task, no
// statement to ask about.
func TestExamTask(t *testing.T) {
	g := proseGen(t, "# Notes\n\n## Exam tips\n\nExplain why one murder in the Balkans led to a war between all the Great Powers within six weeks. The Black Hand supplied the weapons to the assassins in Sarajevo in June 1914.\n")
	if s := sentenceWith(t, g, "Explain why"); s.formed {
		t.Errorf("%q is formed", s.text)
	}
	if s := sentenceWith(t, g, "The Black Hand"); !s.formed {
		t.Errorf("%q is not formed", s.text)
	}
}

// TestListLabelOfOne: a list whose label names one thing ("ATP tally
// per glucose (modern estimate):") gives no "Which four ATP tally …"
// card; a plural label ("Products per glucose (two turns):") does, without
// its remark in brackets.
func TestListLabelOfOne(t *testing.T) {
	for label, want := range map[string]string{
		"ATP tally per glucose (modern estimate):": "",
		"Products per glucose (two turns):":        "Which four products per glucose does",
	} {
		g := proseGen(t, "# Respiration\n\n## Yields\n\nCells release energy from glucose in stages.\n\n"+label+"\n\n- Glycolysis gives 2 ATP.\n- The Krebs cycle gives 2 ATP.\n- Oxidative phosphorylation gives about 28 ATP.\n- The total is about 32 ATP.\n")
		c := g.bulletCard()
		switch {
		case want == "" && c != nil && strings.HasPrefix(c.q.Prompt, "Which four"):
			t.Errorf("card %q for %q", c.q.Prompt, label)
		case want != "" && (c == nil || !strings.HasPrefix(c.q.Prompt, want)):
			t.Errorf("card for %q = %v, want it to start %q", label, c, want)
		}
	}
}
