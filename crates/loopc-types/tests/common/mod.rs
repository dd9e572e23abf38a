//! Shared by the integration tests: loopc's standard packages (`crates/loopc-runtime/go`),
//! parsed once per test binary into a base source map that every check clones.

use loopc_span::{Diagnostic, Severity, SourceMap};
use loopc_syntax::ast;
use loopc_types::Importer;
use std::collections::HashMap;
use std::path::{Path, PathBuf};
use std::sync::OnceLock;

/// The repository root.
pub fn root() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../..")
}

/// The parsed standard packages, by import path, and the source map holding their files.
pub struct Std {
    pub map: SourceMap,
    pub pkgs: HashMap<String, Vec<ast::File>>,
}

/// Parses every standard package once (a syntax error in them fails the test).
pub fn std_packages() -> &'static Std {
    static STD: OnceLock<Std> = OnceLock::new();
    STD.get_or_init(|| {
        let mut map = SourceMap::new();
        let mut pkgs = HashMap::new();
        let base = root().join("crates/loopc-runtime/go");
        let mut stack = vec![base.clone()];
        while let Some(dir) = stack.pop() {
            let Ok(rd) = std::fs::read_dir(&dir) else { continue };
            let mut files = Vec::new();
            let mut entries: Vec<_> = rd.flatten().map(|e| e.path()).collect();
            entries.sort();
            for p in entries {
                if p.is_dir() {
                    stack.push(p);
                } else if p.extension().is_some_and(|e| e == "go") {
                    let src = std::fs::read_to_string(&p).expect("read std source");
                    let rel = p.strip_prefix(&base).expect("under base").to_string_lossy().into_owned();
                    let name = format!("$GOROOT/src/{rel}");
                    let id = map.add(name.clone(), src.clone());
                    let (f, errs) = loopc_syntax::parse_file_named(id, &name, &src);
                    let rendered: Vec<String> = errs.iter().map(|d| d.render_go(&map)).collect();
                    assert!(rendered.is_empty(), "syntax errors in {name}: {rendered:?}");
                    files.push(f);
                }
            }
            if !files.is_empty() {
                let rel = dir.strip_prefix(&base).expect("under base").to_string_lossy().into_owned();
                pkgs.insert(rel, files);
            }
        }
        Std { map, pkgs }
    })
}

/// Puts diagnostics, given in report order, into the order gc prints them (as the driver's
/// `finish_diagnostics` does; the types crate does not depend on the driver, which pulls in
/// the whole back end). gc's error reporter (`base.ErrorfAt`) stops at the tenth error
/// reported, prints what it has sorted by position, then `too many errors` at the tenth
/// one's position; with `all` (`-e`) everything is printed, sorted.
pub fn gc_order(map: &SourceMap, mut diags: Vec<Diagnostic>, all: bool) -> Vec<Diagnostic> {
    let tenth = diags.iter().enumerate().filter(|(_, d)| d.severity == Severity::Error).nth(9).map(|(i, _)| i);
    match tenth {
        Some(i) if !all => {
            let at = diags[i].span;
            diags.truncate(i + 1);
            loopc_span::sort_and_dedup(map, &mut diags);
            diags.push(Diagnostic::error(at, "too many errors"));
        }
        _ => loopc_span::sort_and_dedup(map, &mut diags),
    }
    diags
}

/// Hands out the parsed standard packages (their files are in [`Std::map`]).
pub struct StdImporter(pub &'static Std);

impl Importer for StdImporter {
    fn import(&mut self, path: &str) -> Option<Vec<ast::File>> {
        self.0.pkgs.get(path).cloned()
    }
}
