//! The scanner: Go source text to tokens, one token per [`Scanner::next`] call.
//!
//! This follows gc's `syntax/scanner.go` and `source.go` decision for decision, because the
//! scanner's choices show up in error messages (`unexpected newline`, `literal 0x`, the column
//! of `invalid digit '8' in octal literal`):
//! - Automatic semicolon insertion: after a line's final token that can end a statement (an
//!   identifier, literal, `break continue fallthrough return`, `++ --`, `) ] }`), a newline or
//!   the end of the file yields a `Semi` token whose text is `"newline"` or `"EOF"`; an
//!   explicit `;` has text `"semicolon"`. A `/* */` comment containing a newline counts as a
//!   newline.
//! - Lexical errors are reported and scanning goes on; a malformed literal is still returned
//!   as a literal, flagged `bad`, so the parser does not report a second error for it.
//! - A byte-order mark is skipped at the start of the file and reported anywhere else; a NUL
//!   byte is reported and skipped.
//! - Positions are byte offsets into the source; a diagnostic's column is therefore a byte
//!   column, as in gc.
//!
//! Directive comments (`//go:...`, and loopc's own `//loopc:...`) are not interpreted here;
//! they are queued in [`Scanner::directives`] for the parser, which sees them right after
//! the `next` call that scanned them (gc calls its directive handler from inside `next`;
//! nothing happens in between, so the order of effects is the same).
//!
//! `//line` directives are not supported: they are ordinary comments to loopc.

use crate::ast::LitKind;
use crate::quote::{quote_byte, quote_rune, unicode_hash, unicode_hash_u32};
use crate::token::{Op, Tok, PREC_ADD, PREC_ANDAND, PREC_CMP, PREC_MUL, PREC_OROR};

/// A `//go:` or `//loopc:` comment seen by the scanner.
#[derive(Clone, Debug)]
pub(crate) struct Directive {
    /// Offset of the comment's `//`.
    pub pos: u32,
    /// The comment text without the leading `//` (and without a trailing `\r`).
    pub text: String,
    /// Whether only white space precedes the comment on its line.
    pub blank_line: bool,
}

/// Character value at end of input.
const EOF: i32 = -1;

/// The scanner state; the current token is in the public fields.
pub(crate) struct Scanner<'a> {
    src: &'a str,
    /// Offset of the byte after the current character `ch`.
    r: usize,
    /// The current character, or `EOF`.
    ch: i32,
    /// Width in bytes of `ch` (0 at EOF and before the first character).
    chw: usize,
    /// Whether a newline or EOF produces a semicolon.
    nlsemi: bool,

    /// The current token.
    pub tok: Tok,
    /// Offset of the current token's first byte.
    pub pos: u32,
    /// Offset one past the current token's last byte.
    pub end: u32,
    /// Text of names and literals; `"semicolon"`, `"newline"` or `"EOF"` for `Semi`.
    pub lit: String,
    /// For literals: whether the literal is malformed (an error was reported).
    pub bad: bool,
    /// For literals: the kind.
    pub kind: LitKind,
    /// For `Operator`, `Star`, `AssignOp`, `IncOp`: the operator.
    pub op: Op,
    /// For `Operator`, `Star`, `AssignOp`, `IncOp`: the operator's precedence (0 if unary only).
    pub prec: u8,

    /// Errors reported so far, in order: (offset, message).
    pub errors: Vec<(u32, String)>,
    /// Directive comments not yet taken by the parser.
    pub directives: Vec<Directive>,
}

fn is_letter(c: i32) -> bool {
    let l = c | 0x20;
    (i32::from(b'a')..=i32::from(b'z')).contains(&l) || c == i32::from(b'_')
}

fn is_decimal(c: i32) -> bool {
    (i32::from(b'0')..=i32::from(b'9')).contains(&c)
}

fn is_hex(c: i32) -> bool {
    let l = c | 0x20;
    is_decimal(c) || (i32::from(b'a')..=i32::from(b'f')).contains(&l)
}

/// ASCII lower case of `c` (identity for other characters' relevant comparisons).
fn lower(c: i32) -> i32 {
    c | 0x20
}

fn as_char(c: i32) -> char {
    u32::try_from(c).ok().and_then(char::from_u32).unwrap_or('\u{FFFD}')
}

/// Go's `unicode.IsLetter`, approximated by Rust's `Alphabetic` property (which also admits
/// letter numbers and some combining marks).
fn unicode_is_letter(c: char) -> bool {
    c.is_alphabetic()
}

/// Go's `unicode.IsDigit` (category Nd), approximated as numeric and not alphabetic.
fn unicode_is_digit(c: char) -> bool {
    c.is_numeric() && !c.is_alphabetic()
}

fn base_name(base: u32) -> &'static str {
    match base {
        2 => "binary",
        8 => "octal",
        10 => "decimal",
        _ => "hexadecimal",
    }
}

/// Index of the first misplaced `_` in a number literal, as gc's `invalidSep`.
fn invalid_sep(x: &[u8]) -> Option<usize> {
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

impl<'a> Scanner<'a> {
    /// A scanner positioned before the first token of `src`.
    pub(crate) fn new(src: &'a str) -> Scanner<'a> {
        Scanner {
            src,
            r: 0,
            ch: i32::from(b' '),
            chw: 0,
            nlsemi: false,
            tok: Tok::Eof,
            pos: 0,
            end: 0,
            lit: String::new(),
            bad: false,
            kind: LitKind::Int,
            op: Op::None,
            prec: 0,
            errors: Vec::new(),
            directives: Vec::new(),
        }
    }

    /// Offset of the current character.
    fn ch_pos(&self) -> usize {
        self.r - self.chw
    }

    fn error_at(&mut self, pos: usize, msg: String) {
        self.errors.push((pos as u32, msg));
    }

    /// Reports `msg` at the current character.
    fn error(&mut self, msg: String) {
        self.error_at(self.ch_pos(), msg);
    }

    /// Reports `msg` at `offset` bytes after the current token's start.
    fn error_tok(&mut self, offset: usize, msg: String) {
        self.error_at(self.pos as usize + offset, msg);
    }

    /// Advances to the next character, skipping (and reporting) NULs and misplaced BOMs.
    fn nextch(&mut self) {
        loop {
            let bytes = self.src.as_bytes();
            if self.r >= bytes.len() {
                self.ch = EOF;
                self.chw = 0;
                self.r = bytes.len();
                return;
            }
            let b = bytes[self.r];
            if b < 0x80 {
                self.ch = i32::from(b);
                self.chw = 1;
                self.r += 1;
                if b == 0 {
                    self.error("invalid NUL character".to_string());
                    continue;
                }
                return;
            }
            // `src` is a `str`, so a full, valid UTF-8 sequence starts here.
            let c = self.src[self.r..].chars().next().unwrap_or('\u{FFFD}');
            self.ch = c as i32;
            self.chw = c.len_utf8();
            self.r += self.chw;
            if c == '\u{FEFF}' {
                if self.ch_pos() > 0 {
                    self.error("invalid BOM in the middle of the file".to_string());
                }
                continue;
            }
            return;
        }
    }

    /// The source text from the current token's start up to (excluding) the current character.
    fn segment(&self) -> &'a str {
        let lo = (self.pos as usize).min(self.src.len());
        let hi = self.ch_pos().clamp(lo, self.src.len());
        self.src.get(lo..hi).unwrap_or("")
    }

    /// Scans the next token into the public fields.
    pub(crate) fn next(&mut self) {
        let nlsemi = self.nlsemi;
        self.nlsemi = false;
        self.bad = false;
        self.op = Op::None;
        self.prec = 0;

        loop {
            // Skip white space.
            let mut blank =
                self.ch_pos() == 0 || self.src.as_bytes().get(self.ch_pos().wrapping_sub(1)) == Some(&b'\n');
            while self.ch == i32::from(b' ')
                || self.ch == i32::from(b'\t')
                || (self.ch == i32::from(b'\n') && !nlsemi)
                || self.ch == i32::from(b'\r')
            {
                if self.ch == i32::from(b'\n') {
                    blank = true;
                }
                self.nextch();
            }

            self.pos = self.ch_pos() as u32;
            if self.scan_token(nlsemi, blank) {
                self.end = self.ch_pos() as u32;
                return;
            }
        }
    }

    /// Scans one token starting at the current character. Returns `false` if only a comment
    /// (or an invalid character) was consumed and scanning must start over.
    fn scan_token(&mut self, nlsemi: bool, blank: bool) -> bool {
        let ch = self.ch;
        if is_letter(ch) || (ch >= 0x80 && self.at_ident_char(true)) {
            self.nextch();
            self.ident();
            return true;
        }
        let Ok(b) = u8::try_from(ch) else {
            // EOF
            if nlsemi {
                self.lit = "EOF".to_string();
                self.tok = Tok::Semi;
            } else {
                self.tok = Tok::Eof;
            }
            return true;
        };
        match b {
            b'\n' => {
                self.nextch();
                self.lit = "newline".to_string();
                self.tok = Tok::Semi;
            }
            b'0'..=b'9' => self.number(false),
            b'"' => self.std_string(),
            b'`' => self.raw_string(),
            b'\'' => self.rune(),
            b'(' => self.simple(Tok::Lparen, false),
            b'[' => self.simple(Tok::Lbrack, false),
            b'{' => self.simple(Tok::Lbrace, false),
            b',' => self.simple(Tok::Comma, false),
            b';' => {
                self.nextch();
                self.lit = "semicolon".to_string();
                self.tok = Tok::Semi;
            }
            b')' => self.simple(Tok::Rparen, true),
            b']' => self.simple(Tok::Rbrack, true),
            b'}' => self.simple(Tok::Rbrace, true),
            b':' => {
                self.nextch();
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.tok = Tok::Define;
                } else {
                    self.tok = Tok::Colon;
                }
            }
            b'.' => self.dot(),
            b'+' | b'-' => {
                self.nextch();
                let op = if b == b'+' { Op::Add } else { Op::Sub };
                self.set_op(op, PREC_ADD);
                if self.ch == i32::from(b) {
                    self.nextch();
                    self.nlsemi = true;
                    self.tok = Tok::IncOp;
                } else {
                    self.assign_op();
                }
            }
            b'*' => {
                self.nextch();
                self.set_op(Op::Mul, PREC_MUL);
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.tok = Tok::AssignOp;
                } else {
                    self.tok = Tok::Star;
                }
            }
            b'/' => {
                self.nextch();
                if self.ch == i32::from(b'/') {
                    self.nextch();
                    self.line_comment(blank);
                    return false;
                }
                if self.ch == i32::from(b'*') {
                    self.nextch();
                    self.full_comment();
                    let text = self.segment();
                    if nlsemi && text.contains('\n') {
                        // A multi-line comment acts like a newline.
                        self.lit = "newline".to_string();
                        self.tok = Tok::Semi;
                        return true;
                    }
                    return false;
                }
                self.set_op(Op::Div, PREC_MUL);
                self.assign_op();
            }
            b'%' => {
                self.nextch();
                self.set_op(Op::Rem, PREC_MUL);
                self.assign_op();
            }
            b'&' => {
                self.nextch();
                if self.ch == i32::from(b'&') {
                    self.nextch();
                    self.set_op(Op::AndAnd, PREC_ANDAND);
                    self.tok = Tok::Operator;
                } else {
                    self.set_op(Op::And, PREC_MUL);
                    if self.ch == i32::from(b'^') {
                        self.nextch();
                        self.op = Op::AndNot;
                    }
                    self.assign_op();
                }
            }
            b'|' => {
                self.nextch();
                if self.ch == i32::from(b'|') {
                    self.nextch();
                    self.set_op(Op::OrOr, PREC_OROR);
                    self.tok = Tok::Operator;
                } else {
                    self.set_op(Op::Or, PREC_ADD);
                    self.assign_op();
                }
            }
            b'^' => {
                self.nextch();
                self.set_op(Op::Xor, PREC_ADD);
                self.assign_op();
            }
            b'<' => {
                self.nextch();
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.set_op(Op::Leq, PREC_CMP);
                    self.tok = Tok::Operator;
                } else if self.ch == i32::from(b'<') {
                    self.nextch();
                    self.set_op(Op::Shl, PREC_MUL);
                    self.assign_op();
                } else if self.ch == i32::from(b'-') {
                    self.nextch();
                    self.tok = Tok::Arrow;
                } else {
                    self.set_op(Op::Lss, PREC_CMP);
                    self.tok = Tok::Operator;
                }
            }
            b'>' => {
                self.nextch();
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.set_op(Op::Geq, PREC_CMP);
                    self.tok = Tok::Operator;
                } else if self.ch == i32::from(b'>') {
                    self.nextch();
                    self.set_op(Op::Shr, PREC_MUL);
                    self.assign_op();
                } else {
                    self.set_op(Op::Gtr, PREC_CMP);
                    self.tok = Tok::Operator;
                }
            }
            b'=' => {
                self.nextch();
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.set_op(Op::Eql, PREC_CMP);
                    self.tok = Tok::Operator;
                } else {
                    self.tok = Tok::Assign;
                }
            }
            b'!' => {
                self.nextch();
                if self.ch == i32::from(b'=') {
                    self.nextch();
                    self.set_op(Op::Neq, PREC_CMP);
                } else {
                    self.set_op(Op::Not, 0);
                }
                self.tok = Tok::Operator;
            }
            b'~' => {
                self.nextch();
                self.set_op(Op::Tilde, 0);
                self.tok = Tok::Operator;
            }
            _ => {
                self.error(format!("invalid character {}", unicode_hash(as_char(ch))));
                self.nextch();
                return false;
            }
        }
        true
    }

    fn simple(&mut self, tok: Tok, nlsemi: bool) {
        self.nextch();
        self.nlsemi = nlsemi;
        self.tok = tok;
    }

    fn set_op(&mut self, op: Op, prec: u8) {
        self.op = op;
        self.prec = prec;
    }

    /// `op` or `op=`, with `op` already consumed and set.
    fn assign_op(&mut self) {
        if self.ch == i32::from(b'=') {
            self.nextch();
            self.tok = Tok::AssignOp;
        } else {
            self.tok = Tok::Operator;
        }
    }

    /// `.`, `...`, or a number starting with `.`.
    fn dot(&mut self) {
        self.nextch();
        if is_decimal(self.ch) {
            self.number(true);
            return;
        }
        if self.ch == i32::from(b'.') && self.src.as_bytes().get(self.r) == Some(&b'.') {
            self.nextch();
            self.nextch();
            self.tok = Tok::DotDotDot;
            return;
        }
        self.tok = Tok::Dot;
    }

    fn ident(&mut self) {
        while is_letter(self.ch) || is_decimal(self.ch) {
            self.nextch();
        }
        if self.ch >= 0x80 {
            while self.at_ident_char(false) {
                self.nextch();
            }
        }
        let lit = self.segment();
        if let Some(kw) = Tok::keyword(lit) {
            self.nlsemi = matches!(kw, Tok::Break | Tok::Continue | Tok::Fallthrough | Tok::Return);
            self.tok = kw;
            return;
        }
        self.nlsemi = true;
        self.lit = lit.to_string();
        self.tok = Tok::Name;
    }

    fn at_ident_char(&mut self, first: bool) -> bool {
        let c = as_char(self.ch);
        if self.ch < 0 {
            return false;
        }
        if unicode_is_letter(c) || c == '_' {
            return true;
        }
        if unicode_is_digit(c) {
            if first {
                self.error(format!("identifier cannot begin with digit {}", unicode_hash(c)));
            }
            return true;
        }
        if self.ch >= 0x80 {
            self.error(format!("invalid character {} in identifier", unicode_hash(c)));
            return true;
        }
        false
    }

    fn set_lit(&mut self, kind: LitKind, ok: bool) {
        self.nlsemi = true;
        self.tok = Tok::Literal;
        self.lit = self.segment().to_string();
        self.bad = !ok;
        self.kind = kind;
    }

    /// Accepts `{ digit | '_' }`; returns bit 0 if a digit was seen, bit 1 if a `_` was.
    /// For bases up to 10, records in `invalid` the offset of the first digit `>= base`.
    fn digits(&mut self, base: u32, mut invalid: Option<&mut Option<usize>>) -> u8 {
        let mut digsep = 0;
        if base <= 10 {
            let max = i32::from(b'0') + base as i32;
            while is_decimal(self.ch) || self.ch == i32::from(b'_') {
                let mut ds = 1;
                if self.ch == i32::from(b'_') {
                    ds = 2;
                } else if self.ch >= max {
                    if let Some(inv) = invalid.as_deref_mut() {
                        if inv.is_none() {
                            *inv = Some(self.ch_pos() - self.pos as usize);
                        }
                    }
                }
                digsep |= ds;
                self.nextch();
            }
        } else {
            while is_hex(self.ch) || self.ch == i32::from(b'_') {
                digsep |= if self.ch == i32::from(b'_') { 2 } else { 1 };
                self.nextch();
            }
        }
        digsep
    }

    fn number(&mut self, mut seen_point: bool) {
        let mut ok = true;
        let mut kind = LitKind::Int;
        let mut base = 10;
        let mut prefix = 0u8; // 0 (decimal), b'0' (0-octal), b'x', b'o', b'b'
        let mut digsep = 0u8;
        let mut invalid: Option<usize> = None;

        if !seen_point {
            if self.ch == i32::from(b'0') {
                self.nextch();
                match lower(self.ch) {
                    0x78 /* x */ => {
                        self.nextch();
                        base = 16;
                        prefix = b'x';
                    }
                    0x6f /* o */ => {
                        self.nextch();
                        base = 8;
                        prefix = b'o';
                    }
                    0x62 /* b */ => {
                        self.nextch();
                        base = 2;
                        prefix = b'b';
                    }
                    _ => {
                        base = 8;
                        prefix = b'0';
                        digsep = 1; // leading 0
                    }
                }
            }
            digsep |= self.digits(base, Some(&mut invalid));
            if self.ch == i32::from(b'.') {
                if prefix == b'o' || prefix == b'b' {
                    self.error(format!("invalid radix point in {} literal", base_name(base)));
                    ok = false;
                }
                self.nextch();
                seen_point = true;
            }
        }

        if seen_point {
            kind = LitKind::Float;
            digsep |= self.digits(base, Some(&mut invalid));
        }

        if digsep & 1 == 0 && ok {
            self.error(format!("{} literal has no digits", base_name(base)));
            ok = false;
        }

        let e = lower(self.ch);
        if e == i32::from(b'e') || e == i32::from(b'p') {
            if ok {
                if e == i32::from(b'e') && prefix != 0 && prefix != b'0' {
                    self.error(format!("{} exponent requires decimal mantissa", quote_rune(as_char(self.ch))));
                    ok = false;
                } else if e == i32::from(b'p') && prefix != b'x' {
                    self.error(format!("{} exponent requires hexadecimal mantissa", quote_rune(as_char(self.ch))));
                    ok = false;
                }
            }
            self.nextch();
            kind = LitKind::Float;
            if self.ch == i32::from(b'+') || self.ch == i32::from(b'-') {
                self.nextch();
            }
            digsep = self.digits(10, None) | (digsep & 2);
            if digsep & 1 == 0 && ok {
                self.error("exponent has no digits".to_string());
                ok = false;
            }
        } else if prefix == b'x' && kind == LitKind::Float && ok {
            self.error("hexadecimal mantissa requires a 'p' exponent".to_string());
            ok = false;
        }

        if self.ch == i32::from(b'i') {
            kind = LitKind::Imag;
            self.nextch();
        }

        self.set_lit(kind, ok);

        if kind == LitKind::Int && ok {
            if let Some(i) = invalid {
                let digit = self.lit.as_bytes().get(i).copied().unwrap_or(b'?');
                self.error_tok(i, format!("invalid digit {} in {} literal", quote_byte(digit), base_name(base)));
                ok = false;
            }
        }

        if digsep & 2 != 0 && ok {
            if let Some(i) = invalid_sep(self.lit.as_bytes()) {
                self.error_tok(i, "'_' must separate successive digits".to_string());
                ok = false;
            }
        }

        self.bad = !ok;
    }

    fn rune(&mut self) {
        let mut ok = true;
        self.nextch();
        let mut n = 0;
        loop {
            if self.ch == i32::from(b'\'') {
                if ok {
                    if n == 0 {
                        self.error("empty rune literal or unescaped '".to_string());
                        ok = false;
                    } else if n != 1 {
                        self.error_tok(0, "more than one character in rune literal".to_string());
                        ok = false;
                    }
                }
                self.nextch();
                break;
            }
            if self.ch == i32::from(b'\\') {
                self.nextch();
                if !self.escape(b'\'') {
                    ok = false;
                }
                n += 1;
                continue;
            }
            if self.ch == i32::from(b'\n') {
                if ok {
                    self.error("newline in rune literal".to_string());
                    ok = false;
                }
                break;
            }
            if self.ch < 0 {
                if ok {
                    self.error_tok(0, "rune literal not terminated".to_string());
                    ok = false;
                }
                break;
            }
            self.nextch();
            n += 1;
        }
        self.set_lit(LitKind::Rune, ok);
    }

    fn std_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == i32::from(b'"') {
                self.nextch();
                break;
            }
            if self.ch == i32::from(b'\\') {
                self.nextch();
                if !self.escape(b'"') {
                    ok = false;
                }
                continue;
            }
            if self.ch == i32::from(b'\n') {
                self.error("newline in string".to_string());
                ok = false;
                break;
            }
            if self.ch < 0 {
                self.error_tok(0, "string not terminated".to_string());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn raw_string(&mut self) {
        let mut ok = true;
        self.nextch();
        loop {
            if self.ch == i32::from(b'`') {
                self.nextch();
                break;
            }
            if self.ch < 0 {
                self.error_tok(0, "string not terminated".to_string());
                ok = false;
                break;
            }
            self.nextch();
        }
        self.set_lit(LitKind::String, ok);
    }

    fn skip_line(&mut self) {
        while self.ch >= 0 && self.ch != i32::from(b'\n') {
            self.nextch();
        }
    }

    /// A `//` comment; the `//` has been consumed.
    fn line_comment(&mut self, blank: bool) {
        let is_directive =
            self.src.get(self.r - self.chw..).is_some_and(|rest| rest.starts_with("go:") || rest.starts_with("loopc:"));
        self.skip_line();
        if is_directive {
            let seg = self.segment();
            let text = seg.strip_prefix("//").unwrap_or(seg);
            let text = text.strip_suffix('\r').unwrap_or(text);
            self.directives.push(Directive { pos: self.pos, text: text.to_string(), blank_line: blank });
        }
    }

    /// A `/*` comment; the `/*` has been consumed.
    fn full_comment(&mut self) {
        while self.ch >= 0 {
            while self.ch == i32::from(b'*') {
                self.nextch();
                if self.ch == i32::from(b'/') {
                    self.nextch();
                    return;
                }
            }
            self.nextch();
        }
        self.error_tok(0, "comment not terminated".to_string());
    }

    /// An escape sequence after `\` in a literal quoted by `quote`. Returns `false` after
    /// reporting an error.
    fn escape(&mut self, quote: u8) -> bool {
        let (n, base, max): (u32, u32, u32) = match u8::try_from(self.ch) {
            Ok(c) if c == quote || matches!(c, b'a' | b'b' | b'f' | b'n' | b'r' | b't' | b'v' | b'\\') => {
                self.nextch();
                return true;
            }
            Ok(b'0'..=b'7') => (3, 8, 255),
            Ok(b'x') => {
                self.nextch();
                (2, 16, 255)
            }
            Ok(b'u') => {
                self.nextch();
                (4, 16, 0x10FFFF)
            }
            Ok(b'U') => {
                self.nextch();
                (8, 16, 0x10FFFF)
            }
            _ => {
                if self.ch < 0 {
                    return true; // the caller complains about EOF
                }
                self.error("unknown escape".to_string());
                return false;
            }
        };

        let mut x: u32 = 0;
        for _ in 0..n {
            if self.ch < 0 {
                return true; // the caller complains about EOF
            }
            let d = if is_decimal(self.ch) {
                (self.ch - i32::from(b'0')) as u32
            } else if (i32::from(b'a')..=i32::from(b'f')).contains(&lower(self.ch)) {
                (lower(self.ch) - i32::from(b'a')) as u32 + 10
            } else {
                base
            };
            if d >= base {
                self.error(format!("invalid character {} in {} escape", quote_rune(as_char(self.ch)), base_name(base)));
                return false;
            }
            x = x.wrapping_mul(base).wrapping_add(d);
            self.nextch();
        }

        if x > max && base == 8 {
            self.error(format!("octal escape value {} > 255", x));
            return false;
        }
        if x > max || (0xD800..0xE000).contains(&x) {
            self.error(format!("escape is invalid Unicode code point {}", unicode_hash_u32(x)));
            return false;
        }
        true
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    /// The tokens of `src`, as `tok` or `tok:lit` strings.
    fn tokens(src: &str) -> Vec<String> {
        let mut s = Scanner::new(src);
        let mut out = Vec::new();
        loop {
            s.next();
            let t = match s.tok {
                Tok::Name | Tok::Literal | Tok::Semi => format!("{}:{}", s.tok.as_str(), s.lit),
                Tok::Operator | Tok::AssignOp | Tok::IncOp => format!("{}:{}", s.tok.as_str(), s.op.as_str()),
                t => t.as_str().to_string(),
            };
            out.push(t);
            if s.tok == Tok::Eof || out.len() > 1000 {
                break;
            }
        }
        out
    }

    fn errors(src: &str) -> Vec<(u32, String)> {
        let mut s = Scanner::new(src);
        for _ in 0..1000 {
            s.next();
            if s.tok == Tok::Eof {
                break;
            }
        }
        s.errors
    }

    #[test]
    fn semicolons_are_inserted_after_statement_enders() {
        assert_eq!(tokens("x\n"), ["name:x", ";:newline", "EOF"]);
        assert_eq!(tokens("x"), ["name:x", ";:EOF", "EOF"]);
        assert_eq!(tokens("return\nbreak\n"), ["return", ";:newline", "break", ";:newline", "EOF"]);
        assert_eq!(
            tokens("x++\n)\n]\n}\n"),
            ["name:x", "opop:+", ";:newline", ")", ";:newline", "]", ";:newline", "}", ";:newline", "EOF"]
        );
        // No semicolon after operators, `(`, or keywords like `if`.
        assert_eq!(tokens("x +\ny\n"), ["name:x", "op:+", "name:y", ";:newline", "EOF"]);
        assert_eq!(tokens("if\n{\n"), ["if", "{", "EOF"]);
        assert_eq!(tokens("a;b"), ["name:a", ";:semicolon", "name:b", ";:EOF", "EOF"]);
    }

    #[test]
    fn comments_and_semicolons() {
        assert_eq!(tokens("x // c\ny"), ["name:x", ";:newline", "name:y", ";:EOF", "EOF"]);
        assert_eq!(tokens("x /* c */ y"), ["name:x", "name:y", ";:EOF", "EOF"]);
        // A block comment with a newline acts as a newline.
        assert_eq!(tokens("x /* a\nb */ y"), ["name:x", ";:newline", "name:y", ";:EOF", "EOF"]);
        assert_eq!(tokens("( /* a\nb */ y"), ["(", "name:y", ";:EOF", "EOF"]);
        assert_eq!(errors("/* x"), [(0, "comment not terminated".to_string())]);
    }

    #[test]
    fn number_literals() {
        for ok in [
            "0",
            "42",
            "0x2a",
            "0X2A",
            "0o17",
            "0O17",
            "017",
            "0b101",
            "1_000",
            "0x_1f",
            "1.5",
            "1.",
            ".5",
            "1e9",
            "1E+9",
            "1e-9",
            "0x1p-2",
            "0x1.8p1",
            "0X.8P0",
            "2i",
            "1.5i",
            "0x10i",
            "0o7i",
            "1_0.2_5e1_0",
            "089.5",
            "089i",
        ] {
            let mut s = Scanner::new(ok);
            s.next();
            assert_eq!((s.tok, s.lit.as_str(), s.bad), (Tok::Literal, ok, false), "{ok}");
            assert!(s.errors.is_empty(), "{ok}: {:?}", s.errors);
        }
        let kinds = |src: &str| {
            let mut s = Scanner::new(src);
            s.next();
            s.kind
        };
        assert_eq!(kinds("1"), LitKind::Int);
        assert_eq!(kinds("1e3"), LitKind::Float);
        assert_eq!(kinds("0x1p3"), LitKind::Float);
        assert_eq!(kinds("3i"), LitKind::Imag);
        assert_eq!(tokens("1..2"), ["literal:1.", "literal:.2", ";:EOF", "EOF"]);
    }

    #[test]
    fn number_errors() {
        let e = |src: &str| errors(src).into_iter().next().map(|(p, m)| format!("{p}: {m}"));
        assert_eq!(e("08").as_deref(), Some("1: invalid digit '8' in octal literal"));
        assert_eq!(e("0b102").as_deref(), Some("4: invalid digit '2' in binary literal"));
        assert_eq!(e("0x").as_deref(), Some("2: hexadecimal literal has no digits"));
        assert_eq!(e("0x1.5").as_deref(), Some("5: hexadecimal mantissa requires a 'p' exponent"));
        assert_eq!(e("0b1.0").as_deref(), Some("3: invalid radix point in binary literal"));
        assert_eq!(e("0o1e3").as_deref(), Some("3: 'e' exponent requires decimal mantissa"));
        assert_eq!(e("1p3").as_deref(), Some("1: 'p' exponent requires hexadecimal mantissa"));
        assert_eq!(e("1e").as_deref(), Some("2: exponent has no digits"));
        assert_eq!(e("1__0").as_deref(), Some("2: '_' must separate successive digits"));
        assert_eq!(e("10_").as_deref(), Some("2: '_' must separate successive digits"));
        assert_eq!(e("0x_1"), None);
    }

    #[test]
    fn rune_and_string_literals() {
        for ok in [
            r"'a'",
            r"'\n'",
            r"'\''",
            r"'\\'",
            r"'\x41'",
            r"'\101'",
            r"'\u00e9'",
            r"'\U0001F600'",
            "'é'",
            r#""""#,
            r#""a\"b""#,
            r#""\a\b\f\n\r\t\v\\""#,
            "`raw\\n\nline`",
        ] {
            let mut s = Scanner::new(ok);
            s.next();
            assert_eq!((s.tok, s.lit.as_str(), s.bad), (Tok::Literal, ok, false), "{ok}");
            assert!(s.errors.is_empty(), "{ok}: {:?}", s.errors);
        }
        let e = |src: &str| errors(src).into_iter().next().map(|(p, m)| format!("{p}: {m}"));
        assert_eq!(e("'ab'").as_deref(), Some("0: more than one character in rune literal"));
        assert_eq!(e("''").as_deref(), Some("1: empty rune literal or unescaped '"));
        assert_eq!(e("'a").as_deref(), Some("0: rune literal not terminated"));
        assert_eq!(e("'a\n'").as_deref(), Some("2: newline in rune literal"));
        assert_eq!(e("\"ab\nc\"").as_deref(), Some("3: newline in string"));
        assert_eq!(e("\"ab").as_deref(), Some("0: string not terminated"));
        assert_eq!(e("`ab").as_deref(), Some("0: string not terminated"));
        assert_eq!(e(r#""\q""#).as_deref(), Some("2: unknown escape"));
        assert_eq!(e(r#""\xZZ""#).as_deref(), Some("3: invalid character 'Z' in hexadecimal escape"));
        assert_eq!(e(r#""\400""#).as_deref(), Some("5: octal escape value 256 > 255"));
        assert_eq!(e(r#""\uD800""#).as_deref(), Some("7: escape is invalid Unicode code point U+D800"));
    }

    #[test]
    fn invalid_characters_and_bom() {
        assert_eq!(errors("x @ y"), [(2, "invalid character U+0040 '@'".to_string())]);
        assert_eq!(errors("\u{feff}package p"), []);
        assert_eq!(errors("x\u{feff}"), [(1, "invalid BOM in the middle of the file".to_string())]);
        assert_eq!(errors("a\0b"), [(1, "invalid NUL character".to_string())]);
        assert_eq!(errors("x·y"), [(1, "invalid character U+00B7 '·' in identifier".to_string())]);
        assert_eq!(tokens("\u{feff}x"), ["name:x", ";:EOF", "EOF"]);
    }

    #[test]
    fn operators() {
        assert_eq!(
            tokens("a &^= b <- c ... &&"),
            ["name:a", "op=:&^", "name:b", "<-", "name:c", "...", "op:&&", "EOF"]
        );
        assert_eq!(tokens("x.. y"), ["name:x", ".", ".", "name:y", ";:EOF", "EOF"]);
        assert_eq!(tokens("*p *= ~x"), ["*", "name:p", "op=:*", "op:~", "name:x", ";:EOF", "EOF"]);
    }

    #[test]
    fn directives_are_queued() {
        let mut s = Scanner::new("//go:build linux\n x //go:noinline\n");
        s.next();
        assert_eq!(s.directives.len(), 1);
        assert_eq!(s.directives[0].text, "go:build linux");
        assert!(s.directives[0].blank_line);
        s.next();
        s.next();
        assert_eq!(s.directives.len(), 2);
        assert!(!s.directives[1].blank_line);
    }
}
