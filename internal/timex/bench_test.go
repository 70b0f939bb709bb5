package timex

import (
	"strings"
	"testing"
	"time"
)

// benchText is news-like French and English with a time expression every
// sentence or so.
var benchText = strings.Repeat("Le ministre des Affaires étrangères a reçu mardi son homologue tunisien, "+
	"une semaine après que le Parlement a adopté le 2 octobre 2020 la loi de finances. "+
	"Les élections auront lieu en juin, selon un communiqué publié il y a 3 semaines. "+
	"The president said on Friday that talks would resume next week, two days after the vote of Oct. 2. "+
	"Some 1 500 soldiers were deployed in 2019, and the plan covers 2019-2020. ", 50)

func BenchmarkFind(b *testing.B) {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(benchText)))
	b.ReportAllocs()
	for b.Loop() {
		Find(benchText, "fr", ref)
	}
}

func BenchmarkFindNoDates(b *testing.B) {
	s := strings.Repeat("Le ministre a présenté son projet devant les députés, qui en débattront longuement. ", 200)
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	b.SetBytes(int64(len(s)))
	b.ReportAllocs()
	for b.Loop() {
		Find(s, "fr", ref)
	}
}

func BenchmarkResolve(b *testing.B) {
	ref := time.Date(2020, 9, 28, 0, 0, 0, 0, time.UTC)
	es := Find("vendredi, le 2 octobre, en juin", "fr", ref)
	b.ReportAllocs()
	for b.Loop() {
		for _, e := range es {
			Resolve(e, Past, ref)
		}
	}
}
