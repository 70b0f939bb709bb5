package store

import (
	"context"
	"testing"

	"github.com/vigie-events/vigie/internal/doc"
)

// BenchmarkPutBatch stores new documents of about 300 words (2.3 KB),
// 500 per transaction.
func BenchmarkPutBatch(b *testing.B) {
	b.ReportAllocs()
	s := openTemp(b)
	ctx := context.Background()
	const batch = 500
	next := 0
	docs := make([]*doc.Document, batch)
	var bytes int64
	for b.Loop() {
		b.StopTimer()
		bytes = 0
		for j := range docs {
			docs[j] = genDoc(next, 300)
			bytes += int64(len(docs[j].Text))
			next++
		}
		b.StartTimer()
		if _, err := s.PutBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	b.SetBytes(bytes)
	b.ReportMetric(float64(next)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkPutUnchanged re-stores documents already there: the cost of
// re-running an ingest.
func BenchmarkPutUnchanged(b *testing.B) {
	b.ReportAllocs()
	s := openTemp(b)
	ctx := context.Background()
	docs := make([]*doc.Document, 500)
	for j := range docs {
		docs[j] = genDoc(j, 300)
	}
	if _, err := s.PutBatch(ctx, docs); err != nil {
		b.Fatal(err)
	}
	n := 0
	for b.Loop() {
		if _, err := s.PutBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
		n += len(docs)
	}
	b.ReportMetric(float64(n)/b.Elapsed().Seconds(), "docs/s")
}

// BenchmarkSearch searches 10,000 documents of about 300 words.
func BenchmarkSearch(b *testing.B) {
	b.ReportAllocs()
	s := openTemp(b)
	ctx := context.Background()
	const n, batch = 10000, 1000
	for i := 0; i < n; i += batch {
		docs := make([]*doc.Document, batch)
		for j := range docs {
			docs[j] = genDoc(i+j, 300)
		}
		if _, err := s.PutBatch(ctx, docs); err != nil {
			b.Fatal(err)
		}
	}
	queries := []struct{ name, q string }{
		{"common", "securite"},
		{"two terms", "algerie sanctions"},
		{"phrase", `"la sécurité"`},
		{"prefix", "negoc*"},
		{"rare", "Article 4242"},
	}
	for _, q := range queries {
		b.Run(q.name, func(b *testing.B) {
			b.ReportAllocs()
			for b.Loop() {
				if _, err := s.Search(ctx, q.q, 20, 0); err != nil {
					b.Fatal(err)
				}
			}
		})
	}
}

func BenchmarkGet(b *testing.B) {
	b.ReportAllocs()
	s := openTemp(b)
	ctx := context.Background()
	d := genDoc(1, 300)
	res, err := s.Put(ctx, d)
	if err != nil {
		b.Fatal(err)
	}
	for b.Loop() {
		if _, _, err := s.Get(ctx, res.ID); err != nil {
			b.Fatal(err)
		}
	}
}
