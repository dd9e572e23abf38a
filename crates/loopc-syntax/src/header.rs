//! The `go` command's own check of a file's header (package clause and imports).
//!
//! Before it runs the compiler, `go build` reads each file's header with `go/build`
//! (`read.go: readGoInfo`): a byte-level import reader finds the end of the import section,
//! then `go/parser` parses that prefix in `ImportsOnly` mode, and the import paths are
//! validated. If that fails, the go command prints the first error — in `go/parser` and
//! `go/scanner` wording (`expected 'package', found 'func'`, `string literal not terminated`,
//! `missing import path`) — and never runs the compiler. loopc mirrors `go build`, so
//! [`check_header`] reproduces that step: a small port of the import reader, of `go/scanner`
//! and of the header part of `go/parser`.
//!
//! Only the first error matters (the go command reports one): scanning and parsing stop at
//! the first error. Errors are produced in source order, so the first one reported is also
//! the first by position, as in Go's sorted error list.
//!
//! Known differences: go reports a NUL byte in the header as `read PATH: unexpected NUL in
//! input` without a position; loopc positions it at the byte. A position at the very end of
//! a header ending in a newline is printed by go on the last line (one column past its end);
//! loopc's byte offsets can only express the start of the following line.

use crate::quote::{quote_rune, unicode_hash};

/// The first header error: byte offset into the source (chosen so that the rendered
/// `line:col` matches go's) and message.
pub(crate) fn check_header(src: &str) -> Option<(u32, String)> {
    let bytes = src.as_bytes();
    let bom = if bytes.starts_with(&[0xEF, 0xBB, 0xBF]) { 3 } else { 0 };
    let body = &src[bom..];
    let header_len = match read_header(body.as_bytes()) {
        ReadResult::Header(n) => n,
        ReadResult::WholeFile => body.len(),
        ReadResult::Nul(at) => return Some((to_src_offset(body, bom, at), "unexpected NUL in input".to_string())),
    };
    let header = body.get(..header_len).unwrap_or(body);
    let err = HeaderParser::new(header).parse().err()?;
    Some((to_src_offset(body, bom, err.0), err.1))
}

/// Maps an offset in the BOM-stripped text to a source offset rendering at the same
/// `line:col` (go counts columns on the first line from after the BOM).
fn to_src_offset(body: &str, bom: usize, off: usize) -> u32 {
    let first_nl = body.find('\n').unwrap_or(body.len());
    let o = if off <= first_nl { off } else { off + bom };
    o as u32
}

// ----------------------------------------------------------------------------------------
// go/build's import reader

enum ReadResult {
    /// The header is the first `n` bytes.
    Header(usize),
    /// The reader found a syntax error: go/parser sees the whole file.
    WholeFile,
    /// A NUL byte at this offset.
    Nul(usize),
}

struct ImportReader<'a> {
    src: &'a [u8],
    /// Bytes read so far (`len(r.buf)` in go).
    read: usize,
    peek: Option<u8>,
    err: Option<ReadErr>,
    eof: bool,
}

#[derive(Clone, Copy, PartialEq)]
enum ReadErr {
    Syntax,
    Nul(usize),
}

fn is_ident_byte(c: u8) -> bool {
    c.is_ascii_alphanumeric() || c == b'_' || c >= 0x80
}

impl ImportReader<'_> {
    fn syntax_error(&mut self) {
        if self.err.is_none() {
            self.err = Some(ReadErr::Syntax);
        }
    }

    fn read_byte(&mut self) -> u8 {
        match self.src.get(self.read) {
            Some(&c) => {
                self.read += 1;
                if c == 0 && self.err.is_none() {
                    self.err = Some(ReadErr::Nul(self.read - 1));
                }
                c
            }
            None => {
                self.eof = true;
                0
            }
        }
    }

    fn peek_byte(&mut self, skip_space: bool) -> u8 {
        if self.err.is_some() {
            return 0;
        }
        let mut c = match self.peek {
            Some(c) if c != 0 => c,
            _ => self.read_byte(),
        };
        while self.err.is_none() && !self.eof {
            if skip_space {
                match c {
                    b' ' | 0x0c | b'\t' | b'\r' | b'\n' | b';' => {
                        c = self.read_byte();
                        continue;
                    }
                    b'/' => {
                        c = self.read_byte();
                        if c == b'/' {
                            while c != b'\n' && self.err.is_none() && !self.eof {
                                c = self.read_byte();
                            }
                        } else if c == b'*' {
                            let mut c1 = 0u8;
                            while (c != b'*' || c1 != b'/') && self.err.is_none() {
                                if self.eof {
                                    self.syntax_error();
                                }
                                c = c1;
                                c1 = self.read_byte();
                            }
                        } else {
                            self.syntax_error();
                        }
                        c = self.read_byte();
                        continue;
                    }
                    _ => {}
                }
            }
            break;
        }
        self.peek = Some(c);
        c
    }

    fn next_byte(&mut self, skip_space: bool) -> u8 {
        let c = self.peek_byte(skip_space);
        self.peek = None;
        c
    }

    fn read_keyword(&mut self, kw: &[u8]) {
        self.peek_byte(true);
        for &k in kw {
            if self.next_byte(false) != k {
                self.syntax_error();
                return;
            }
        }
        if is_ident_byte(self.peek_byte(false)) {
            self.syntax_error();
        }
    }

    fn read_ident(&mut self) {
        let c = self.peek_byte(true);
        if !is_ident_byte(c) {
            self.syntax_error();
            return;
        }
        while is_ident_byte(self.peek_byte(false)) {
            self.peek = None;
        }
    }

    fn read_string(&mut self) {
        match self.next_byte(true) {
            b'`' => {
                while self.err.is_none() {
                    if self.next_byte(false) == b'`' {
                        break;
                    }
                    if self.eof {
                        self.syntax_error();
                    }
                }
            }
            b'"' => {
                while self.err.is_none() {
                    let c = self.next_byte(false);
                    if c == b'"' {
                        break;
                    }
                    if self.eof || c == b'\n' {
                        self.syntax_error();
                    }
                    if c == b'\\' {
                        self.next_byte(false);
                    }
                }
            }
            _ => self.syntax_error(),
        }
    }

    fn read_import(&mut self) {
        let c = self.peek_byte(true);
        if c == b'.' {
            self.peek = None;
        } else if is_ident_byte(c) {
            self.read_ident();
        }
        self.read_string();
    }
}

/// go/build's `readGoInfo` up to the choice of what go/parser sees.
fn read_header(src: &[u8]) -> ReadResult {
    let mut r = ImportReader { src, read: 0, peek: None, err: None, eof: false };
    r.read_keyword(b"package");
    r.read_ident();
    while r.peek_byte(true) == b'i' {
        r.read_keyword(b"import");
        if r.peek_byte(true) == b'(' {
            r.next_byte(false);
            while r.peek_byte(true) != b')' && r.err.is_none() {
                r.read_import();
            }
            r.next_byte(false);
        } else {
            r.read_import();
        }
    }
    match r.err {
        Some(ReadErr::Nul(at)) => ReadResult::Nul(at),
        Some(ReadErr::Syntax) => ReadResult::WholeFile,
        // The last byte read told the reader to stop; it is not part of the header.
        None if !r.eof => ReadResult::Header(r.read.saturating_sub(1)),
        None => ReadResult::Header(r.read),
    }
}

// ----------------------------------------------------------------------------------------
// go/scanner

/// A go/scanner token.
#[derive(Clone, Copy, PartialEq, Eq, Debug)]
enum GTok {
    Eof,
    Illegal,
    Ident,
    Int,
    Float,
    Imag,
    Char,
    String,
    /// `;` (explicit, or inserted at a newline or EOF).
    Semicolon,
    Lparen,
    Rparen,
    Period,
    /// Any other operator or delimiter, with its spelling.
    Op(&'static str),
    /// A keyword, with its spelling.
    Keyword(&'static str),
}

impl GTok {
    fn is_literal(self) -> bool {
        matches!(self, GTok::Ident | GTok::Int | GTok::Float | GTok::Imag | GTok::Char | GTok::String)
    }

    /// go's `token.String()`.
    fn as_str(self) -> &'static str {
        match self {
            GTok::Eof => "EOF",
            GTok::Illegal => "ILLEGAL",
            GTok::Ident => "IDENT",
            GTok::Int => "INT",
            GTok::Float => "FLOAT",
            GTok::Imag => "IMAG",
            GTok::Char => "CHAR",
            GTok::String => "STRING",
            GTok::Semicolon => ";",
            GTok::Lparen => "(",
            GTok::Rparen => ")",
            GTok::Period => ".",
            GTok::Op(s) | GTok::Keyword(s) => s,
        }
    }
}

const KEYWORDS: [&str; 25] = [
    "break",
    "case",
    "chan",
    "const",
    "continue",
    "default",
    "defer",
    "else",
    "fallthrough",
    "for",
    "func",
    "go",
    "goto",
    "if",
    "import",
    "interface",
    "map",
    "package",
    "range",
    "return",
    "select",
    "struct",
    "switch",
    "type",
    "var",
];

type HResult<T> = Result<T, (usize, String)>;

struct GoScanner<'a> {
    src: &'a str,
    ch: i32,
    offset: usize,
    rd_offset: usize,
    insert_semi: bool,
    /// Position of the newline in a preceding `/*...*/` comment, for the artificial `;`.
    nl_pos: Option<usize>,
}

fn g_is_letter(c: i32) -> bool {
    let Some(ch) = u32::try_from(c).ok().and_then(char::from_u32) else { return false };
    ch.is_ascii_alphabetic() || ch == '_' || (c >= 0x80 && ch.is_alphabetic())
}

fn g_is_digit(c: i32) -> bool {
    let Some(ch) = u32::try_from(c).ok().and_then(char::from_u32) else { return false };
    ch.is_ascii_digit() || (c >= 0x80 && ch.is_numeric() && !ch.is_alphabetic())
}

fn digit_val(c: i32) -> u32 {
    match u8::try_from(c) {
        Ok(b @ b'0'..=b'9') => u32::from(b - b'0'),
        Ok(b @ b'a'..=b'f') => u32::from(b - b'a' + 10),
        Ok(b @ b'A'..=b'F') => u32::from(b - b'A' + 10),
        _ => 16,
    }
}

fn litname(prefix: u8) -> &'static str {
    match prefix {
        b'x' => "hexadecimal literal",
        b'o' | b'0' => "octal literal",
        b'b' => "binary literal",
        _ => "decimal literal",
    }
}

fn ch_of(c: i32) -> char {
    u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}')
}

impl<'a> GoScanner<'a> {
    fn new(src: &'a str) -> HResult<GoScanner<'a>> {
        let mut s = GoScanner { src, ch: i32::from(b' '), offset: 0, rd_offset: 0, insert_semi: false, nl_pos: None };
        s.next()?;
        if s.ch == 0xFEFF {
            s.next()?; // ignore BOM at file beginning
        }
        Ok(s)
    }

    fn next(&mut self) -> HResult<()> {
        if self.rd_offset < self.src.len() {
            self.offset = self.rd_offset;
            let c = self.src[self.rd_offset..].chars().next().unwrap_or('\u{FFFD}');
            let w = c.len_utf8();
            if c == '\0' {
                return Err((self.offset, "illegal character NUL".to_string()));
            }
            if c == '\u{FEFF}' && self.offset > 0 {
                return Err((self.offset, "illegal byte order mark".to_string()));
            }
            self.rd_offset += w;
            self.ch = c as i32;
        } else {
            self.offset = self.src.len();
            self.ch = -1;
        }
        Ok(())
    }

    fn peek(&self) -> u8 {
        self.src.as_bytes().get(self.rd_offset).copied().unwrap_or(0)
    }

    /// The next token: position, token, literal text.
    fn scan(&mut self) -> HResult<(usize, GTok, &'a str)> {
        loop {
            if let Some(p) = self.nl_pos.take() {
                return Ok((p, GTok::Semicolon, "\n"));
            }
            while self.ch == i32::from(b' ')
                || self.ch == i32::from(b'\t')
                || (self.ch == i32::from(b'\n') && !self.insert_semi)
                || self.ch == i32::from(b'\r')
            {
                self.next()?;
            }
            let pos = self.offset;
            let mut insert_semi = false;
            let ch = self.ch;
            let tok;
            let mut lit: &'a str = "";
            if g_is_letter(ch) {
                while g_is_letter(self.ch) || g_is_digit(self.ch) {
                    self.next()?;
                }
                lit = &self.src[pos..self.offset];
                tok = match KEYWORDS.iter().find(|&&k| k == lit) {
                    Some(k) => {
                        insert_semi = matches!(*k, "break" | "continue" | "fallthrough" | "return");
                        GTok::Keyword(k)
                    }
                    None => {
                        insert_semi = true;
                        GTok::Ident
                    }
                };
            } else if (i32::from(b'0')..=i32::from(b'9')).contains(&ch)
                || (ch == i32::from(b'.') && self.peek().is_ascii_digit())
            {
                insert_semi = true;
                tok = self.scan_number()?;
                lit = &self.src[pos..self.offset];
            } else {
                self.next()?; // always make progress
                let Ok(b) = u8::try_from(ch) else {
                    if ch < 0 {
                        if self.insert_semi {
                            self.insert_semi = false;
                            return Ok((pos, GTok::Semicolon, "\n"));
                        }
                        return Ok((pos, GTok::Eof, ""));
                    }
                    return Err(self.illegal(pos, ch));
                };
                tok = match b {
                    b'\n' => {
                        self.insert_semi = false;
                        return Ok((pos, GTok::Semicolon, "\n"));
                    }
                    b'"' => {
                        insert_semi = true;
                        self.scan_string(pos)?;
                        lit = &self.src[pos..self.offset];
                        GTok::String
                    }
                    b'\'' => {
                        insert_semi = true;
                        self.scan_rune(pos)?;
                        lit = &self.src[pos..self.offset];
                        GTok::Char
                    }
                    b'`' => {
                        insert_semi = true;
                        loop {
                            let c = self.ch;
                            if c < 0 {
                                return Err((pos, "raw string literal not terminated".to_string()));
                            }
                            self.next()?;
                            if c == i32::from(b'`') {
                                break;
                            }
                        }
                        lit = &self.src[pos..self.offset];
                        GTok::String
                    }
                    b'(' => GTok::Lparen,
                    b')' => {
                        insert_semi = true;
                        GTok::Rparen
                    }
                    b'.' => {
                        if self.ch == i32::from(b'.') && self.peek() == b'.' {
                            self.next()?;
                            self.next()?;
                            GTok::Op("...")
                        } else {
                            GTok::Period
                        }
                    }
                    b';' => {
                        lit = ";";
                        GTok::Semicolon
                    }
                    b']' | b'}' => {
                        insert_semi = true;
                        GTok::Op(if b == b']' { "]" } else { "}" })
                    }
                    b'/' if self.ch == i32::from(b'/') || self.ch == i32::from(b'*') => {
                        let nl = self.scan_comment(pos)?;
                        if self.insert_semi && nl.is_some() {
                            self.nl_pos = nl;
                            self.insert_semi = false;
                        }
                        continue;
                    }
                    _ => match self.operator(b)? {
                        Some((t, semi)) => {
                            insert_semi = semi;
                            t
                        }
                        None => {
                            if ch == 0xFEFF {
                                // next() already reported misplaced BOMs
                                insert_semi = self.insert_semi;
                                GTok::Illegal
                            } else {
                                return Err(self.illegal(pos, ch));
                            }
                        }
                    },
                };
            }
            self.insert_semi = insert_semi;
            return Ok((pos, tok, lit));
        }
    }

    fn illegal(&self, pos: usize, ch: i32) -> (usize, String) {
        let c = ch_of(ch);
        if c == '\u{201C}' || c == '\u{201D}' {
            return (pos, format!("curly quotation mark {} (use neutral {})", quote_rune(c), quote_rune('"')));
        }
        (pos, format!("illegal character {}", unicode_hash(c)))
    }

    /// Operators other than those handled inline; `b` has been consumed.
    fn operator(&mut self, b: u8) -> HResult<Option<(GTok, bool)>> {
        let eq = |s: &mut Self| -> HResult<bool> {
            if s.ch == i32::from(b'=') {
                s.next()?;
                return Ok(true);
            }
            Ok(false)
        };
        let t: &'static str = match b {
            b':' => {
                if eq(self)? {
                    ":="
                } else {
                    ":"
                }
            }
            b',' => ",",
            b'[' => "[",
            b'{' => "{",
            b'+' | b'-' => {
                if self.ch == i32::from(b) {
                    self.next()?;
                    return Ok(Some((GTok::Op(if b == b'+' { "++" } else { "--" }), true)));
                }
                match (b, eq(self)?) {
                    (b'+', true) => "+=",
                    (b'+', false) => "+",
                    (_, true) => "-=",
                    _ => "-",
                }
            }
            b'*' => {
                if eq(self)? {
                    "*="
                } else {
                    "*"
                }
            }
            b'/' => {
                if eq(self)? {
                    "/="
                } else {
                    "/"
                }
            }
            b'%' => {
                if eq(self)? {
                    "%="
                } else {
                    "%"
                }
            }
            b'^' => {
                if eq(self)? {
                    "^="
                } else {
                    "^"
                }
            }
            b'<' => {
                if self.ch == i32::from(b'-') {
                    self.next()?;
                    "<-"
                } else if eq(self)? {
                    "<="
                } else if self.ch == i32::from(b'<') {
                    self.next()?;
                    if eq(self)? {
                        "<<="
                    } else {
                        "<<"
                    }
                } else {
                    "<"
                }
            }
            b'>' => {
                if eq(self)? {
                    ">="
                } else if self.ch == i32::from(b'>') {
                    self.next()?;
                    if eq(self)? {
                        ">>="
                    } else {
                        ">>"
                    }
                } else {
                    ">"
                }
            }
            b'=' => {
                if eq(self)? {
                    "=="
                } else {
                    "="
                }
            }
            b'!' => {
                if eq(self)? {
                    "!="
                } else {
                    "!"
                }
            }
            b'&' => {
                if self.ch == i32::from(b'^') {
                    self.next()?;
                    if eq(self)? {
                        "&^="
                    } else {
                        "&^"
                    }
                } else if eq(self)? {
                    "&="
                } else if self.ch == i32::from(b'&') {
                    self.next()?;
                    "&&"
                } else {
                    "&"
                }
            }
            b'|' => {
                if eq(self)? {
                    "|="
                } else if self.ch == i32::from(b'|') {
                    self.next()?;
                    "||"
                } else {
                    "|"
                }
            }
            b'~' => "~",
            _ => return Ok(None),
        };
        Ok(Some((GTok::Op(t), false)))
    }

    /// A comment after its `/`; returns the offset of its first newline for `/*` comments.
    fn scan_comment(&mut self, start: usize) -> HResult<Option<usize>> {
        if self.ch == i32::from(b'/') {
            while self.ch != i32::from(b'\n') && self.ch >= 0 {
                self.next()?;
            }
            return Ok(None);
        }
        self.next()?; // the '*'
        let mut nl = None;
        while self.ch >= 0 {
            let c = self.ch;
            if c == i32::from(b'\n') && nl.is_none() {
                nl = Some(self.offset);
            }
            self.next()?;
            if c == i32::from(b'*') && self.ch == i32::from(b'/') {
                self.next()?;
                return Ok(nl);
            }
        }
        Err((start, "comment not terminated".to_string()))
    }

    fn scan_escape(&mut self, quote: u8) -> HResult<()> {
        let offs = self.offset;
        let (n, base, max): (u32, u32, u32) = match u8::try_from(self.ch) {
            Ok(c) if c == quote || matches!(c, b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') => {
                return self.next();
            }
            Ok(b'0'..=b'7') => (3, 8, 255),
            Ok(b'x') => {
                self.next()?;
                (2, 16, 255)
            }
            Ok(b'u') => {
                self.next()?;
                (4, 16, 0x10FFFF)
            }
            Ok(b'U') => {
                self.next()?;
                (8, 16, 0x10FFFF)
            }
            _ => {
                let msg = if self.ch < 0 { "escape sequence not terminated" } else { "unknown escape sequence" };
                return Err((offs, msg.to_string()));
            }
        };
        let mut x: u32 = 0;
        for _ in 0..n {
            let d = digit_val(self.ch);
            if d >= base {
                let msg = if self.ch < 0 {
                    "escape sequence not terminated".to_string()
                } else {
                    format!("illegal character {} in escape sequence", unicode_hash(ch_of(self.ch)))
                };
                return Err((self.offset, msg));
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.next()?;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            return Err((offs, "escape sequence is invalid Unicode code point".to_string()));
        }
        Ok(())
    }

    fn scan_rune(&mut self, offs: usize) -> HResult<()> {
        let mut n = 0;
        loop {
            let ch = self.ch;
            if ch == i32::from(b'\n') || ch < 0 {
                return Err((offs, "rune literal not terminated".to_string()));
            }
            self.next()?;
            if ch == i32::from(b'\'') {
                break;
            }
            n += 1;
            if ch == i32::from(b'\\') {
                self.scan_escape(b'\'')?;
            }
        }
        if n != 1 {
            return Err((offs, "illegal rune literal".to_string()));
        }
        Ok(())
    }

    fn scan_string(&mut self, offs: usize) -> HResult<()> {
        loop {
            let ch = self.ch;
            if ch == i32::from(b'\n') || ch < 0 {
                return Err((offs, "string literal not terminated".to_string()));
            }
            self.next()?;
            if ch == i32::from(b'"') {
                return Ok(());
            }
            if ch == i32::from(b'\\') {
                self.scan_escape(b'"')?;
            }
        }
    }

    fn digits(&mut self, base: u32, invalid: &mut Option<usize>) -> HResult<u8> {
        let mut digsep = 0;
        if base <= 10 {
            let max = i32::from(b'0') + base as i32;
            while (i32::from(b'0')..=i32::from(b'9')).contains(&self.ch) || self.ch == i32::from(b'_') {
                let mut ds = 1;
                if self.ch == i32::from(b'_') {
                    ds = 2;
                } else if self.ch >= max && invalid.is_none() {
                    *invalid = Some(self.offset);
                }
                digsep |= ds;
                self.next()?;
            }
        } else {
            while digit_val(self.ch) < 16 || self.ch == i32::from(b'_') {
                digsep |= if self.ch == i32::from(b'_') { 2 } else { 1 };
                self.next()?;
            }
        }
        Ok(digsep)
    }

    fn scan_number(&mut self) -> HResult<GTok> {
        let offs = self.offset;
        let mut tok = GTok::Int;
        let mut base = 10;
        let mut prefix = 0u8;
        let mut digsep = 0u8;
        let mut invalid = None;

        if self.ch != i32::from(b'.') {
            if self.ch == i32::from(b'0') {
                self.next()?;
                match self.ch | 0x20 {
                    0x78 => {
                        self.next()?;
                        base = 16;
                        prefix = b'x';
                    }
                    0x6f => {
                        self.next()?;
                        base = 8;
                        prefix = b'o';
                    }
                    0x62 => {
                        self.next()?;
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1;
                    }
                }
            }
            digsep |= self.digits(base, &mut invalid)?;
            if self.ch == i32::from(b'.') {
                tok = GTok::Float;
                if prefix == b'o' || prefix == b'b' {
                    return Err((self.offset, format!("invalid radix point in {}", litname(prefix))));
                }
            }
        }
        if self.ch == i32::from(b'.') {
            tok = GTok::Float;
            self.next()?;
            digsep |= self.digits(base, &mut invalid)?;
        }
        if digsep & 1 == 0 {
            return Err((self.offset, format!("{} has no digits", litname(prefix))));
        }
        let e = self.ch | 0x20;
        if e == i32::from(b'e') || e == i32::from(b'p') {
            if e == i32::from(b'e') && prefix != 0 && prefix != b'0' {
                return Err((
                    self.offset,
                    format!("{} exponent requires decimal mantissa", quote_rune(ch_of(self.ch))),
                ));
            }
            if e == i32::from(b'p') && prefix != b'x' {
                return Err((
                    self.offset,
                    format!("{} exponent requires hexadecimal mantissa", quote_rune(ch_of(self.ch))),
                ));
            }
            self.next()?;
            tok = GTok::Float;
            if self.ch == i32::from(b'+') || self.ch == i32::from(b'-') {
                self.next()?;
            }
            let ds = self.digits(10, &mut None)?;
            digsep |= ds;
            if ds & 1 == 0 {
                return Err((self.offset, "exponent has no digits".to_string()));
            }
        } else if prefix == b'x' && tok == GTok::Float {
            return Err((self.offset, "hexadecimal mantissa requires a 'p' exponent".to_string()));
        }
        if self.ch == i32::from(b'i') {
            tok = GTok::Imag;
            self.next()?;
        }
        let lit = &self.src[offs..self.offset];
        if tok == GTok::Int {
            if let Some(i) = invalid {
                let d = self.src.as_bytes().get(i).copied().unwrap_or(b'?');
                return Err((i, format!("invalid digit {} in {}", quote_rune(char::from(d)), litname(prefix))));
            }
        }
        if digsep & 2 != 0 {
            if let Some(i) = go_invalid_sep(lit.as_bytes()) {
                return Err((offs + i, "'_' must separate successive digits".to_string()));
            }
        }
        Ok(tok)
    }
}

/// go/scanner's `invalidSep` (same as gc's).
fn go_invalid_sep(x: &[u8]) -> Option<usize> {
    let mut x1 = b' ';
    let mut d = b'.';
    let mut i = 0;
    if x.len() >= 2 && x[0] == b'0' {
        x1 = x[1] | 0x20;
        if x1 == b'x' || x1 == b'o' || x1 == b'b' {
            d = b'0';
            i = 2;
        }
    }
    while i < x.len() {
        let p = d;
        d = x[i];
        if d == b'_' {
            if p != b'0' {
                return Some(i);
            }
        } else if d.is_ascii_digit() || (x1 == b'x' && d.is_ascii_hexdigit()) {
            d = b'0';
        } else {
            if p == b'_' {
                return Some(i - 1);
            }
            d = b'.';
        }
        i += 1;
    }
    if d == b'_' {
        return Some(x.len() - 1);
    }
    None
}

// ----------------------------------------------------------------------------------------
// go/parser, ImportsOnly

struct HeaderParser<'a> {
    s: Option<GoScanner<'a>>,
    src: &'a str,
    pos: usize,
    tok: GTok,
    lit: &'a str,
    /// Import paths with the position go reports for them.
    imports: Vec<(usize, &'a str)>,
}

impl<'a> HeaderParser<'a> {
    fn new(src: &'a str) -> HeaderParser<'a> {
        HeaderParser { s: None, src, pos: 0, tok: GTok::Eof, lit: "", imports: Vec::new() }
    }

    fn next(&mut self) -> HResult<()> {
        if let Some(s) = self.s.as_mut() {
            let (pos, tok, lit) = s.scan()?;
            self.pos = pos;
            self.tok = tok;
            self.lit = lit;
        }
        Ok(())
    }

    fn error_expected(&self, what: &str) -> (usize, String) {
        let found = if self.tok == GTok::Semicolon && self.lit == "\n" {
            "newline".to_string()
        } else if self.tok.is_literal() {
            self.lit.to_string()
        } else {
            format!("'{}'", self.tok.as_str())
        };
        (self.pos, format!("expected {what}, found {found}"))
    }

    fn expect(&mut self, tok: GTok) -> HResult<()> {
        if self.tok != tok {
            return Err(self.error_expected(&format!("'{}'", tok.as_str())));
        }
        self.next()
    }

    fn expect_semi(&mut self) -> HResult<()> {
        match self.tok {
            GTok::Rparen | GTok::Op("}") => Ok(()),
            GTok::Op(",") => Err(self.error_expected("';'")),
            GTok::Semicolon => self.next(),
            _ => Err(self.error_expected("';'")),
        }
    }

    fn parse(mut self) -> HResult<()> {
        self.s = Some(GoScanner::new(self.src)?);
        self.next()?;
        self.expect(GTok::Keyword("package"))?;
        // the package name
        if self.tok == GTok::Ident {
            self.next()?;
        } else {
            self.expect(GTok::Ident)?;
        }
        self.expect_semi()?;
        while self.tok == GTok::Keyword("import") {
            self.next()?;
            if self.tok == GTok::Lparen {
                self.next()?;
                while self.tok != GTok::Rparen && self.tok != GTok::Eof {
                    self.import_spec()?;
                }
                self.expect(GTok::Rparen)?;
                self.expect_semi()?;
            } else {
                self.import_spec()?;
            }
        }
        // go/build validates the import paths of a header that parsed.
        for &(pos, lit) in &self.imports {
            let path = crate::unquote::unquote(lit).unwrap_or_default();
            if !is_valid_import(&path) {
                return Err((pos, format!("invalid import path: {path}")));
            }
        }
        Ok(())
    }

    fn import_spec(&mut self) -> HResult<()> {
        let mut spec_pos = None;
        match self.tok {
            GTok::Ident | GTok::Period => {
                spec_pos = Some(self.pos);
                self.next()?;
            }
            _ => {}
        }
        let pos = self.pos;
        if self.tok == GTok::String {
            self.imports.push((spec_pos.unwrap_or(pos), self.lit));
            self.next()?;
        } else if self.tok.is_literal() {
            return Err((pos, "import path must be a string".to_string()));
        } else {
            return Err((pos, "missing import path".to_string()));
        }
        self.expect_semi()
    }
}

/// go/build's `isValidImport`.
fn is_valid_import(s: &str) -> bool {
    const ILLEGAL: &str = "!\"#$%&'()*,:;<=>?[\\]^{|}`\u{FFFD}";
    !s.is_empty() && s.chars().all(|c| crate::quote::is_print(c) && !c.is_whitespace() && !ILLEGAL.contains(c))
}

#[cfg(test)]
mod tests {
    use super::check_header;

    fn err(src: &str) -> Option<String> {
        check_header(src).map(|(p, m)| {
            let line = src[..p as usize].matches('\n').count() + 1;
            let col = p as usize - src[..p as usize].rfind('\n').map_or(0, |i| i + 1) + 1;
            format!("{line}:{col}: {m}")
        })
    }

    #[test]
    fn valid_headers_pass() {
        assert_eq!(err("package main\n\nimport \"fmt\"\n\nfunc main() { fmt.Println(@) }\n"), None);
        assert_eq!(err("package main\nimport (\n\t\"fmt\"\n\tx \"os\"\n\t. \"strings\"\n)\n"), None);
        assert_eq!(err("// c\n/* d */ package main; import \"fmt\" ; import _ `os`\nvar x\n"), None);
        assert_eq!(err("package main.x\n"), None);
    }

    #[test]
    fn header_errors_match_go() {
        assert_eq!(err("func main() {}\n").as_deref(), Some("1:1: expected 'package', found 'func'"));
        assert_eq!(err("package 42\n").as_deref(), Some("1:9: expected 'IDENT', found 42"));
        assert_eq!(err("package \"main\"\n").as_deref(), Some("1:9: expected 'IDENT', found \"main\""));
        assert_eq!(err("package main\n\nimport 42\n").as_deref(), Some("3:8: import path must be a string"));
        assert_eq!(
            err("package main\n\nimport (\n\t\"fmt\"\n\nfunc main() {}\n").as_deref(),
            Some("6:1: missing import path")
        );
        assert_eq!(
            err("package main\n\nimport (\n\t\"fmt\" \"os\"\n)\n").as_deref(),
            Some("4:8: expected ';', found \"os\"")
        );
        assert_eq!(
            err("package main\n\nimport \"fmt\n\nfunc main() {}\n").as_deref(),
            Some("3:8: string literal not terminated")
        );
        assert_eq!(err("package main\n\nimport x\n\nfunc main() {}\n").as_deref(), Some("3:9: missing import path"));
        assert_eq!(err("package main /* open\n\nfunc main() {}\n").as_deref(), Some("1:14: comment not terminated"));
        assert_eq!(err("@package main\n").as_deref(), Some("1:1: illegal character U+0040 '@'"));
        assert_eq!(err("package main\n\nimport \"\\q\"\n").as_deref(), Some("3:10: unknown escape sequence"));
        assert_eq!(
            err("package main\n\nimport (\n\t\"fmt\",\n\t\"os\"\n)\n").as_deref(),
            Some("4:7: expected ';', found ','")
        );
        assert_eq!(err("").as_deref(), Some("1:1: expected 'package', found 'EOF'"));
        assert_eq!(err("package main\n\nimport \"a b\"\n").as_deref(), Some("3:8: invalid import path: a b"));
        assert_eq!(err("\u{feff}package 42\n").as_deref(), Some("1:9: expected 'IDENT', found 42"));
    }
}
