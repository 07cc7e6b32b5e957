package generate

import (
	"strings"
	"testing"
)

func TestRareWord(t *testing.T) {
	for _, tc := range []struct {
		word string
		want bool
	}{
		{"meninges", true}, {"kinetochore", true}, {"subduction", true}, {"telomeres", true}, {"ring-shaped", false},
		// Everyday words, in any form or spelling.
		{"neurons", false}, {"hemispheres", false}, {"fibres", false}, {"defences", false}, {"colour", false},
		{"recognisable", false}, {"organising", false},
		// Everyday words run together, or made nouns.
		{"windowsill", false}, {"floodwater", false}, {"codebase", false}, {"unevenness", false},
		{"reconsideration", false}, {"facilitator", false}, {"adaptability", false},
		// Too short, or not a word.
		{"pons", false}, {"n2o4", false},
	} {
		if got := rareWord(tc.word); got != tc.want {
			t.Errorf("rareWord(%q) = %v, want %v", tc.word, got, tc.want)
		}
	}
}

// TestFieldTerms: a word of the field a section teaches is a blank,
// though common nouns never are; a word of educated prose ("efficacy")
// is one only in an article dense with its field's words.
func TestFieldTerms(t *testing.T) {
	const biology = `# The Nervous System

## The Brain

Beneath the bone lie three membranes called the meninges, which wrap the whole organ. The largest part of the brain is the cerebrum, divided into left and right hemispheres. The hypothalamus links the nervous system to the endocrine system through the pituitary gland. Neurons of the cortex release glutamate at most excitatory synapses. At the centromere sits the kinetochore, where the spindle fibres attach.

## Cells

Glial cells such as astrocytes and oligodendrocytes support the neurons around them. Myelin speeds conduction along the axon by saltatory conduction between the nodes. Microglia act as the resident macrophages of the central nervous system. In the 1950s scientists towed a magnetometer behind a ship off the coast.

## Reflexes

Urine drains from the calyces into the renal pelvis, a funnel that narrows into the ureter. A monosynaptic reflex involves a single synapse between afferent and efferent neurons in the cord. Polysynaptic reflexes pass through one or more interneurons before reaching a motor neuron.
`
	const essay = `# Peacekeeping

## Challenges

Diverging interests and priorities may lead to fragmented approaches, reducing the overall efficacy of the missions. Many missions lack sufficient funds, personnel and logistical support in remote regions.

## Cooperation

Regional organisations share resources and coordinate their responses to crises across the region. Their cooperation has strengthened the governance of several fragile states over the years.
`
	asked := func(text string) map[string]bool {
		got := map[string]bool{}
		for _, g := range sectionGens(mustArticle(t, text), Options{}) {
			for _, s := range g.sents {
				for _, tm := range g.answerable(s) {
					if tm.kind == KindTerm {
						got[tm.text] = true
					}
				}
			}
		}
		return got
	}
	bio := asked(biology)
	for _, w := range []string{"cerebrum", "hypothalamus", "kinetochore", "magnetometer", "saltatory"} {
		if !bio[w] {
			t.Errorf("biology: %q is not asked; asked %v", w, bio)
		}
	}
	for w := range bio {
		// "centromere sits", "magnetometer behind": the verb or the
		// preposition after the noun is not part of the term.
		// "astrocytes and oligodendrocytes": either would do.
		// "the renal pelvis": the adjective alone is no blank.
		if strings.HasSuffix(w, " sits") || strings.HasSuffix(w, " behind") || w == "neurons" || w == "synapses" || w == "astrocytes" || w == "oligodendrocytes" ||
			w == "renal" {
			t.Errorf("biology: %q is asked", w)
		}
	}
	if es := asked(essay); len(es) > 0 {
		t.Errorf("essay: %v asked; an essay's educated words are no field's", es)
	}
}

func TestSpelledBeside(t *testing.T) {
	for _, tc := range []struct {
		blank, rest string
		want        bool
	}{
		{"aortic", "the valve stops blood flowing back into the aorta", true},
		{"monosynaptic", "a reflex with only one synapse between two neurons", true},
		{"atrioventricular", "the valves between each atrium and its ventricle", true},
		{"endothermic", "while cooling favours the exothermic one", true},
		{"phagocyte", "the section phagocytes", true},
		{"meninges", "beneath the bone lie three membranes called the", false},
		{"kinetochore", "at the centromere sits the where the spindle fibres attach", false},
	} {
		if got := spelledBeside(tc.blank, tc.rest); got != tc.want {
			t.Errorf("spelledBeside(%q, %q) = %v, want %v", tc.blank, tc.rest, got, tc.want)
		}
	}
}
