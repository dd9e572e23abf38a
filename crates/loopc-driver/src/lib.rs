//! The compilation session: loads a Go file, decides its language version, runs the frontend
//! (parse, type check), and renders what the stages report the way gc does.
//!
//! Data flow:
//! ```text
//! path ─read─▶ SourceMap ─parse─▶ ast::File ─version─▶ check ─▶ (lower ─▶ passes ─▶ codegen)
//!                 diagnostics of every stage ─sort (gc's FlushErrors)─▶ render "file:line:col: msg"
//! ```
//! Invariants:
//! - Only this crate (and the `loopc` binary above it) does I/O or reads the environment;
//!   every stage below it takes data and returns data, diagnostics included.
//! - Diagnostics are printed sorted by position, at most ten errors unless `-e`, followed by
//!   gc's `too many errors` line at the tenth error's position.

pub mod options;
pub mod version;

use loopc_span::{Diagnostic, FileId, Severity, SourceMap};
use loopc_syntax::ast;
use options::{Emit, Options};
use std::path::{Path, PathBuf};
use version::{GoVersion, VersionSource};

/// Failures that are not diagnostics about the program (cannot read the file, ...).
#[derive(Debug, thiserror::Error)]
pub enum DriverError {
    /// The source file could not be read.
    #[error("open {path}: {reason}")]
    Read {
        /// The path as given.
        path: String,
        /// The OS's explanation.
        reason: String,
    },
    /// The requested feature needs a part of loopc that does not exist yet.
    #[error("{0}")]
    Unsupported(String),
}

/// One compilation of one file.
pub struct Session {
    /// Every loaded source file.
    pub sources: SourceMap,
    /// The command-line options.
    pub options: Options,
}

/// What compiling a file produced.
pub struct Compilation {
    /// The main file.
    pub file: FileId,
    /// Its language version and where it came from.
    pub version: (GoVersion, VersionSource),
    /// Everything the stages reported, in gc's order.
    pub diagnostics: Vec<Diagnostic>,
    /// Text requested with `-emit=`.
    pub emitted: Option<String>,
}

impl Compilation {
    /// Whether any error was reported.
    pub fn has_errors(&self) -> bool {
        self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }
}

impl Session {
    /// A session with the given options.
    pub fn new(options: Options) -> Session {
        Session { sources: SourceMap::new(), options }
    }

    /// Reads `path` into the source map.
    pub fn load(&mut self, path: &str) -> Result<FileId, DriverError> {
        let text = std::fs::read(path).map_err(|e| DriverError::Read { path: path.to_string(), reason: os_reason(&e) })?;
        // Go accepts only UTF-8 source but reports invalid bytes itself; keep the bytes
        // lossless for positions by replacing nothing here when the text is valid.
        let text = String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Ok(self.sources.add(path, text))
    }

    /// Compiles the file at `path` as far as the frontend goes.
    pub fn compile(&mut self, path: &str) -> Result<Compilation, DriverError> {
        let file = self.load(path)?;
        let (ast, mut diagnostics) = loopc_syntax::parse_file(file, &self.sources.file(file).src);
        let package = version::package_version(self.options.lang, Path::new(path));
        let file_version = version::file_version(package.0, ast.go_build.as_ref().map(|(s, _)| s.as_str()));
        let mut emitted = None;
        if diagnostics.iter().all(|d| d.severity != Severity::Error) {
            if self.options.emit == Some(Emit::Ast) {
                emitted = Some(loopc_syntax::dump::dump_file(&ast, &self.sources));
            }
            self.check(&ast, file_version, &mut diagnostics);
        }
        loopc_span::sort_and_dedup(&self.sources, &mut diagnostics);
        Ok(Compilation { file, version: (file_version, package.1), diagnostics, emitted })
    }

    fn check(&mut self, _ast: &ast::File, _version: GoVersion, _diags: &mut Vec<Diagnostic>) {}

    /// Renders diagnostics as gc prints them, applying the ten-error limit unless `-e`.
    pub fn render(&self, diags: &[Diagnostic]) -> String {
        render_diagnostics(&self.sources, diags, self.options.all_errors)
    }
}

/// gc's rendering: one `file:line:col: message` per diagnostic (notes on following lines,
/// tab-indented); after the tenth error, `file:line:col: too many errors` at the tenth
/// error's position, and nothing more.
pub fn render_diagnostics(map: &SourceMap, diags: &[Diagnostic], all_errors: bool) -> String {
    let mut out = String::new();
    let mut errors = 0;
    for d in diags {
        out.push_str(&d.render_go(map));
        out.push('\n');
        if d.severity == Severity::Error {
            errors += 1;
            if errors == 10 && !all_errors && diags.iter().filter(|d| d.severity == Severity::Error).count() > 10 {
                out.push_str(&format!("{}: too many errors\n", map.position(d.span)));
                break;
            }
        }
    }
    out
}

fn os_reason(e: &std::io::Error) -> String {
    match e.kind() {
        std::io::ErrorKind::NotFound => "no such file or directory".to_string(),
        std::io::ErrorKind::PermissionDenied => "permission denied".to_string(),
        _ => {
            let s = e.to_string();
            // Drop Rust's " (os error N)" suffix so the message reads like Go's.
            s.split(" (os error").next().unwrap_or(&s).to_lowercase()
        }
    }
}

/// The directory holding the workspace's `ir-tests/` (for tests and tools run from the repo).
pub fn repo_root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

#[cfg(test)]
mod tests {
    use super::*;
    use loopc_span::Span;

    #[test]
    fn ten_errors_then_too_many() {
        let mut map = SourceMap::new();
        let src: String = (0..12).map(|i| format!("line{i}\n")).collect();
        let f = map.add("m.go", src.clone());
        let diags: Vec<_> = (0..12)
            .map(|i| Diagnostic::error(Span::point(f, map.file(f).line_start(i + 1)), format!("e{i}")))
            .collect();
        let out = render_diagnostics(&map, &diags, false);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[9], "m.go:10:1: e9");
        assert_eq!(lines[10], "m.go:10:1: too many errors");
        assert_eq!(render_diagnostics(&map, &diags, true).lines().count(), 12);
        assert_eq!(render_diagnostics(&map, &diags[..10], false).lines().count(), 10);
    }
}
