package questions

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// synthWords is the vocabulary of the generated questions: enough variety that
// the YAML is as long and as varied as hand-written banks.
var synthWords = strings.Fields(`peace mission council mandate region troops observers ceasefire
election transition democracy governance police reform border dispute refugees
development humanitarian assistance agreement negotiation mediation sovereignty
stability conflict reconciliation justice rights monitoring reconstruction
legitimacy cooperation organization security resolution deployment withdrawal
civilian protection capacity institutions accountability transparency economy
violence community dialogue consensus framework strategy challenge outcome
commission tribunal verification disarmament demobilization reintegration
capital province coast mountain river harbour valley frontier settlement`)

func synthSentence(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		w := synthWords[rng.IntN(len(synthWords))]
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func synthPhrase(rng *rand.Rand, n int) string { return strings.ToLower(synthSentence(rng, n)) }

// distinct returns n different phrases of k synthWords.
func synthDistinct(rng *rand.Rand, n, k int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		p := synthPhrase(rng, k) + fmt.Sprintf(" %d", len(out)+1)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func synthQuoted(s string) string { return fmt.Sprintf("%q", s) }

func synthFlow(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = synthQuoted(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// bankYAML writes one made-up bank: bank bank-NNN holding
// questions qFIRST … qFIRST+n-1 (the ids progress.Synthesize answers),
// every type in turn, each with an explanation and a source quote. Every
// prompt starts with "Question qNNNNN", which the timing run waits for.
func bankYAML(bank, first, n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, uint64(bank)))
	var b strings.Builder
	fmt.Fprintf(&b, "bank: bank-%03d\ntitle: %s %d\nsection: Section %d of the synthetic article\n", bank, synthSentence(rng, 4), bank, bank)
	fmt.Fprintf(&b, "description: %s.\ntags: [synthetic, %s]\nquestions:\n", synthSentence(rng, 24), synthWords[bank%len(synthWords)])
	for i := range n {
		id := first + i
		fmt.Fprintf(&b, "  - id: q%05d\n", id)
		lead := fmt.Sprintf("Question q%05d: ", id)
		switch i % 6 {
		case 0:
			c := synthDistinct(rng, 4, 3)
			fmt.Fprintf(&b, "    type: choice\n    prompt: %s\n    choices: %s\n    answer: %s\n",
				synthQuoted(lead+synthSentence(rng, 10)+"?"), synthFlow(c), synthQuoted(c[rng.IntN(4)]))
		case 1:
			c := synthDistinct(rng, 5, 2)
			fmt.Fprintf(&b, "    type: multi\n    prompt: %s\n    choices: %s\n    answers: %s\n",
				synthQuoted(lead+synthSentence(rng, 8)+"? (Select all that apply.)"), synthFlow(c), synthFlow(c[:2]))
		case 2:
			fmt.Fprintf(&b, "    type: truefalse\n    prompt: %s\n    answer: %v\n", synthQuoted(lead+synthSentence(rng, 10)+"."), rng.IntN(2) == 0)
		case 3:
			fmt.Fprintf(&b, "    type: text\n    prompt: %s\n    answer: %s\n    accept: [%s]\n",
				synthQuoted(lead+synthSentence(rng, 9)+"? (One word.)"), synthWords[rng.IntN(len(synthWords))], synthWords[rng.IntN(len(synthWords))]+" one")
		case 4:
			fmt.Fprintf(&b, "    type: cloze\n    prompt: %s\n    text: %s\n",
				synthQuoted(lead+"fill in the blank."), synthQuoted(synthSentence(rng, 6)+" {{"+synthWords[rng.IntN(len(synthWords))]+"}} "+synthPhrase(rng, 5)+"."))
		case 5:
			fmt.Fprintf(&b, "    type: order\n    prompt: %s\n    items:\n", synthQuoted(lead+"put these in the order the section presents them."))
			for _, it := range synthDistinct(rng, 4, 4) {
				fmt.Fprintf(&b, "      - %s\n", synthQuoted(it))
			}
		}
		fmt.Fprintf(&b, "    explain: %s\n    source: %s\n", synthQuoted(synthSentence(rng, 14)+"."), synthQuoted(synthSentence(rng, 11)+"."))
		if i%10 == 0 {
			fmt.Fprintf(&b, "    tags: [%s]\n", synthWords[rng.IntN(len(synthWords))])
		}
	}
	return []byte(b.String())
}

// SynthesizeBanks writes made-up but realistic bank files into dir, for
// benchmarks and for trying quiz at scale: banks files named
// bank-NNN.yaml, each of perBank questions of every type with an
// explanation and a source, the questions numbered across the banks
// (bank-007 holds q03500 … q03999 when perBank is 500), as the answers of
// progress.Synthesize name them. Every prompt starts "Question qNNNNN".
// It returns the files written and their total size.
func SynthesizeBanks(dir string, banks, perBank int) ([]string, int64, error) {
	if err := os.MkdirAll(dir, 0o700); err != nil {
		return nil, 0, err
	}
	var files []string
	var total int64
	for i := range banks {
		data := bankYAML(i, i*perBank, perBank, 1)
		p := filepath.Join(dir, fmt.Sprintf("bank-%03d.yaml", i))
		if err := os.WriteFile(p, data, 0o600); err != nil {
			return nil, 0, err
		}
		files = append(files, p)
		total += int64(len(data))
	}
	return files, total, nil
}
