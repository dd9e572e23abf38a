//! Command-line options, parsed the way Go's `flag` package parses them.
//!
//! Go tools accept `-name`, `--name`, `-name=value` and `-name value` (the last one only for
//! non-boolean flags); flag parsing stops at the first argument that is not a flag or at `--`.
//! Counting flags (`-m`, `-l`) may be repeated or given a value (`-m=2`). `-d` takes gc's
//! comma-separated debug settings (`-d=loopvar=2,loopvarhash=vy`).

use crate::version::GoVersion;
use std::fmt;

/// What `-emit=` asks the compiler to print instead of (or besides) compiling.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum Emit {
    /// The parsed syntax tree.
    Ast,
    /// loopc IR after the pass pipeline.
    Ir,
    /// Cranelift IR.
    Clif,
    /// Machine code disassembly.
    Asm,
}

/// gc's `-d` debug settings that loopc understands.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct DebugFlags {
    /// `-d=loopvar=N`: see SEMANTICS.md §2.1.
    pub loopvar: u32,
    /// `-d=loopvarhash=PATTERN`: bisect selection of per-iteration loops.
    pub loopvarhash: Option<String>,
    /// `-d=verify`: run the IR verifier after every pass, even in release builds.
    pub verify: bool,
    /// `-d=dump=PASS`: print the IR after the named pass (`all` for every pass).
    pub dump: Option<String>,
}

/// Everything the command line says about one compilation.
#[derive(Clone, Debug, Default, PartialEq, Eq)]
pub struct Options {
    /// `-d=...` settings.
    pub debug: DebugFlags,
    /// `-lang=goX.Y`: the language version, overriding go.mod.
    pub lang: Option<GoVersion>,
    /// `-m`, counted: print escape-analysis decisions.
    pub m: u32,
    /// `-l`, counted: disable inlining.
    pub no_inline: u32,
    /// `-e`: no limit on the number of errors reported.
    pub all_errors: bool,
    /// `-emit=...`.
    pub emit: Option<Emit>,
    /// `-target=TRIPLE` (run and build).
    pub target: Option<String>,
    /// `-o=FILE` (build).
    pub output: Option<String>,
    /// `-O=none|speed|speed_and_size`: Cranelift's optimisation level.
    pub opt_level: Option<String>,
}

/// A command-line mistake, reported as Go's flag package reports it.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct FlagError(pub String);

impl fmt::Display for FlagError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for FlagError {}

/// Which flags a subcommand accepts.
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub enum FlagSet {
    /// `loopc [flags] FILE.go`: compile and report.
    Compile,
    /// `loopc run`.
    Run,
    /// `loopc build`.
    Build,
}

/// The result of parsing: options plus the remaining positional arguments.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Parsed {
    /// The options.
    pub options: Options,
    /// Positional arguments (the file, then the program's own arguments for `run`).
    pub args: Vec<String>,
    /// `-h`, `-help` or `--help` was given.
    pub help: bool,
}

const BOOL_OR_COUNT: &[&str] = &["m", "l", "e", "h", "help"];

/// Parses `args` (without the program name and subcommand) for a subcommand's flag set.
pub fn parse_args(args: &[String], set: FlagSet) -> Result<Parsed, FlagError> {
    let mut options = Options::default();
    let mut help = false;
    let mut i = 0;
    while i < args.len() {
        let arg = &args[i];
        if arg == "--" {
            i += 1;
            break;
        }
        let Some(body) = arg.strip_prefix("--").or_else(|| arg.strip_prefix('-')) else { break };
        if body.is_empty() || body.starts_with('-') {
            return Err(FlagError(format!("bad flag syntax: {arg}")));
        }
        let (name, inline_value) = match body.split_once('=') {
            Some((n, v)) => (n, Some(v.to_string())),
            None => (body, None),
        };
        let value = if inline_value.is_some() || BOOL_OR_COUNT.contains(&name) {
            inline_value
        } else {
            i += 1;
            match args.get(i) {
                Some(v) => Some(v.clone()),
                None => return Err(FlagError(format!("flag needs an argument: -{name}"))),
            }
        };
        apply(&mut options, &mut help, name, value, set)?;
        i += 1;
    }
    Ok(Parsed { options, args: args[i..].to_vec(), help })
}

fn apply(o: &mut Options, help: &mut bool, name: &str, value: Option<String>, set: FlagSet) -> Result<(), FlagError> {
    let need = |v: Option<String>| v.ok_or_else(|| FlagError(format!("flag needs an argument: -{name}")));
    match (name, set) {
        ("h" | "help", _) => *help = true,
        ("d", _) => parse_debug(&mut o.debug, &need(value)?)?,
        ("lang", _) => {
            let v = need(value)?;
            o.lang = Some(
                GoVersion::parse_lang(&v)
                    .ok_or_else(|| FlagError(format!("invalid value {v:?} for flag -lang: invalid Go version")))?,
            );
        }
        ("m", _) => o.m = count(o.m, name, value)?,
        ("l", _) => o.no_inline = count(o.no_inline, name, value)?,
        ("e", _) => o.all_errors = count(u32::from(o.all_errors), name, value)? > 0,
        ("emit", _) => {
            let v = need(value)?;
            o.emit = Some(match v.as_str() {
                "ast" => Emit::Ast,
                "ir" => Emit::Ir,
                "clif" => Emit::Clif,
                "asm" => Emit::Asm,
                _ => return Err(FlagError(format!("invalid value {v:?} for flag -emit: want ast, ir, clif or asm"))),
            });
        }
        ("O", _) => {
            let v = need(value)?;
            if !matches!(v.as_str(), "none" | "speed" | "speed_and_size") {
                return Err(FlagError(format!("invalid value {v:?} for flag -O: want none, speed or speed_and_size")));
            }
            o.opt_level = Some(v);
        }
        ("target", FlagSet::Run | FlagSet::Build | FlagSet::Compile) => o.target = Some(need(value)?),
        ("o", FlagSet::Build) => o.output = Some(need(value)?),
        _ => return Err(FlagError(format!("flag provided but not defined: -{name}"))),
    }
    Ok(())
}

fn count(current: u32, name: &str, value: Option<String>) -> Result<u32, FlagError> {
    match value {
        None => Ok(current + 1),
        Some(v) => match v.as_str() {
            "true" => Ok(current + 1),
            "false" => Ok(0),
            _ => v.parse().map_err(|_| FlagError(format!("invalid value {v:?} for flag -{name}: parse error"))),
        },
    }
}

/// Parses gc's `-d` syntax: `name[=value]` settings separated by commas.
pub fn parse_debug(d: &mut DebugFlags, spec: &str) -> Result<(), FlagError> {
    for item in spec.split(',').filter(|s| !s.is_empty()) {
        let (name, value) = match item.split_once('=') {
            Some((n, v)) => (n, Some(v)),
            None => (item, None),
        };
        let int = |v: Option<&str>| -> Result<u32, FlagError> {
            match v {
                None => Ok(1),
                Some(v) => v.parse().map_err(|_| FlagError(format!("invalid debug value {v:?} for {name}"))),
            }
        };
        match name {
            "loopvar" => d.loopvar = int(value)?,
            "loopvarhash" => {
                let pattern = value.unwrap_or("");
                crate::bisect::validate_pattern(pattern).map_err(FlagError)?;
                d.loopvarhash = Some(pattern.to_string())
            }
            "verify" => d.verify = int(value)? != 0,
            "dump" => {
                d.dump = Some(value.ok_or_else(|| FlagError("-d=dump needs a pass name".to_string()))?.to_string())
            }
            _ => return Err(FlagError(format!("unknown debug key {name}"))),
        }
    }
    Ok(())
}

/// Applies `GOCOMPILEDEBUG` (the environment variable's value, if set) as gc does: its
/// `-d` settings override the command line's, the others stay (`bisect -compile=loopvar`
/// drives the compiler this way).
pub fn with_compile_debug_env(mut parsed: Parsed, gocompiledebug: Option<&str>) -> Result<Parsed, FlagError> {
    if let Some(spec) = gocompiledebug.filter(|s| !s.is_empty()) {
        parse_debug(&mut parsed.options.debug, spec).map_err(|e| FlagError(format!("GOCOMPILEDEBUG: {e}")))?;
    }
    Ok(parsed)
}

#[cfg(test)]
mod tests {
    use super::*;

    fn strings(a: &[&str]) -> Vec<String> {
        a.iter().map(|s| s.to_string()).collect()
    }

    #[test]
    fn go_flag_forms() -> Result<(), FlagError> {
        let p =
            parse_args(&strings(&["-d=loopvar=2", "--lang", "go1.21", "-m", "-m", "x.go", "-m"]), FlagSet::Compile)?;
        assert_eq!(p.options.debug.loopvar, 2);
        assert_eq!(p.options.lang, GoVersion::parse_lang("go1.21"));
        assert_eq!(p.options.m, 2);
        assert_eq!(p.args, strings(&["x.go", "-m"]));
        let p = parse_args(&strings(&["-m=3", "-d", "loopvarhash=vy,verify", "--", "-x.go"]), FlagSet::Compile)?;
        assert_eq!(p.options.m, 3);
        assert_eq!(p.options.debug.loopvarhash.as_deref(), Some("vy"));
        assert!(p.options.debug.verify);
        assert_eq!(p.args, strings(&["-x.go"]));
        Ok(())
    }

    #[test]
    fn gocompiledebug_overrides_d() -> Result<(), FlagError> {
        let p = parse_args(&strings(&["-d=loopvar=2,loopvarhash=vn", "x.go"]), FlagSet::Run)?;
        let p = with_compile_debug_env(p, Some("loopvarhash=v01"))?;
        assert_eq!(p.options.debug.loopvarhash.as_deref(), Some("v01"));
        assert_eq!(p.options.debug.loopvar, 2);
        let p = with_compile_debug_env(p, None)?;
        assert_eq!(p.options.debug.loopvarhash.as_deref(), Some("v01"));
        let e = parse_args(&strings(&["x.go"]), FlagSet::Run)
            .and_then(|p| with_compile_debug_env(p, Some("loopvarhash=v2")));
        assert_eq!(e, Err(FlagError("GOCOMPILEDEBUG: loopvarhash: invalid pattern syntax: v2".into())));
        Ok(())
    }

    #[test]
    fn mistakes_are_reported() {
        let e = parse_args(&strings(&["-nope", "x.go"]), FlagSet::Compile);
        assert_eq!(e, Err(FlagError("flag provided but not defined: -nope".into())));
        let e = parse_args(&strings(&["-o", "out", "x.go"]), FlagSet::Compile);
        assert_eq!(e, Err(FlagError("flag provided but not defined: -o".into())));
        assert!(parse_args(&strings(&["-lang=go1"]), FlagSet::Compile).is_err());
        assert!(parse_args(&strings(&["-d=loopvar=x"]), FlagSet::Compile).is_err());
        assert!(parse_args(&strings(&["-emit"]), FlagSet::Compile).is_err());
    }
}
