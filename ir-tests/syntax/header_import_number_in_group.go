package main

import ("fmt"; 42)

func main() { fmt.Println() }
