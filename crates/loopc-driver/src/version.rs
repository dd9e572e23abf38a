//! Go language versions and how a file's version is decided.
//!
//! A file's version decides its loop-variable semantics (go1.22 made them per-iteration) and
//! which language features it may use (range over int: go1.22, range over func: go1.23).
//! As in the go command and types2:
//! 1. the package version is `-lang=goX.Y` if given, else the `go` line of the nearest
//!    `go.mod` above the file, else the newest version loopc supports ([`GoVersion::LATEST`]);
//! 2. a `//go:build` constraint naming go versions sets the file's version to
//!    `max(constraint's minimum version, go1.21)` — a downgrade below go1.22 is allowed, which
//!    is how a single file keeps the old loop semantics.

use std::fmt;
use std::path::Path;

/// A Go language version `goMAJOR.MINOR`.
#[derive(Clone, Copy, Debug, PartialEq, Eq, PartialOrd, Ord, Hash)]
pub struct GoVersion {
    /// Major version (1).
    pub major: u32,
    /// Minor version (e.g. 22).
    pub minor: u32,
}

impl GoVersion {
    /// The version of the reference toolchain, used when nothing else says.
    pub const LATEST: GoVersion = GoVersion::new(1, 27);
    /// The first version with per-iteration loop variables.
    pub const GO1_22: GoVersion = GoVersion::new(1, 22);
    /// The first version with range-over-func.
    pub const GO1_23: GoVersion = GoVersion::new(1, 23);
    /// The floor applied to versions set by `//go:build` lines.
    pub const GO1_21: GoVersion = GoVersion::new(1, 21);

    /// `go{major}.{minor}`.
    pub const fn new(major: u32, minor: u32) -> GoVersion {
        GoVersion { major, minor }
    }

    /// Parses a `-lang` value or build-constraint atom: `go1.21` (a patch part `go1.21.3`
    /// is accepted and dropped).
    pub fn parse_lang(s: &str) -> Option<GoVersion> {
        GoVersion::parse_number(s.strip_prefix("go")?)
    }

    /// Parses a go.mod `go` line's version: `1.21`, `1.21.0`, `1.22rc1`.
    pub fn parse_number(s: &str) -> Option<GoVersion> {
        let mut parts = s.splitn(3, '.');
        let major: u32 = parts.next()?.parse().ok()?;
        let minor_text = parts.next()?;
        let digits_end = minor_text.find(|c: char| !c.is_ascii_digit()).unwrap_or(minor_text.len());
        let (digits, suffix) = minor_text.split_at(digits_end);
        if digits.is_empty() || !(suffix.is_empty() || suffix.starts_with("rc") || suffix.starts_with("beta")) {
            return None;
        }
        if let Some(patch) = parts.next() {
            if patch.is_empty() || !patch.bytes().all(|b| b.is_ascii_digit()) {
                return None;
            }
        }
        Some(GoVersion::new(major, digits.parse().ok()?))
    }

    /// Whether loop variables are per-iteration in this version.
    pub fn has_per_iteration_loopvars(self) -> bool {
        self >= GoVersion::GO1_22
    }
}

impl fmt::Display for GoVersion {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        write!(f, "go{}.{}", self.major, self.minor)
    }
}

/// Where the package version came from (for messages and `-emit` headers).
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum VersionSource {
    /// `-lang=...`.
    Flag,
    /// The `go` line of this go.mod.
    GoMod(String),
    /// Nothing said: [`GoVersion::LATEST`].
    Default,
}

/// Finds the package version for a file in directory `dir`: `-lang`, else the nearest
/// go.mod's go line (in `dir` or above), else the latest version. I/O errors while reading a
/// go.mod count as "no go.mod".
pub fn package_version(lang: Option<GoVersion>, dir: &Path) -> (GoVersion, VersionSource) {
    if let Some(v) = lang {
        return (v, VersionSource::Flag);
    }
    let abs = std::fs::canonicalize(dir).unwrap_or_else(|_| dir.to_path_buf());
    let mut dir = Some(abs.as_path());
    while let Some(d) = dir {
        let gomod = d.join("go.mod");
        if let Ok(text) = std::fs::read_to_string(&gomod) {
            if let Some(v) = gomod_go_version(&text) {
                return (v, VersionSource::GoMod(gomod.display().to_string()));
            }
            // A go.mod without a go line means go1.16 to the go command.
            return (GoVersion::new(1, 16), VersionSource::GoMod(gomod.display().to_string()));
        }
        dir = d.parent();
    }
    (GoVersion::LATEST, VersionSource::Default)
}

/// The version on a go.mod file's `go` directive.
pub fn gomod_go_version(text: &str) -> Option<GoVersion> {
    text.lines().find_map(|line| {
        let line = line.split("//").next().unwrap_or("").trim();
        let rest = line.strip_prefix("go")?;
        if !rest.starts_with([' ', '\t']) {
            return None;
        }
        GoVersion::parse_number(rest.trim())
    })
}

/// The file version given the package version and the file's `//go:build` expression.
pub fn file_version(package: GoVersion, go_build: Option<&str>) -> GoVersion {
    match go_build.and_then(constraint_min_version) {
        Some(v) => v.max(GoVersion::GO1_21),
        None => package,
    }
}

/// The minimum Go version a build constraint implies, as `go/build/constraint.GoVersion`
/// computes it: `&&` takes the larger, `||` the smaller, negations imply nothing.
pub fn constraint_min_version(expr: &str) -> Option<GoVersion> {
    let tokens = tokenize(expr)?;
    let mut p = ConstraintParser { tokens, pos: 0 };
    let v = p.or()?;
    (p.pos == p.tokens.len()).then_some(v).flatten()
}

fn tokenize(s: &str) -> Option<Vec<String>> {
    let mut out = Vec::new();
    let b = s.as_bytes();
    let mut i = 0;
    while i < b.len() {
        match b[i] {
            b' ' | b'\t' => i += 1,
            b'(' | b')' | b'!' => {
                out.push((b[i] as char).to_string());
                i += 1;
            }
            b'&' | b'|' if b.get(i + 1) == Some(&b[i]) => {
                out.push(s[i..i + 2].to_string());
                i += 2;
            }
            c if c.is_ascii_alphanumeric() || c == b'_' || c == b'.' => {
                let start = i;
                while i < b.len() && (b[i].is_ascii_alphanumeric() || b[i] == b'_' || b[i] == b'.') {
                    i += 1;
                }
                out.push(s[start..i].to_string());
            }
            _ => return None,
        }
    }
    Some(out)
}

/// Each production returns `Some(version implied)`; `None` inside means "implies nothing".
struct ConstraintParser {
    tokens: Vec<String>,
    pos: usize,
}

impl ConstraintParser {
    fn peek(&self) -> Option<&str> {
        self.tokens.get(self.pos).map(String::as_str)
    }

    fn or(&mut self) -> Option<Option<GoVersion>> {
        let mut v = self.and()?;
        while self.peek() == Some("||") {
            self.pos += 1;
            let w = self.and()?;
            v = match (v, w) {
                (Some(a), Some(b)) => Some(a.min(b)),
                _ => None,
            };
        }
        Some(v)
    }

    fn and(&mut self) -> Option<Option<GoVersion>> {
        let mut v = self.not()?;
        while self.peek() == Some("&&") {
            self.pos += 1;
            let w = self.not()?;
            v = match (v, w) {
                (Some(a), Some(b)) => Some(a.max(b)),
                (a, b) => a.or(b),
            };
        }
        Some(v)
    }

    fn not(&mut self) -> Option<Option<GoVersion>> {
        if self.peek() == Some("!") {
            self.pos += 1;
            self.not()?;
            return Some(None);
        }
        self.atom()
    }

    fn atom(&mut self) -> Option<Option<GoVersion>> {
        let tok = self.peek()?.to_string();
        self.pos += 1;
        if tok == "(" {
            let v = self.or()?;
            (self.peek() == Some(")")).then_some(())?;
            self.pos += 1;
            return Some(v);
        }
        if tok == ")" || tok == "&&" || tok == "||" {
            return None;
        }
        Some(GoVersion::parse_lang(&tok).filter(|_| is_go_version_tag(&tok)))
    }
}

fn is_go_version_tag(tag: &str) -> bool {
    // Build tags name language versions as `go1.N` only (no patch part).
    tag.strip_prefix("go1.").is_some_and(|n| !n.is_empty() && n.bytes().all(|b| b.is_ascii_digit()))
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn parses_versions() {
        assert_eq!(GoVersion::parse_lang("go1.21"), Some(GoVersion::new(1, 21)));
        assert_eq!(GoVersion::parse_number("1.22.3"), Some(GoVersion::new(1, 22)));
        assert_eq!(GoVersion::parse_number("1.23rc1"), Some(GoVersion::new(1, 23)));
        assert_eq!(GoVersion::parse_lang("1.21"), None);
        assert_eq!(GoVersion::parse_lang("go1.x"), None);
        assert_eq!(gomod_go_version("module x\n\ngo 1.21 // old\n"), Some(GoVersion::new(1, 21)));
        assert_eq!(gomod_go_version("module gopher\n"), None);
    }

    #[test]
    fn build_constraints_set_the_file_version() {
        let v = |s| constraint_min_version(s);
        assert_eq!(v("go1.21"), Some(GoVersion::new(1, 21)));
        assert_eq!(v("linux && go1.22"), Some(GoVersion::new(1, 22)));
        assert_eq!(v("go1.20 || go1.22"), Some(GoVersion::new(1, 20)));
        assert_eq!(v("!go1.22"), None);
        assert_eq!(v("linux"), None);
        let p = GoVersion::new(1, 23);
        assert_eq!(file_version(p, Some("go1.20")), GoVersion::GO1_21);
        assert_eq!(file_version(GoVersion::GO1_21, Some("go1.22")), GoVersion::GO1_22);
        assert_eq!(file_version(p, Some("linux")), p);
        assert_eq!(file_version(p, None), p);
    }
}
