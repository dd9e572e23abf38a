//! Lowering tests, one named test per file (libtest-mimic):
//!
//! - `corpus::DIR/NAME.go`: every valid program of the frontend corpus (every `.go` file
//!   under `ir-tests/` without a `.build` or `.unsupported` sibling) is parsed and checked by the
//!   driver, lowered, verified with `loopc_ir::verify`, printed, parsed back and printed
//!   again: the two texts must be equal (round trip).
//! - `lower::NAME.go`: `ir-tests/lower/NAME.go` lowered and verified; the main package's
//!   globals and functions, printed, must equal `ir-tests/lower/NAME.ir`. `BLESS=1` rewrites the expectations (review the
//!   diff like code).
//!
//! Programs whose main file the frontend rejects, or that lowering reports as unsupported,
//! fail with the diagnostics.

use libtest_mimic::{Arguments, Failed, Trial};
use loopc_driver::options::Options;
use loopc_driver::version::GoVersion;
use loopc_driver::Session;
use std::path::{Path, PathBuf};

fn main() {
    let root = loopc_driver::repo_root().join("ir-tests");
    let mut trials = Vec::new();
    // Every Go file under ir-tests/ (the frontend corpus) except the lowering goldens, which
    // get their own trials below.
    let mut files = Vec::new();
    if let Ok(entries) = std::fs::read_dir(&root) {
        for e in entries.flatten().filter(|e| e.file_name() != "lower") {
            if e.path().is_dir() {
                collect(&e.path(), &mut files, |_| true);
            }
        }
    }
    files.sort();
    for path in files {
        // Bad programs, and valid Go outside loopc's subset (`FILE.unsupported`: the
        // frontend corpus checks loopc's message for those), never reach lowering.
        if path.with_extension("build").exists() || path.with_extension("unsupported").exists() {
            continue;
        }
        let rel = path.strip_prefix(&root).unwrap_or(&path).display().to_string();
        trials.push(Trial::test(format!("corpus::{rel}"), move || corpus_case(&path)));
    }
    let mut goldens = Vec::new();
    collect(&root.join("lower"), &mut goldens, |_| true);
    goldens.sort();
    for path in goldens {
        let rel = path.file_name().map(|n| n.to_string_lossy().to_string()).unwrap_or_default();
        trials.push(Trial::test(format!("lower::{rel}"), move || golden_case(&path)));
    }
    libtest_mimic::run(&Arguments::from_args(), trials).exit();
}

fn collect(dir: &Path, out: &mut Vec<PathBuf>, keep: impl Fn(&str) -> bool + Copy) {
    let Ok(entries) = std::fs::read_dir(dir) else { return };
    for e in entries.flatten() {
        let p = e.path();
        if p.is_dir() {
            collect(&p, out, keep);
        } else if p.extension().is_some_and(|x| x == "go") && p.file_name().is_some_and(|n| keep(&n.to_string_lossy()))
        {
            out.push(p);
        }
    }
}

/// Parses, checks, lowers and verifies `path`; checks that the printed module parses back
/// to the same text; returns the module.
fn lower_file(path: &Path) -> Result<loopc_ir::Module, Failed> {
    let options = Options { lang: Some(GoVersion::GO1_23), ..Options::default() };
    let mut session = Session::new(options);
    let dir = path.parent().ok_or("file without a directory")?;
    let name = format!("./{}", path.file_name().ok_or("no file name")?.to_string_lossy());
    let text = std::fs::read_to_string(path).map_err(|e| format!("{}: {e}", path.display()))?;
    let c = session.compile_source(&name, text, dir).map_err(|e| e.to_string())?;
    // Errors inside std packages (e.g. the checker's missing support for package runtime,
    // which the std sources import) do not stop lowering the main program; errors in the
    // main file do.
    if c.diagnostics.iter().any(|d| d.severity == loopc_span::Severity::Error && d.span.file == c.file) {
        return Err(format!("frontend rejected the program:\n{}", c.render(&session.sources)).into());
    }
    let program = c.program.as_ref().ok_or("no checked program")?;
    let module = loopc_lower::lower_program(program, &c.ast, &loopc_lower::LowerOptions::default()).map_err(|ds| {
        ds.iter().map(|d| format!("{}: {}", session.sources.position(d.span), d.message)).collect::<Vec<_>>().join("\n")
    })?;
    let text = loopc_ir::module_to_string(&module);
    if let Err(errs) = loopc_ir::verify(&module) {
        let list: Vec<String> = errs.iter().take(20).map(|e| e.to_string()).collect();
        return Err(
            format!("verifier errors ({}):\n{}\n\n{}", errs.len(), list.join("\n"), excerpt(&text, &errs)).into()
        );
    }
    let reparsed = loopc_ir::parse(&text).map_err(|e| format!("printed IR does not parse: {e}"))?;
    let again = loopc_ir::module_to_string(&reparsed);
    if again != text {
        let diff = similar::TextDiff::from_lines(&text, &again).unified_diff().to_string();
        return Err(format!("print/parse round trip differs:\n{diff}").into());
    }
    Ok(module)
}

/// The functions named in verifier errors, for context.
fn excerpt(text: &str, errs: &[loopc_ir::VerifierError]) -> String {
    let first = errs.first().map(|e| e.to_string()).unwrap_or_default();
    let name = first.split_whitespace().find(|w| w.starts_with('@')).unwrap_or("").trim_end_matches(':').to_string();
    if name.is_empty() {
        return String::new();
    }
    let start = text.find(&format!("func {name}(")).unwrap_or(0);
    let end = text[start..].find("\n}\n").map(|e| start + e + 3).unwrap_or(text.len());
    text[start..end].chars().take(6000).collect()
}

fn corpus_case(path: &Path) -> Result<(), Failed> {
    lower_file(path).map(|_| ())
}

fn golden_case(path: &Path) -> Result<(), Failed> {
    let module = lower_file(path)?;
    // Only the program's own functions: the runtime and std packages have tests of their own.
    let got = loopc_ir::module_to_string_matching(&module, &|s| loopc_lower::symbol_in_package(s, "main"));
    let want_path = path.with_extension("ir");
    if std::env::var_os("BLESS").is_some() {
        std::fs::write(&want_path, &got).map_err(|e| e.to_string())?;
        return Ok(());
    }
    let want =
        std::fs::read_to_string(&want_path).map_err(|e| format!("{}: {e} (run with BLESS=1)", want_path.display()))?;
    if want == got {
        Ok(())
    } else {
        let diff = similar::TextDiff::from_lines(&want, &got).unified_diff().to_string();
        Err(format!("lowered IR differs from {}:\n{diff}", want_path.display()).into())
    }
}
