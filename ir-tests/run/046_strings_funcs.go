package main

import (
	"fmt"
	"strings"
)

func main() {
	s := "  Hello, World! Hello, Go!  "
	t := strings.TrimSpace(s)
	fmt.Printf("%q\n", t)
	fmt.Println(strings.Contains(t, "World"), strings.ContainsRune(t, 'G'), strings.ContainsAny(t, "xyz!"))
	fmt.Println(strings.Index(t, "Hello"), strings.LastIndex(t, "Hello"), strings.Index(t, "zz"), strings.IndexByte(t, 'W'))
	fmt.Println(strings.Count(t, "l"), strings.Count("five", ""))
	fmt.Println(strings.HasPrefix(t, "Hell"), strings.HasSuffix(t, "Go!"))
	fmt.Println(strings.ToUpper(t), strings.ToLower(t))
	fmt.Println(strings.Replace(t, "Hello", "Bye", 1), "|", strings.ReplaceAll(t, "Hello", "Bye"))
	fmt.Printf("%q\n", strings.Split("a,b,,c", ","))
	fmt.Printf("%q\n", strings.SplitN("a,b,c,d", ",", 2))
	fmt.Printf("%q\n", strings.Fields("  x  y\tz\n"))
	fmt.Println(strings.Join([]string{"x", "y", "z"}, "-"))
	fmt.Println(strings.Repeat("ab", 3) + "|" + strings.Repeat("-", 0) + "|")
	fmt.Printf("%q %q %q\n", strings.Trim("xxhixx", "x"), strings.TrimLeft("xxhixx", "x"), strings.TrimPrefix("prefix-body", "prefix-"))
	fmt.Printf("%q\n", strings.TrimSuffix("file.go", ".go"))
	fmt.Println(strings.EqualFold("Go", "GO"), strings.Compare("a", "b"), strings.Compare("b", "a"), strings.Compare("x", "x"))
	before, after, found := strings.Cut("key=value", "=")
	fmt.Println(before, after, found)
	fmt.Println(strings.Title("x") == "X", strings.Map(func(r rune) rune {
		if r == 'l' {
			return -1
		}
		return r + 1
	}, "hello"))
	fmt.Println(strings.IndexFunc("abc123", func(r rune) bool { return r >= '0' && r <= '9' }))
	fmt.Println(strings.TrimFunc("123abc456", func(r rune) bool { return r >= '0' && r <= '9' }))
	var b strings.Builder
	for i := 0; i < 5; i++ {
		b.WriteString(fmt.Sprint(i))
		b.WriteByte(',')
		b.WriteRune('→')
	}
	fmt.Println(b.String(), b.Len())
	r := strings.NewReplacer("<", "&lt;", ">", "&gt;")
	fmt.Println(r.Replace("<a>b</a>"))
}
