package main

import (
	x
)

func main() {}
