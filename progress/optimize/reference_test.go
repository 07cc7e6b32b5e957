package optimize

import (
	"bufio"
	"compress/gzip"
	"encoding/json"
	"os"
	"testing"
)

// reference is fsrs-rs v6.5.0's fit of the synthetic history.
type reference struct {
	Default Parameters `json:"default_parameters"`
	Fitted  Parameters `json:"fitted_parameters"`
	True    Parameters `json:"true_parameters"`
	Plain   map[string]struct {
		LogLoss  float64 `json:"log_loss"`
		RMSEBins float64 `json:"rmse_bins"`
	} `json:"plain_metrics"`
	Items int `json:"items"`
}

func loadReference(t testing.TB) reference {
	t.Helper()
	data, err := os.ReadFile("testdata/reference.json")
	if err != nil {
		t.Fatal(err)
	}
	var ref reference
	if err := json.Unmarshal(data, &ref); err != nil {
		t.Fatal(err)
	}
	return ref
}

// historyReview is one line of the synthetic history.
type historyReview struct {
	Card   int   `json:"card_id"`
	Time   int64 `json:"review_time"`
	Rating int   `json:"rating"`
}

func loadHistory(t testing.TB) []historyReview {
	t.Helper()
	f, err := os.Open("testdata/history.jsonl.gz")
	if err != nil {
		t.Fatal(err)
	}
	defer f.Close()
	z, err := gzip.NewReader(f)
	if err != nil {
		t.Fatal(err)
	}
	var out []historyReview
	sc := bufio.NewScanner(z)
	for sc.Scan() {
		var r historyReview
		if err := json.Unmarshal(sc.Bytes(), &r); err != nil {
			t.Fatal(err)
		}
		out = append(out, r)
	}
	if err := sc.Err(); err != nil {
		t.Fatal(err)
	}
	return out
}
