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

pub mod bench;
pub mod bisect;
pub mod options;
pub mod pipeline;
pub mod version;
pub mod vet;

use loopc_span::{Diagnostic, FileId, Severity, SourceMap};
use loopc_syntax::ast;
use loopc_types::Program;
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
    /// A later stage reported errors about the program (rendered, one per line).
    #[error("{}", .0.trim_end())]
    Diagnostics(String),
    /// A compiler bug caught by a consistency check (verifier failure, bad runtime IR).
    #[error("internal compiler error: {0}")]
    Internal(String),
    /// Code generation, linking or running failed.
    #[error(transparent)]
    Codegen(#[from] loopc_codegen::CodegenError),
}

/// One compilation of one file.
pub struct Session {
    /// Every loaded source file.
    pub sources: SourceMap,
    /// The command-line options.
    pub options: Options,
    /// File id 0, reserved in [`std_library`]'s source map for the session's first file
    /// (the main file), so its positions — and the IR text that shows them as `!0:…` — do
    /// not depend on how many std files there are. `None` once taken.
    first_file: Option<FileId>,
}

/// What compiling a file produced.
pub struct Compilation {
    /// The main file.
    pub file: FileId,
    /// Its language version and where it came from.
    pub version: (GoVersion, VersionSource),
    /// Everything the stages reported, in gc's order.
    pub diagnostics: Vec<Diagnostic>,
    /// Errors of the link step, which gc's linker prints without a position.
    pub link_errors: Vec<String>,
    /// Text requested with `-emit=`.
    pub emitted: Option<String>,
    /// The main file's syntax tree.
    pub ast: ast::File,
    /// The type-checked program, if parsing succeeded.
    pub program: Option<Program>,
}

impl Compilation {
    /// Whether any error was reported.
    pub fn has_errors(&self) -> bool {
        !self.link_errors.is_empty() || self.diagnostics.iter().any(|d| d.severity == Severity::Error)
    }

    /// Everything to print on stderr: diagnostics, then link errors (printed only when
    /// compiling found no error, as the linker never runs otherwise).
    pub fn render(&self, sources: &SourceMap) -> String {
        let mut out = render_diagnostics(sources, &self.diagnostics);
        if !self.diagnostics.iter().any(|d| d.severity == Severity::Error) {
            for e in &self.link_errors {
                out.push_str(e);
                out.push('\n');
            }
        }
        out
    }
}

impl Session {
    /// A session with the given options.
    ///
    /// Its source map starts with every std file ([`std_library`]); the first file the
    /// session loads takes the reserved id 0, later ones come after the std files.
    pub fn new(options: Options) -> Session {
        Session { sources: std_library().sources.clone(), options, first_file: Some(STD_RESERVED_MAIN) }
    }

    /// Adds a user file to the source map (the first one takes the reserved id 0).
    fn add_source(&mut self, name: &str, text: String) -> FileId {
        match self.first_file.take() {
            Some(id) => {
                self.sources.replace(id, name, text);
                id
            }
            None => self.sources.add(name, text),
        }
    }

    /// Reads `path` into the source map.
    pub fn load(&mut self, path: &str) -> Result<FileId, DriverError> {
        let text =
            std::fs::read(path).map_err(|e| DriverError::Read { path: path.to_string(), reason: os_reason(&e) })?;
        // Go accepts only UTF-8 source but reports invalid bytes itself; keep the bytes
        // lossless for positions by replacing nothing here when the text is valid.
        let text = String::from_utf8(text).unwrap_or_else(|e| String::from_utf8_lossy(e.as_bytes()).into_owned());
        Ok(self.add_source(path, text))
    }

    /// Compiles the file at `path` as far as the frontend goes.
    pub fn compile(&mut self, path: &str) -> Result<Compilation, DriverError> {
        let file = self.load(path)?;
        let dir = match Path::new(path).parent() {
            Some(d) if !d.as_os_str().is_empty() => d.to_path_buf(),
            _ => PathBuf::from("."),
        };
        Ok(self.compile_file(file, &dir))
    }

    /// Compiles source text named `name`, as if it were a file in directory `dir` (which
    /// decides the go.mod that applies).
    pub fn compile_source(&mut self, name: &str, text: String, dir: &Path) -> Result<Compilation, DriverError> {
        let file = self.add_source(name, text);
        Ok(self.compile_file(file, dir))
    }

    fn compile_file(&mut self, file: FileId, dir: &Path) -> Compilation {
        let source = self.sources.file(file);
        let parsed = loopc_syntax::parse_source(file, &source.name, &source.src);
        let (ast, mut diagnostics) = (parsed.file, parsed.diagnostics);
        let package = version::package_version(self.options.lang, dir);
        let file_version = version::file_version(package.0, ast.go_build.as_ref().map(|(s, _)| s.as_str()));
        let mut emitted = None;
        let mut program = None;
        let mut link_errors = Vec::new();
        // Like gc, type-check after lexical and branch errors, but not after syntax errors.
        if !parsed.fatal {
            if self.options.emit == Some(Emit::Ast) {
                emitted = Some(loopc_syntax::dump::dump_file(&ast, &self.sources));
            }
            let start = diagnostics.len();
            if !declares_main(&ast) {
                link_errors.push(MISSING_MAIN.to_string());
            }
            program = self.check(&ast, file_version, &mut diagnostics);
            let build_version = ast.go_build.as_ref().and_then(|(s, _)| version::constraint_min_version(s));
            for d in &mut diagnostics[start..] {
                explain_version_error(d, file_version, build_version, package.0);
            }
        }
        let diagnostics = finish_diagnostics(&self.sources, diagnostics, self.options.all_errors);
        Compilation { file, version: (file_version, package.1), diagnostics, link_errors, emitted, ast, program }
    }

    /// Type-checks the main file with the std packages it imports (transitively), taken
    /// from the process's parsed [`std_library`] (whose files this session's source map
    /// already holds).
    fn check(&mut self, main: &ast::File, version: GoVersion, diags: &mut Vec<Diagnostic>) -> Option<Program> {
        let std = std_library();
        let mut importer = StdImporter::default();
        let mut pending: Vec<String> = main.imports.iter().map(|i| i.path.clone()).collect();
        pending.push(RUNTIME_PACKAGE.to_string());
        while let Some(path) = pending.pop() {
            if importer.packages.iter().any(|(p, _)| *p == path) {
                continue;
            }
            // The std sources are part of loopc; a syntax error in them is a loopc bug
            // and is reported like any other error so it cannot go unnoticed.
            let files = match std.packages.iter().find(|p| p.path == path) {
                Some(package) => {
                    diags.extend(package.diagnostics.iter().cloned());
                    package.files.clone()
                }
                // A package loopc-runtime serves but does not list (internal ones): parse
                // it into this session.
                None => {
                    let Some(sources) = loopc_runtime::std_package_sources(&path) else { continue };
                    let mut files = Vec::new();
                    for (name, src) in sources {
                        let file_name = format!("$GOROOT/src/{path}/{name}");
                        let id = self.sources.add(file_name.clone(), *src);
                        let (file, errs) = loopc_syntax::parse_file_named(id, &file_name, src);
                        diags.extend(errs);
                        files.push(file);
                    }
                    files
                }
            };
            pending.extend(files.iter().flat_map(|f| f.imports.iter().map(|i| i.path.clone())));
            importer.packages.push((path, files));
        }
        let cfg = loopc_types::Config {
            lang: (version.major, version.minor),
            implicit_imports: vec![RUNTIME_PACKAGE.to_string()],
        };
        let (program, errs) = loopc_types::check_program(&self.sources, main, &cfg, &mut importer);
        diags.extend(errs);
        Some(program)
    }

    /// Renders diagnostics as gc prints them.
    pub fn render(&self, diags: &[Diagnostic]) -> String {
        render_diagnostics(&self.sources, diags)
    }
}

/// One `file:line:col: message` line per diagnostic, notes on following tab-indented lines.
pub fn render_diagnostics(map: &SourceMap, diags: &[Diagnostic]) -> String {
    let mut out = String::new();
    for d in diags {
        out.push_str(&d.render_go(map));
        out.push('\n');
    }
    out
}

/// The message gc prints after its tenth error.
pub const TOO_MANY_ERRORS: &str = "too many errors";

/// Puts diagnostics, given in the order the stages reported them, into gc's printed order.
/// gc stops at the tenth reported error (unless `-e`), even if it is the last one: it
/// prints the errors reported so far sorted by position, then `too many errors` at the
/// tenth error's position. Without the limit, everything is sorted by position and exact
/// repeats are dropped.
pub fn finish_diagnostics(map: &SourceMap, mut diags: Vec<Diagnostic>, all_errors: bool) -> Vec<Diagnostic> {
    diags.retain(|d| d.message != TOO_MANY_ERRORS);
    let mut errors = 0;
    let tenth = diags.iter().position(|d| {
        errors += usize::from(d.severity == Severity::Error);
        errors == 10
    });
    match tenth {
        Some(i) if !all_errors => {
            let at = diags[i].span;
            diags.truncate(i + 1);
            loopc_span::sort_and_dedup(map, &mut diags);
            diags.push(Diagnostic::error(at, TOO_MANY_ERRORS));
        }
        _ => loopc_span::sort_and_dedup(map, &mut diags),
    }
    diags
}

/// Stack for the recursive stages (checker, lowering): deeply nested input must not
/// overflow the stack; the parser bounds nesting (1000 levels), and each level may take a
/// few KiB in debug builds.
pub const BIG_STACK: usize = 256 << 20;

/// Runs `f` on a scoped thread with [`BIG_STACK`] bytes of stack, falling back to the
/// current thread if no thread can be spawned. Callers of [`Session::compile`] run it this
/// way (as rustc runs its compiler), because the checker and lowering recurse over the tree.
pub fn with_big_stack<T: Send>(f: impl FnOnce() -> T + Send) -> T {
    let mut f = Some(f);
    let spawned = std::thread::scope(|scope| {
        let f = &mut f;
        let handle = std::thread::Builder::new()
            .name("loopc-compile".to_string())
            .stack_size(BIG_STACK)
            .spawn_scoped(scope, move || f.take().map(|f| f()));
        match handle {
            Ok(h) => match h.join() {
                Ok(result) => result,
                Err(panic) => std::panic::resume_unwind(panic),
            },
            Err(_) => None,
        }
    });
    match spawned {
        Some(result) => result,
        None => (f.take().expect("invariant: the closure runs exactly once"))(),
    }
}

/// loopc's run-time package, linked into (and so checked with) every program.
pub const RUNTIME_PACKAGE: &str = "runtime";

/// What Go's linker says when package main has no `func main`.
pub const MISSING_MAIN: &str = "runtime.main_main·f: function main is undeclared in the main package";

/// Whether the file declares `func main` (a function, not a method).
fn declares_main(file: &ast::File) -> bool {
    file.decls.iter().any(|d| matches!(d, ast::Decl::Func(f) if f.recv.is_none() && f.name.name == "main"))
}

/// gc's noder appends where a too-old version came from to every `requires goX.Y or later`
/// error: the file's `//go:build` line if that set the version, else the `-lang` setting.
fn explain_version_error(d: &mut Diagnostic, file: GoVersion, build: Option<GoVersion>, package: GoVersion) {
    if !is_version_error(&d.message) {
        return;
    }
    if build == Some(file) {
        d.message.push_str(&format!(" (file declares //go:build {file})"));
    } else {
        d.message.push_str(&format!(" (-lang was set to {package}; check go.mod)"));
    }
}

/// Whether `msg` contains `requires goN.N or later` (gc's `versionErrorRx`).
fn is_version_error(msg: &str) -> bool {
    msg.match_indices("requires go").any(|(i, m)| {
        let rest = &msg[i + m.len()..];
        let major = rest.bytes().take_while(u8::is_ascii_digit).count();
        let Some(after) = rest[major..].strip_prefix('.') else { return false };
        let minor = after.bytes().take_while(u8::is_ascii_digit).count();
        major > 0 && minor > 0 && after[minor..].starts_with(" or later")
    })
}

/// loopc's standard library (the Go sources of `loopc-runtime`), parsed once per process.
///
/// Every compilation checks the std packages its program imports, and parsing them
/// (`fmt` alone is thousands of lines) used to dominate small compilations. The parse is
/// the same for every session: its file ids are `0..n` in [`StdLibrary::sources`], and
/// every [`Session`] starts from a copy of that source map, so the cached trees' spans are
/// valid in each. Checking is still done per session (it depends on the language version
/// and on the main package).
pub struct StdLibrary {
    /// Every std file, named `$GOROOT/src/PATH/FILE`, with ids from 0.
    pub sources: SourceMap,
    /// The packages (`runtime` first, then [`loopc_runtime::STD_PACKAGES`]' order).
    pub packages: Vec<StdPackage>,
}

/// One parsed std package.
pub struct StdPackage {
    /// Its import path.
    pub path: String,
    /// Its files' syntax trees.
    pub files: Vec<ast::File>,
    /// Syntax errors in them (a loopc bug; reported by every compilation importing it).
    pub diagnostics: Vec<Diagnostic>,
}

/// The id [`std_library`]'s source map reserves for a session's main file.
const STD_RESERVED_MAIN: FileId = FileId(0);

/// The process's parsed standard library (parsed on first use); its source map starts with
/// an empty file reserved for the session's main file (id 0), then every std file.
pub fn std_library() -> &'static StdLibrary {
    static STD: std::sync::OnceLock<StdLibrary> = std::sync::OnceLock::new();
    STD.get_or_init(|| {
        let mut sources = SourceMap::new();
        // Id 0 is the main file's in every session (`Session::add_source`).
        let reserved = sources.add("", "");
        debug_assert_eq!(reserved, STD_RESERVED_MAIN);
        let mut packages = Vec::new();
        let paths = std::iter::once(RUNTIME_PACKAGE).chain(loopc_runtime::STD_PACKAGES.iter().copied());
        for path in paths {
            let Some(files) = loopc_runtime::std_package_sources(path) else { continue };
            let mut package = StdPackage { path: path.to_string(), files: Vec::new(), diagnostics: Vec::new() };
            for (name, src) in files {
                let file_name = format!("$GOROOT/src/{path}/{name}");
                let id = sources.add(file_name.clone(), *src);
                let (file, errs) = loopc_syntax::parse_file_named(id, &file_name, src);
                package.diagnostics.extend(errs);
                package.files.push(file);
            }
            packages.push(package);
        }
        StdLibrary { sources, packages }
    })
}

/// Hands the pre-parsed std packages to the type checker.
#[derive(Default)]
struct StdImporter {
    packages: Vec<(String, Vec<ast::File>)>,
}

impl loopc_types::Importer for StdImporter {
    fn import(&mut self, path: &str) -> Option<Vec<ast::File>> {
        let i = self.packages.iter().position(|(p, _)| p == path)?;
        Some(std::mem::take(&mut self.packages[i].1))
    }
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
    fn version_errors_say_where_the_version_came_from() {
        assert!(is_version_error("cannot range over 10: requires go1.22 or later"));
        assert!(!is_version_error("requires go1. or later"));
        let mut map = SourceMap::new();
        let f = map.add("a.go", "");
        let v21 = GoVersion::GO1_21;
        let mut d = Diagnostic::error(Span::point(f, 0), "x requires go1.22 or later");
        explain_version_error(&mut d, v21, None, v21);
        assert_eq!(d.message, "x requires go1.22 or later (-lang was set to go1.21; check go.mod)");
        let mut d = Diagnostic::error(Span::point(f, 0), "x requires go1.22 or later");
        explain_version_error(&mut d, v21, Some(v21), GoVersion::GO1_23);
        assert_eq!(d.message, "x requires go1.22 or later (file declares //go:build go1.21)");
    }

    #[test]
    fn the_main_file_is_file_zero_whatever_the_std_library_holds() {
        let mut session = Session::new(Options::default());
        let dir = std::env::temp_dir();
        let c = session.compile_source("./m.go", "package main\n\nfunc main() {}\n".into(), &dir).expect("compiles");
        assert_eq!(c.file, FileId(0));
        assert_eq!(session.sources.file(c.file).name, "./m.go");
        // Later files come after the std files, which keep their ids.
        let std_files = std_library().packages.iter().map(|p| p.files.len()).sum::<usize>();
        let c2 = session.compile_source("./n.go", "package main\n\nfunc main() {}\n".into(), &dir).expect("compiles");
        assert!(c2.file.0 as usize > std_files, "{:?}", c2.file);
        assert!(c.diagnostics.is_empty() && c2.diagnostics.is_empty());
    }

    #[test]
    fn ten_errors_then_too_many() {
        let mut map = SourceMap::new();
        let src: String = (0..12).map(|i| format!("line{i}\n")).collect();
        let f = map.add("m.go", src.clone());
        let diags: Vec<_> = (0..12)
            .map(|i| Diagnostic::error(Span::point(f, map.file(f).line_start(i + 1)), format!("e{i}")))
            .collect();
        let render = |d: Vec<Diagnostic>, all| render_diagnostics(&map, &finish_diagnostics(&map, d, all));
        let out = render(diags.clone(), false);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines.len(), 11);
        assert_eq!(lines[9], "m.go:10:1: e9");
        assert_eq!(lines[10], "m.go:10:1: too many errors");
        assert_eq!(render(diags.clone(), true).lines().count(), 12);
        // gc stops at the tenth error even when it is the last one.
        assert_eq!(render(diags[..10].to_vec(), false).lines().count(), 11);
        assert_eq!(render(diags[..9].to_vec(), false).lines().count(), 9);
        // The limit counts errors in report order: the ten reported first are printed
        // sorted, and `too many errors` sits at the tenth reported one.
        let mut reordered = diags.clone();
        reordered.swap(0, 11);
        let out = render(reordered, false);
        let lines: Vec<_> = out.lines().collect();
        assert_eq!(lines[0], "m.go:2:1: e1");
        assert_eq!(lines[9], "m.go:12:1: e11");
        assert_eq!(lines[10], "m.go:10:1: too many errors");
    }
}
