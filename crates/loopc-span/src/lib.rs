//! Source files, byte spans and diagnostics: the vocabulary every other loopc crate
//! uses to talk about positions in the user's program.
//!
//! Data flow: the driver loads a file into a [`SourceMap`] and gets a [`FileId`]. The lexer
//! stamps every token with a [`Span`] (byte offsets into that file); the AST, the type checker
//! and the IR (`srclocs`) carry those spans along. Any stage that finds a problem produces a
//! [`Diagnostic`] as data. Only the driver renders diagnostics, through
//! [`SourceMap::position`], which turns a byte offset into Go's `file:line:col` form (line and
//! column start at 1; the column counts bytes, so a tab counts as one column, as in gc).
//!
//! Invariants:
//! - A `Span`'s `lo <= hi`, both within the file's text (a span at end of file has `lo == len`).
//! - `FileId`s are dense indices into one `SourceMap`.
#![warn(missing_docs)]

use std::fmt;

/// Index of a file in a [`SourceMap`].
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct FileId(pub u32);

/// A byte range `[lo, hi)` in one source file.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash, Default)]
pub struct Span {
    /// The file the range lies in.
    pub file: FileId,
    /// First byte of the range.
    pub lo: u32,
    /// One past the last byte of the range.
    pub hi: u32,
}

impl Span {
    /// A span covering `lo..hi` in `file`.
    pub const fn new(file: FileId, lo: u32, hi: u32) -> Span {
        Span { file, lo, hi }
    }

    /// An empty span at `pos`.
    pub const fn point(file: FileId, pos: u32) -> Span {
        Span { file, lo: pos, hi: pos }
    }

    /// The empty span at the start of this one.
    pub const fn start(self) -> Span {
        Span::point(self.file, self.lo)
    }

    /// The empty span at the end of this one.
    pub const fn end(self) -> Span {
        Span::point(self.file, self.hi)
    }

    /// The smallest span covering both `self` and `other` (same file).
    pub fn to(self, other: Span) -> Span {
        Span { file: self.file, lo: self.lo.min(other.lo), hi: self.hi.max(other.hi) }
    }

    /// Length in bytes.
    pub const fn len(self) -> u32 {
        self.hi - self.lo
    }

    /// Whether the span covers no bytes.
    pub const fn is_empty(self) -> bool {
        self.hi == self.lo
    }
}

/// A resolved position, as Go prints it: 1-based line and byte column.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct LineCol {
    /// 1-based line number.
    pub line: u32,
    /// 1-based column, counted in bytes.
    pub col: u32,
}

/// One loaded source file.
#[derive(Clone, Debug)]
pub struct SourceFile {
    /// The path exactly as the user gave it (diagnostics print it unchanged).
    pub name: String,
    /// The file's text.
    pub src: String,
    line_starts: Vec<u32>,
}

impl SourceFile {
    fn new(name: String, src: String) -> SourceFile {
        let mut line_starts = vec![0];
        for (i, b) in src.bytes().enumerate() {
            if b == b'\n' {
                line_starts.push(i as u32 + 1);
            }
        }
        SourceFile { name, src, line_starts }
    }

    /// Line and column of byte offset `pos`.
    pub fn line_col(&self, pos: u32) -> LineCol {
        let line = match self.line_starts.binary_search(&pos) {
            Ok(i) => i,
            Err(i) => i - 1,
        };
        LineCol { line: line as u32 + 1, col: pos - self.line_starts[line] + 1 }
    }

    /// Byte offset of the start of 1-based `line` (the file's end if past it).
    pub fn line_start(&self, line: u32) -> u32 {
        self.line_starts.get(line.saturating_sub(1) as usize).copied().unwrap_or(self.src.len() as u32)
    }

    /// The text of a 1-based line, without its newline.
    pub fn line_text(&self, line: u32) -> &str {
        let lo = self.line_start(line) as usize;
        let rest = &self.src[lo.min(self.src.len())..];
        rest.split('\n').next().unwrap_or("")
    }
}

/// All source files of a compilation.
#[derive(Clone, Debug, Default)]
pub struct SourceMap {
    files: Vec<SourceFile>,
}

impl SourceMap {
    /// An empty map.
    pub fn new() -> SourceMap {
        SourceMap::default()
    }

    /// Adds a file and returns its id.
    pub fn add(&mut self, name: impl Into<String>, src: impl Into<String>) -> FileId {
        self.files.push(SourceFile::new(name.into(), src.into()));
        FileId(self.files.len() as u32 - 1)
    }

    /// Replaces the file with id `id` (a slot reserved with an empty [`SourceMap::add`]),
    /// so a file can take an id chosen before its text was known.
    pub fn replace(&mut self, id: FileId, name: impl Into<String>, src: impl Into<String>) {
        self.files[id.0 as usize] = SourceFile::new(name.into(), src.into());
    }

    /// The file with id `id`.
    pub fn file(&self, id: FileId) -> &SourceFile {
        &self.files[id.0 as usize]
    }

    /// All files, in id order.
    pub fn files(&self) -> impl Iterator<Item = (FileId, &SourceFile)> {
        self.files.iter().enumerate().map(|(i, f)| (FileId(i as u32), f))
    }

    /// Line and column of the start of `span`.
    pub fn line_col(&self, span: Span) -> LineCol {
        self.file(span.file).line_col(span.lo)
    }

    /// `file:line:col` of the start of `span`, as gc prints positions.
    pub fn position(&self, span: Span) -> String {
        let lc = self.line_col(span);
        format!("{}:{}:{}", self.file(span.file).name, lc.line, lc.col)
    }

    /// The source text a span covers.
    pub fn snippet(&self, span: Span) -> &str {
        &self.file(span.file).src[span.lo as usize..span.hi as usize]
    }
}

/// How serious a diagnostic is.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub enum Severity {
    /// A compile error: the program is rejected.
    Error,
    /// A warning (vet findings).
    Warning,
    /// An informational remark (`-d=loopvar=2` reports, `-m` escape notes).
    Remark,
}

/// A problem or remark about the user's program, as data.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Diagnostic {
    /// How serious it is.
    pub severity: Severity,
    /// Where it is reported (its start is the printed position).
    pub span: Span,
    /// The message, worded as gc words it.
    pub message: String,
    /// Secondary locations with a short explanation each.
    pub labels: Vec<(Span, String)>,
    /// Extra lines printed after the message (gc prints some errors on several lines).
    pub notes: Vec<String>,
}

impl Diagnostic {
    /// An error at `span`.
    pub fn error(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Error, span, message)
    }

    /// A remark at `span`.
    pub fn remark(span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic::new(Severity::Remark, span, message)
    }

    /// A diagnostic of any severity.
    pub fn new(severity: Severity, span: Span, message: impl Into<String>) -> Diagnostic {
        Diagnostic { severity, span, message: message.into(), labels: Vec::new(), notes: Vec::new() }
    }

    /// Adds a secondary label.
    pub fn with_label(mut self, span: Span, text: impl Into<String>) -> Diagnostic {
        self.labels.push((span, text.into()));
        self
    }

    /// Adds a note line.
    pub fn with_note(mut self, note: impl Into<String>) -> Diagnostic {
        self.notes.push(note.into());
        self
    }

    /// Renders the diagnostic as gc does: `file:line:col: message`, then one tab-indented
    /// line per note.
    pub fn render_go(&self, map: &SourceMap) -> String {
        let mut out = format!("{}: {}", map.position(self.span), self.message);
        for n in &self.notes {
            out.push_str("\n\t");
            out.push_str(n);
        }
        out
    }
}

impl fmt::Display for Severity {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(match self {
            Severity::Error => "error",
            Severity::Warning => "warning",
            Severity::Remark => "remark",
        })
    }
}

/// Sorts diagnostics as gc's `FlushErrors` does: stably by file, line, column; then drops
/// exact duplicates that follow each other.
pub fn sort_and_dedup(map: &SourceMap, diags: &mut Vec<Diagnostic>) {
    diags.sort_by_key(|d| (d.span.file, map.line_col(d.span)));
    diags.dedup_by(|a, b| {
        a.message == b.message && a.span.file == b.span.file && map.line_col(a.span) == map.line_col(b.span)
    });
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn positions_are_one_based_byte_columns() {
        let mut map = SourceMap::new();
        let f = map.add("a.go", "package main\n\tx := 1\n");
        assert_eq!(map.position(Span::point(f, 0)), "a.go:1:1");
        // The `x` after a tab is column 2.
        assert_eq!(map.position(Span::point(f, 14)), "a.go:2:2");
        assert_eq!(map.file(f).line_text(2), "\tx := 1");
        // End of file is on the line after the final newline.
        assert_eq!(map.position(Span::point(f, 21)), "a.go:3:1");
    }

    #[test]
    fn sort_is_stable_and_dedups() {
        let mut map = SourceMap::new();
        let f = map.add("a.go", "ab\ncd\n");
        let mut d = vec![
            Diagnostic::error(Span::point(f, 4), "late"),
            Diagnostic::error(Span::point(f, 0), "first"),
            Diagnostic::error(Span::point(f, 0), "second"),
            Diagnostic::error(Span::point(f, 0), "second"),
        ];
        sort_and_dedup(&map, &mut d);
        let msgs: Vec<_> = d.iter().map(|d| d.message.as_str()).collect();
        assert_eq!(msgs, ["first", "second", "late"]);
    }
}
