//! gc's change-selection hashes and bisect patterns (`-d=loopvarhash=PATTERN`), after
//! `cmd/compile/internal/base/hashdebug.go` and `internal/bisect/bisect.go`.
//!
//! Each candidate loop variable has a change ID: the FNV-1a hash ([`hash_position`]) of its
//! file name, line and column. A [`Matcher`] parsed from the pattern decides whether the
//! change is enabled and whether it is reported. Pattern syntax (bisect.go):
//!
//! - optional leading `q` (quiet: report nothing), any number of `v` (verbose: reports
//!   carry the description; cancels `q`), any number of `!` (each flips enable/disable);
//! - `y` (every ID), `n` (alias for `!y`), or a list of suffixes joined by `+` and `-`:
//!   each is binary (`0101`) or, with a leading `x`, hexadecimal; an ID matches a suffix
//!   when its low bits equal it; later terms win; a leading `-` starts from "all".
//!
//! Patterns containing `/` (the old gossahash form) are not supported; [`Matcher::new`]
//! rejects them like any other invalid pattern.

use std::fmt;

const OFFSET64: u64 = 14_695_981_039_346_656_037;
const PRIME64: u64 = 1_099_511_628_211;

fn fnv_bytes(mut h: u64, bytes: &[u8]) -> u64 {
    for &b in bytes {
        h ^= u64::from(b);
        h = h.wrapping_mul(PRIME64);
    }
    h
}

fn fnv_u64(h: u64, x: u64) -> u64 {
    fnv_bytes(h, &x.to_le_bytes())
}

/// The change ID of a source position: `bisect.Hash(file, line, col)`, where `line` and
/// `col` are Go `uint`s (hashed as 8 little-endian bytes).
pub fn hash_position(file: &str, line: u32, col: u32) -> u64 {
    let h = fnv_bytes(OFFSET64, file.as_bytes());
    fnv_u64(fnv_u64(h, u64::from(line)), u64::from(col))
}

/// The change ID of a position with its whole inline stack, outermost call site first
/// (pattern prefix `IL`): `h = bisect.Hash()`, then `h = bisect.Hash(h, file, line, col)`
/// for each position.
pub fn hash_inline_stack(stack: &[(&str, u32, u32)]) -> u64 {
    stack.iter().fold(OFFSET64, |h, &(file, line, col)| {
        let h = fnv_bytes(fnv_u64(OFFSET64, h), file.as_bytes());
        fnv_u64(fnv_u64(h, u64::from(line)), u64::from(col))
    })
}

/// Splits gc's `IL` prefix off a `-d=loopvarhash` pattern (base/flag.go): with it, IDs
/// hash the whole inline stack ([`hash_inline_stack`]) instead of the innermost position.
pub fn split_inline_prefix(pattern: &str) -> (bool, &str) {
    match pattern.strip_prefix("IL") {
        Some(rest) => (true, rest),
        None => (false, pattern),
    }
}

/// The `[bisect-match 0x…]` marker of an ID.
pub fn marker(id: u64) -> String {
    format!("[bisect-match {id:#018x}]")
}

/// gc's legacy gossahash rendering: the ID in binary without leading zeros, at most the
/// last 24 digits.
pub fn hash_bits(id: u64) -> String {
    let s = format!("{id:b}");
    s[s.len().saturating_sub(24)..].to_string()
}

/// A pattern [`Matcher::new`] rejects.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct PatternError(pub String);

impl fmt::Display for PatternError {
    fn fmt(&self, f: &mut fmt::Formatter<'_>) -> fmt::Result {
        f.write_str(&self.0)
    }
}

impl std::error::Error for PatternError {}

#[derive(Clone, Copy, Debug, PartialEq, Eq)]
struct Cond {
    mask: u64,
    bits: u64,
    result: bool,
}

/// A parsed bisect pattern.
#[derive(Clone, Debug, PartialEq, Eq)]
pub struct Matcher {
    verbose: bool,
    quiet: bool,
    enable: bool,
    list: Vec<Cond>,
}

impl Matcher {
    /// Parses a pattern (see the module docs).
    pub fn new(pattern: &str) -> Result<Matcher, PatternError> {
        let invalid = || PatternError(format!("invalid pattern syntax: {pattern}"));
        let mut m = Matcher { verbose: false, quiet: false, enable: true, list: Vec::new() };
        let mut p = pattern.as_bytes();
        if p.is_empty() {
            return Err(invalid());
        }
        if p[0] == b'q' {
            m.quiet = true;
            p = &p[1..];
            if p.is_empty() {
                return Err(invalid());
            }
        }
        while let Some(rest) = p.strip_prefix(b"v") {
            m.verbose = true;
            m.quiet = false;
            p = rest;
            if p.is_empty() {
                return Err(invalid());
            }
        }
        while let Some(rest) = p.strip_prefix(b"!") {
            m.enable = !m.enable;
            p = rest;
            if p.is_empty() {
                return Err(invalid());
            }
        }
        if p == b"n" {
            m.enable = !m.enable;
            p = b"y";
        }
        let mut result = true;
        let mut bits = 0u64;
        let mut start = 0usize;
        let mut wid = 1u32;
        for i in 0..=p.len() {
            let c = p.get(i).copied().unwrap_or(b'-');
            if i == start && wid == 1 && c == b'x' {
                start = i + 1;
                wid = 4;
                continue;
            }
            match c {
                b'0'..=b'9' => {
                    if c >= b'2' && wid != 4 {
                        return Err(invalid());
                    }
                    bits = (bits << wid) | u64::from(c - b'0');
                }
                b'a'..=b'f' | b'A'..=b'F' => {
                    if wid != 4 {
                        return Err(invalid());
                    }
                    bits = (bits << 4) | u64::from((c & !0x20) - b'A' + 10);
                }
                b'y' => {
                    if matches!(p.get(i + 1), Some(b'0' | b'1')) {
                        return Err(invalid());
                    }
                    bits = 0;
                }
                b'+' | b'-' => {
                    if c == b'+' && !result {
                        return Err(PatternError(format!("invalid pattern syntax (+ after -): {pattern}")));
                    }
                    if i > 0 {
                        let mut n = (i - start) as u32 * wid;
                        if n > 64 {
                            return Err(PatternError(format!("pattern bits too long: {pattern}")));
                        }
                        if n == 0 {
                            return Err(invalid());
                        }
                        if p[start] == b'y' {
                            n = 0;
                        }
                        let mask = if n == 64 { u64::MAX } else { (1u64 << n) - 1 };
                        m.list.push(Cond { mask, bits, result });
                    } else if c == b'-' {
                        m.list.push(Cond { mask: 0, bits: 0, result: true });
                    }
                    bits = 0;
                    result = c == b'+';
                    start = i + 1;
                    wid = 1;
                }
                _ => return Err(invalid()),
            }
        }
        Ok(m)
    }

    fn match_result(&self, id: u64) -> bool {
        self.list.iter().rev().find(|c| id & c.mask == c.bits).is_some_and(|c| c.result)
    }

    /// Whether the change with this ID is enabled.
    pub fn should_enable(&self, id: u64) -> bool {
        self.match_result(id) == self.enable
    }

    /// Whether the change with this ID is reported.
    pub fn should_print(&self, id: u64) -> bool {
        !self.quiet && self.match_result(id)
    }

    /// Reports carry the human-readable description (`v` in the pattern).
    pub fn is_verbose(&self) -> bool {
        self.verbose
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn hash_matches_gc() {
        // Recorded with go 1.27.3: `go build -gcflags=-d=loopvarhash=vy` in /tmp/passes-hash
        // printed `./main.go:8:6: loop variable i now per-iteration [bisect-match
        // 0x04c927715191876a]` and `loopvarhash triggered ... 100100011000011101101010`.
        let id = hash_position("/tmp/passes-hash/main.go", 8, 6);
        assert_eq!(marker(id), "[bisect-match 0x04c927715191876a]");
        assert_eq!(hash_bits(id), "100100011000011101101010");
    }

    #[test]
    fn inline_stack_hash_matches_gc() {
        // Recorded with go 1.27.3: `go build -gcflags=-d=loopvarhash=ILvy` in /tmp/bis1
        // printed `./main.go:7:6: loop variable i now per-iteration [bisect-match
        // 0x1d4df78bca474383]` (0xa711e58906d6de48 without `IL`).
        assert_eq!(hash_inline_stack(&[("/tmp/bis1/main.go", 7, 6)]), 0x1d4df78bca474383);
        assert_eq!(hash_inline_stack(&[("/tmp/bis1/main.go", 10, 9)]), 0x6f6255b6ccda19a1);
        assert_eq!(split_inline_prefix("ILvy"), (true, "vy"));
        assert_eq!(split_inline_prefix("vy"), (false, "vy"));
    }

    #[test]
    fn patterns() {
        let y = Matcher::new("y").expect("valid");
        assert!(y.should_enable(5) && y.should_print(5) && !y.is_verbose());
        let n = Matcher::new("n").expect("valid");
        assert!(!n.should_enable(5) && n.should_print(5));
        let v01 = Matcher::new("v01").expect("valid");
        assert!(v01.is_verbose());
        assert!(v01.should_enable(0b101) && !v01.should_enable(0b110));
        let plus = Matcher::new("01+10").expect("valid");
        assert!(plus.should_enable(0b01) && plus.should_enable(0b10) && !plus.should_enable(0b11));
        let minus = Matcher::new("y-1").expect("valid");
        assert!(minus.should_enable(0b10) && !minus.should_enable(0b11));
        let lead = Matcher::new("-1").expect("valid");
        assert!(lead.should_enable(0b10) && !lead.should_enable(0b11));
        let hex = Matcher::new("xa").expect("valid");
        assert!(hex.should_enable(0x1a) && !hex.should_enable(0x1b));
        let not = Matcher::new("!1").expect("valid");
        assert!(!not.should_enable(1) && not.should_enable(0) && not.should_print(1) && !not.should_print(0));
        let quiet = Matcher::new("qn").expect("valid");
        assert!(!quiet.should_enable(3) && !quiet.should_print(3));
        for bad in ["", "q", "v", "!", "2", "y1", "1-0+1", "abc", "1/0"] {
            assert!(Matcher::new(bad).is_err(), "{bad}");
        }
    }
}
