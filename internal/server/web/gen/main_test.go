package main

import (
	"bytes"
	"encoding/json"
	"os"
	"testing"

	"github.com/vigie-events/vigie/internal/testshared"
)

// TestEmbeddedWorldUpToDate regenerates the map from Natural Earth and
// compares it with the embedded file: run go generate ./internal/server
// when this fails.
func TestEmbeddedWorldUpToDate(t *testing.T) {
	raw, err := os.ReadFile(testshared.Path(t, Rel))
	if err != nil {
		t.Fatal(err)
	}
	got, err := Generate(raw)
	if err != nil {
		t.Fatal(err)
	}
	want, err := os.ReadFile("../world.json")
	if err != nil {
		t.Fatal(err)
	}
	if !bytes.Equal(got, want) {
		t.Errorf("internal/server/web/world.json is stale (%d bytes, regenerated %d): run go generate ./internal/server", len(want), len(got))
	}
	if len(got) > 400<<10 {
		t.Errorf("world.json is %d bytes; keep it under 400 KiB", len(got))
	}
}

func TestProject(t *testing.T) {
	tests := []struct {
		name             string
		lon, lat, wx, wy float64
	}{
		{"origin", 0, 0, 0, 0},
		{"east edge", 180, 0, 2.7354, 0},
		{"north pole", 0, 90, 0, 1.4224},
	}
	for _, tc := range tests {
		t.Run(tc.name, func(t *testing.T) {
			x, y := Project(tc.lon, tc.lat)
			if d := x - tc.wx; d > 1e-3 || d < -1e-3 {
				t.Errorf("x = %.4f, want %.4f", x, tc.wx)
			}
			if d := y - tc.wy; d > 1e-3 || d < -1e-3 {
				t.Errorf("y = %.4f, want %.4f", y, tc.wy)
			}
		})
	}
}

func TestGenerateSmall(t *testing.T) {
	in := `{"type":"FeatureCollection","features":[
	{"type":"Feature","properties":{"ADM0_A3":"SQR","NAME":"Square"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[10,0],[10,10],[5,10.0001],[0,10],[0,0]]]}},
	{"type":"Feature","properties":{"ADM0_A3":"DOT","NAME":"Speck"},"geometry":{"type":"Polygon","coordinates":[[[0,0],[0.01,0],[0.01,0.01],[0,0]]]}}]}`
	b, err := Generate([]byte(in))
	if err != nil {
		t.Fatal(err)
	}
	var w World
	if err := json.Unmarshal(b, &w); err != nil {
		t.Fatal(err)
	}
	if len(w.Countries) != 1 || w.Countries[0].A3 != "SQR" {
		t.Fatalf("countries %+v; want only SQR (the speck is below the size kept)", w.Countries)
	}
	// Four corners: the point on the top edge is simplified away.
	if d, want := w.Countries[0].D, "M3000 1560l167 0-1-193-166 0z"; d != want {
		t.Errorf("path %q, want %q: a move and three lines", d, want)
	}
}
