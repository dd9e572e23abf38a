//! Remarks: what passes tell the user (`-d=loopvar=N` lines, `-m` escape notes), as data.
//!
//! The driver filters, sorts ([`loopc_span::sort_and_dedup`]) and renders them; the wording
//! matches gc's so outputs diff cleanly against Go (SEMANTICS.md §2.3).

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
    },
    /// `{for,range} loop ending at L:C was modified` (`-d=loopvar=4`), at the loop's `for`
    /// (3-clause) or `range` keyword.
    LoopModified {
        /// A range loop (else a 3-clause loop).
        range: bool,
        /// The loop's largest position.
        end: Span,
    },
    /// An escape-analysis note (`-m`), already worded.
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

impl Remark {
    /// The message, as gc words it (positions inside it resolved through `map`).
    pub fn message(&self, map: &SourceMap) -> String {
        match &self.kind {
            RemarkKind::LoopVarPerIteration { name, heap } => {
                let place = if *heap { "heap" } else { "stack" };
                format!("loop variable {name} now per-iteration, {place}-allocated")
            }
            RemarkKind::LoopModified { range, end } => {
                let lc = map.line_col(*end);
                let what = if *range { "range" } else { "for" };
                format!("{what} loop ending at {}:{} was modified", lc.line, lc.col)
            }
            RemarkKind::Escape(msg) => msg.clone(),
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
    use loopc_span::FileId;

    #[test]
    fn wording_matches_gc() {
        let mut map = SourceMap::new();
        let f = map.add("main.go", "package main\n\tfor i := 0; i < 3; i++ {\n");
        let r =
            Remark { span: Span::point(f, 18), kind: RemarkKind::LoopVarPerIteration { name: "i".into(), heap: true } };
        assert_eq!(
            r.to_diagnostic(&map).render_go(&map),
            "main.go:2:6: loop variable i now per-iteration, heap-allocated"
        );
        let r = Remark {
            span: Span::point(f, 14),
            kind: RemarkKind::LoopModified { range: false, end: Span::point(FileId(0), 30) },
        };
        assert_eq!(r.message(&map), "for loop ending at 2:18 was modified");
    }
}
