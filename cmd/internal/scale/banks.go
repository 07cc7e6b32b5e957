package main

import (
	"fmt"
	"math/rand/v2"
	"os"
	"path/filepath"
	"strings"
)

// words is the vocabulary of the generated questions: enough variety that
// the YAML is as long and as varied as hand-written banks.
var words = strings.Fields(`peace mission council mandate region troops observers ceasefire
election transition democracy governance police reform border dispute refugees
development humanitarian assistance agreement negotiation mediation sovereignty
stability conflict reconciliation justice rights monitoring reconstruction
legitimacy cooperation organization security resolution deployment withdrawal
civilian protection capacity institutions accountability transparency economy
violence community dialogue consensus framework strategy challenge outcome
commission tribunal verification disarmament demobilization reintegration
capital province coast mountain river harbour valley frontier settlement`)

func sentence(rng *rand.Rand, n int) string {
	var b strings.Builder
	for i := range n {
		w := words[rng.IntN(len(words))]
		if i == 0 {
			w = strings.ToUpper(w[:1]) + w[1:]
		} else {
			b.WriteByte(' ')
		}
		b.WriteString(w)
	}
	return b.String()
}

func phrase(rng *rand.Rand, n int) string { return strings.ToLower(sentence(rng, n)) }

// distinct returns n different phrases of k words.
func distinct(rng *rand.Rand, n, k int) []string {
	seen := map[string]bool{}
	var out []string
	for len(out) < n {
		p := phrase(rng, k) + fmt.Sprintf(" %d", len(out)+1)
		if !seen[p] {
			seen[p] = true
			out = append(out, p)
		}
	}
	return out
}

func quoted(s string) string { return fmt.Sprintf("%q", s) }

func flow(items []string) string {
	q := make([]string, len(items))
	for i, s := range items {
		q[i] = quoted(s)
	}
	return "[" + strings.Join(q, ", ") + "]"
}

// bankYAML writes one bank of the heavy setup: bank bank-NNN holding
// questions qFIRST … qFIRST+n-1 (the ids progress.Synthesize answers),
// every type in turn, each with an explanation and a source quote. Every
// prompt starts with "Question qNNNNN", which the timing run waits for.
func bankYAML(bank, first, n int, seed uint64) []byte {
	rng := rand.New(rand.NewPCG(seed, uint64(bank)))
	var b strings.Builder
	fmt.Fprintf(&b, "bank: bank-%03d\ntitle: %s %d\nsection: Section %d of the synthetic article\n", bank, sentence(rng, 4), bank, bank)
	fmt.Fprintf(&b, "description: %s.\ntags: [synthetic, %s]\nquestions:\n", sentence(rng, 24), words[bank%len(words)])
	for i := range n {
		id := first + i
		fmt.Fprintf(&b, "  - id: q%05d\n", id)
		lead := fmt.Sprintf("Question q%05d: ", id)
		switch i % 6 {
		case 0:
			c := distinct(rng, 4, 3)
			fmt.Fprintf(&b, "    type: choice\n    prompt: %s\n    choices: %s\n    answer: %s\n",
				quoted(lead+sentence(rng, 10)+"?"), flow(c), quoted(c[rng.IntN(4)]))
		case 1:
			c := distinct(rng, 5, 2)
			fmt.Fprintf(&b, "    type: multi\n    prompt: %s\n    choices: %s\n    answers: %s\n",
				quoted(lead+sentence(rng, 8)+"? (Select all that apply.)"), flow(c), flow(c[:2]))
		case 2:
			fmt.Fprintf(&b, "    type: truefalse\n    prompt: %s\n    answer: %v\n", quoted(lead+sentence(rng, 10)+"."), rng.IntN(2) == 0)
		case 3:
			fmt.Fprintf(&b, "    type: text\n    prompt: %s\n    answer: %s\n    accept: [%s]\n",
				quoted(lead+sentence(rng, 9)+"? (One word.)"), words[rng.IntN(len(words))], words[rng.IntN(len(words))]+" one")
		case 4:
			fmt.Fprintf(&b, "    type: cloze\n    prompt: %s\n    text: %s\n",
				quoted(lead+"fill in the blank."), quoted(sentence(rng, 6)+" {{"+words[rng.IntN(len(words))]+"}} "+phrase(rng, 5)+"."))
		case 5:
			fmt.Fprintf(&b, "    type: order\n    prompt: %s\n    items:\n", quoted(lead+"put these in the order the section presents them."))
			for _, it := range distinct(rng, 4, 4) {
				fmt.Fprintf(&b, "      - %s\n", quoted(it))
			}
		}
		fmt.Fprintf(&b, "    explain: %s\n    source: %s\n", quoted(sentence(rng, 14)+"."), quoted(sentence(rng, 11)+"."))
		if i%10 == 0 {
			fmt.Fprintf(&b, "    tags: [%s]\n", words[rng.IntN(len(words))])
		}
	}
	return []byte(b.String())
}

// writeBanks writes the heavy setup's bank files into dir, as a learner
// would have them before `quiz add`.
func writeBanks(dir string, banks, perBank int) ([]string, int64, error) {
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
