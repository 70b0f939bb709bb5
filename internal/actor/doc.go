// Package actor holds vigie's actor knowledge and codes actors in CAMEO:
// a country or organisation block (USA, TUN, IGO…) followed by role or
// sector blocks (GOV, MIL, COP, SPY, JUD…), e.g. USAGOVMIL, MARCOP, IGOUNO.
//
// It reads a text (and, for CodeMention, an entity span from the
// recogniser) and adds actor codes with their evidence: the title span, the
// dictionary entry (file:line) and the dates its code holds. Its knowledge
// comes from:
//
//   - vigie's own dictionaries (dict/actors, a reviewable text format, see
//     vdict.go): country names, nationality adjectives and demonyms in
//     French and English, titles and offices, organisations, persons;
//   - dated office holders compiled from Wikidata (a person is coded by the
//     office held on the article's date, and ELI after it);
//   - PETRARCH/TABARI actor and agent dictionaries (the Phoenix ones ship
//     compiled; users load their own with LoadPetrarch), including
//     date-restricted codes such as [EGYGOV >140608].
//
// Everything compiles into one word trie (matcher.go): words are
// normalised (lower case, accents folded, ’ and ' alike, hyphens and
// apostrophes separating words) and matched leftmost-longest, with byte
// offsets into the original text. Forms written in capitals (AFP, ONU, US)
// match only capitals; capitalised dictionary words (Le Monde, État) only
// capitalised words; entries of the other language only names.
//
// Descriptions combine a title and a country ("le ministre tunisien de la
// Défense" → TUN + ~GOVMIL = TUNGOVMIL, "U.S. Defense Secretary" →
// USAGOVMIL); a head title takes the code of what it heads ("le chef du
// Pentagone" → USAMIL). Names spelt differently from the dictionaries
// (Saied/Ssaied, Abdelmadjid/Abdel Madjid, Ibrahim/Brahim) are matched by
// skeleton and a bounded edit distance against known persons only, with a
// lower confidence (variant.go).
//
// Conventions (documented in dict/actors/roles.txt): defence ministers and
// secretaries are GOVMIL as in the Phoenix agents dictionary; national
// police and "sûreté nationale" are COP; intelligence services SPY;
// protesters CVL; former office holders ELI.
package actor
