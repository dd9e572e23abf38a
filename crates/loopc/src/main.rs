//! The `loopc` command: argument handling only; all work happens in `loopc-driver`.
//!
//! ```text
//! loopc [-d=loopvar=N] [-lang=goX.Y] [-m] [-e] [-l] [-emit=ast|ir|clif|asm] FILE.go
//! loopc run [flags] [-target T] FILE.go [args...]
//! loopc build [flags] [-target T] [-o OUT] FILE.go
//! loopc bench | vet | bisect ...
//! ```
//! Exit codes follow Go's tools: 0 success, 1 compile errors, 2 usage errors.

mod bench;
mod bisect;

use loopc_driver::options::{parse_args, with_compile_debug_env, Emit, FlagSet, Parsed};
use loopc_driver::pipeline::Optimized;
use loopc_driver::{Compilation, Session};
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopc [flags] file.go            compile and report, like `go tool compile`
       loopc run [flags] file.go [args] compile and run (JIT)
       loopc build [flags] [-o out] file.go
                                        compile to a native executable
       loopc vet [-json] file.go        report loop variables captured by func literals
       loopc bench [flags] file.go      run Benchmark functions
       loopc bisect [flags] file.go     find the loops whose new semantics change behaviour

flags:
  -d=list        debug settings: loopvar=N, loopvarhash=PATTERN, verify, dump=PASS
  -lang=goX.Y    language version (default: go.mod's go line, else go1.27)
  -m             print escape analysis decisions (moved to heap)
  -l             disable inlining
  -e             no limit on the number of errors reported
  -emit=KIND     print ast, ir, clif or asm
  -O=LEVEL       Cranelift optimisation level: none, speed (default), speed_and_size
  -target=TRIPLE target for run and build (x86_64-unknown-linux-gnu, aarch64-unknown-linux-gnu)
  -o=FILE        output file (build)
";

fn main() -> ExitCode {
    let args: Vec<String> = std::env::args().skip(1).collect();
    loopc_driver::with_big_stack(move || command(args))
}

fn command(args: Vec<String>) -> ExitCode {
    let (command, rest, set) = match args.first().map(String::as_str) {
        Some("run") => ("run", &args[1..], FlagSet::Run),
        Some("build") => ("build", &args[1..], FlagSet::Build),
        Some("vet") => return vet(&args[1..]),
        Some("bisect") => return bisect::command(&args[1..]),
        Some("bench") => return bench::command(&args[1..]),
        _ => ("compile", &args[..], FlagSet::Compile),
    };
    // gc reads GOCOMPILEDEBUG too (x/tools' `bisect -compile=loopvar` drives it with it).
    let env = std::env::var("GOCOMPILEDEBUG").ok();
    let parsed = parse_args(rest, set).and_then(|p| with_compile_debug_env(p, env.as_deref()));
    let parsed = match parsed {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    if parsed.help {
        print!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    match command {
        "compile" => compile(parsed),
        "run" => run(parsed),
        _ => build(parsed),
    }
}

/// Parses and checks the file, printing diagnostics; `None` if it has errors.
fn frontend(parsed: &Parsed) -> Result<(Session, Compilation), ExitCode> {
    let Some(path) = parsed.args.first() else {
        eprint!("{USAGE}");
        return Err(ExitCode::from(2));
    };
    let mut session = Session::new(parsed.options.clone());
    let compilation = match session.compile(path) {
        Ok(c) => c,
        Err(e) => return Err(fail(1, &e.to_string())),
    };
    if let Some(text) = &compilation.emitted {
        write_stdout(text);
    }
    eprint!("{}", compilation.render(&session.sources));
    if compilation.has_errors() {
        return Err(ExitCode::from(1));
    }
    Ok((session, compilation))
}

/// Lowers and optimises, printing remarks and requested dumps.
fn optimize(session: &Session, c: &Compilation) -> Result<Optimized, ExitCode> {
    let opt = session.optimize(c).map_err(|e| fail(1, &e.to_string()))?;
    for (pass, ir) in &opt.dumps {
        eprintln!("# IR after {pass}\n{ir}");
    }
    let mut err = std::io::stderr().lock();
    for r in &opt.remarks {
        let _ = writeln!(err, "{}", r.render(&session.sources));
    }
    Ok(opt)
}

fn compile(parsed: Parsed) -> ExitCode {
    if parsed.args.len() != 1 {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    }
    let (session, c) = match frontend(&parsed) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let o = &session.options;
    let wants_ir = o.debug.loopvar > 0 || o.debug.loopvarhash.is_some() || o.debug.dump.is_some() || o.m > 0;
    let listing = matches!(o.emit, Some(Emit::Clif | Emit::Asm));
    if !(wants_ir || listing || o.emit == Some(Emit::Ir)) {
        return ExitCode::SUCCESS;
    }
    let opt = match optimize(&session, &c) {
        Ok(opt) => opt,
        Err(code) => return code,
    };
    let text = match o.emit {
        Some(Emit::Ir) => Ok(opt.ir_text()),
        Some(Emit::Clif) => opt.listing(o, true),
        Some(Emit::Asm) => opt.listing(o, false),
        _ => Ok(String::new()),
    };
    match text {
        Ok(text) => {
            write_stdout(&text);
            ExitCode::SUCCESS
        }
        Err(e) => fail(1, &e.to_string()),
    }
}

fn run(parsed: Parsed) -> ExitCode {
    let (session, c) = match frontend(&parsed) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let opt = match optimize(&session, &c) {
        Ok(opt) => opt,
        Err(code) => return code,
    };
    let args: Vec<&str> = parsed.args.iter().map(String::as_str).collect();
    match opt.run(&session.options, &args) {
        Ok(code) => ExitCode::from(code as u8),
        Err(e) => fail(1, &e.to_string()),
    }
}

fn build(parsed: Parsed) -> ExitCode {
    let (session, c) = match frontend(&parsed) {
        Ok(x) => x,
        Err(code) => return code,
    };
    let opt = match optimize(&session, &c) {
        Ok(opt) => opt,
        Err(code) => return code,
    };
    let o = &session.options;
    let out = o.output.clone().unwrap_or_else(|| {
        let base = std::path::Path::new(&parsed.args[0]).file_stem().map(|s| s.to_string_lossy().into_owned());
        base.unwrap_or_else(|| "a.out".to_string())
    });
    match opt.build(o, std::path::Path::new(&out)) {
        Ok(()) => ExitCode::SUCCESS,
        Err(e) => fail(1, &e.to_string()),
    }
}

fn write_stdout(text: &str) {
    let mut out = std::io::stdout().lock();
    // A closed stdout (e.g. `| head`) is not an error worth a panic.
    let _ = out.write_all(text.as_bytes());
}

/// `loopc vet [-json] [flags] FILE.go`: go vet's loopclosure analysis (loopc_driver::vet).
/// Reports go to stderr as `FILE:LINE:COL: message` (exit status 1 if any); with `-json`,
/// go vet's JSON tree goes to stdout with absolute positions (exit status 0). A program
/// loopc rejects gets its errors and exit status 1.
fn vet(args: &[String]) -> ExitCode {
    let mut json = false;
    let mut rest = args;
    while let Some(flag) =
        rest.first().filter(|a| matches!(a.as_str(), "-json" | "--json" | "-json=true" | "-json=false"))
    {
        json = flag != "-json=false";
        rest = &rest[1..];
    }
    let parsed = match parse_args(rest, FlagSet::Compile) {
        Ok(p) => p,
        Err(e) => {
            eprintln!("{e}");
            eprint!("{USAGE}");
            return ExitCode::from(2);
        }
    };
    let [path] = parsed.args.as_slice() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    // go vet -json prints absolute positions; text mode keeps the path as given.
    let shown = match std::fs::canonicalize(path) {
        Ok(abs) if json => abs.display().to_string(),
        _ => path.clone(),
    };
    let dir = std::path::Path::new(path).parent().filter(|d| !d.as_os_str().is_empty());
    let package = loopc_driver::vet::package_id(dir.unwrap_or(std::path::Path::new(".")));
    let mut session = Session::new(parsed.options);
    let reports = match loopc_driver::vet::vet_file(&mut session, &shown) {
        Ok(loopc_driver::vet::VetOutcome::Analyzed(r)) => r,
        Ok(loopc_driver::vet::VetOutcome::Rejected(errors)) => return fail(1, errors.trim_end()),
        Err(e) => return fail(1, &e.to_string()),
    };
    if json {
        let text = loopc_driver::vet::render_json(&session.sources, &package, &reports);
        // A closed stdout (e.g. `| head`) is not an error worth a panic.
        let _ = std::io::stdout().lock().write_all(text.as_bytes());
    } else {
        eprint!("{}", loopc_driver::vet::render_text(&session.sources, &reports));
    }
    ExitCode::from(loopc_driver::vet::exit_code(&reports, json))
}

fn fail(code: u8, msg: &str) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}
