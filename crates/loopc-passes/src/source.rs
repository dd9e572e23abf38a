//! Source positions for passes that need `FILE:LINE:COL` rather than byte spans.
//!
//! Remarks carry [`Span`]s and the driver renders them, so most passes never resolve a
//! position. `-d=loopvarhash` is the exception: gc identifies each loop variable by a hash
//! of its file name, line and column (SEMANTICS §7), so the loopvar pass must resolve the
//! variable's declaration span itself. The driver installs a [`PositionResolver`] in
//! [`PassCx`](crate::PassCx) with [`PassCx::set_positions`](crate::PassCx::set_positions);
//! [`SourceMap`] implements it directly.
//!
//! The file name returned is the one hashed. gc hashes the file name exactly as the
//! compiler received it, and `go build` passes absolute paths (verified: the marker of
//! `/tmp/passes-hash/main.go:8:6` is `0x04c927715191876a`, while the report line shows
//! `./main.go:8:6` after go build shortens it). A driver that wants identical hashes
//! resolves with the absolute path, e.g. through [`NamedPositions`], and says how the
//! position is shown in report lines with [`PositionResolver::shown`].
//!
//! A span whose file the resolver does not know (`None`) is outside the hash: the loopvar
//! pass treats its variables as if no pattern were given. Drivers use this to keep the
//! pattern to the user's own files, as `-gcflags=-d=loopvarhash` keeps it to one package.

use loopc_span::{SourceMap, Span};

/// A resolved source position.
#[derive(Clone, Debug, PartialEq, Eq, Hash)]
pub struct SourcePos {
    /// The file's name as gc would see it (hashed by `-d=loopvarhash`).
    pub file: String,
    /// 1-based line.
    pub line: u32,
    /// 1-based byte column.
    pub col: u32,
}

/// Turns spans into source positions.
pub trait PositionResolver {
    /// The position of the start of `span`, or `None` if the span's file is unknown.
    fn position(&self, span: Span) -> Option<SourcePos>;

    /// The position as report lines show it, `FILE:LINE:COL` (by default the hashed
    /// position itself; `go build` shows paths relative to the working directory).
    fn shown(&self, span: Span) -> Option<String> {
        self.position(span).map(|p| format!("{}:{}:{}", p.file, p.line, p.col))
    }
}

impl PositionResolver for SourceMap {
    fn position(&self, span: Span) -> Option<SourcePos> {
        let (id, file) = self.files().find(|(id, _)| *id == span.file)?;
        let lc = self.line_col(Span::point(id, span.lo));
        Some(SourcePos { file: file.name.clone(), line: lc.line, col: lc.col })
    }
}

/// A [`SourceMap`] whose files are resolved under other names (for example the absolute
/// paths gc hashes, while diagnostics keep printing the names the user gave).
#[derive(Clone, Debug)]
pub struct NamedPositions {
    /// The files.
    pub map: SourceMap,
    /// The name to report for each file, by `FileId` index; files without one keep their
    /// own name.
    pub names: Vec<String>,
}

impl PositionResolver for NamedPositions {
    fn position(&self, span: Span) -> Option<SourcePos> {
        let mut pos = PositionResolver::position(&self.map, span)?;
        if let Some(name) = self.names.get(span.file.0 as usize) {
            pos.file = name.clone();
        }
        Some(pos)
    }

    /// Report lines keep the file's own name.
    fn shown(&self, span: Span) -> Option<String> {
        PositionResolver::shown(&self.map, span)
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn resolves_lines_and_columns() {
        let mut map = SourceMap::new();
        let f = map.add("main.go", "package main\n\tfor i := 0;\n");
        assert_eq!(
            PositionResolver::position(&map, Span::point(f, 18)),
            Some(SourcePos { file: "main.go".into(), line: 2, col: 6 })
        );
        let named = NamedPositions { map, names: vec!["/abs/main.go".into()] };
        assert_eq!(named.position(Span::point(f, 18)).map(|p| p.file), Some("/abs/main.go".into()));
        assert_eq!(named.shown(Span::point(f, 18)), Some("main.go:2:6".into()));
        assert_eq!(named.position(Span::point(loopc_span::FileId(7), 0)), None);
    }
}
