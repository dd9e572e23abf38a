//! The `loopc vet` corpus: every `ir-tests/vet/NAME.go` is vetted and compared with what
//! `go vet` printed for it (recorded by `ir-tests/record-vet.sh`, never by hand), one named
//! test per file and language version.
//!
//! - `NAME.vet`, `NAME.vetrc`, `NAME.vetjson`: `go vet .` in a module `x` with `go 1.21`:
//!   the report lines (`NAME.go:LINE:COL: message`, in go vet's order), the exit status, and
//!   `go vet -json .`'s output with positions relative to the module directory. loopc vets
//!   the file as `NAME.go` under `-lang=go1.21` and renders JSON with package key `x`.
//! - `NAME.go122.vet`, `.go122.vetrc`, `.go122.vetjson`: the same with `go 1.22` (silent
//!   except for files whose `//go:build go1.21` line lowers their version).
//!
//! Every file must be analyzed (loopc's checker accepts it, goroutines aside); the exit
//! status is `vet::exit_code`'s, which the `loopc vet` command uses.

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_driver::options::Options;
use loopc_driver::version::GoVersion;
use loopc_driver::vet::{self, VetOutcome};
use loopc_driver::Session;
use std::path::{Path, PathBuf};

/// The module path record-vet.sh gives its temporary modules: `go vet -json`'s package key.
const RECORDED_PACKAGE: &str = "x";

fn main() {
    let dir = loopc_driver::repo_root().join("ir-tests/vet");
    let mut files: Vec<PathBuf> = std::fs::read_dir(&dir)
        .map(|entries| {
            entries.flatten().map(|e| e.path()).filter(|p| p.extension().is_some_and(|x| x == "go")).collect()
        })
        .unwrap_or_default();
    files.sort();
    let mut trials = Vec::new();
    if files.is_empty() {
        trials.push(Trial::test("corpus_exists", move || Err(format!("no programs in {}", dir.display()).into())));
    }
    for path in files {
        let name = path.file_name().map(|n| n.to_string_lossy().into_owned()).unwrap_or_default();
        for (suffix, lang) in [("", GoVersion::GO1_21), (".go122", GoVersion::GO1_22)] {
            let base = format!("{}{suffix}", path.with_extension("").display());
            if !Path::new(&format!("{base}.vet")).exists() {
                continue;
            }
            let p = path.clone();
            let label = if suffix.is_empty() { "go121" } else { "go122" };
            trials.push(Trial::test(format!("{label}::{name}"), move || check(&p, &base, lang)));
        }
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}

fn read(path: &str) -> Result<String, Failed> {
    std::fs::read_to_string(path).map_err(|e| format!("{path}: {e}").into())
}

fn check(path: &Path, base: &str, lang: GoVersion) -> Result<(), Failed> {
    let want_text = read(&format!("{base}.vet"))?;
    let want_rc: u8 = read(&format!("{base}.vetrc"))?.trim().parse().map_err(|e| format!("{base}.vetrc: {e}"))?;
    let want_json = read(&format!("{base}.vetjson"))?;

    let options = Options { lang: Some(lang), ..Options::default() };
    let mut session = Session::new(options);
    let dir = path.parent().ok_or("file without a directory")?;
    let name = path.file_name().ok_or("no file name")?.to_string_lossy().into_owned();
    let text = read(&path.display().to_string())?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    let reports = match vet::vet_compilation(&session.sources, &c) {
        VetOutcome::Analyzed(r) => r,
        VetOutcome::Rejected(errors) => return Err(format!("loopc rejected the program:\n{errors}").into()),
    };
    let mut problems = Vec::new();
    let got_text = vet::render_text(&session.sources, &reports);
    if got_text != want_text {
        problems.push(format!("text output differs\n--- want\n{want_text}--- got\n{got_text}"));
    }
    let got_rc = vet::exit_code(&reports, false);
    if got_rc != want_rc {
        problems.push(format!("exit status: want {want_rc}, got {got_rc}"));
    }
    let got_json = vet::render_json(&session.sources, RECORDED_PACKAGE, &reports);
    if got_json != want_json {
        problems.push(format!("-json output differs\n--- want\n{want_json}--- got\n{got_json}"));
    }
    if problems.is_empty() {
        Ok(())
    } else {
        Err(problems.join("\n").into())
    }
}
