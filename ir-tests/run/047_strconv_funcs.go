package main

import (
	"errors"
	"fmt"
	"strconv"
)

func main() {
	for _, s := range []string{"123", "-45", "0", "abc", "99999999999999999999", "+7", ""} {
		n, err := strconv.Atoi(s)
		fmt.Printf("Atoi(%q) = %d, %v\n", s, n, err)
	}
	fmt.Println(strconv.Itoa(-9876), strconv.Itoa(0))
	i64, err := strconv.ParseInt("-ff", 16, 64)
	fmt.Println(i64, err)
	i8, err := strconv.ParseInt("200", 10, 8)
	fmt.Println(i8, err)
	var ne *strconv.NumError
	if errors.As(err, &ne) {
		fmt.Println("NumError:", ne.Func, ne.Num, ne.Err, errors.Is(err, strconv.ErrRange))
	}
	u, err := strconv.ParseUint("1010", 2, 8)
	fmt.Println(u, err)
	f, err := strconv.ParseFloat("3.25e2", 64)
	fmt.Println(f, err)
	_, err = strconv.ParseFloat("x1.5", 64)
	fmt.Println(err)
	b, err := strconv.ParseBool("true")
	fmt.Println(b, err)
	_, err = strconv.ParseBool("yes")
	fmt.Println(err)
	fmt.Println(strconv.FormatInt(255, 2), strconv.FormatInt(-255, 16), strconv.FormatUint(1<<63, 36))
	fmt.Println(strconv.FormatFloat(3.14159, 'f', 2, 64), strconv.FormatFloat(1e21, 'g', -1, 64), strconv.FormatFloat(0.000012, 'e', 3, 64))
	fmt.Println(strconv.FormatBool(false), strconv.Quote("hi\n\"there\""), strconv.QuoteRune('☺'))
	fmt.Println(strconv.QuoteToASCII("héllo"))
	uq, err := strconv.Unquote(`"a\tb"`)
	fmt.Printf("%q %v\n", uq, err)
	bs := strconv.AppendInt([]byte("n="), 42, 10)
	bs = strconv.AppendQuote(bs, "q")
	fmt.Println(string(bs))
}
