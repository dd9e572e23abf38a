//! File-driven tests against real Go's output:
//! - every `ir-tests/syntax/NAME.go` with a `NAME.build` (recorded by `go-expect` from
//!   `go build`) must produce, as its first diagnostic in position order, exactly the first
//!   line of `NAME.build`;
//! - every `*.go` anywhere under `ir-tests/` without a `.build` sibling is a program that
//!   compiles with Go, so it must parse without any diagnostic.

use std::fs;
use std::path::{Path, PathBuf};

use loopc_span::SourceMap;

fn ir_tests() -> PathBuf {
    Path::new(env!("CARGO_MANIFEST_DIR")).join("../../ir-tests")
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = fs::read_dir(dir) else { return };
    let mut entries: Vec<_> = entries.filter_map(Result::ok).map(|e| e.path()).collect();
    entries.sort();
    for p in entries {
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

/// Parses `path` as `go build` would see it and renders the diagnostics, sorted by
/// position, in gc's format with the file's base name.
fn diagnostics(path: &Path) -> Vec<String> {
    let bytes = fs::read(path).unwrap_or_else(|e| panic!("{}: {e}", path.display()));
    let src = String::from_utf8_lossy(&bytes).into_owned();
    let base = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
    let mut map = SourceMap::new();
    let id = map.add(base.clone(), src.clone());
    let (_, mut diags) = loopc_syntax::parse_file_named(id, &format!("./{base}"), &src);
    loopc_span::sort_and_dedup(&map, &mut diags);
    diags.iter().map(|d| d.render_go(&map)).collect()
}

#[test]
fn syntax_errors_match_go() {
    let mut files = Vec::new();
    go_files(&ir_tests().join("syntax"), &mut files);
    let mut checked = 0;
    let mut failures = Vec::new();
    for go in &files {
        let build = go.with_extension("build");
        let Ok(expected) = fs::read_to_string(&build) else { continue };
        checked += 1;
        let want = expected.lines().next().unwrap_or("").to_string();
        let got = diagnostics(go);
        let first = got.first().cloned().unwrap_or_else(|| "<no diagnostic>".to_string());
        if first != want {
            failures.push(format!("{}:\n  want: {want}\n  got:  {first}", go.display()));
        }
    }
    assert!(checked >= 30, "only {checked} syntax error cases found");
    assert!(failures.is_empty(), "{} of {checked} cases differ:\n{}", failures.len(), failures.join("\n"));
}

#[test]
fn valid_programs_parse_cleanly() {
    let mut files = Vec::new();
    go_files(&ir_tests(), &mut files);
    let mut checked = 0;
    let mut failures = Vec::new();
    for go in &files {
        if go.with_extension("build").exists() {
            continue;
        }
        checked += 1;
        let got = diagnostics(go);
        if !got.is_empty() {
            failures.push(format!("{}:\n  {}", go.display(), got.join("\n  ")));
        }
    }
    assert!(checked > 0, "no valid programs found under {}", ir_tests().display());
    assert!(
        failures.is_empty(),
        "{} of {checked} valid programs have diagnostics:\n{}",
        failures.len(),
        failures.join("\n")
    );
}
