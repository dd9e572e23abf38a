// Package fm holds a Formatter for gc's fmt. loopcfm has the same type for loopc's fmt,
// under the same package and type name, so that %T prints the same for both.
package fm

import "fmt"

// Fmter prints the State it was given.
type Fmter int

func (f Fmter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c w=%d,%v p=%d,%v %v%v%v%v%v]", verb, w, wok, p, pok,
		s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}
