// Shims that let loopc's runtime sources run as an ordinary Go package (rt) under gc,
// for the checks in check_*.go. prep.py points the runtime's body-less libc and intrinsic
// declarations here.
//
// Type descriptors: loopc's runtime reads interface type words as loopc *_type
// descriptors. descOf builds one from a reflect.Type (the "hand-made" descriptors of the
// test types, registered in fakes); toLoopc rewrites an interface value's type word to
// such a descriptor. Values the runtime itself boxes (its own errors) still carry gc's
// type words, so shimEfaceOf translates those on the fly.
//
// Memory: rt_alloc/calloc hand out Go memory typed as pointers, kept alive in blocks, so
// the collector sees the Go pointers the runtime stores there. Words that are not
// pointers are then scanned too, so run.sh sets GODEBUG=invalidptr=0.

package rt

import (
	"bytes"
	"hash/fnv"
	"os"
	"reflect"
	"sort"
	"strings"
	"syscall"
	"unsafe"
)

var (
	theG     g
	mainMain func()
	blocks   [][]unsafe.Pointer // every allocation, kept alive (and scanned by the collector)
	// transient, when set, makes allocations ordinary Go memory that lives as long as
	// the checks reference it (for checks that create no lasting runtime state).
	transient bool
	// captured, when non-nil, receives what the runtime writes instead of fd 2.
	captured *bytes.Buffer
)

func shim_getg() *g        { return &theG }
func shim_main_main()      { mainMain() }
func shim_exit(code int32) { os.Exit(int(code)) }

func shim_write(fd int32, p unsafe.Pointer, n uintptr) int {
	b := unsafe.Slice((*byte)(p), n)
	if captured != nil && fd == 2 {
		captured.Write(b)
		return int(n)
	}
	w, err := syscall.Write(int(fd), b)
	if err != nil {
		return -1
	}
	return w
}

func shim_rt_alloc(size, align uintptr) unsafe.Pointer {
	blk := make([]unsafe.Pointer, size/8+3)
	if !transient {
		blocks = append(blocks, blk)
	}
	p := uintptr(unsafe.Pointer(&blk[0]))
	return unsafe.Pointer((p + 15) &^ 15)
}

func shim_calloc(n, size uintptr) unsafe.Pointer { return shim_rt_alloc(n*size, 16) }

func shim_memmove(dst, src unsafe.Pointer, n uintptr) unsafe.Pointer {
	copy(unsafe.Slice((*byte)(dst), n), unsafe.Slice((*byte)(src), n))
	return dst
}

func shim_memcmp(a, b unsafe.Pointer, n uintptr) int32 {
	return int32(bytes.Compare(unsafe.Slice((*byte)(a), n), unsafe.Slice((*byte)(b), n)))
}

func shim_memset(p unsafe.Pointer, c int32, n uintptr) unsafe.Pointer {
	b := unsafe.Slice((*byte)(p), n)
	for i := range b {
		b[i] = byte(c)
	}
	return p
}

var (
	descs      = map[reflect.Type]*_type{}
	fakes      = map[*_type]reflect.Type{}
	strMethods = map[unsafe.Pointer]func(data unsafe.Pointer) string{}
)

// loopcName spells gc's name of a type as loopc's program would: types declared in this
// package are main's in the programs the checks compare with.
func loopcName(s string) string {
	return strings.ReplaceAll(s, "rt.", "main.")
}

func isDirect(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Pointer, reflect.Map, reflect.Func, reflect.Chan, reflect.UnsafePointer:
		return true
	case reflect.Struct:
		return t.NumField() == 1 && isDirect(t.Field(0).Type)
	case reflect.Array:
		return t.Len() == 1 && isDirect(t.Elem())
	}
	return false
}

func hasIface(t reflect.Type) bool {
	switch t.Kind() {
	case reflect.Interface:
		return true
	case reflect.Array:
		return hasIface(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			if hasIface(t.Field(i).Type) {
				return true
			}
		}
	}
	return false
}

// descOf returns the loopc descriptor of t, building it on first use.
func descOf(t reflect.Type) *_type {
	if d, ok := descs[t]; ok {
		return d
	}
	d := new(_type)
	descs[t] = d
	fakes[d] = t
	d.size = t.Size()
	d.kind = uint8(t.Kind())
	d.align = uint8(t.Align())
	d.str = loopcName(t.String())
	h := fnv.New32a()
	h.Write([]byte(d.str))
	d.hash = h.Sum32()
	if t.Name() != "" {
		d.tflag |= tflagNamed
		d.pkgpath = t.PkgPath()
		if d.pkgpath == "x/rt" {
			d.pkgpath = "main"
		}
	}
	if t.Comparable() {
		if hasIface(t) {
			d.tflag |= tflagHasCmpIface
		} else {
			d.tflag |= tflagComparable
		}
	}
	if isDirect(t) {
		d.tflag |= tflagDirectIface
	}
	switch t.Kind() {
	case reflect.Pointer, reflect.Slice:
		d.elem = descOf(t.Elem())
	case reflect.Array:
		d.elem = descOf(t.Elem())
		d.len = uintptr(t.Len())
	case reflect.Map:
		d.key = descOf(t.Key())
		d.elem = descOf(t.Elem())
	case reflect.Struct:
		for i := 0; i < t.NumField(); i++ {
			f := t.Field(i)
			d.fields = append(d.fields, structField{f.Name, descOf(f.Type), f.Offset, f.Anonymous, f.IsExported()})
		}
	case reflect.Func:
		for i := 0; i < t.NumIn(); i++ {
			d.params = append(d.params, descOf(t.In(i)))
		}
		for i := 0; i < t.NumOut(); i++ {
			d.results = append(d.results, descOf(t.Out(i)))
		}
		d.variadic = t.IsVariadic()
	case reflect.Interface:
		for i := 0; i < t.NumMethod(); i++ {
			m := t.Method(i)
			d.imethods = append(d.imethods, imethod{m.Name, descOf(m.Type)})
		}
	}
	if t.Kind() != reflect.Interface {
		for i := 0; i < t.NumMethod(); i++ {
			d.methods = append(d.methods, methodOf(t, t.Method(i)))
		}
	}
	sort.Slice(d.methods, func(i, j int) bool { return d.methods[i].name < d.methods[j].name })
	return d
}

// methodOf builds a method entry. Its ifn is a unique non-nil pointer; for methods of
// type func() string it is registered in strMethods so shimPanicText can call it.
func methodOf(t reflect.Type, m reflect.Method) method {
	in := []reflect.Type{}
	for i := 1; i < m.Type.NumIn(); i++ {
		in = append(in, m.Type.In(i))
	}
	out := []reflect.Type{}
	for i := 0; i < m.Type.NumOut(); i++ {
		out = append(out, m.Type.Out(i))
	}
	sig := reflect.FuncOf(in, out, m.Type.IsVariadic())
	ifn := unsafe.Pointer(new([8]byte))
	if len(in) == 0 && len(out) == 1 && out[0].Kind() == reflect.String {
		name := m.Name
		strMethods[ifn] = func(data unsafe.Pointer) string {
			var v reflect.Value
			if isDirect(t) {
				v = reflect.NewAt(t, unsafe.Pointer(&data)).Elem()
			} else {
				v = reflect.NewAt(t, data).Elem()
			}
			return v.MethodByName(name).Call(nil)[0].String()
		}
	}
	return method{m.Name, descOf(sig), ifn}
}

// toLoopc returns v with its type word replaced by loopc's descriptor of its type. The
// result must only be handed to the runtime under test, never to gc's own code.
func toLoopc(v any) any {
	e := (*eface)(unsafe.Pointer(&v))
	if e.typ == nil {
		return v
	}
	ne := eface{descOf(reflect.TypeOf(v)), e.data}
	return *(*any)(unsafe.Pointer(&ne))
}

// shimEfaceOf replaces efaceOf: it translates gc type words into loopc descriptors.
func shimEfaceOf(p *any) *eface {
	e := (*eface)(unsafe.Pointer(p))
	if e.typ == nil {
		return e
	}
	if _, ok := fakes[e.typ]; ok {
		return e
	}
	return &eface{descOf(reflect.TypeOf(*p)), e.data}
}

// shimPanicText replaces panicText, which uses type assertions (gc-level on gc values,
// through the method tables of loopc descriptors otherwise).
func shimPanicText(v any) (string, bool) {
	e := (*eface)(unsafe.Pointer(&v))
	if e.typ == nil {
		return "", false
	}
	if _, ok := fakes[e.typ]; ok {
		for _, name := range []string{"Error", "String"} {
			for _, m := range e.typ.methods {
				if f := strMethods[m.ifn]; m.name == name && f != nil {
					return f(e.data), true
				}
			}
		}
		return "", false
	}
	if x, ok := v.(error); ok {
		return x.Error(), true
	}
	if x, ok := v.(stringer); ok {
		return x.String(), true
	}
	return "", false
}
