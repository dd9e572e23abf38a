package main

import (
	"fmt"
	"sort"
	"strconv"
	"strings"
)

func unescape(s string) (string, error) {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		switch s[i] {
		case '+':
			b.WriteByte(' ')
		case '%':
			if i+2 >= len(s) {
				return "", fmt.Errorf("bad escape at %d in %q", i, s)
			}
			v, err := strconv.ParseUint(s[i+1:i+3], 16, 8)
			if err != nil {
				return "", fmt.Errorf("bad escape %q: %w", s[i:i+3], err)
			}
			b.WriteByte(byte(v))
			i += 2
		default:
			b.WriteByte(s[i])
		}
	}
	return b.String(), nil
}

func parseQuery(q string) (map[string][]string, []error) {
	out := map[string][]string{}
	var errs []error
	for _, part := range strings.Split(q, "&") {
		if part == "" {
			continue
		}
		k, v, _ := strings.Cut(part, "=")
		uk, err := unescape(k)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		uv, err := unescape(v)
		if err != nil {
			errs = append(errs, err)
			continue
		}
		out[uk] = append(out[uk], uv)
	}
	return out, errs
}

func encode(m map[string][]string) string {
	keys := make([]string, 0, len(m))
	for k := range m {
		keys = append(keys, k)
	}
	sort.Strings(keys)
	var parts []string
	for _, k := range keys {
		for _, v := range m[k] {
			parts = append(parts, esc(k)+"="+esc(v))
		}
	}
	return strings.Join(parts, "&")
}

func esc(s string) string {
	var b strings.Builder
	for i := 0; i < len(s); i++ {
		c := s[i]
		switch {
		case c >= 'a' && c <= 'z', c >= 'A' && c <= 'Z', c >= '0' && c <= '9', c == '-', c == '_', c == '.':
			b.WriteByte(c)
		case c == ' ':
			b.WriteByte('+')
		default:
			fmt.Fprintf(&b, "%%%02X", c)
		}
	}
	return b.String()
}

func main() {
	q := "name=Jane+Doe&tag=go&tag=rust&city=S%C3%A3o+Paulo&empty=&flag&bad=%zz&x=%4"
	m, errs := parseQuery(q)
	fmt.Println(m)
	for _, e := range errs {
		fmt.Println("error:", e)
	}
	fmt.Println(encode(m))
	m2, _ := parseQuery(encode(m))
	fmt.Println(fmt.Sprint(m2) == fmt.Sprint(m))
	fmt.Printf("%q\n", m["city"])
}
