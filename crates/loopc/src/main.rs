//! The `loopc` command: argument handling only; all work happens in `loopc-driver`.
//!
//! ```text
//! loopc [-d=loopvar=N] [-lang=goX.Y] [-m] [-e] [-l] [-emit=ast|ir|clif|asm] FILE.go
//! loopc run [flags] [-target T] FILE.go [args...]
//! loopc build [flags] [-target T] [-o OUT] FILE.go
//! loopc bench | vet | bisect ...
//! ```
//! Exit codes follow Go's tools: 0 success, 1 compile errors, 2 usage errors.

use loopc_driver::options::{parse_args, FlagSet, Parsed};
use loopc_driver::Session;
use std::io::Write;
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopc [flags] file.go            compile and report, like `go tool compile`
       loopc run [flags] file.go [args] compile and run (JIT)
       loopc build [flags] [-o out] file.go
                                        compile to a native executable
       loopc vet file.go                report loop variables captured by func literals
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
        Some(cmd @ ("vet" | "bench" | "bisect")) => {
            return fail(2, &format!("loopc {cmd}: not implemented yet"));
        }
        _ => ("compile", &args[..], FlagSet::Compile),
    };
    let parsed = match parse_args(rest, set) {
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
        other => fail(2, &format!("loopc {other}: the backend is not implemented yet")),
    }
}

fn compile(parsed: Parsed) -> ExitCode {
    let [path] = parsed.args.as_slice() else {
        eprint!("{USAGE}");
        return ExitCode::from(2);
    };
    let mut session = Session::new(parsed.options);
    let compilation = match session.compile(path) {
        Ok(c) => c,
        Err(e) => return fail(1, &e.to_string()),
    };
    if let Some(text) = &compilation.emitted {
        let mut out = std::io::stdout().lock();
        // A closed stdout (e.g. `| head`) is not an error worth a panic.
        let _ = out.write_all(text.as_bytes());
    }
    eprint!("{}", compilation.render(&session.sources));
    if compilation.has_errors() {
        ExitCode::from(1)
    } else {
        ExitCode::SUCCESS
    }
}

fn fail(code: u8, msg: &str) -> ExitCode {
    eprintln!("{msg}");
    ExitCode::from(code)
}
