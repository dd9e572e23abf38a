//! `loopc bisect [-max=M] [-maxset=S] [-count=N] [-timeout=D] [flags] FILE.go [-- CHECK...]`:
//! finds the loops whose per-iteration semantics change what the program does
//! ([`loopc_driver::bisect`] has the search and the targets).
//!
//! Without CHECK, every trial compiles FILE.go with a `-d=loopvarhash` pattern and runs it
//! (JIT); a trial fails when its stdout, first stderr line or exit status differ from the
//! run with every loop shared (go1.21 semantics). With CHECK, every trial runs that command
//! with `GOCOMPILEDEBUG=loopvarhash=PATTERN` (and `PATTERN` in its arguments replaced); its
//! exit status decides, its output carries the match markers (`loopc run FILE.go` prints
//! them); `-timeout` kills a command that runs too long (a failed trial; JIT runs have no
//! timeout). Output as `golang.org/x/tools/cmd/bisect`: progress on stderr, the change sets on
//! stdout, then `bisect: N runs` on stderr. Exit status 0 when a change set was found, 1
//! when not, 2 for usage errors.

use loopc_driver::bisect::{
    parse_duration, CommandTarget, JitTarget, Report, Search, SearchError, SearchOptions, Target,
};
use loopc_driver::options::{parse_args, FlagSet};
use loopc_driver::Session;
use std::process::ExitCode;

const USAGE: &str = "\
usage: loopc bisect [-max=M] [-maxset=S] [-count=N] [-timeout=D] [flags] file.go [-- check-command...]
  -max=M      stop after M change sets (default: find all)
  -maxset=S   do not look for change sets larger than S loops
  -count=N    run every trial N times and require the same result (default 1)
  -timeout=D  kill a check command running longer than D (1m, 30s) and count it as failed
  flags       as for loopc run (-lang, -O, ...)
Without a check command, a trial fails when the program's stdout, first stderr line or exit
status differ from its run with go1.21 (shared) loop variables. With one, the command runs
with GOCOMPILEDEBUG=loopvarhash=PATTERN and fails when it exits with a non-zero status.
";

/// Runs the subcommand (`args` after `bisect`).
pub fn command(args: &[String]) -> ExitCode {
    let mut search = SearchOptions::default();
    let mut timeout = None;
    let mut rest = args;
    while let Some((arg, tail)) = rest.split_first() {
        let Some((name, value)) = arg.trim_start_matches('-').split_once('=').filter(|_| arg.starts_with('-')) else {
            break;
        };
        let slot = match name {
            "max" => &mut search.max,
            "maxset" => &mut search.max_set,
            "count" => &mut search.count,
            "timeout" => match parse_duration(value) {
                Some(d) => {
                    timeout = Some(d).filter(|d| !d.is_zero());
                    rest = tail;
                    continue;
                }
                None => return usage(&format!("invalid value {value:?} for flag -timeout: invalid duration")),
            },
            _ => break,
        };
        match value.parse() {
            Ok(v) => *slot = v,
            Err(_) => return usage(&format!("invalid value {value:?} for flag -{name}: parse error")),
        }
        rest = tail;
    }
    let parsed = match parse_args(rest, FlagSet::Run) {
        Ok(p) => p,
        Err(e) => return usage(&e.to_string()),
    };
    if parsed.help {
        eprint!("{USAGE}");
        return ExitCode::SUCCESS;
    }
    let (file, check) = match parsed.args.split_first() {
        Some((file, tail)) => match tail.split_first() {
            None => (file, None),
            Some((dash, cmd)) if dash == "--" && !cmd.is_empty() => (file, Some(cmd.to_vec())),
            _ => return usage("expected -- and a check command after the file"),
        },
        None => return usage("no file"),
    };
    let mut options = parsed.options;
    // The search chooses the patterns; a GOCOMPILEDEBUG or -d setting would fight it.
    options.debug.loopvarhash = None;
    let mut session = Session::new(options);
    let compilation = match session.compile(file) {
        Ok(c) => c,
        Err(e) => return fail(&e.to_string()),
    };
    eprint!("{}", compilation.render(&session.sources));
    if compilation.has_errors() {
        return ExitCode::from(1);
    }
    let result = match check {
        Some(argv) => search_with(&mut CommandTarget { argv, timeout }, search),
        None if timeout.is_some() => return usage("-timeout applies to check commands only"),
        None => search_with(&mut JitTarget::new(&mut session, &compilation), search),
    };
    match result {
        Ok(report) => {
            print!("{}", report.render());
            eprintln!("bisect: {} runs", report.runs);
            ExitCode::from(u8::from(report.sets.is_empty()))
        }
        Err(e) => fail(&e.to_string()),
    }
}

fn search_with<T: Target>(target: &mut T, options: SearchOptions) -> Result<Report, SearchError> {
    let mut log = |line: &str| eprintln!("{line}");
    Search::new(target, options, &mut log).run()
}

fn usage(msg: &str) -> ExitCode {
    eprintln!("loopc bisect: {msg}");
    eprint!("{USAGE}");
    ExitCode::from(2)
}

fn fail(msg: &str) -> ExitCode {
    eprintln!("{}", msg.trim_end());
    ExitCode::from(1)
}
