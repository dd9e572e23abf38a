//! A small FileCheck: ordered literal-substring directives over the output's non-blank lines.
//!
//! - `; check: PAT`: some later line contains `PAT`.
//! - `; nextln: PAT`: the line right after the previous match contains `PAT`.
//! - `; sameln: PAT`: the previously matched line also contains `PAT`.
//! - `; not: PAT`: no line between the previous match and the next `check` match (or the end
//!   of the output) contains `PAT`.

/// One directive.
#[derive(Clone, Debug, PartialEq, Eq)]
pub enum Directive {
    /// `check:`
    Check(String),
    /// `nextln:`
    NextLn(String),
    /// `sameln:`
    SameLn(String),
    /// `not:`
    Not(String),
}

const KINDS: [&str; 4] = ["check:", "nextln:", "sameln:", "not:"];

/// Reads the directives of a test file, in order.
pub fn directives(text: &str) -> Result<Vec<Directive>, String> {
    let mut out = Vec::new();
    for (i, line) in text.lines().enumerate() {
        let Some(rest) = line.trim_start().strip_prefix(';') else { continue };
        let rest = rest.trim_start();
        let Some(kind) = KINDS.iter().find(|k| rest.starts_with(**k)) else { continue };
        let pat = rest[kind.len()..].trim().to_string();
        if pat.is_empty() && *kind != "nextln:" {
            return Err(format!("line {}: empty `{kind}` pattern", i + 1));
        }
        out.push(match *kind {
            "check:" => Directive::Check(pat),
            "nextln:" => Directive::NextLn(pat),
            "sameln:" => Directive::SameLn(pat),
            _ => Directive::Not(pat),
        });
    }
    if matches!(out.first(), Some(Directive::NextLn(_) | Directive::SameLn(_))) {
        return Err("the first directive must be `check:` or `not:`".into());
    }
    Ok(out)
}

/// Matches `directives` against `output`.
pub fn check(directives: &[Directive], output: &str) -> Result<(), String> {
    let lines: Vec<&str> = output.lines().filter(|l| !l.trim().is_empty()).collect();
    let mut next = 0usize; // first line not yet consumed
    let mut last: Option<usize> = None;
    let mut nots: Vec<&str> = Vec::new();
    let check_nots = |nots: &mut Vec<&str>, from: usize, to: usize| -> Result<(), String> {
        for pat in nots.drain(..) {
            if let Some(l) = lines[from..to].iter().find(|l| l.contains(pat)) {
                return Err(format!("`not: {pat}` matched line `{l}`"));
            }
        }
        Ok(())
    };
    for d in directives {
        match d {
            Directive::Check(pat) => {
                let Some(found) = (next..lines.len()).find(|&i| lines[i].contains(pat.as_str())) else {
                    return Err(format!("`check: {pat}` not found after line {next} of the output"));
                };
                check_nots(&mut nots, next, found)?;
                last = Some(found);
                next = found + 1;
            }
            Directive::NextLn(pat) => {
                check_nots(&mut nots, next, next)?;
                match lines.get(next) {
                    Some(l) if l.contains(pat.as_str()) => {
                        last = Some(next);
                        next += 1;
                    }
                    Some(l) => return Err(format!("`nextln: {pat}` does not match the next line `{l}`")),
                    None => return Err(format!("`nextln: {pat}`: the output has ended")),
                }
            }
            Directive::SameLn(pat) => match last.map(|i| lines[i]) {
                Some(l) if l.contains(pat.as_str()) => {}
                Some(l) => return Err(format!("`sameln: {pat}` does not match `{l}`")),
                None => return Err(format!("`sameln: {pat}` has no previous match")),
            },
            Directive::Not(pat) => nots.push(pat),
        }
    }
    check_nots(&mut nots, next, lines.len())
}

/// Whether `directives` are absent or a precise transcript (`check:` then only `nextln:`),
/// the only form `BLESS=1` rewrites.
pub fn is_transcript(directives: &[Directive]) -> bool {
    match directives.split_first() {
        None => true,
        Some((Directive::Check(_), rest)) => rest.iter().all(|d| matches!(d, Directive::NextLn(_))),
        Some(_) => false,
    }
}

/// Replaces the directives of `text` by a precise transcript of `output`: the first
/// non-blank line as `check:`, every following one as `nextln:`, appended after the input.
pub fn bless(text: &str, output: &str) -> String {
    let kept: Vec<&str> = text
        .lines()
        .filter(|l| {
            let t = l.trim_start();
            !t.strip_prefix(';').is_some_and(|r| KINDS.iter().any(|k| r.trim_start().starts_with(k)))
        })
        .collect();
    let mut out = kept.join("\n").trim_end().to_string();
    out.push_str("\n\n");
    for (i, l) in output.lines().filter(|l| !l.trim().is_empty()).enumerate() {
        out.push_str(if i == 0 { "; check: " } else { "; nextln: " });
        out.push_str(l.trim_end());
        out.push('\n');
    }
    out
}

#[cfg(test)]
mod tests {
    use super::*;

    const OUT: &str = "func @f() {\nblock0:\n    v1 = iconst.i64 1\n\n    return\n}\n";

    fn run(text: &str) -> Result<(), String> {
        check(&directives(text)?, OUT)
    }

    #[test]
    fn directives_match_in_order() {
        assert_eq!(run("; check: block0:\n; nextln: iconst\n; sameln: v1\n; nextln: return"), Ok(()));
        assert!(run("; check: return\n; check: block0").is_err(), "order matters");
        assert!(run("; check: block0:\n; nextln: return").is_err(), "nextln is the very next line");
        assert_eq!(run("; check: func\n; not: iadd\n; check: return"), Ok(()));
        assert!(run("; check: func\n; not: iconst\n; check: return").is_err());
        assert!(run("; check: return\n; not: }").is_err(), "a trailing not covers the rest");
        assert!(directives("; nextln: x").is_err());
    }

    #[test]
    fn bless_writes_a_transcript_that_checks() {
        let text = "test pass cleanup\nfunc @f() {\n}\n; check: old\n";
        let blessed = bless(text, OUT);
        assert!(!blessed.contains("old"));
        assert_eq!(check(&directives(&blessed).expect("valid"), OUT), Ok(()));
        assert!(blessed.ends_with("; nextln: }\n"));
    }
}
