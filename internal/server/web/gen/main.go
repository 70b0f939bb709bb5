// Command gen writes the world map of vigie's web UI: the country shapes
// of Natural Earth's 1:50m admin-0 countries (public domain), projected
// with the Natural Earth I projection, simplified (Douglas-Peucker) and
// quantized into compact SVG path strings.
//
//	go run ./internal/server/web/gen [-in ne_50m_admin_0_countries.json] [-out internal/server/web/world.json]
//
// Without -in it reads data/gazetteer/natural-earth/ne_50m_admin_0_countries.json
// from $VIGIE_SHARED or ../shared. The output is deterministic: the same
// input gives the same bytes, which a test checks against the embedded file.
package main

import (
	"bytes"
	"encoding/json"
	"flag"
	"fmt"
	"math"
	"os"
	"path/filepath"
	"sort"
	"strconv"
)

// Map geometry: the projected world is Width units wide.
const (
	Width     = 6000
	Tolerance = 0.7 // Douglas-Peucker tolerance, in map units
	MinExtent = 1.5 // rings smaller than this in both directions are dropped
)

// Rel is where the input lies inside the shared data folder.
const Rel = "data/gazetteer/natural-earth/ne_50m_admin_0_countries.json"

// Attribution is written into the output.
const Attribution = "Made with Natural Earth (naturalearthdata.com), 1:50m admin-0 countries, public domain; simplified by vigie."

func main() {
	in := flag.String("in", "", "Natural Earth admin-0 countries GeoJSON (default $VIGIE_SHARED/"+Rel+")")
	out := flag.String("out", "world.json", "output file")
	flag.Parse()
	if *in == "" {
		*in = filepath.Join(sharedDir(), filepath.FromSlash(Rel))
	}
	raw, err := os.ReadFile(*in)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	b, err := Generate(raw)
	if err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	if err := os.WriteFile(*out, b, 0o644); err != nil {
		fmt.Fprintln(os.Stderr, "gen:", err)
		os.Exit(1)
	}
	fmt.Fprintf(os.Stderr, "gen: wrote %s (%d bytes)\n", *out, len(b))
}

func sharedDir() string {
	if d := os.Getenv("VIGIE_SHARED"); d != "" {
		return d
	}
	// go generate runs in internal/server; go run from the module root.
	for _, d := range []string{"../shared", "../../../shared", "../../../../shared"} {
		if st, err := os.Stat(d); err == nil && st.IsDir() {
			return d
		}
	}
	return "../shared"
}

// World is the output file.
type World struct {
	Attribution string `json:"attribution"`
	Projection  string `json:"projection"`
	// Width and Height of the map in units; Scale maps the projection's
	// radians to units: x = Width/2 + X*Scale, y = Height/2 - Y*Scale.
	Width     int       `json:"width"`
	Height    int       `json:"height"`
	Scale     float64   `json:"scale"`
	Countries []Country `json:"countries"`
}

// Country is one shape: an SVG path with integer coordinates, an absolute
// move to each ring's first point and relative lines after it.
type Country struct {
	A3   string `json:"a3"` // Natural Earth ADM0_A3, ISO 3166 alpha-3 for most
	Name string `json:"name"`
	D    string `json:"d"`
}

type feature struct {
	Properties struct {
		A3   string `json:"ADM0_A3"`
		Name string `json:"NAME"`
	} `json:"properties"`
	Geometry struct {
		Type        string          `json:"type"`
		Coordinates json.RawMessage `json:"coordinates"`
	} `json:"geometry"`
}

// Project is the Natural Earth I projection (Šavrič, Jenny, Patterson,
// Petrovič, Hurni 2011) of a longitude and latitude in degrees, in radians.
func Project(lon, lat float64) (x, y float64) {
	l, p := lon*math.Pi/180, lat*math.Pi/180
	p2 := p * p
	p4 := p2 * p2
	x = l * (0.8707 - 0.131979*p2 + p4*(-0.013791+p4*(0.003971*p2-0.001529*p4)))
	y = p * (1.007226 + p2*(0.015085+p4*(-0.044475+0.028874*p2-0.005916*p4)))
	return x, y
}

// Generate turns the GeoJSON into the World file's bytes.
func Generate(raw []byte) ([]byte, error) {
	var fc struct {
		Features []feature `json:"features"`
	}
	if err := json.Unmarshal(raw, &fc); err != nil {
		return nil, fmt.Errorf("gen: countries: %w", err)
	}
	maxX, _ := Project(180, 0)
	_, maxY := Project(0, 90)
	scale := Width / (2 * maxX)
	w := World{
		Attribution: Attribution,
		Projection:  "naturalEarth1",
		Width:       Width,
		Height:      int(math.Ceil(2 * maxY * scale)),
		Scale:       math.Round(scale*1e6) / 1e6,
	}
	for _, f := range fc.Features {
		var polys [][][][2]float64
		switch f.Geometry.Type {
		case "Polygon":
			var p [][][2]float64
			if err := json.Unmarshal(f.Geometry.Coordinates, &p); err != nil {
				return nil, fmt.Errorf("gen: %s: %w", f.Properties.A3, err)
			}
			polys = append(polys, p)
		case "MultiPolygon":
			if err := json.Unmarshal(f.Geometry.Coordinates, &polys); err != nil {
				return nil, fmt.Errorf("gen: %s: %w", f.Properties.A3, err)
			}
		default:
			continue
		}
		var d bytes.Buffer
		for _, poly := range polys {
			for _, ring := range poly {
				writeRing(&d, ring, w, scale)
			}
		}
		if d.Len() == 0 {
			continue
		}
		w.Countries = append(w.Countries, Country{A3: f.Properties.A3, Name: f.Properties.Name, D: d.String()})
	}
	sort.Slice(w.Countries, func(i, j int) bool { return w.Countries[i].A3 < w.Countries[j].A3 })
	var buf bytes.Buffer
	enc := json.NewEncoder(&buf)
	enc.SetEscapeHTML(false)
	if err := enc.Encode(w); err != nil {
		return nil, err
	}
	return buf.Bytes(), nil
}

type pt struct{ x, y float64 }

// writeRing appends one simplified ring to d as "M x y l dx dy … z".
func writeRing(d *bytes.Buffer, ring [][2]float64, w World, scale float64) {
	if len(ring) < 4 {
		return
	}
	ps := make([]pt, len(ring))
	minX, minY, maxX, maxY := math.Inf(1), math.Inf(1), math.Inf(-1), math.Inf(-1)
	for i, c := range ring {
		x, y := Project(c[0], c[1])
		p := pt{float64(w.Width)/2 + x*scale, float64(w.Height)/2 - y*scale}
		ps[i] = p
		minX, minY = math.Min(minX, p.x), math.Min(minY, p.y)
		maxX, maxY = math.Max(maxX, p.x), math.Max(maxY, p.y)
	}
	if maxX-minX < MinExtent && maxY-minY < MinExtent {
		return
	}
	keep := make([]bool, len(ps))
	keep[0], keep[len(ps)-1] = true, true
	// A closed ring: split at the point farthest from the first so that
	// the two halves simplify independently.
	far, fd := 0, -1.0
	for i, p := range ps {
		if dd := (p.x-ps[0].x)*(p.x-ps[0].x) + (p.y-ps[0].y)*(p.y-ps[0].y); dd > fd {
			far, fd = i, dd
		}
	}
	keep[far] = true
	simplify(ps, keep, 0, far)
	simplify(ps, keep, far, len(ps)-1)
	var q [][2]int
	for i, p := range ps {
		if !keep[i] {
			continue
		}
		c := [2]int{int(math.Round(p.x)), int(math.Round(p.y))}
		if len(q) > 0 && q[len(q)-1] == c {
			continue
		}
		q = append(q, c)
	}
	if len(q) > 1 && q[len(q)-1] == q[0] {
		q = q[:len(q)-1]
	}
	if len(q) < 3 {
		return
	}
	d.WriteByte('M')
	d.WriteString(strconv.Itoa(q[0][0]))
	d.WriteByte(' ')
	d.WriteString(strconv.Itoa(q[0][1]))
	d.WriteByte('l')
	for i := 1; i < len(q); i++ {
		dx, dy := q[i][0]-q[i-1][0], q[i][1]-q[i-1][1]
		if i > 1 && dx >= 0 {
			d.WriteByte(' ')
		}
		d.WriteString(strconv.Itoa(dx))
		if dy >= 0 {
			d.WriteByte(' ')
		}
		d.WriteString(strconv.Itoa(dy))
	}
	d.WriteByte('z')
}

// simplify marks the points of ps[i:j+1] that Douglas-Peucker keeps.
func simplify(ps []pt, keep []bool, i, j int) {
	for j > i+1 {
		a, b := ps[i], ps[j]
		dx, dy := b.x-a.x, b.y-a.y
		n := math.Hypot(dx, dy)
		best, bd := -1, Tolerance
		for k := i + 1; k < j; k++ {
			var dist float64
			if n == 0 {
				dist = math.Hypot(ps[k].x-a.x, ps[k].y-a.y)
			} else {
				dist = math.Abs(dy*(ps[k].x-a.x)-dx*(ps[k].y-a.y)) / n
			}
			if dist > bd {
				best, bd = k, dist
			}
		}
		if best < 0 {
			return
		}
		keep[best] = true
		simplify(ps, keep, i, best)
		i = best
	}
}
