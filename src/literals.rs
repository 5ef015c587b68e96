//! A search for any of a set of literals, built for the scanner's use: hundreds of thousands
//! of calls, each over one log line or from one line to the next hit.
//!
//! aho-corasick's automaton runs its Teddy prefilter and confirms each candidate itself; the
//! fixed cost of that machinery per call is most of what a search of a ~130-byte line costs.
//! Its packed searcher is that Teddy alone (with Rabin-Karp for texts too short for it), and
//! answers such calls in a third less time. It exists where the CPU has the vector
//! instructions Teddy needs (SSSE3 or AVX2 on x86-64, NEON on aarch64); elsewhere the automaton
//! does the work. Both report the leftmost match, the first-listed literal among those starting
//! there.

use std::ops::Range;

use aho_corasick::packed;
use aho_corasick::{AhoCorasick, Input, MatchKind};

pub enum Literals {
    Packed(packed::Searcher),
    Automaton(AhoCorasick),
}

impl Literals {
    pub fn new(literals: &[&str]) -> Literals {
        let packed = packed::Config::new()
            .match_kind(packed::MatchKind::LeftmostFirst)
            .builder()
            .extend(literals)
            .build();
        match packed {
            Some(packed) => Literals::Packed(packed),
            None => Literals::automaton(literals),
        }
    }

    /// The same search without the packed searcher, as on a CPU that lacks its instructions.
    pub fn automaton(literals: &[&str]) -> Literals {
        Literals::Automaton(
            AhoCorasick::builder()
                .match_kind(MatchKind::LeftmostFirst)
                // A DFA over these literals is large to build (page faults at start-up); the
                // prefilter does the scanning and the compact NFA only confirms.
                .kind(Some(aho_corasick::AhoCorasickKind::ContiguousNFA))
                .build(literals)
                .expect("literals build an automaton"),
        )
    }

    /// The leftmost literal in `hay[span]`: where it is and its index in the list.
    pub fn find_in(&self, hay: &[u8], span: Range<usize>) -> Option<(Range<usize>, usize)> {
        match self {
            Literals::Packed(s) => s
                .find_in(hay, aho_corasick::Span::from(span))
                .map(|m| (m.range(), m.pattern().as_usize())),
            Literals::Automaton(ac) => ac
                .find(Input::new(hay).range(span))
                .map(|m| (m.range(), m.pattern().as_usize())),
        }
    }

    pub fn is_match(&self, hay: &[u8]) -> bool {
        self.find_in(hay, 0..hay.len()).is_some()
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn packed_and_automaton_find_the_same_literal_at_the_same_place() {
        let literals = [
            "rror",
            "RROR",
            "@type",
            "HTTP/2 ",
            "://api.",
            "NOT_FOUND",
            "INTERNAL",
            "_EXCEEDED",
            "code=",
            "code =",
            "verloaded",
            "ab",
            "abc",
        ];
        let packed = Literals::new(&literals);
        assert!(matches!(packed, Literals::Packed(_)) || !cfg!(target_arch = "x86_64"));
        let automaton = Literals::automaton(&literals);
        let pieces = [
            "error",
            "ERROR",
            "@typ",
            "e",
            "HTTP/2 4",
            "://api.x.ai",
            "NOT_",
            "FOUND",
            "INTERNAL",
            "DEADLINE_EXCEEDED",
            "code",
            "=",
            " ",
            "abc",
            "a",
            "b",
            "\n",
            "é",
            &"x".repeat(70),
        ];
        let mut next = crate::testing::below(0x51_7cc1_b727_220au64);
        let mut found = 0;
        for _ in 0..20_000 {
            let text: String = (0..next(10)).map(|_| pieces[next(pieces.len())]).collect();
            let hay = text.as_bytes();
            let start = next(hay.len() + 1);
            let end = start + next(hay.len() - start + 1);
            let want = automaton.find_in(hay, start..end);
            assert_eq!(
                packed.find_in(hay, start..end),
                want,
                "{text:?} in {start}..{end}"
            );
            found += usize::from(want.is_some());
        }
        assert!(found > 2_000, "only {found} texts held a literal");
    }
}
