package main

import 'a'

func main() {}
