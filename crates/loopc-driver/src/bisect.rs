//! Bisecting the loop-variable change: which loops' per-iteration semantics change what a
//! program does (`loopc bisect`, and `-d=loopvarhash` as `go build` shows it).
//!
//! Three parts:
//!
//! 1. **Positions as gc hashes them** ([`GcPositions`]). Every candidate loop variable has
//!    a change ID, the hash of its declaration's `FILE:LINE:COL` ([`loopc_passes::bisect`]).
//!    gc hashes the name it was given, and `go build`/`go run` give it the absolute path:
//!    the package directory is the working directory as Go's `os.Getwd` reports it (`$PWD`
//!    when that names the current directory, so a path through a symlink stays as typed)
//!    joined with the file name. In the report lines, `go build` then shortens that
//!    directory relative to the working directory when shorter (`./main.go:7:6`). loopc
//!    hashes and shows positions the same way, so `loopc run -d=loopvarhash=PAT FILE.go`
//!    prints the lines `go run -gcflags=-d=loopvarhash=PAT` prints (without go's
//!    `# package` header) and selects the same loops. Only the main file is subject to the
//!    pattern: loopc's std and runtime sources are not gc's, so their loops keep their
//!    usual semantics (as with `-gcflags=-d=...`, which applies to the named package only).
//!
//! 2. **The search** ([`Search`]), the algorithm of `golang.org/x/tools/cmd/bisect` over an
//!    abstract [`Target`]: run with every change disabled (`n`) and enabled (`y`); one of
//!    them fails. Then narrow the failing trial's set of match IDs by extending a binary
//!    suffix one bit at a time (`0s`, `1s`); when neither half fails alone, keep one half
//!    enabled (`+1s`) while narrowing the other, then the reverse. A found set is confirmed
//!    with a verbose run (its report lines), excluded (`-xHEX`) and the search repeats
//!    until the target succeeds. With k culprits among n changes this takes O(k log n)
//!    runs. The target sees only patterns; the search is deterministic given the target.
//!
//! 3. **Targets**: [`JitTarget`] compiles the program with the pattern and runs it JIT in a
//!    forked child (the default mode: a trial fails when stdout, the first stderr line or
//!    the exit status differ from the run with every change disabled, i.e. go1.21
//!    semantics); [`CommandTarget`] runs a user command with
//!    `GOCOMPILEDEBUG=loopvarhash=PATTERN` in its environment (and `PATTERN` replaced in its
//!    arguments) and reads the markers from its combined output, as x/tools' bisect does.

use crate::pipeline::Captured;
use crate::{Compilation, DriverError, Session};
use loopc_passes::bisect::{hash_position, Matcher};
use loopc_passes::{PositionResolver, RemarkKind, SourcePos};
use loopc_span::{FileId, SourceMap, Span};
use std::collections::HashSet;
use std::path::{Component, Path, PathBuf};

// ---------------------------------------------------------------------------------------
// Positions as `go build` hashes and shows them.

/// Go's `os.Getwd`: `$PWD` if it is absolute and names the current directory, else the
/// kernel's answer.
pub fn go_getwd() -> Option<PathBuf> {
    let dot = std::fs::metadata(".").ok();
    if let (Some(pwd), Some(dot)) = (std::env::var_os("PWD"), dot) {
        let pwd = PathBuf::from(pwd);
        if pwd.is_absolute() && same_file(&pwd, &dot) {
            return Some(pwd);
        }
    }
    std::env::current_dir().ok()
}

#[cfg(unix)]
fn same_file(p: &Path, meta: &std::fs::Metadata) -> bool {
    use std::os::unix::fs::MetadataExt;
    std::fs::metadata(p).is_ok_and(|m| m.dev() == meta.dev() && m.ino() == meta.ino())
}

#[cfg(not(unix))]
fn same_file(p: &Path, _meta: &std::fs::Metadata) -> bool {
    std::env::current_dir().is_ok_and(|d| d == p)
}

/// Go's `filepath.Clean` for slash-separated paths: `.` elements and `x/..` pairs removed
/// lexically, `..` above the root dropped, no trailing slash; `.` for an empty result.
pub fn clean_path(path: &str) -> String {
    let rooted = path.starts_with('/');
    let mut parts: Vec<&str> = Vec::new();
    for part in path.split('/') {
        match part {
            "" | "." => {}
            ".." => {
                if parts.last().is_some_and(|p| *p != "..") {
                    parts.pop();
                } else if !rooted {
                    parts.push("..");
                }
            }
            p => parts.push(p),
        }
    }
    let joined = parts.join("/");
    match (rooted, joined.is_empty()) {
        (true, _) => format!("/{joined}"),
        (false, true) => ".".to_string(),
        (false, false) => joined,
    }
}

/// The absolute path gc hashes for `path` given on the command line with working
/// directory `cwd`: `filepath.Join(cwd, path)`, cleaned.
pub fn hashed_path(path: &str, cwd: &Path) -> String {
    if path.starts_with('/') {
        clean_path(path)
    } else {
        clean_path(&format!("{}/{path}", cwd.display()))
    }
}

/// Go's `filepath.Rel(base, target)` for clean absolute paths.
fn rel_path(base: &str, target: &str) -> String {
    let split = |p: &str| -> Vec<String> {
        Path::new(p)
            .components()
            .filter_map(|c| match c {
                Component::Normal(s) => Some(s.to_string_lossy().into_owned()),
                _ => None,
            })
            .collect()
    };
    let (b, t) = (split(base), split(target));
    let common = b.iter().zip(&t).take_while(|(x, y)| x == y).count();
    let mut out: Vec<String> = vec!["..".to_string(); b.len() - common];
    out.extend(t[common..].iter().cloned());
    if out.is_empty() {
        ".".to_string()
    } else {
        out.join("/")
    }
}

/// How `go build` shows an absolute file path in compiler output run from `cwd`: the
/// longest directory prefix whose path relative to `cwd` is shorter than itself is
/// replaced by that relative path (cmd/go's `reportCmd` with `base.ShortPath`), so a file
/// in `cwd` shows as `./main.go`.
pub fn shown_path(abs: &str, cwd: &Path) -> String {
    let cwd = clean_path(&cwd.display().to_string());
    let Some((mut dir, _)) = abs.rsplit_once('/') else { return abs.to_string() };
    loop {
        let d = if dir.is_empty() { "/" } else { dir };
        let rel = rel_path(&cwd, d);
        if rel.len() < d.len() {
            let rest = &abs[dir.len()..];
            return format!("{rel}{rest}");
        }
        match dir.rsplit_once('/') {
            Some((parent, _)) if !dir.is_empty() => dir = parent,
            _ => return abs.to_string(),
        }
    }
}

/// The position resolver the driver gives the passes: the main file resolves to the
/// absolute path gc hashes and is shown as `go build` shows it; other files (loopc's std
/// sources) resolve to nothing, which keeps them out of `-d=loopvarhash`.
#[derive(Clone, Debug)]
pub struct GcPositions {
    map: SourceMap,
    main: FileId,
    hashed: String,
    shown: String,
}

impl GcPositions {
    /// Positions for `main`, a file of `map` named by the path the user gave, with the
    /// working directory `cwd`.
    pub fn new(map: &SourceMap, main: FileId, cwd: &Path) -> GcPositions {
        let hashed = hashed_path(&map.file(main).name, cwd);
        let shown = shown_path(&hashed, cwd);
        GcPositions { map: map.clone(), main, hashed, shown }
    }

    /// Positions with the process's working directory ([`go_getwd`]); without one, the
    /// file names as given.
    pub fn for_process(map: &SourceMap, main: FileId) -> GcPositions {
        match go_getwd() {
            Some(cwd) => GcPositions::new(map, main, &cwd),
            None => {
                let name = map.file(main).name.clone();
                GcPositions { map: map.clone(), main, hashed: name.clone(), shown: name }
            }
        }
    }

    /// The file name hashed.
    pub fn hashed_name(&self) -> &str {
        &self.hashed
    }

    /// The file name shown in report lines.
    pub fn shown_name(&self) -> &str {
        &self.shown
    }
}

impl PositionResolver for GcPositions {
    fn position(&self, span: Span) -> Option<SourcePos> {
        if span.file != self.main {
            return None;
        }
        let lc = self.map.line_col(Span::point(span.file, span.lo));
        Some(SourcePos { file: self.hashed.clone(), line: lc.line, col: lc.col })
    }

    fn shown(&self, span: Span) -> Option<String> {
        let p = self.position(span)?;
        Some(format!("{}:{}:{}", self.shown, p.line, p.col))
    }
}

/// The change ID of a position in the main file as gc computes it.
pub fn change_id(positions: &GcPositions, span: Span) -> Option<u64> {
    positions.position(span).map(|p| hash_position(&p.file, p.line, p.col))
}

// ---------------------------------------------------------------------------------------
// Match markers.

/// Splits a report line at its `[bisect-match ID]` marker (`internal/bisect.CutMarker`):
/// the line without the marker (and without one space next to it), and the ID (`0x` and at
/// most 16 hex digits, or at most 64 binary digits). `None` if the line has no valid marker.
pub fn cut_marker(line: &str) -> Option<(String, u64)> {
    const PREFIX: &str = "[bisect-match ";
    let start = line.find(PREFIX)?;
    let id_start = start + PREFIX.len();
    let close = id_start + line[id_start..].find(']')?;
    let text = &line[id_start..close];
    let id = if let Some(hex) = text.strip_prefix("0x").filter(|h| !h.is_empty()) {
        if hex.len() > 16 {
            return None;
        }
        u64::from_str_radix(hex, 16).ok()?
    } else {
        if text.is_empty() || text.len() > 64 || !text.bytes().all(|b| b == b'0' || b == b'1') {
            return None;
        }
        u64::from_str_radix(text, 2).ok()?
    };
    let (mut cut_lo, mut cut_hi) = (start, close + 1);
    if cut_lo > 0 && line.as_bytes()[cut_lo - 1] == b' ' {
        cut_lo -= 1;
    } else if line.as_bytes().get(cut_hi) == Some(&b' ') {
        cut_hi += 1;
    }
    Some((format!("{}{}", &line[..cut_lo], &line[cut_hi..]), id))
}

/// Every marker in a target's output, in order.
pub fn matches_in(output: &str) -> Vec<Match> {
    output.lines().filter_map(cut_marker).map(|(text, id)| Match { id, text }).collect()
}

// ---------------------------------------------------------------------------------------
// The search.

/// One reported change: its ID and its report line with the marker removed.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Match {
    /// The change ID.
    pub id: u64,
    /// The report line without its marker (empty for non-verbose patterns).
    pub text: String,
}

/// What one run of the target did.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Outcome {
    /// The target succeeded.
    pub success: bool,
    /// The changes it reported, in order.
    pub matches: Vec<Match>,
    /// Its output, for error messages (may be empty).
    pub output: String,
}

/// Something the search runs with change patterns.
pub trait Target {
    /// Runs the target with `pattern` (gc's `-d=loopvarhash` syntax).
    fn run(&mut self, pattern: &str) -> Result<Outcome, DriverError>;

    /// The run as the progress log shows it.
    fn describe(&self, pattern: &str) -> String {
        format!("loopvarhash={pattern}")
    }
}

/// Search limits (x/tools bisect's flags).
#[derive(Clone, Copy, Debug, PartialEq, Eq)]
pub struct SearchOptions {
    /// Stop after this many change sets (0: find them all).
    pub max: usize,
    /// Do not look for sets larger than this (0: no limit).
    pub max_set: usize,
    /// Run every trial this many times and require the same result (at least 1).
    pub count: usize,
}

impl Default for SearchOptions {
    fn default() -> SearchOptions {
        SearchOptions { max: 0, max_set: 0, count: 1 }
    }
}

/// A minimal set of changes whose toggling makes the target fail.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct ChangeSet {
    /// The IDs of the changes (from the confirming run).
    pub ids: Vec<u64>,
    /// Their report lines, markers removed.
    pub lines: Vec<String>,
}

/// The result of a search.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Report {
    /// The failure needs changes *disabled* (the target fails with none enabled).
    pub disable: bool,
    /// The change sets found, in order.
    pub sets: Vec<ChangeSet>,
    /// How many times the target ran.
    pub runs: usize,
}

impl Report {
    /// The change sets as x/tools bisect prints them on stdout.
    pub fn render(&self) -> String {
        let desc =
            if self.disable { "(disabling changes causes failure)" } else { "(enabling changes causes failure)" };
        let mut out = String::new();
        for (i, set) in self.sets.iter().enumerate() {
            out.push_str(&format!("--- change set #{} {desc}\n{}\n---\n", i + 1, set.lines.join("\n")));
        }
        out
    }
}

/// Why a search stopped without a result: x/tools bisect's fatal errors, or the target's.
#[derive(Debug, thiserror::Error)]
pub enum SearchError {
    /// The search cannot go on (message as bisect words it, without `bisect: fatal error: `).
    #[error("bisect: fatal error: {0}")]
    Fatal(String),
    /// Running the target failed.
    #[error(transparent)]
    Target(#[from] DriverError),
}

/// One trial: the outcome restricted to the changes matching its suffix.
#[derive(Clone, Debug)]
struct Trial {
    success: bool,
    suffix: String,
    ids: Vec<u64>,
    lines: Vec<String>,
    command: String,
    output: String,
}

/// A bisect search over a [`Target`] (see the module docs). Progress lines (x/tools
/// bisect's `bisect: ...` log) go to the `log` callback.
pub struct Search<'a, T: Target> {
    target: &'a mut T,
    options: SearchOptions,
    log: &'a mut dyn FnMut(&str),
    disable: bool,
    skip_hex_digits: usize,
    add: Vec<String>,
    skip: Vec<String>,
    runs: usize,
}

impl<'a, T: Target> Search<'a, T> {
    /// A search of `target`.
    pub fn new(target: &'a mut T, options: SearchOptions, log: &'a mut dyn FnMut(&str)) -> Search<'a, T> {
        Search { target, options, log, disable: false, skip_hex_digits: 0, add: Vec::new(), skip: Vec::new(), runs: 0 }
    }

    /// Runs the search to the end.
    pub fn run(mut self) -> Result<Report, SearchError> {
        self.logf("checking target with all changes disabled");
        let run_n = self.trial("n")?;
        self.logf("checking target with all changes enabled");
        let run_y = self.trial("y")?;
        let mut broken = match (run_n.success, run_y.success) {
            (true, false) => {
                self.logf("target succeeds with no changes, fails with all changes");
                self.logf("searching for minimal set of enabled changes causing failure");
                run_y.clone()
            }
            (false, true) => {
                self.logf("target fails with no changes, succeeds with all changes");
                self.logf("searching for minimal set of disabled changes causing failure");
                self.disable = true;
                run_n.clone()
            }
            (true, true) => return Err(fatal("target succeeds with no changes and all changes")),
            (false, false) => return Err(fatal("target fails with no changes and all changes")),
        };
        self.skip_hex_digits = skip_hex_digits(&run_n.ids, &run_y.ids);
        let mut sets = Vec::new();
        loop {
            let Some(bad) = self.find_set(&broken)? else {
                if sets.is_empty() {
                    return Err(fatal(&format!(
                        "cannot find any failing change sets of size ≤ {}",
                        self.options.max_set
                    )));
                }
                break;
            };
            self.logf("confirming failing change set");
            self.add = bad.clone();
            let confirm = self.trial("v")?;
            if confirm.success {
                self.logf("confirmation run succeeded unexpectedly");
            }
            self.add.clear();
            self.logf("FOUND failing change set");
            sets.push(ChangeSet { ids: confirm.ids.clone(), lines: confirm.lines.clone() });
            if self.options.max > 0 && sets.len() >= self.options.max {
                break;
            }
            self.logf("checking for more failures");
            let mut skip = bad;
            skip.append(&mut self.skip);
            self.skip = skip;
            broken = self.trial("")?;
            if broken.success {
                let what = if self.disable { "disabled" } else { "enabled" };
                self.logf(&format!("target succeeds with all remaining changes {what}"));
                break;
            }
            self.logf("target still fails; searching for more bad changes");
        }
        Ok(Report { disable: self.disable, sets, runs: self.runs })
    }

    fn logf(&mut self, msg: &str) {
        (self.log)(&format!("bisect: {msg}"));
    }

    /// Narrows the failing trial `r` (its suffix plus `add`, minus `skip`) to a locally
    /// minimal change set, as suffixes to add; `None` if `max_set` forbids it.
    fn find_set(&mut self, r: &Trial) -> Result<Option<Vec<String>>, SearchError> {
        if r.success {
            return Err(fatal("internal error: unexpected success"));
        }
        match r.ids.as_slice() {
            [] => return Err(fatal(&format!("failure with no reported changes:\n\n$ {}\n{}\n", r.command, r.output))),
            [id] => return Ok(Some(vec![self.hex_suffix(*id)])),
            _ => {}
        }
        if r.suffix.len() >= 64 {
            return Err(fatal("failed to isolate a single change with very long suffix"));
        }
        // Extend the suffix to the longest one every match shares, so that the next bit
        // splits them.
        let suffix = common_suffix(&r.ids);
        if !suffix.ends_with(&r.suffix) {
            return Err(fatal("internal error: invalid common suffix"));
        }
        let r0 = self.trial(&format!("0{suffix}"))?;
        if !r0.success {
            return self.find_set(&r0);
        }
        let r1 = self.trial(&format!("1{suffix}"))?;
        if !r1.success {
            return self.find_set(&r1);
        }
        // Each half succeeds alone: the failure needs changes from both.
        if self.options.max_set > 0 && 2 + self.add.len() > self.options.max_set {
            return Ok(None);
        }
        let saved = self.add.len();
        self.add.push(format!("1{suffix}"));
        let r0 = self.trial(&format!("0{suffix}"))?;
        if r0.success {
            return Err(fatal("target fails inconsistently"));
        }
        let Some(bad0) = self.find_set(&r0)? else { return Ok(None) };
        self.add.truncate(saved);
        self.add.extend(bad0.iter().cloned());
        let r1 = self.trial(&format!("1{suffix}"))?;
        if r1.success {
            return Err(fatal("target fails inconsistently"));
        }
        let Some(bad1) = self.find_set(&r1)? else { return Ok(None) };
        self.add.truncate(saved);
        Ok(Some(bad0.into_iter().chain(bad1).collect()))
    }

    /// The suffix naming one change uniquely: `x` and `skip_hex_digits` hex digits.
    fn hex_suffix(&self, id: u64) -> String {
        let digits = self.skip_hex_digits;
        let masked = if digits >= 16 { id } else { id & ((1u64 << (4 * digits)) - 1) };
        format!("x{masked:0digits$x}")
    }

    /// The pattern of a trial: `y`/`n`, or `+SUFFIX` and `+ADD`… then `-SKIP`…; `!` in
    /// front when searching disabled changes, `v` for the confirming run.
    fn pattern(&self, suffix: &str) -> String {
        let (visible, suffix) = if suffix == "v" { ("v", "") } else { ("", suffix) };
        let mut pattern = if suffix == "y" || suffix == "n" {
            suffix.to_string()
        } else {
            let mut p = String::new();
            if !suffix.is_empty() {
                p.push('+');
                p.push_str(suffix);
            }
            for a in &self.add {
                p.push('+');
                p.push_str(a);
            }
            for s in &self.skip {
                p.push('-');
                p.push_str(s);
            }
            if p.is_empty() {
                p.push('y');
            }
            p
        };
        if self.disable {
            pattern.insert(0, '!');
        }
        format!("{visible}{pattern}")
    }

    /// Runs the target `count` times with the trial's pattern.
    fn trial(&mut self, suffix: &str) -> Result<Trial, SearchError> {
        let pattern = self.pattern(suffix);
        let bits_suffix = if matches!(suffix, "" | "y" | "n" | "v") { "" } else { suffix };
        let (mask, bits) = if bits_suffix.is_empty() {
            (0, 0)
        } else {
            let bits = u64::from_str_radix(bits_suffix, 2).map_err(|_| fatal("internal error: bad suffix"))?;
            let mask = if bits_suffix.len() >= 64 { u64::MAX } else { (1u64 << bits_suffix.len()) - 1 };
            (mask, bits)
        };
        let mut first: Option<Trial> = None;
        for _ in 0..self.options.count.max(1) {
            self.runs += 1;
            let out = self.target.run(&pattern)?;
            let mut trial = Trial {
                success: out.success,
                suffix: bits_suffix.to_string(),
                ids: Vec::new(),
                lines: Vec::new(),
                command: self.target.describe(&pattern),
                output: out.output,
            };
            let mut seen = HashSet::new();
            for m in out.matches.into_iter().filter(|m| m.id & mask == bits) {
                if seen.insert(m.id) {
                    trial.ids.push(m.id);
                }
                trial.lines.push(m.text);
            }
            let verdict = if trial.success { "ok" } else { "FAIL" };
            (self.log)(&format!("bisect: run: {}... {verdict} ({} matches)", trial.command, trial.ids.len()));
            if !trial.success && trial.ids.is_empty() {
                return Err(fatal(&format!("target failed without printing any matches\n{}", trial.output)));
            }
            match &first {
                Some(f) if f.success != trial.success => return Err(fatal("target fails inconsistently")),
                Some(_) => {}
                None => first = Some(trial),
            }
        }
        first.ok_or_else(|| fatal("internal error: no run"))
    }
}

fn fatal(msg: &str) -> SearchError {
    SearchError::Fatal(msg.to_string())
}

/// The number of hex digits that name every change seen in the `n` and `y` runs uniquely,
/// plus one for good measure (at most 16).
fn skip_hex_digits(a: &[u64], b: &[u64]) -> usize {
    let all: HashSet<u64> = a.iter().chain(b).copied().collect();
    let unique = |digits: usize| {
        let mask = if digits >= 16 { u64::MAX } else { (1u64 << (4 * digits)) - 1 };
        all.iter().map(|id| id & mask).collect::<HashSet<_>>().len() == all.len()
    };
    let digits = (0..16).find(|&d| unique(d)).unwrap_or(16);
    if digits < 16 {
        digits + 1
    } else {
        digits
    }
}

/// The longest binary suffix every ID shares.
fn common_suffix(ids: &[u64]) -> String {
    let Some(&first) = ids.first() else { return String::new() };
    let mask = |n: u32| if n >= 64 { u64::MAX } else { (1u64 << n) - 1 };
    let mut n = 64u32;
    for &id in ids {
        while (id ^ first) & mask(n) != 0 {
            n -= 1;
        }
    }
    (0..n).rev().map(|i| if (first >> i) & 1 == 1 { '1' } else { '0' }).collect()
}

// ---------------------------------------------------------------------------------------
// Targets.

/// The observable behaviour the default mode compares: stdout, the first line of stderr
/// (a panic's message) and the exit status.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Behaviour {
    /// Standard output.
    pub stdout: Vec<u8>,
    /// The first line of standard error.
    pub stderr_first_line: Vec<u8>,
    /// The exit status.
    pub code: i32,
}

impl Behaviour {
    /// The behaviour of a captured run.
    pub fn of(c: &Captured) -> Behaviour {
        let first = c.stderr.split(|&b| b == b'\n').next().unwrap_or(&[]).to_vec();
        Behaviour { stdout: c.stdout.clone(), stderr_first_line: first, code: c.code }
    }
}

/// The default target: the program compiled with the pattern and run JIT (in a forked
/// child). The first run is the reference (the search's first pattern is `n`: every loop
/// shared, go1.21 semantics); a run fails when its [`Behaviour`] differs from it.
pub struct JitTarget<'s> {
    session: &'s mut Session,
    compilation: &'s Compilation,
    reference: Option<Behaviour>,
}

impl<'s> JitTarget<'s> {
    /// A target for a compiled (frontend only) program.
    pub fn new(session: &'s mut Session, compilation: &'s Compilation) -> JitTarget<'s> {
        JitTarget { session, compilation, reference: None }
    }

    /// The reference behaviour, once the first run happened.
    pub fn reference(&self) -> Option<&Behaviour> {
        self.reference.as_ref()
    }
}

impl Target for JitTarget<'_> {
    fn run(&mut self, pattern: &str) -> Result<Outcome, DriverError> {
        self.session.options.debug.loopvarhash = Some(pattern.to_string());
        let opt = self.session.optimize(self.compilation)?;
        let matches = hash_matches(&self.session.sources, &opt.remarks);
        let captured = opt.run_captured(&self.session.options)?;
        let behaviour = Behaviour::of(&captured);
        let success = match &self.reference {
            None => {
                self.reference = Some(behaviour);
                true
            }
            Some(r) => *r == behaviour,
        };
        let mut output = String::from_utf8_lossy(&captured.stdout).into_owned();
        output.push_str(&String::from_utf8_lossy(&captured.stderr));
        Ok(Outcome { success, matches, output })
    }
}

/// The bisect matches among a compilation's remarks.
pub fn hash_matches(sources: &SourceMap, remarks: &[loopc_passes::Remark]) -> Vec<Match> {
    remarks
        .iter()
        .filter_map(|r| match &r.kind {
            RemarkKind::LoopVarHash { hash, .. } => Some(Match { id: *hash, text: r.message(sources) }),
            _ => None,
        })
        .collect()
}

/// A user command as the target: run with `GOCOMPILEDEBUG=loopvarhash=PATTERN` in its
/// environment and every `PATTERN` in its arguments replaced; it succeeds when it exits
/// with status 0; its markers are read from its stdout and stderr (one file, in order).
/// A command still running after `timeout` is killed and counts as failed (x/tools
/// bisect's `-timeout`).
pub struct CommandTarget {
    /// The program and its arguments.
    pub argv: Vec<String>,
    /// How long one run may take.
    pub timeout: Option<std::time::Duration>,
}

/// Parses a Go duration (`time.ParseDuration`) made of decimal numbers with units `ns`,
/// `us`, `ms`, `s`, `m` and `h`, such as `1m30s` or `1.5s`.
pub fn parse_duration(text: &str) -> Option<std::time::Duration> {
    let mut rest = text;
    let mut secs = 0f64;
    if rest == "0" {
        return Some(std::time::Duration::ZERO);
    }
    while !rest.is_empty() {
        let num_len = rest.find(|c: char| !(c.is_ascii_digit() || c == '.')).unwrap_or(rest.len());
        let value: f64 = rest[..num_len].parse().ok()?;
        rest = &rest[num_len..];
        let unit_len = rest.find(|c: char| c.is_ascii_digit() || c == '.').unwrap_or(rest.len());
        let scale = match &rest[..unit_len] {
            "ns" => 1e-9,
            "us" | "µs" => 1e-6,
            "ms" => 1e-3,
            "s" => 1.0,
            "m" => 60.0,
            "h" => 3600.0,
            _ => return None,
        };
        secs += value * scale;
        rest = &rest[unit_len..];
    }
    if text.is_empty() || !secs.is_finite() {
        return None;
    }
    Some(std::time::Duration::from_secs_f64(secs))
}

/// Waits for `child`, killing it after `timeout`; `None` if it was killed.
fn wait_with_timeout(
    child: &mut std::process::Child,
    timeout: Option<std::time::Duration>,
) -> std::io::Result<Option<std::process::ExitStatus>> {
    let Some(timeout) = timeout else { return child.wait().map(Some) };
    let deadline = std::time::Instant::now() + timeout;
    loop {
        if let Some(status) = child.try_wait()? {
            return Ok(Some(status));
        }
        if std::time::Instant::now() >= deadline {
            child.kill()?;
            child.wait()?;
            return Ok(None);
        }
        std::thread::sleep(std::time::Duration::from_millis(5));
    }
}

impl Target for CommandTarget {
    fn describe(&self, pattern: &str) -> String {
        let args: Vec<String> = self.argv.iter().map(|a| a.replace("PATTERN", pattern)).collect();
        format!("GOCOMPILEDEBUG=loopvarhash={pattern} {}", args.join(" "))
    }

    fn run(&mut self, pattern: &str) -> Result<Outcome, DriverError> {
        let Some((program, args)) = self.argv.split_first() else {
            return Err(DriverError::Unsupported("bisect: empty command".into()));
        };
        let io = |e: std::io::Error| DriverError::Internal(format!("bisect: running {program}: {e}"));
        let log = std::env::temp_dir().join(format!("loopc-bisect-{}.out", std::process::id()));
        let file = std::fs::File::create(&log).map_err(io)?;
        let status = std::process::Command::new(program)
            .args(args.iter().map(|a| a.replace("PATTERN", pattern)))
            .env("GOCOMPILEDEBUG", format!("loopvarhash={pattern}"))
            .stdin(std::process::Stdio::null())
            .stdout(file.try_clone().map_err(io)?)
            .stderr(file)
            .spawn()
            .and_then(|mut child| wait_with_timeout(&mut child, self.timeout));
        let output = std::fs::read(&log).map(|b| String::from_utf8_lossy(&b).into_owned());
        let _ = std::fs::remove_file(&log);
        let status = status.map_err(io)?;
        let output = output.map_err(io)?;
        let success = status.is_some_and(|s| s.success());
        Ok(Outcome { success, matches: matches_in(&output), output })
    }
}

/// Checks a pattern as gc does when it reads `-d=loopvarhash` (gc: `loopvarhash: invalid
/// pattern syntax: v2`).
pub fn validate_pattern(pattern: &str) -> Result<(), String> {
    let (_, pattern) = loopc_passes::bisect::split_inline_prefix(pattern);
    if pattern.is_empty() {
        return Ok(());
    }
    Matcher::new(pattern).map(|_| ()).map_err(|e| format!("loopvarhash: {e}"))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn paths_as_go_build_sees_them() {
        assert_eq!(clean_path("/a/./b//c/../d/"), "/a/b/d");
        assert_eq!(clean_path("/../a"), "/a");
        assert_eq!(clean_path("a/../.."), "..");
        assert_eq!(hashed_path("main.go", Path::new("/tmp/bis1")), "/tmp/bis1/main.go");
        assert_eq!(hashed_path("../x/./m.go", Path::new("/tmp/bis1")), "/tmp/x/m.go");
        assert_eq!(shown_path("/tmp/bis1/main.go", Path::new("/tmp/bis1")), "./main.go");
        assert_eq!(shown_path("/tmp/bis1/main.go", Path::new("/tmp")), "bis1/main.go");
        assert_eq!(shown_path("/tmp/bis1/main.go", Path::new("/tmp/other")), "../bis1/main.go");
        assert_eq!(shown_path("/x/m.go", Path::new("/a/b/c/d/e")), "/x/m.go");
        assert_eq!(shown_path("/tmp/bis1/main.go", Path::new("/")), "tmp/bis1/main.go");
    }

    #[test]
    fn hashes_the_absolute_path_as_typed() {
        // Recorded with go 1.27.3 (`go build -gcflags=-d=loopvarhash=vy`, file at
        // /tmp/bis1/main.go, loop variable at 7:6): from /tmp/bis1 the marker is
        // 0xa711e58906d6de48; from the symlink /tmp/bis1link (PWD=/tmp/bis1link) it is
        // 0xd4ac975266ce617c, and with PWD unset again 0xa711e58906d6de48. Both showed
        // `./main.go:7:6`.
        assert_eq!(hash_position("/tmp/bis1/main.go", 7, 6), 0xa711e58906d6de48);
        assert_eq!(hash_position("/tmp/bis1link/main.go", 7, 6), 0xd4ac975266ce617c);
        let mut map = SourceMap::new();
        let f = map.add("main.go", "package main\n\n\n\n\nfunc main() {\n\tfor i := 0; i < 3; i++ {\n");
        let pos = GcPositions::new(&map, f, Path::new("/tmp/bis1"));
        let at = Span::point(f, map.file(f).src.find("i :=").unwrap_or(0) as u32);
        assert_eq!(change_id(&pos, at), Some(0xa711e58906d6de48));
        assert_eq!(pos.shown(at).as_deref(), Some("./main.go:7:6"));
        let other = map.add("$GOROOT/src/fmt/print.go", "package fmt\n");
        assert_eq!(pos.position(Span::point(other, 0)), None);
    }

    #[test]
    fn markers() {
        let line = "./main.go:7:6: loop variable i now per-iteration [bisect-match 0xa711e58906d6de48]";
        assert_eq!(
            cut_marker(line),
            Some(("./main.go:7:6: loop variable i now per-iteration".to_string(), 0xa711e58906d6de48))
        );
        assert_eq!(cut_marker(" [bisect-match 0x0f]"), Some((String::new(), 15)));
        assert_eq!(cut_marker("[bisect-match 101] x"), Some(("x".to_string(), 5)));
        assert_eq!(cut_marker("loopvarhash triggered  0101"), None);
        assert_eq!(cut_marker("[bisect-match 0x12345678901234567]"), None);
        assert_eq!(cut_marker("[bisect-match 0x1"), None);
    }

    #[test]
    fn durations_and_timeouts() {
        assert_eq!(parse_duration("1m30s"), Some(std::time::Duration::from_secs(90)));
        assert_eq!(parse_duration("1.5s"), Some(std::time::Duration::from_millis(1500)));
        assert_eq!(parse_duration("250ms"), Some(std::time::Duration::from_millis(250)));
        assert_eq!(parse_duration("0"), Some(std::time::Duration::ZERO));
        for bad in ["", "5", "s", "3x", "1..2s"] {
            assert_eq!(parse_duration(bad), None, "{bad}");
        }
        let argv = ["sh", "-c", "echo 'x [bisect-match 0x5]'; sleep 5"].map(String::from).to_vec();
        let mut target = CommandTarget { argv, timeout: Some(std::time::Duration::from_millis(200)) };
        let start = std::time::Instant::now();
        let out = target.run("y").expect("runs");
        assert!(start.elapsed() < std::time::Duration::from_secs(4));
        assert!(!out.success);
        assert_eq!(out.matches, vec![Match { id: 5, text: "x".into() }]);
        let argv = ["sh", "-c", "echo \"$GOCOMPILEDEBUG\" PATTERN"].map(String::from).to_vec();
        let out = CommandTarget { argv, timeout: None }.run("v01").expect("runs");
        assert!(out.success);
        assert_eq!(out.output, "loopvarhash=v01 v01\n");
    }

    #[test]
    fn suffixes() {
        assert_eq!(common_suffix(&[0b1011, 0b0011]), "011");
        assert_eq!(common_suffix(&[5]).len(), 64);
        assert_eq!(common_suffix(&[0b10, 0b11]), "");
        assert_eq!(skip_hex_digits(&[0x12, 0x22], &[]), 3);
        assert_eq!(skip_hex_digits(&[0x1], &[0x1]), 1);
    }

    /// A deterministic fake: `n` changes with IDs from a mixing function; the target fails
    /// when every change of some culprit group is toggled.
    struct Fake {
        ids: Vec<u64>,
        groups: Vec<Vec<u64>>,
        runs: usize,
    }

    impl Fake {
        fn new(n: usize, culprits: &[&[usize]]) -> Fake {
            let ids: Vec<u64> =
                (0..n as u64).map(|i| (i + 1).wrapping_mul(0x9e37_79b9_7f4a_7c15).rotate_left(17)).collect();
            let groups = culprits.iter().map(|g| g.iter().map(|&i| ids[i]).collect()).collect();
            Fake { ids, groups, runs: 0 }
        }
    }

    impl Target for Fake {
        fn run(&mut self, pattern: &str) -> Result<Outcome, DriverError> {
            self.runs += 1;
            let m = Matcher::new(pattern).map_err(|e| DriverError::Unsupported(e.to_string()))?;
            let enabled: HashSet<u64> = self.ids.iter().copied().filter(|&id| m.should_enable(id)).collect();
            let success = !self.groups.iter().any(|g| g.iter().all(|id| enabled.contains(id)));
            let matches = self
                .ids
                .iter()
                .filter(|&&id| m.should_print(id))
                .map(|&id| Match { id, text: if m.is_verbose() { format!("change {id:#x}") } else { String::new() } })
                .collect();
            Ok(Outcome { success, matches, output: String::new() })
        }
    }

    fn search(fake: &mut Fake) -> Report {
        let mut log = Vec::new();
        let mut sink = |s: &str| log.push(s.to_string());
        match Search::new(fake, SearchOptions::default(), &mut sink).run() {
            Ok(r) => r,
            Err(e) => panic!("search failed: {e}\n{}", log.join("\n")),
        }
    }

    #[test]
    fn finds_one_culprit() {
        let mut fake = Fake::new(40, &[&[23]]);
        let report = search(&mut fake);
        assert_eq!(report.sets.len(), 1);
        assert_eq!(report.sets[0].ids, vec![fake.ids[23]]);
        assert_eq!(report.sets[0].lines, vec![format!("change {:#x}", fake.ids[23])]);
        assert_eq!(report.runs, fake.runs);
        // n, y, about log2(40) halvings, confirm, final check.
        assert!(report.runs <= 4 + 2 * 6, "{} runs", report.runs);
        assert!(report.render().starts_with("--- change set #1 (enabling changes causes failure)\nchange 0x"));
    }

    #[test]
    fn finds_independent_culprits_and_pairs() {
        let mut fake = Fake::new(64, &[&[5], &[40]]);
        let report = search(&mut fake);
        let mut found: Vec<Vec<u64>> = report.sets.iter().map(|s| s.ids.clone()).collect();
        found.sort();
        let mut want = vec![vec![fake.ids[5]], vec![fake.ids[40]]];
        want.sort();
        assert_eq!(found, want);
        assert!(report.runs <= 4 + 2 * 2 * 7, "{} runs", report.runs);

        // A failure that needs two changes together is one set of two.
        let mut fake = Fake::new(64, &[&[3, 50]]);
        let report = search(&mut fake);
        assert_eq!(report.sets.len(), 1);
        let mut ids = report.sets[0].ids.clone();
        ids.sort();
        let mut want = vec![fake.ids[3], fake.ids[50]];
        want.sort();
        assert_eq!(ids, want);
    }

    #[test]
    fn searches_disabled_changes_when_the_old_semantics_fail() {
        // Fails unless change 7 is enabled: the `n` run fails, `y` succeeds.
        struct Needs7(Fake);
        impl Target for Needs7 {
            fn run(&mut self, pattern: &str) -> Result<Outcome, DriverError> {
                let mut out = self.0.run(pattern)?;
                let m = Matcher::new(pattern).map_err(|e| DriverError::Unsupported(e.to_string()))?;
                out.success = m.should_enable(self.0.ids[7]);
                Ok(out)
            }
        }
        let mut t = Needs7(Fake::new(20, &[]));
        let mut sink = |_: &str| {};
        let report = Search::new(&mut t, SearchOptions::default(), &mut sink).run().expect("search");
        assert!(report.disable);
        assert_eq!(report.sets.len(), 1);
        assert_eq!(report.sets[0].ids, vec![t.0.ids[7]]);
        assert!(report.render().contains("(disabling changes causes failure)"));
    }

    #[test]
    fn reports_targets_that_never_fail() {
        let mut fake = Fake::new(10, &[]);
        let mut sink = |_: &str| {};
        let err = Search::new(&mut fake, SearchOptions::default(), &mut sink).run().err();
        assert_eq!(
            err.map(|e| e.to_string()),
            Some("bisect: fatal error: target succeeds with no changes and all changes".to_string())
        );
    }
}
