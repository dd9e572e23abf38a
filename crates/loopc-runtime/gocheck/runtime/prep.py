# Usage: prep.py SRC DST. Copies loopc's runtime sources (SRC = crates/loopc-runtime/go/runtime,
# without reflectlite.go and std.go, which other parts own) into DST as the ordinary Go package `rt`,
# and gives the body-less declarations bodies that call the shims of shim.go:
#   //loopc:libc NAME       -> shim_NAME(args...)     (C functions)
#   //loopc:intrinsic NAME  -> shim_NAME(args...)     (compiler intrinsics: getg, main_main)
# and replaces the bodies of efaceOf and panicText, the two places where the runtime looks
# at interface values' type words, with shims that translate gc's type descriptors into
# loopc's (see shim.go). Prints what it replaced.
import os, re, sys
SRC, DST = sys.argv[1], sys.argv[2]
os.makedirs(DST, exist_ok=True)
REPLACE_BODY = {'efaceOf': '{ return shimEfaceOf(p) }', 'panicText': '{ return shimPanicText(v) }'}
done = []
for f in sorted(os.listdir(SRC)):
    if not f.endswith('.go') or f in ('reflectlite.go', 'std.go'):
        continue
    lines = open(os.path.join(SRC, f)).read().split('\n')
    out = []
    i = 0
    marker = None
    while i < len(lines):
        line = lines[i]
        if line.startswith('package runtime'):
            line = 'package rt'
        m = re.match(r'^//loopc:(libc|intrinsic) (\w+)$', line)
        if m:
            marker = m.group(2)
        fm = re.match(r'^func (\w+)\((.*?)\)(.*)$', line)
        if fm and marker and not line.rstrip().endswith('{'):
            params = [p.strip() for p in fm.group(2).split(',') if p.strip()]
            names = []
            for p in params:
                names.append(p.split()[0])
            call = 'shim_%s(%s)' % (marker, ', '.join(names))
            ret = 'return ' if fm.group(3).strip() else ''
            line = line + ' { ' + ret + call + ' }'
            done.append(marker)
            marker = None
        elif fm and fm.group(1) in REPLACE_BODY and line.rstrip().endswith('{'):
            # Skip the original body (up to the closing brace at column 0).
            out.append(line[:-1].rstrip() + ' ' + REPLACE_BODY[fm.group(1)])
            done.append(fm.group(1))
            i += 1
            while lines[i] != '}':
                i += 1
            i += 1
            continue
        out.append(line)
        i += 1
    open(os.path.join(DST, f), 'w').write('\n'.join(out))
print('shimmed:', ' '.join(done))
