package main

import (
	"fmt"
	"strings"
)

type Opcode byte

const (
	PUSH Opcode = iota
	ADD
	SUB
	MUL
	DUP
	SWAP
	JZ
	JMP
	PRINT
	HALT
	OVER
	DROP
)

var opNames = map[Opcode]string{PUSH: "PUSH", ADD: "ADD", SUB: "SUB", MUL: "MUL", DUP: "DUP", SWAP: "SWAP",
	JZ: "JZ", JMP: "JMP", PRINT: "PRINT", HALT: "HALT", OVER: "OVER", DROP: "DROP"}

func (o Opcode) String() string { return opNames[o] }

type Instr struct {
	Op  Opcode
	Arg int
}

type VM struct {
	stack []int
	out   strings.Builder
	steps int
}

func (vm *VM) pop() int {
	v := vm.stack[len(vm.stack)-1]
	vm.stack = vm.stack[:len(vm.stack)-1]
	return v
}

func (vm *VM) push(v int) { vm.stack = append(vm.stack, v) }

func (vm *VM) Run(prog []Instr) (err error) {
	defer func() {
		if r := recover(); r != nil {
			err = fmt.Errorf("vm crashed after %d steps: %v", vm.steps, r)
		}
	}()
	for pc := 0; pc < len(prog); {
		in := prog[pc]
		pc++
		vm.steps++
		switch in.Op {
		case PUSH:
			vm.push(in.Arg)
		case ADD:
			vm.push(vm.pop() + vm.pop())
		case SUB:
			b, a := vm.pop(), vm.pop()
			vm.push(a - b)
		case MUL:
			vm.push(vm.pop() * vm.pop())
		case DUP:
			v := vm.pop()
			vm.push(v)
			vm.push(v)
		case OVER:
			b, a := vm.pop(), vm.pop()
			vm.push(a)
			vm.push(b)
			vm.push(a)
		case SWAP:
			b, a := vm.pop(), vm.pop()
			vm.push(b)
			vm.push(a)
		case DROP:
			vm.pop()
		case JZ:
			if vm.pop() == 0 {
				pc = in.Arg
			}
		case JMP:
			pc = in.Arg
		case PRINT:
			fmt.Fprintf(&vm.out, "%d ", vm.stack[len(vm.stack)-1])
		case HALT:
			return nil
		default:
			return fmt.Errorf("bad opcode %d", in.Op)
		}
	}
	return nil
}

func main() {
	fact := []Instr{
		{PUSH, 1}, {PUSH, 10},
		{DUP, 0}, {JZ, 11},
		{SWAP, 0}, {OVER, 0}, {MUL, 0}, {PRINT, 0}, {SWAP, 0}, {PUSH, 1}, {SUB, 0},
		{JMP, 2},
	}
	fact[11-8] = Instr{JZ, 12}
	fact = append(fact, Instr{HALT, 0})
	fact[3] = Instr{JZ, 12}
	fact[11] = Instr{JMP, 2}
	vm := &VM{}
	err := vm.Run(fact)
	fmt.Println(vm.out.String(), err, vm.stack, vm.steps)
	for _, in := range fact[:4] {
		fmt.Printf("%-5v %d\n", in.Op, in.Arg)
	}
	bad := &VM{}
	fmt.Println(bad.Run([]Instr{{PUSH, 1}, {ADD, 0}}))
	fmt.Println((&VM{}).Run([]Instr{{Opcode(99), 0}}))
}
