package main

import "fmt"

type State int

const (
	Idle State = iota
	Running
	Stopped
)

func (s State) String() string {
	switch s {
	case Idle:
		return "Idle"
	case Running:
		return "Running"
	case Stopped:
		return "Stopped"
	}
	return fmt.Sprintf("State(%d)", int(s))
}

func transition(from State) State {
	switch from {
	case Idle:
		return Running
	case Running:
		return Stopped
	}
	panic(from)
}

func main() {
	s := Idle
	for i := 0; i < 5; i++ {
		fmt.Printf("step %d: %v (%d)\n", i, s, s)
		s = transition(s)
	}
}
