# Usage: prep.py SRC DST. Copies loopc's std sources (SRC = crates/loopc-runtime/go) into
# DST (module path x/std) for gocheck/fmt/run.sh: std imports become x/std/..., the
# import of loopc's internal "runtime" becomes the shim x/rtshim (shim/, the reflectlite
# and std.go API implemented with gc's reflect and math), and the functions still
# implemented by loopc's runtime outside this harness's area (Unicode tables) get bodies
# calling gc's std through x/rt (../rt.go).
import os, re, shutil, sys
SRC, DST = sys.argv[1], sys.argv[2]
PKGS = ['cmp','errors','fmt','io','iter','maps','os','slices','sort','strconv','strings','unicode/utf8']
BODIES = {
    'toUpperRune': '{ return rt.ToUpper(r) }',
    'toLowerRune': '{ return rt.ToLower(r) }',
    'simpleFold': '{ return rt.SimpleFold(r) }',
    'isLetterOrDigit': '{ return rt.IsLetterOrDigit(r) }',
    'isPrintNonASCII': '{ return rt.IsPrint(r) }',
}
shutil.rmtree(DST, ignore_errors=True)
for p in PKGS:
    os.makedirs(os.path.join(DST, p))
    for f in sorted(os.listdir(os.path.join(SRC, p))):
        if not f.endswith('.go'):
            continue
        s = open(os.path.join(SRC, p, f)).read()
        for q in PKGS:
            s = s.replace('"%s"' % q, '"x/std/%s"' % q)
        s = s.replace('"runtime"', '"x/rtshim"')
        used = False
        out = []
        for line in s.split('\n'):
            m = re.match(r'^func (\([^)]*\) )?(\w+)', line)
            if m and not line.rstrip().endswith('{') and not line.rstrip().endswith('}'):
                name = m.group(2)
                if name not in BODIES:
                    sys.exit('prep.py: body-less function %s.%s has no stand-in' % (p, name))
                line = line + ' ' + BODIES[name]
                used = True
            out.append(line)
        s = '\n'.join(out)
        if used:
            s = re.sub(r'^(package \w+)$', r'\1\n\nimport rt "x/rt"', s, count=1, flags=re.M)
        open(os.path.join(DST, p, f), 'w').write(s)
