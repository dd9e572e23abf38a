// Package fmt is loopc's implementation of the subset of Go's fmt package that loopc
// supports. This file is the printer: it walks a format string (doPrintf) or an operand
// list (doPrint, doPrintln), and prints each operand (printArg) by, in order: its basic
// type; its Formatter, GoStringer (%#v), error or Stringer method; or, for any other
// value, by walking it with the runtime's reflection API (printValue), which is also how
// the elements of composite values are reached. Error cases print Go's %!verb(...) forms.
package fmt

import (
	"runtime"
	"strconv"
	"unicode/utf8"
)

const (
	commaSpaceString  = ", "
	nilAngleString    = "<nil>"
	nilParenString    = "(nil)"
	nilString         = "nil"
	mapString         = "map["
	percentBangString = "%!"
	missingString     = "(MISSING)"
	badIndexString    = "(BADINDEX)"
	panicString       = "(PANIC="
	extraString       = "%!(EXTRA "
	badWidthString    = "%!(BADWIDTH)"
	badPrecString     = "%!(BADPREC)"
	noVerbString      = "%!(NOVERB)"
	invReflectString  = "<invalid reflect.Value>"
)

const (
	signed   = true
	unsigned = false
)

// State represents the printer state passed to custom formatters. It provides access to
// the io.Writer interface plus information about the flags and options for the operand's
// format specifier.
type State interface {
	// Write is the function to call to emit formatted output to be printed.
	Write(b []byte) (n int, err error)
	// Width returns the value of the width option and whether it has been set.
	Width() (wid int, ok bool)
	// Precision returns the value of the precision option and whether it has been set.
	Precision() (prec int, ok bool)
	// Flag reports whether the flag c, a character, has been set.
	Flag(c int) bool
}

// Formatter is implemented by any value that has a Format method. The implementation
// controls how State and rune are interpreted, and may call Sprint or Fprint(f) etc. to
// generate its output.
type Formatter interface {
	Format(f State, verb rune)
}

// Stringer is implemented by any value that has a String method, which defines the
// "native" format for that value. The String method is used to print values passed as an
// operand to any format that accepts a string or to an unformatted printer such as Print.
type Stringer interface {
	String() string
}

// GoStringer is implemented by any value that has a GoString method, which defines the
// Go syntax for that value. The GoString method is used to print values passed as an
// operand to a %#v format.
type GoStringer interface {
	GoString() string
}

// FormatString returns a string representing the fully qualified formatting directive
// captured by the State, followed by the argument verb.
func FormatString(state State, verb rune) string {
	b := []byte{'%'}
	for _, c := range " +-#0" {
		if state.Flag(int(c)) {
			b = append(b, byte(c))
		}
	}
	if w, ok := state.Width(); ok {
		b = strconv.AppendInt(b, int64(w), 10)
	}
	if p, ok := state.Precision(); ok {
		b = append(b, '.')
		b = strconv.AppendInt(b, int64(p), 10)
	}
	b = utf8.AppendRune(b, verb)
	return string(b)
}

// pp is the printer state for one Sprintf-family call.
type pp struct {
	buf buffer
	fmt fieldFmt
	// reordered records whether the format string used argument indexes.
	reordered bool
	// goodArgNum records whether the most recent argument index was valid.
	goodArgNum bool
	// panicking is set while printing a value a method panicked with (a second panic
	// then propagates).
	panicking bool
	// erroring is set while printing an error-verb operand, so that its methods are not
	// called (they might be what failed).
	erroring bool
	// wrapErrs is set for Errorf: %w is allowed.
	wrapErrs bool
	// wrappedErrs are the operand indexes of the %w verbs.
	wrappedErrs []int
}

func newPrinter() *pp {
	p := new(pp)
	p.fmt.buf = &p.buf
	return p
}

// Width, Precision, Flag, Write and WriteString make pp a State.

func (p *pp) Width() (wid int, ok bool) { return p.fmt.wid, p.fmt.widPresent }

func (p *pp) Precision() (prec int, ok bool) { return p.fmt.prec, p.fmt.precPresent }

func (p *pp) Flag(b int) bool {
	switch b {
	case '-':
		return p.fmt.minus
	case '+':
		return p.fmt.plus || p.fmt.plusV
	case '#':
		return p.fmt.sharp || p.fmt.sharpV
	case ' ':
		return p.fmt.space
	case '0':
		return p.fmt.zero
	}
	return false
}

func (p *pp) Write(b []byte) (ret int, err error) {
	p.buf.write(b)
	return len(b), nil
}

func (p *pp) WriteString(s string) (ret int, err error) {
	p.buf.writeString(s)
	return len(s), nil
}

// ---- errors and helpers ----

func (p *pp) unknownType(v runtime.Value) {
	if !v.IsValid() {
		p.buf.writeString(nilAngleString)
		return
	}
	p.buf.writeByte('?')
	p.buf.writeString(v.Type().String())
	p.buf.writeByte('?')
}

// badVerb prints %!verb(type=value) for an operand the verb does not apply to.
func (p *pp) badVerb(arg any, value runtime.Value, verb rune) {
	p.erroring = true
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeByte('(')
	switch {
	case arg != nil:
		p.buf.writeString(runtime.TypeOf(arg).String())
		p.buf.writeByte('=')
		p.printArg(arg, 'v')
	case value.IsValid():
		p.buf.writeString(value.Type().String())
		p.buf.writeByte('=')
		p.printValue(value, 'v', 0)
	default:
		p.buf.writeString(nilAngleString)
	}
	p.buf.writeByte(')')
	p.erroring = false
}

func (p *pp) fmtBool(arg any, value runtime.Value, v bool, verb rune) {
	switch verb {
	case 't', 'v':
		p.fmt.fmtBoolean(v)
	default:
		p.badVerb(arg, value, verb)
	}
}

// fmt0x64 formats v in hex, with a leading 0x if leading0x.
func (p *pp) fmt0x64(v uint64, leading0x bool) {
	sharp := p.fmt.sharp
	p.fmt.sharp = leading0x
	p.fmt.fmtInteger(v, 16, unsigned, 'v', ldigits)
	p.fmt.sharp = sharp
}

func (p *pp) fmtInteger(arg any, value runtime.Value, v uint64, isSigned bool, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV && !isSigned {
			p.fmt0x64(v, true)
		} else {
			p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
		}
	case 'd':
		p.fmt.fmtInteger(v, 10, isSigned, verb, ldigits)
	case 'b':
		p.fmt.fmtInteger(v, 2, isSigned, verb, ldigits)
	case 'o', 'O':
		p.fmt.fmtInteger(v, 8, isSigned, verb, ldigits)
	case 'x':
		p.fmt.fmtInteger(v, 16, isSigned, verb, ldigits)
	case 'X':
		p.fmt.fmtInteger(v, 16, isSigned, verb, udigits)
	case 'c':
		p.fmt.fmtC(v)
	case 'q':
		p.fmt.fmtQc(v)
	case 'U':
		p.fmt.fmtUnicode(v)
	default:
		p.badVerb(arg, value, verb)
	}
}

func (p *pp) fmtFloat(arg any, value runtime.Value, v float64, size int, verb rune) {
	switch verb {
	case 'v':
		p.fmt.fmtFloat(v, size, 'g', -1)
	case 'b', 'g', 'G', 'x', 'X':
		p.fmt.fmtFloat(v, size, verb, -1)
	case 'f', 'e', 'E':
		p.fmt.fmtFloat(v, size, verb, 6)
	case 'F':
		p.fmt.fmtFloat(v, size, 'f', 6)
	default:
		p.badVerb(arg, value, verb)
	}
}

func (p *pp) fmtString(arg any, value runtime.Value, v string, verb rune) {
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.fmt.fmtQ(v)
		} else {
			p.fmt.fmtS(v)
		}
	case 's':
		p.fmt.fmtS(v)
	case 'x':
		p.fmt.fmtSx(v, ldigits)
	case 'X':
		p.fmt.fmtSx(v, udigits)
	case 'q':
		p.fmt.fmtQ(v)
	default:
		p.badVerb(arg, value, verb)
	}
}

// fmtBytes formats a byte slice or array; typeString is its type for %#v. Verbs other
// than the string-like ones print it as a list of integers (value, if valid, is the
// operand, for printValue).
func (p *pp) fmtBytes(v []byte, verb rune, typeString string, value runtime.Value) {
	switch verb {
	case 'v', 'd':
		if p.fmt.sharpV {
			p.buf.writeString(typeString)
			if v == nil {
				p.buf.writeString(nilParenString)
				return
			}
			p.buf.writeByte('{')
			for i, c := range v {
				if i > 0 {
					p.buf.writeString(commaSpaceString)
				}
				p.fmt0x64(uint64(c), true)
			}
			p.buf.writeByte('}')
		} else {
			p.buf.writeByte('[')
			for i, c := range v {
				if i > 0 {
					p.buf.writeByte(' ')
				}
				p.fmt.fmtInteger(uint64(c), 10, unsigned, verb, ldigits)
			}
			p.buf.writeByte(']')
		}
	case 's':
		p.fmt.fmtBs(v)
	case 'x':
		p.fmt.fmtBx(v, ldigits)
	case 'X':
		p.fmt.fmtBx(v, udigits)
	case 'q':
		p.fmt.fmtQ(string(v))
	default:
		if !value.IsValid() {
			value = runtime.ValueOf(v)
		}
		p.printValue(value, verb, 0)
	}
}

// fmtPointer formats a pointer-like value (pointer, map, slice, func) as an address.
func (p *pp) fmtPointer(arg any, value runtime.Value, verb rune) {
	var u uintptr
	switch value.Kind() {
	case runtime.Chan, runtime.Func, runtime.Map, runtime.Pointer, runtime.Slice, runtime.UnsafePointer:
		u = value.Pointer()
	default:
		p.badVerb(arg, value, verb)
		return
	}
	switch verb {
	case 'v':
		if p.fmt.sharpV {
			p.buf.writeByte('(')
			p.buf.writeString(value.Type().String())
			p.buf.writeString(")(")
			if u == 0 {
				p.buf.writeString(nilString)
			} else {
				p.fmt0x64(uint64(u), true)
			}
			p.buf.writeByte(')')
		} else if u == 0 {
			p.fmt.padString(nilAngleString)
		} else {
			p.fmt0x64(uint64(u), !p.fmt.sharp)
		}
	case 'p':
		p.fmt0x64(uint64(u), !p.fmt.sharp)
	case 'b', 'o', 'd', 'x', 'X':
		p.fmtInteger(arg, value, uint64(u), unsigned, verb)
	default:
		p.badVerb(arg, value, verb)
	}
}

// catchPanic is deferred around calls of an operand's methods: a panic in the method
// prints %!verb(PANIC=Method method: value), except that a nil pointer receiver prints
// <nil> (the method was never meant to see it).
func (p *pp) catchPanic(arg any, verb rune, method string) {
	if err := recover(); err != nil {
		if v := runtime.ValueOf(arg); v.Kind() == runtime.Pointer && v.IsNil() {
			p.buf.writeString(nilAngleString)
			return
		}
		if p.panicking {
			// Printing the panic value panicked too: give up.
			panic(err)
		}
		oldFlags := p.fmt.fmtFlags
		p.fmt.clearflags()
		p.buf.writeString(percentBangString)
		p.buf.writeRune(verb)
		p.buf.writeString(panicString)
		p.buf.writeString(method)
		p.buf.writeString(" method: ")
		p.panicking = true
		p.printArg(err, 'v')
		p.panicking = false
		p.buf.writeByte(')')
		p.fmt.fmtFlags = oldFlags
	}
}

// handleMethods prints arg with its Format, GoString, Error or String method if the verb
// calls for one, and reports whether it did.
func (p *pp) handleMethods(arg any, value runtime.Value, verb rune) (handled bool) {
	if p.erroring {
		return false
	}
	if verb == 'w' {
		// %w is %v of an error, only in Errorf.
		_, ok := arg.(error)
		if !ok || !p.wrapErrs {
			p.badVerb(arg, value, verb)
			return true
		}
		verb = 'v'
	}
	if formatter, ok := arg.(Formatter); ok {
		handled = true // stays set if the method panics
		defer p.catchPanic(arg, verb, "Format")
		formatter.Format(p, verb)
		return
	}
	if p.fmt.sharpV {
		if stringer, ok := arg.(GoStringer); ok {
			handled = true
			defer p.catchPanic(arg, verb, "GoString")
			p.fmt.fmtS(stringer.GoString())
			return
		}
		return false
	}
	switch verb {
	case 'v', 's', 'x', 'X', 'q':
		switch v := arg.(type) {
		case error:
			handled = true
			defer p.catchPanic(arg, verb, "Error")
			p.fmtString(arg, value, v.Error(), verb)
			return
		case Stringer:
			handled = true
			defer p.catchPanic(arg, verb, "String")
			p.fmtString(arg, value, v.String(), verb)
			return
		}
	}
	return false
}

// printArg prints one operand.
func (p *pp) printArg(arg any, verb rune) {
	if arg == nil {
		switch verb {
		case 'T', 'v':
			p.fmt.padString(nilAngleString)
		default:
			p.badVerb(arg, runtime.Value{}, verb)
		}
		return
	}
	switch verb {
	case 'T':
		p.fmt.fmtS(runtime.TypeOf(arg).String())
		return
	case 'p':
		p.fmtPointer(arg, runtime.ValueOf(arg), 'p')
		return
	}
	// Basic types are printed directly, without their methods (a defined type such as
	// `type T int` is not matched here).
	switch f := arg.(type) {
	case bool:
		p.fmtBool(arg, runtime.Value{}, f, verb)
	case float32:
		p.fmtFloat(arg, runtime.Value{}, float64(f), 32, verb)
	case float64:
		p.fmtFloat(arg, runtime.Value{}, f, 64, verb)
	case int:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), signed, verb)
	case int8:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), signed, verb)
	case int16:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), signed, verb)
	case int32:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), signed, verb)
	case int64:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), signed, verb)
	case uint:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), unsigned, verb)
	case uint8:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), unsigned, verb)
	case uint16:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), unsigned, verb)
	case uint32:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), unsigned, verb)
	case uint64:
		p.fmtInteger(arg, runtime.Value{}, f, unsigned, verb)
	case uintptr:
		p.fmtInteger(arg, runtime.Value{}, uint64(f), unsigned, verb)
	case string:
		p.fmtString(arg, runtime.Value{}, f, verb)
	case []byte:
		p.fmtBytes(f, verb, "[]byte", runtime.Value{})
	default:
		if !p.handleMethods(arg, runtime.Value{}, verb) {
			p.printValue(runtime.ValueOf(f), verb, 0)
		}
	}
}

// printValue prints a value reached by reflection; depth is 0 for an operand itself.
// Nested values that can be converted back to interfaces get their methods called.
func (p *pp) printValue(value runtime.Value, verb rune, depth int) {
	if depth > 0 && value.IsValid() && value.CanInterface() {
		if p.handleMethods(value.Interface(), value, verb) {
			return
		}
	}
	switch value.Kind() {
	case runtime.Invalid:
		if depth == 0 {
			p.buf.writeString(invReflectString)
		} else if verb == 'v' {
			p.buf.writeString(nilAngleString)
		} else {
			p.badVerb(nil, value, verb)
		}
	case runtime.Bool:
		p.fmtBool(nil, value, value.Bool(), verb)
	case runtime.Int, runtime.Int8, runtime.Int16, runtime.Int32, runtime.Int64:
		p.fmtInteger(nil, value, uint64(value.Int()), signed, verb)
	case runtime.Uint, runtime.Uint8, runtime.Uint16, runtime.Uint32, runtime.Uint64, runtime.Uintptr:
		p.fmtInteger(nil, value, value.Uint(), unsigned, verb)
	case runtime.Float32:
		p.fmtFloat(nil, value, value.Float(), 32, verb)
	case runtime.Float64:
		p.fmtFloat(nil, value, value.Float(), 64, verb)
	case runtime.String:
		p.fmtString(nil, value, value.String(), verb)
	case runtime.Map:
		p.printMap(value, verb, depth)
	case runtime.Struct:
		p.printStruct(value, verb, depth)
	case runtime.Interface:
		elem := value.Elem()
		if !elem.IsValid() {
			if p.fmt.sharpV {
				p.buf.writeString(value.Type().String())
				p.buf.writeString(nilParenString)
			} else {
				p.buf.writeString(nilAngleString)
			}
		} else {
			p.printValue(elem, verb, depth+1)
		}
	case runtime.Array, runtime.Slice:
		p.printList(value, verb, depth)
	case runtime.Pointer:
		// A pointer to a composite value, as an operand, prints as &value.
		if depth == 0 && value.Pointer() != 0 {
			switch elem := value.Elem(); elem.Kind() {
			case runtime.Array, runtime.Slice, runtime.Struct, runtime.Map:
				p.buf.writeByte('&')
				p.printValue(elem, verb, depth+1)
				return
			}
		}
		p.fmtPointer(nil, value, verb)
	case runtime.Chan, runtime.Func, runtime.UnsafePointer:
		p.fmtPointer(nil, value, verb)
	default:
		p.unknownType(value)
	}
}

func (p *pp) printMap(value runtime.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(value.Type().String())
		if value.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
	} else {
		p.buf.writeString(mapString)
	}
	for i, kv := range sortedMap(value) {
		if i > 0 {
			if p.fmt.sharpV {
				p.buf.writeString(commaSpaceString)
			} else {
				p.buf.writeByte(' ')
			}
		}
		p.printValue(kv.key, verb, depth+1)
		p.buf.writeByte(':')
		p.printValue(kv.value, verb, depth+1)
	}
	if p.fmt.sharpV {
		p.buf.writeByte('}')
	} else {
		p.buf.writeByte(']')
	}
}

func (p *pp) printStruct(value runtime.Value, verb rune, depth int) {
	if p.fmt.sharpV {
		p.buf.writeString(value.Type().String())
	}
	p.buf.writeByte('{')
	t := value.Type()
	for i := 0; i < value.NumField(); i++ {
		if i > 0 {
			if p.fmt.sharpV {
				p.buf.writeString(commaSpaceString)
			} else {
				p.buf.writeByte(' ')
			}
		}
		if p.fmt.plusV || p.fmt.sharpV {
			if name := t.Field(i).Name; name != "" {
				p.buf.writeString(name)
				p.buf.writeByte(':')
			}
		}
		// A non-nil interface field prints as its dynamic value.
		field := value.Field(i)
		if field.Kind() == runtime.Interface && !field.IsNil() {
			field = field.Elem()
		}
		p.printValue(field, verb, depth+1)
	}
	p.buf.writeByte('}')
}

func (p *pp) printList(value runtime.Value, verb rune, depth int) {
	switch verb {
	case 's', 'q', 'x', 'X':
		// Byte slices and arrays print as strings for these verbs.
		t := value.Type()
		if t.Elem().Kind() == runtime.Uint8 {
			var bytes []byte
			if value.Kind() == runtime.Slice {
				bytes = value.Bytes()
			} else {
				bytes = make([]byte, value.Len())
				for i := range bytes {
					bytes[i] = byte(value.Index(i).Uint())
				}
			}
			p.fmtBytes(bytes, verb, t.String(), value)
			return
		}
	}
	if p.fmt.sharpV {
		p.buf.writeString(value.Type().String())
		if value.Kind() == runtime.Slice && value.IsNil() {
			p.buf.writeString(nilParenString)
			return
		}
		p.buf.writeByte('{')
		for i := 0; i < value.Len(); i++ {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			p.printValue(value.Index(i), verb, depth+1)
		}
		p.buf.writeByte('}')
		return
	}
	p.buf.writeByte('[')
	for i := 0; i < value.Len(); i++ {
		if i > 0 {
			p.buf.writeByte(' ')
		}
		p.printValue(value.Index(i), verb, depth+1)
	}
	p.buf.writeByte(']')
}

// ---- format strings ----

// tooLarge reports whether the magnitude of the integer is too large to be used as a
// formatting width or precision.
func tooLarge(x int) bool {
	const max int = 1e6
	return x > max || x < -max
}

// parsenum converts ASCII digits at s[start:end] to an integer.
func parsenum(s string, start, end int) (num int, isnum bool, newi int) {
	if start >= end {
		return 0, false, end
	}
	for newi = start; newi < end && '0' <= s[newi] && s[newi] <= '9'; newi++ {
		if tooLarge(num) {
			return 0, false, end // overflow: a crazy long number
		}
		num = num*10 + int(s[newi]-'0')
		isnum = true
	}
	return
}

// intFromArg gets the argNum'th operand as an int, for a * width or precision.
func intFromArg(a []any, argNum int) (num int, isInt bool, newArgNum int) {
	newArgNum = argNum
	if argNum < len(a) {
		num, isInt = a[argNum].(int)
		if !isInt {
			switch v := runtime.ValueOf(a[argNum]); v.Kind() {
			case runtime.Int, runtime.Int8, runtime.Int16, runtime.Int32, runtime.Int64:
				n := v.Int()
				if int64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			case runtime.Uint, runtime.Uint8, runtime.Uint16, runtime.Uint32, runtime.Uint64, runtime.Uintptr:
				n := v.Uint()
				if int64(n) >= 0 && uint64(int(n)) == n {
					num = int(n)
					isInt = true
				}
			}
		}
		newArgNum = argNum + 1
		if tooLarge(num) {
			num = 0
			isInt = false
		}
	}
	return
}

// parseArgNumber parses an argument index "[n]" at the start of format: it returns the
// zero-based index, the length of the bracketed text, and whether it was well formed.
func parseArgNumber(format string) (index int, wid int, ok bool) {
	if len(format) < 3 {
		return 0, 1, false
	}
	for i := 1; i < len(format); i++ {
		if format[i] == ']' {
			width, ok, newi := parsenum(format, 1, i)
			if !ok || newi != i {
				return 0, i + 1, false
			}
			return width - 1, i + 1, true
		}
	}
	return 0, 1, false
}

// argNumber applies an argument index at format[i], if there is one.
func (p *pp) argNumber(argNum int, format string, i int, numArgs int) (newArgNum, newi int, found bool) {
	if len(format) <= i || format[i] != '[' {
		return argNum, i, false
	}
	p.reordered = true
	index, wid, ok := parseArgNumber(format[i:])
	if ok && 0 <= index && index < numArgs {
		return index, i + wid, true
	}
	p.goodArgNum = false
	return argNum, i + wid, ok
}

func (p *pp) badArgNum(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(badIndexString)
}

func (p *pp) missingArg(verb rune) {
	p.buf.writeString(percentBangString)
	p.buf.writeRune(verb)
	p.buf.writeString(missingString)
}

// setVerbV converts the sharp and plus flags of %v (and %w) into sharpV and plusV.
func (p *pp) setVerbV() {
	p.fmt.sharpV = p.fmt.sharp
	p.fmt.sharp = false
	p.fmt.plusV = p.fmt.plus
	p.fmt.plus = false
}

func (p *pp) doPrintf(format string, a []any) {
	end := len(format)
	argNum := 0         // the next operand
	afterIndex := false // the previous item was an argument index like [3]
	p.reordered = false
	for i := 0; i < end; {
		p.goodArgNum = true
		lasti := i
		for i < end && format[i] != '%' {
			i++
		}
		if i > lasti {
			p.buf.writeString(format[lasti:i])
		}
		if i >= end {
			break
		}
		i++ // skip %

		p.fmt.clearflags()
		// Flags, then the common case of a simple lower-case verb.
		simple := false
	flags:
		for ; i < end; i++ {
			c := format[i]
			switch c {
			case '#':
				p.fmt.sharp = true
			case '0':
				p.fmt.zero = true
			case '+':
				p.fmt.plus = true
			case '-':
				p.fmt.minus = true
			case ' ':
				p.fmt.space = true
			default:
				if 'a' <= c && c <= 'z' && argNum < len(a) {
					if c == 'w' {
						p.wrappedErrs = append(p.wrappedErrs, argNum)
					}
					if c == 'v' || c == 'w' {
						p.setVerbV()
					}
					p.printArg(a[argNum], rune(c))
					argNum++
					i++
					simple = true
				}
				break flags
			}
		}
		if simple {
			continue
		}

		// Argument index, then width.
		argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		if i < end && format[i] == '*' {
			i++
			p.fmt.wid, p.fmt.widPresent, argNum = intFromArg(a, argNum)
			if !p.fmt.widPresent {
				p.buf.writeString(badWidthString)
			}
			// A negative width means - flag.
			if p.fmt.wid < 0 {
				p.fmt.wid = -p.fmt.wid
				p.fmt.minus = true
				p.fmt.zero = false
			}
			afterIndex = false
		} else {
			p.fmt.wid, p.fmt.widPresent, i = parsenum(format, i, end)
			if afterIndex && p.fmt.widPresent { // "%[3]2d"
				p.goodArgNum = false
			}
		}

		// Precision.
		if i+1 < end && format[i] == '.' {
			i++
			if afterIndex { // "%[3].2d"
				p.goodArgNum = false
			}
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
			if i < end && format[i] == '*' {
				i++
				p.fmt.prec, p.fmt.precPresent, argNum = intFromArg(a, argNum)
				// A negative precision means no precision.
				if p.fmt.prec < 0 {
					p.fmt.prec = 0
					p.fmt.precPresent = false
				}
				if !p.fmt.precPresent {
					p.buf.writeString(badPrecString)
				}
				afterIndex = false
			} else {
				p.fmt.prec, p.fmt.precPresent, i = parsenum(format, i, end)
				if !p.fmt.precPresent {
					p.fmt.prec = 0
					p.fmt.precPresent = true
				}
			}
		}

		if !afterIndex {
			argNum, i, afterIndex = p.argNumber(argNum, format, i, len(a))
		}

		if i >= end {
			p.buf.writeString(noVerbString)
			break
		}

		verb, size := utf8.DecodeRuneInString(format[i:])
		i += size

		switch {
		case verb == '%':
			// %% absorbs no operand and ignores width and precision.
			p.buf.writeByte('%')
		case !p.goodArgNum:
			p.badArgNum(verb)
		case argNum >= len(a):
			p.missingArg(verb)
		default:
			if verb == 'w' {
				p.wrappedErrs = append(p.wrappedErrs, argNum)
			}
			if verb == 'v' || verb == 'w' {
				p.setVerbV()
			}
			p.printArg(a[argNum], verb)
			argNum++
		}
	}

	// Unused operands are reported unless the format used argument indexes.
	if !p.reordered && argNum < len(a) {
		p.fmt.clearflags()
		p.buf.writeString(extraString)
		for i, arg := range a[argNum:] {
			if i > 0 {
				p.buf.writeString(commaSpaceString)
			}
			if arg == nil {
				p.buf.writeString(nilAngleString)
			} else {
				p.buf.writeString(runtime.TypeOf(arg).String())
				p.buf.writeByte('=')
				p.printArg(arg, 'v')
			}
		}
		p.buf.writeByte(')')
	}
}

// doPrint prints the operands with a space between two operands when neither is a
// string.
func (p *pp) doPrint(a []any) {
	prevString := false
	for argNum, arg := range a {
		isString := arg != nil && runtime.TypeOf(arg).Kind() == runtime.String
		if argNum > 0 && !isString && !prevString {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
		prevString = isString
	}
}

// doPrintln prints the operands separated by spaces and followed by a newline.
func (p *pp) doPrintln(a []any) {
	for argNum, arg := range a {
		if argNum > 0 {
			p.buf.writeByte(' ')
		}
		p.printArg(arg, 'v')
	}
	p.buf.writeByte('\n')
}
