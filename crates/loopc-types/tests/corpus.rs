//! Corpus tests: every valid program under `ir-tests/` must check without errors, every
//! bad program with a `.build` (recorded from gc) under `ir-tests/errors/` and
//! `ir-tests/types/` must produce gc's first error line, and every valid Go program outside
//! loopc's subset (a `FILE.unsupported` sibling holding loopc's expected first line) must
//! be rejected with that line. Diagnostics are put in gc's printed order (its ten-error limit
//! in report order, then sorting), as `loopc` prints them.

mod common;

use common::{root, std_packages, StdImporter};
use loopc_span::FileId;
use loopc_types::{check_program, Config};
use std::path::{Path, PathBuf};

/// Checks one file; returns rendered, sorted diagnostics (syntax errors stop before types).
fn check_file(path: &Path, lang: (u32, u32)) -> Vec<String> {
    let src = std::fs::read_to_string(path).expect("read");
    let std = std_packages();
    let mut map = std.map.clone();
    let mut imp = StdImporter(std);
    let name = path.file_name().expect("file name").to_string_lossy().into_owned();
    let id: FileId = map.add(name.clone(), src.clone());
    let (file, mut diags) = loopc_syntax::parse_file_named(id, &format!("./{name}"), &src);
    if diags.is_empty() {
        let cfg = Config { lang, ..Config::default() };
        let (_, d) = check_program(&map, &file, &cfg, &mut imp);
        diags = d;
    }
    let diags = common::gc_order(&map, diags, false);
    // The driver appends where the language version came from, as gc's noder does.
    diags
        .iter()
        .map(|d| {
            let mut r = d.render_go(&map);
            if r.lines().next().is_some_and(|l| l.contains(" or later") && l.contains("requires go1."))
                && !r.contains("-lang was set")
            {
                let (first, rest) = r
                    .split_once('\n')
                    .map(|(a, b)| (a.to_string(), format!("\n{b}")))
                    .unwrap_or((r.clone(), String::new()));
                r = format!("{first} (-lang was set to go{}.{}; check go.mod){rest}", lang.0, lang.1);
            }
            r
        })
        .collect()
}

fn go_files(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(rd) = std::fs::read_dir(dir) else { return };
    for e in rd.flatten() {
        let p = e.path();
        if p.is_dir() {
            go_files(&p, out);
        } else if p.extension().is_some_and(|e| e == "go") {
            out.push(p);
        }
    }
}

fn lang_of(src: &str) -> (u32, u32) {
    // Programs recorded with `-lang go1.N` say so in a leading `// lang: go1.N` comment.
    for line in src.lines().take(5) {
        if let Some(rest) = line.strip_prefix("// lang: go1.") {
            if let Ok(n) = rest.trim().parse() {
                return (1, n);
            }
        }
    }
    (1, 23)
}

#[test]
fn valid_programs_check_cleanly() {
    let mut files = Vec::new();
    go_files(&root().join("ir-tests"), &mut files);
    files.sort();
    let mut pass = 0;
    let mut failures = Vec::new();
    for f in &files {
        if f.with_extension("build").exists()
            || f.with_extension("unsupported").exists()
            || f.components().any(|c| c.as_os_str() == "errors" || c.as_os_str() == "types")
        {
            continue;
        }
        let name = f.file_name().expect("name").to_string_lossy().into_owned();
        if f.parent().is_some_and(|p| p.ends_with("syntax")) && !name.starts_with("valid_") {
            continue;
        }
        let src = std::fs::read_to_string(f).expect("read");
        let diags = check_file(f, lang_of(&src));
        if diags.is_empty() {
            pass += 1;
        } else {
            failures.push(format!("{}: {}", f.display(), diags[0]));
        }
    }
    eprintln!("valid programs: {pass} pass, {} fail", failures.len());
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(failures.is_empty(), "{} valid programs reported errors", failures.len());
}

#[test]
fn error_programs_match_gc_first_line() {
    let mut files = Vec::new();
    go_files(&root().join("ir-tests"), &mut files);
    files.sort();
    let mut pass = 0;
    let mut failures = Vec::new();
    for f in &files {
        if f.ends_with("errors/122_missing_main.go") {
            // A link error (no `func main`), which the driver reports after type checking
            // succeeds; its own corpus test covers it.
            continue;
        }
        let src = std::fs::read_to_string(f).expect("read");
        let in_error_dirs = f.components().any(|c| c.as_os_str() == "errors" || c.as_os_str() == "types");
        // `.build` (recorded at go1.23 unless a `// lang:` comment says otherwise) in the
        // error corpora; `.go121.build`/`.go122.build` anywhere (version errors).
        let mut cases = Vec::new();
        if in_error_dirs {
            let lang = lang_of(&src);
            let build = if lang == (1, 23) {
                f.with_extension("build")
            } else {
                f.with_extension(format!("go1{}.build", lang.1))
            };
            cases.push((build, lang));
        } else {
            cases.push((f.with_extension("go121.build"), (1, 21)));
            cases.push((f.with_extension("go122.build"), (1, 22)));
        }
        // Valid Go that loopc does not support: loopc's own first line.
        cases.push((f.with_extension("unsupported"), lang_of(&src)));
        for (build, lang) in cases {
            let Ok(expected) = std::fs::read_to_string(&build) else { continue };
            let want = expected.lines().next().unwrap_or("").to_string();
            let diags = check_file(f, lang);
            let got = diags.first().map(|d| d.lines().next().unwrap_or("").to_string()).unwrap_or_default();
            if got == want {
                pass += 1;
            } else {
                failures.push(format!("{} (go{}.{})\n    want: {want}\n    got:  {got}", f.display(), lang.0, lang.1));
            }
        }
    }
    eprintln!("error programs: {pass} pass, {} fail", failures.len());
    for f in &failures {
        eprintln!("  {f}");
    }
    assert!(failures.is_empty(), "{} error programs differ from gc", failures.len());
}

#[test]
fn init_cycles_match_gc_completely() {
    // Every line of gc's report, notes included (`ir-tests/types/init_cycle_*.go`).
    let mut files = Vec::new();
    go_files(&root().join("ir-tests/types"), &mut files);
    files.retain(|f| f.file_name().is_some_and(|n| n.to_string_lossy().starts_with("init_cycle_")));
    files.sort();
    assert!(files.len() >= 5, "init_cycle_* programs are missing");
    for f in &files {
        let want = std::fs::read_to_string(f.with_extension("build")).expect("recorded .build");
        let got: String = check_file(f, (1, 23)).iter().map(|d| format!("{d}\n")).collect();
        assert_eq!(got, want, "{}", f.display());
    }
}
