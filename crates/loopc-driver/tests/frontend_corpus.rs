//! The frontend corpus: every Go program under `ir-tests/` goes through the driver's frontend
//! (parse, version, type check), one named test per file.
//!
//! - A program with a `FILE.build` sibling (gc's messages, recorded by `go-expect`) must fail,
//!   and loopc's first diagnostic line must equal the first line of `FILE.build`.
//! - `FILE.go121.build` / `FILE.go122.build` are the same under `-lang=go1.21` / `go1.22`.
//! - A valid Go program that uses something outside loopc's subset has a `FILE.unsupported`
//!   sibling holding the first line loopc must print (`... loopc does not support ...`).
//! - Any other program without `FILE.build` is valid Go and must compile without diagnostics.
//!
//! Files are compiled as `./NAME.go` and the leading `./` of each output line is dropped,
//! which is exactly what go-expect does to gc's output (positions inside messages keep it).
//! The language version is the one go-expect used (go1.23) unless the expectation names
//! another.

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_driver::options::Options;
use loopc_driver::version::GoVersion;
use loopc_driver::Session;
use std::path::{Path, PathBuf};

fn main() {
    let root = loopc_driver::repo_root().join("ir-tests");
    let mut files = Vec::new();
    collect(&root, &mut files);
    files.sort();
    let mut trials = Vec::new();
    for path in files {
        let rel = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
        for (suffix, lang) in [("", GoVersion::GO1_23), (".go121", GoVersion::GO1_21), (".go122", GoVersion::GO1_22)] {
            let build = PathBuf::from(format!("{}{}.build", path.with_extension("").display(), suffix));
            if build.exists() {
                let p = path.clone();
                trials.push(Trial::test(format!("reject{suffix}::{rel}"), move || expect_error(&p, &build, lang)));
            } else if suffix.is_empty() && path.with_extension("unsupported").exists() {
                let p = path.clone();
                let want = path.with_extension("unsupported");
                trials.push(Trial::test(format!("unsupported::{rel}"), move || expect_error(&p, &want, lang)));
            } else if suffix.is_empty() {
                let p = path.clone();
                trials.push(Trial::test(format!("accept::{rel}"), move || expect_clean(&p, lang)));
            }
        }
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out);
        } else if p.extension().is_some_and(|x| x == "go") {
            out.push(p);
        }
    }
}

/// Compiles `path` under its base name from its own directory, so positions print as gc's.
fn compile(path: &Path, lang: GoVersion) -> Result<Vec<String>, Failed> {
    let options = Options { lang: Some(lang), all_errors: false, ..Options::default() };
    let mut session = Session::new(options);
    let dir = path.parent().ok_or("file without a directory")?;
    let name = format!("./{}", path.file_name().ok_or("no file name")?.to_string_lossy());
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    let rendered = c.render(&session.sources);
    Ok(rendered.lines().map(|l| l.strip_prefix("./").unwrap_or(l).to_string()).collect())
}

fn expect_error(path: &Path, build: &Path, lang: GoVersion) -> Result<(), Failed> {
    let want = std::fs::read_to_string(build).map_err(|e| e.to_string())?;
    let want = want.lines().next().unwrap_or("").to_string();
    let got = compile(path, lang)?;
    match got.first() {
        Some(first) if *first == want => Ok(()),
        Some(first) => Err(format!("first diagnostic differs\n want: {want}\n  got: {first}").into()),
        None => Err(format!("compiled without errors\n want: {want}").into()),
    }
}

fn expect_clean(path: &Path, lang: GoVersion) -> Result<(), Failed> {
    let got = compile(path, lang)?;
    if got.is_empty() {
        Ok(())
    } else {
        Err(format!("valid program rejected:\n{}", got.join("\n")).into())
    }
}
