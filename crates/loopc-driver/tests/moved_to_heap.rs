//! `-m` against gc: for every `ir-tests/loopvar/FILE.go` with a `FILE.m` golden (recorded by
//! `ir-tests/record-m.sh` from `go build -gcflags=-m`), loopc's `moved to heap: NAME` lines
//! must equal gc's, in order. `KNOWN` lists the programs that do not match yet, each with
//! the reason; a listed program that starts matching fails the test so the list shrinks.

use loopc_driver::options::Options;
use loopc_driver::Session;
use std::path::{Path, PathBuf};

/// Programs whose `-m` lines differ from gc's, and why.
const KNOWN: &[(&str, &str)] = &[
    ("024_direct_call_big_literal", "loopc moves `log` (11:6) to the heap, gc does not"),
    ("035_rangefunc_body_outer_var", "loopc moves `sum` and `fs`, variables of range-over-func loops' parents"),
    ("064_recursive_capture", "loopc moves `fs` (17:6) to the heap, gc does not"),
];

fn moved_lines(path: &Path) -> Result<Vec<String>, String> {
    let mut session = Session::new(Options { m: 1, ..Options::default() });
    let dir = path.parent().ok_or("no directory")?;
    let name = format!("./{}", path.file_name().ok_or("no file name")?.to_string_lossy());
    let text = std::fs::read_to_string(path).map_err(|e| e.to_string())?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    if c.has_errors() {
        return Err(c.render(&session.sources));
    }
    let optimized = session.optimize(&c).map_err(|e| e.to_string())?;
    Ok(optimized
        .remarks
        .iter()
        .map(|r| r.render(&session.sources))
        .map(|l| l.strip_prefix("./").unwrap_or(&l).to_string())
        .filter(|l| l.contains(": moved to heap: "))
        .collect())
}

#[test]
fn moved_to_heap_matches_gc() {
    let dir = PathBuf::from(env!("CARGO_MANIFEST_DIR")).join("../../ir-tests/loopvar");
    let mut goldens: Vec<PathBuf> = std::fs::read_dir(&dir)
        .expect("ir-tests/loopvar exists")
        .filter_map(|e| e.ok().map(|e| e.path()))
        .filter(|p| p.extension().is_some_and(|x| x == "m"))
        .collect();
    goldens.sort();
    assert!(goldens.len() >= 60, "expected the loopvar corpus's .m goldens, found {}", goldens.len());
    let mut problems = Vec::new();
    for golden in &goldens {
        let stem = golden.file_stem().and_then(|s| s.to_str()).unwrap_or_default().to_string();
        let want: Vec<String> =
            std::fs::read_to_string(golden).unwrap_or_default().lines().map(str::to_string).collect();
        let got = match moved_lines(&golden.with_extension("go")) {
            Ok(l) => l,
            Err(e) => {
                problems.push(format!("{stem}: {e}"));
                continue;
            }
        };
        let known = KNOWN.iter().any(|(k, _)| *k == stem);
        match (got == want, known) {
            (true, true) => problems.push(format!("{stem}: matches gc now: remove it from KNOWN")),
            (false, false) => problems.push(format!("{stem}:\n  gc:    {want:?}\n  loopc: {got:?}")),
            _ => {}
        }
    }
    assert!(problems.is_empty(), "{}", problems.join("\n"));
}
