//! `loopc bisect` and `-d=loopvarhash` end to end, against gc's recordings in
//! `ir-tests/bisect` (`ir-tests/record-bisect.sh`).
//!
//! gc hashes positions with the file's absolute path, so each program runs from the
//! directory it was recorded in, `/tmp/loopc-bisect/NAME` (the test writes the file and a
//! `go 1.21` go.mod there). For each program:
//! - `loopc run -d=loopvarhash=vy` prints gc's marker and trigger lines (`NAME.vy`) and the
//!   program prints what gc's build printed (`NAME.y.out`); the same with `vn` given through
//!   `GOCOMPILEDEBUG` (`NAME.vn`, `NAME.n.out`);
//! - `loopc bisect NAME.go` (JIT runs compared with the go1.21 run) prints exactly the
//!   change sets the gc-driven search found (`NAME.bisect`); their report lines are exactly
//!   gc's lines for the loops the source marks `// culprit`; the number of runs stays
//!   within O(k log n) for k culprits among n candidate loops.
//!
//! One program is also bisected the way x/tools' bisect drives a compiler: a check command
//! running `loopc run` with the pattern in `GOCOMPILEDEBUG`.

use std::collections::BTreeSet;
use std::path::{Path, PathBuf};
use std::process::{Command, Output};

fn corpus(name: &str, ext: &str) -> String {
    let path = loopc_driver::repo_root().join("ir-tests/bisect").join(format!("{name}.{ext}"));
    std::fs::read_to_string(&path).unwrap_or_else(|e| panic!("{}: {e}", path.display()))
}

/// Writes the program and its go.mod where gc recorded it; returns the directory.
fn place(name: &str) -> PathBuf {
    let dir = Path::new("/tmp/loopc-bisect").join(name);
    std::fs::create_dir_all(&dir).expect("create the recording directory");
    for (file, text) in [(format!("{name}.go"), corpus(name, "go")), ("go.mod".into(), "module x\n\ngo 1.21\n".into())]
    {
        // Same content every time; write and rename so a concurrent reader never sees a
        // partial file.
        let tmp = dir.join(format!(".{file}.{}", std::process::id()));
        std::fs::write(&tmp, text).expect("write the program");
        std::fs::rename(&tmp, dir.join(&file)).expect("rename the program");
    }
    dir
}

/// `loopc ARGS` in `dir`, with `PWD` naming it (Go's getwd, which loopc follows, reads it)
/// and GOCOMPILEDEBUG as given.
fn loopc(dir: &Path, args: &[&str], gocompiledebug: Option<&str>) -> Output {
    let mut cmd = Command::new(env!("CARGO_BIN_EXE_loopc"));
    cmd.args(args).current_dir(dir).env("PWD", dir).env_remove("GOCOMPILEDEBUG");
    if let Some(v) = gocompiledebug {
        cmd.env("GOCOMPILEDEBUG", v);
    }
    cmd.output().expect("run loopc")
}

fn text(bytes: &[u8]) -> String {
    String::from_utf8_lossy(bytes).into_owned()
}

/// gc's verbose report lines (markers cut) for the source lines marked `// culprit`.
fn culprit_lines(name: &str) -> BTreeSet<String> {
    let source = corpus(name, "go");
    let culprit_lines: BTreeSet<usize> =
        source.lines().enumerate().filter(|(_, l)| l.ends_with("// culprit")).map(|(i, _)| i + 1).collect();
    corpus(name, "vy")
        .lines()
        .filter_map(loopc_driver::bisect::cut_marker)
        .map(|(line, _)| line)
        .filter(|line| {
            let at = line.split(':').nth(1).and_then(|l| l.parse::<usize>().ok());
            at.is_some_and(|l| culprit_lines.contains(&l))
        })
        .collect()
}

/// The report lines of rendered change sets.
fn reported_lines(report: &str) -> BTreeSet<String> {
    report.lines().filter(|l| !l.starts_with("---")).map(str::to_string).collect()
}

fn runs(stderr: &str) -> usize {
    let last = stderr.lines().last().unwrap_or("");
    let n = last.strip_prefix("bisect: ").and_then(|s| s.strip_suffix(" runs"));
    n.and_then(|n| n.parse().ok()).unwrap_or_else(|| panic!("no run count in {stderr}"))
}

fn check_program(name: &str) {
    let dir = place(name);
    let file = format!("{name}.go");

    let out = loopc(&dir, &["run", "-d=loopvarhash=vy", &file], None);
    assert_eq!(text(&out.stderr), corpus(name, "vy"), "{name}: vy lines");
    assert_eq!(text(&out.stdout), corpus(name, "y.out"), "{name}: vy output");
    let out = loopc(&dir, &["run", &file], Some("loopvarhash=vn"));
    assert_eq!(text(&out.stderr), corpus(name, "vn"), "{name}: GOCOMPILEDEBUG vn lines");
    assert_eq!(text(&out.stdout), corpus(name, "n.out"), "{name}: vn output");

    let out = loopc(&dir, &["bisect", &file], None);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "{name}: bisect failed:\n{stderr}");
    let report = text(&out.stdout);
    assert_eq!(report, corpus(name, "bisect"), "{name}: change sets\n{stderr}");
    let culprits = culprit_lines(name);
    assert!(!culprits.is_empty(), "{name}: no culprit marked");
    assert_eq!(reported_lines(&report), culprits, "{name}: reported loops are the culprits");
    let candidates = corpus(name, "vy").lines().filter(|l| l.contains("[bisect-match ")).count();
    let log2 = usize::BITS - candidates.next_power_of_two().leading_zeros() - 1;
    let bound = 2 + culprits.len() * (4 + 4 * log2 as usize);
    assert!(
        runs(&stderr) <= bound,
        "{name}: {} runs for {} culprits among {candidates}",
        runs(&stderr),
        culprits.len()
    );
}

#[test]
fn one_culprit() {
    check_program("one_culprit");
}

#[test]
fn two_culprits() {
    check_program("two_culprits");
}

#[test]
fn culprit_pair() {
    check_program("culprit_pair");
}

/// x/tools' bisect protocol: the check command runs `loopc run` with the pattern in
/// GOCOMPILEDEBUG (set by `loopc bisect`) and compares with the go1.21 output.
#[test]
fn check_command_drives_loopc_run_through_gocompiledebug() {
    let name = "one_culprit";
    let dir = place(name);
    let want = dir.join("want.out");
    std::fs::write(&want, corpus(name, "n.out")).expect("write the expected output");
    let got = dir.join(format!("got.{}.out", std::process::id()));
    let script = r#""$0" run "$1" >"$2" && cmp -s "$2" "$3""#;
    let (got_s, want_s) = (got.display().to_string(), want.display().to_string());
    let file = format!("{name}.go");
    let args = ["bisect", &file, "--", "sh", "-c", script, env!("CARGO_BIN_EXE_loopc"), &file, &got_s, &want_s];
    let out = loopc(&dir, &args, None);
    let _ = std::fs::remove_file(&got);
    let stderr = text(&out.stderr);
    assert!(out.status.success(), "bisect failed:\n{stderr}");
    assert_eq!(text(&out.stdout), corpus(name, "bisect"), "{stderr}");
    assert!(stderr.contains("bisect: run: GOCOMPILEDEBUG=loopvarhash=n sh -c"), "{stderr}");
}
