//! Remarks: what passes tell the user (`-d=loopvar=N` lines, `-d=loopvarhash` bisect
//! lines, `-m` escape notes), as data.
//!
//! Passes decide *whether* a remark is due (the `-d=loopvar` level, `-m`); the driver sorts
//! the positioned ones ([`loopc_span::sort_and_dedup`]) and renders them with
//! [`Remark::render`]. The wording matches gc's so outputs diff cleanly against Go
//! (SEMANTICS.md §2.3, §7).
//!
//! Inlining: gc reports a variable of an inlined loop at its original position with the
//! suffix ` (loop inlined into FILE:LINE)`, FILE:LINE being the outermost call site. The
//! `inlined_into` fields carry that call site's span (set from the `inline` pass's log).

use loopc_span::{Diagnostic, SourceMap, Span};

/// What a remark says.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum RemarkKind {
    /// `loop variable NAME now per-iteration, {stack,heap}-allocated`, at the variable's
    /// declaration.
    LoopVarPerIteration {
        /// The variable's name.
        name: String,
        /// Whether escape analysis put it on the heap.
        heap: bool,
        /// The outermost call site, if the loop was inlined.
        inlined_into: Option<Span>,
    },
    /// `{for,range} loop ending at L:C was modified` (`-d=loopvar=4`), at the loop's `for`
    /// (3-clause) or `range` keyword.
    LoopModified {
        /// A range loop (else a 3-clause loop).
        range: bool,
        /// The loop's largest position.
        end: Span,
        /// The outermost call site, if the loop was inlined.
        inlined_into: Option<Span>,
    },
    /// A `-d=loopvarhash` match: two raw lines (not positioned, not sorted):
    /// `TEXT [bisect-match 0xID]` and `loopvarhash triggered TEXT BITS`, where TEXT is
    /// `FILE:L:C: loop variable NAME now per-iteration[ [DISABLED]]` in verbose mode and
    /// `[DISABLED]` or nothing otherwise.
    LoopVarHash {
        /// The variable's name.
        name: String,
        /// `FILE:L:C` as the report shows it ([`crate::PositionResolver::shown`]).
        at: String,
        /// The change ID.
        hash: u64,
        /// The pattern asked for descriptions (`v`).
        verbose: bool,
        /// Whether the change was enabled.
        enabled: bool,
    },
    /// `moved to heap: NAME` (`-m`), at the variable's declaration.
    MovedToHeap {
        /// The variable's name.
        name: String,
    },
    /// Any other escape-analysis note (`-m`), already worded.
    Escape(String),
}

/// A remark at a source position.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Remark {
    /// Where it is reported.
    pub span: Span,
    /// What it says.
    pub kind: RemarkKind,
}

/// gc names the call site's file as the compiler was given it: `./main.go` for a file of
/// the current directory.
fn inline_suffix(map: &SourceMap, at: Option<Span>) -> String {
    match at {
        Some(s) => {
            let name = &map.file(s.file).name;
            let dot = if name.starts_with('/') || name.starts_with('.') { "" } else { "./" };
            format!(" (loop inlined into {dot}{name}:{})", map.line_col(s).line)
        }
        None => String::new(),
    }
}

impl Remark {
    /// Whether the remark is a `file:line:col: message` line that the driver sorts with
    /// the others (everything except bisect lines, which gc prints as they happen).
    pub fn is_positioned(&self) -> bool {
        !matches!(self.kind, RemarkKind::LoopVarHash { .. })
    }

    /// Whether the remark is about a loop that was inlined: gc gives those positions a
    /// fresh position base, so they sort after every other positioned line (SEMANTICS §2.5).
    pub fn is_inlined(&self) -> bool {
        matches!(
            self.kind,
            RemarkKind::LoopVarPerIteration { inlined_into: Some(_), .. }
                | RemarkKind::LoopModified { inlined_into: Some(_), .. }
        )
    }

    /// The message, as gc words it (positions inside it resolved through `map`). For a
    /// bisect remark this is the TEXT part of its lines.
    pub fn message(&self, map: &SourceMap) -> String {
        match &self.kind {
            RemarkKind::LoopVarPerIteration { name, heap, inlined_into } => {
                let place = if *heap { "heap" } else { "stack" };
                format!(
                    "loop variable {name} now per-iteration, {place}-allocated{}",
                    inline_suffix(map, *inlined_into)
                )
            }
            RemarkKind::LoopModified { range, end, inlined_into } => {
                let lc = map.line_col(*end);
                let what = if *range { "range" } else { "for" };
                format!(
                    "{what} loop ending at {}:{} was modified{}",
                    lc.line,
                    lc.col,
                    inline_suffix(map, *inlined_into)
                )
            }
            RemarkKind::LoopVarHash { name, at, verbose, enabled, .. } => {
                let disabled = if *enabled { "" } else { " [DISABLED]" };
                let text = if *verbose {
                    format!("{at}: loop variable {name} now per-iteration{disabled}")
                } else {
                    disabled.to_string()
                };
                text.trim().to_string()
            }
            RemarkKind::MovedToHeap { name } => format!("moved to heap: {name}"),
            RemarkKind::Escape(msg) => msg.clone(),
        }
    }

    /// The full output: `FILE:L:C: message` for positioned remarks, the two bisect lines
    /// (joined by `\n`) for a [`RemarkKind::LoopVarHash`].
    pub fn render(&self, map: &SourceMap) -> String {
        match &self.kind {
            RemarkKind::LoopVarHash { hash, .. } => {
                let text = self.message(map);
                format!(
                    "{text} {}\nloopvarhash triggered {text} {}",
                    crate::bisect::marker(*hash),
                    crate::bisect::hash_bits(*hash)
                )
            }
            _ => self.to_diagnostic(map).render_go(map),
        }
    }

    /// The remark as a [`Diagnostic`] of severity `Remark`.
    pub fn to_diagnostic(&self, map: &SourceMap) -> Diagnostic {
        Diagnostic::remark(self.span, self.message(map))
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn wording_matches_gc() {
        let mut map = SourceMap::new();
        let f = map.add("main.go", "package main\n\tfor i := 0; i < 3; i++ {\n");
        let r = Remark {
            span: Span::point(f, 18),
            kind: RemarkKind::LoopVarPerIteration { name: "i".into(), heap: true, inlined_into: None },
        };
        assert_eq!(r.render(&map), "main.go:2:6: loop variable i now per-iteration, heap-allocated");
        let r = Remark {
            span: Span::point(f, 18),
            kind: RemarkKind::LoopVarPerIteration {
                name: "i".into(),
                heap: false,
                inlined_into: Some(Span::point(f, 0)),
            },
        };
        assert_eq!(
            r.message(&map),
            "loop variable i now per-iteration, stack-allocated (loop inlined into ./main.go:1)"
        );
        let r = Remark {
            span: Span::point(f, 14),
            kind: RemarkKind::LoopModified { range: false, end: Span::point(f, 30), inlined_into: None },
        };
        assert_eq!(r.message(&map), "for loop ending at 2:18 was modified");
        let r = Remark { span: Span::point(f, 18), kind: RemarkKind::MovedToHeap { name: "i".into() } };
        assert_eq!(r.render(&map), "main.go:2:6: moved to heap: i");
    }

    #[test]
    fn bisect_lines() {
        let mut map = SourceMap::new();
        let f = map.add("./main.go", "package main\n\tfor i := 0; i < 3; i++ {\n");
        let id = crate::bisect::hash_position("/tmp/passes-hash/main.go", 8, 6);
        let mk = |verbose, enabled| Remark {
            span: Span::point(f, 18),
            kind: RemarkKind::LoopVarHash { name: "i".into(), at: "./main.go:2:6".into(), hash: id, verbose, enabled },
        };
        assert!(!mk(true, true).is_positioned());
        assert_eq!(
            mk(true, true).render(&map),
            "./main.go:2:6: loop variable i now per-iteration [bisect-match 0x04c927715191876a]\n\
             loopvarhash triggered ./main.go:2:6: loop variable i now per-iteration 100100011000011101101010"
        );
        assert_eq!(
            mk(false, true).render(&map),
            " [bisect-match 0x04c927715191876a]\nloopvarhash triggered  100100011000011101101010"
        );
        assert_eq!(mk(false, false).message(&map), "[DISABLED]");
        assert_eq!(mk(true, false).message(&map), "./main.go:2:6: loop variable i now per-iteration [DISABLED]");
    }
}
