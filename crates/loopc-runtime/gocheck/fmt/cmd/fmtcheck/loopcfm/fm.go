// Package fm holds a Formatter for loopc's fmt; see gcfm.
package fm

import fmt "x/std/fmt"

// Fmter prints the State it was given.
type Fmter int

func (f Fmter) Format(s fmt.State, verb rune) {
	w, wok := s.Width()
	p, pok := s.Precision()
	fmt.Fprintf(s, "F[%c w=%d,%v p=%d,%v %v%v%v%v%v]", verb, w, wok, p, pok,
		s.Flag('-'), s.Flag('+'), s.Flag('#'), s.Flag(' '), s.Flag('0'))
}
