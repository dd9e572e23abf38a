package main

import "fmt"
import x y

func main() { fmt.Println() }
