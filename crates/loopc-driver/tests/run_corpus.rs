//! The run corpus, end to end: every valid program under `ir-tests/{run,loopvar,rangefunc}`
//! is compiled through the whole pipeline (check, lower, passes, Cranelift JIT) and run; its
//! stdout, first stderr line and exit code must equal what real Go recorded (`FILE.out`,
//! `FILE.err1`, `FILE.rc`). Loop programs also run with `-lang=go1.21` against
//! `FILE.go121.*`, and their `-d=loopvar=2` report must equal `FILE.lv2`.
//!
//! `ir-tests/known-failures.txt` lists the cases that do not pass yet, one test name a line
//! (`#` comments allowed). Every case not listed must pass, so any regression of a passing
//! case fails the suite. A listed case is still run and its result reported: one that passes
//! now is counted in a closing note ("remove it from known-failures.txt") rather than failing
//! the suite, so work that fixes programs never breaks the build; the list only shrinks.
//!
//! Programs run in forked children (see `loopc_codegen::jit`), with stdout and stderr
//! captured.

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_driver::options::Options;
use loopc_driver::version::GoVersion;
use loopc_driver::Session;
use std::collections::BTreeSet;
use std::path::{Path, PathBuf};

/// One way of running a program and what it must produce.
#[derive(Clone)]
struct Case {
    /// The Go file.
    path: PathBuf,
    /// Language version it is compiled with.
    lang: GoVersion,
    /// Expectation file prefix: `dir/NAME` or `dir/NAME.go121`.
    expect: PathBuf,
    /// Also compare the `-d=loopvar=2` report with `PREFIX.lv2`.
    report: bool,
}

fn main() {
    let root = loopc_driver::repo_root().join("ir-tests");
    let known = known_failures(&root.join("known-failures.txt"));
    let mut trials = Vec::new();
    for dir in ["run", "loopvar", "rangefunc"] {
        let mut files: Vec<PathBuf> = std::fs::read_dir(root.join(dir))
            .map(|rd| rd.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect())
            .unwrap_or_default();
        files.sort();
        for path in files {
            let stem = path.with_extension("");
            let name = format!("{dir}/{}", stem.file_name().unwrap_or_default().to_string_lossy());
            let mut cases = Vec::new();
            if stem.with_extension("out").exists() {
                cases.push((
                    name.clone(),
                    Case { path: path.clone(), lang: GoVersion::GO1_23, expect: stem.clone(), report: dir != "run" },
                ));
            }
            let go121 = PathBuf::from(format!("{}.go121", stem.display()));
            if Path::new(&format!("{}.out", go121.display())).exists() {
                cases.push((
                    format!("{name}.go121"),
                    Case { path: path.clone(), lang: GoVersion::GO1_21, expect: go121, report: false },
                ));
            }
            for (test, case) in cases {
                let expected_failure = known.contains(&test);
                trials.push(Trial::test(test, move || check(&case, expected_failure)));
            }
        }
    }
    let unknown: Vec<_> = known.iter().filter(|k| !trials.iter().any(|t| t.name() == k.as_str())).collect();
    if !unknown.is_empty() {
        eprintln!("known-failures.txt names cases that do not exist: {unknown:?}");
        std::process::exit(101);
    }
    let conclusion = libtest_mimic::run(&Arguments::from_args(), trials);
    let fixed = FIXED.load(std::sync::atomic::Ordering::Relaxed);
    if fixed > 0 {
        eprintln!("{fixed} case(s) in ir-tests/known-failures.txt pass now: remove them from the list");
    }
    conclusion.exit();
}

/// Listed known failures that passed in this run.
static FIXED: std::sync::atomic::AtomicUsize = std::sync::atomic::AtomicUsize::new(0);

fn known_failures(path: &Path) -> BTreeSet<String> {
    std::fs::read_to_string(path)
        .unwrap_or_default()
        .lines()
        .map(|l| l.split('#').next().unwrap_or("").trim().to_string())
        .filter(|l| !l.is_empty())
        .collect()
}

fn check(case: &Case, expected_failure: bool) -> Result<(), Failed> {
    let outcome = loopc_driver::with_big_stack(|| run_case(case));
    match (outcome, expected_failure) {
        (Ok(()), false) => Ok(()),
        (Err(e), true) => {
            // Still failing, as listed: say why in one line.
            let why = e.message().and_then(|m| m.lines().next()).unwrap_or("failed").to_string();
            eprintln!("known failure {}: {why}", case.path.display());
            Ok(())
        }
        (Ok(()), true) => {
            FIXED.fetch_add(1, std::sync::atomic::Ordering::Relaxed);
            eprintln!("{}: passes now: remove it from ir-tests/known-failures.txt", case.path.display());
            Ok(())
        }
        (Err(e), false) => Err(e),
    }
}

fn read(path: PathBuf) -> String {
    std::fs::read_to_string(&path).unwrap_or_default()
}

fn run_case(case: &Case) -> Result<(), Failed> {
    let prefix = case.expect.display().to_string();
    let want_out = read(PathBuf::from(format!("{prefix}.out")));
    let want_err1 = read(PathBuf::from(format!("{prefix}.err1")));
    let want_rc: i32 = read(PathBuf::from(format!("{prefix}.rc"))).trim().parse().unwrap_or(0);

    let mut options = Options { lang: Some(case.lang), ..Options::default() };
    if case.report {
        options.debug.loopvar = 2;
    }
    let mut session = Session::new(options);
    let dir = case.path.parent().ok_or("no directory")?;
    let name = format!("./{}", case.path.file_name().ok_or("no file name")?.to_string_lossy());
    let text = std::fs::read_to_string(&case.path).map_err(|e| e.to_string())?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    if c.has_errors() {
        return Err(format!("does not compile:\n{}", c.render(&session.sources)).into());
    }
    let opt = session.optimize(&c).map_err(|e| e.to_string())?;
    if case.report {
        let got: Vec<String> = opt
            .remarks
            .iter()
            .map(|r| r.render(&session.sources))
            .map(|l| l.strip_prefix("./").unwrap_or(&l).to_string())
            .collect();
        let want = read(PathBuf::from(format!("{prefix}.lv2")));
        let want: Vec<&str> = want.lines().collect();
        if got != want {
            return Err(
                format!("-d=loopvar=2 report differs\nwant:\n{}\ngot:\n{}", want.join("\n"), got.join("\n")).into()
            );
        }
    }
    let out = opt.run_captured(&session.options).map_err(|e| e.to_string())?;
    let got_out = String::from_utf8_lossy(&out.stdout);
    let got_err1 = String::from_utf8_lossy(&out.stderr).lines().next().unwrap_or("").to_string();
    let mut problems = Vec::new();
    if got_out != want_out {
        problems.push(format!("stdout differs\nwant:\n{want_out}\ngot:\n{got_out}"));
    }
    if got_err1 != want_err1.trim_end_matches('\n') {
        problems.push(format!("first stderr line differs\nwant: {}\n got: {got_err1}", want_err1.trim_end()));
    }
    if out.code != want_rc {
        problems.push(format!("exit code: want {want_rc}, got {}", out.code));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}
