// Package rt stands in for loopc's runtime when gocheck/run.sh validates the std sources
// with gc: each function implements one body-less runtime declaration with gc's std.
package rt

import (
	"errors"
	"fmt"
	"os"
	"reflect"
	"strconv"
	"unicode"
)

func Write(fd int, b []byte) (int, error) {
	if fd == 2 {
		return os.Stderr.Write(b)
	}
	return os.Stdout.Write(b)
}
func Exit(code int)                     { os.Exit(code) }
func Sprint(a ...any) string            { return fmt.Sprint(a...) }
func Sprintln(a ...any) string          { return fmt.Sprintln(a...) }
func Sprintf(f string, a ...any) string { return fmt.Sprintf(f, a...) }
func Errorf(f string, a ...any) error   { return fmt.Errorf(f, a...) }
func IsComparable(v any) bool           { return reflect.TypeOf(v).Comparable() }
func As(err error, target any) bool     { return errors.As(err, target) }
func ToUpper(r rune) rune               { return unicode.ToUpper(r) }
func ToLower(r rune) rune               { return unicode.ToLower(r) }
func SimpleFold(r rune) rune            { return unicode.SimpleFold(r) }
func IsLetterOrDigit(r rune) bool       { return unicode.IsLetter(r) || unicode.IsDigit(r) }
func IsPrint(r rune) bool               { return strconv.IsPrint(r) }
func FormatFloat(f float64, c byte, prec, bits int) string {
	return strconv.FormatFloat(f, c, prec, bits)
}
func ParseFloat(s string, bits int) (float64, error) { return strconv.ParseFloat(s, bits) }
func Swapper(x any) func(i, j int)                   { return reflect.Swapper(x) }
func SliceLen(x any) int                             { return reflect.ValueOf(x).Len() }
