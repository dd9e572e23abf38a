./two_culprits.go:19:9: loop variable v now per-iteration [bisect-match 0x291dcccc0b59912e]
loopvarhash triggered ./two_culprits.go:19:9: loop variable v now per-iteration 010110011001000100101110
./two_culprits.go:22:6: loop variable b now per-iteration [bisect-match 0x03417cb67543a544]
loopvarhash triggered ./two_culprits.go:22:6: loop variable b now per-iteration 010000111010010101000100
./two_culprits.go:27:9: loop variable s now per-iteration [bisect-match 0xb1620a7bf50db126]
loopvarhash triggered ./two_culprits.go:27:9: loop variable s now per-iteration 000011011011000100100110
./two_culprits.go:34:6: loop variable i now per-iteration [bisect-match 0x1707b111fe124170]
loopvarhash triggered ./two_culprits.go:34:6: loop variable i now per-iteration 000100100100000101110000
./two_culprits.go:37:9: loop variable e now per-iteration [bisect-match 0x1ecd5f9f2ccf8bd8]
loopvarhash triggered ./two_culprits.go:37:9: loop variable e now per-iteration 110011111000101111011000
./two_culprits.go:41:6: loop variable d now per-iteration [bisect-match 0xbbe565aeaf6313bb]
loopvarhash triggered ./two_culprits.go:41:6: loop variable d now per-iteration 011000110001001110111011
./two_culprits.go:52:9: loop variable t now per-iteration [bisect-match 0x1de37b67fe4783c9]
loopvarhash triggered ./two_culprits.go:52:9: loop variable t now per-iteration 010001111000001111001001
